/**
 * Text from the checked repository (paths, values, anything a message quotes) is untrusted in a
 * pull-request comment or job summary: it must not mention anyone, open HTML, start a link, a
 * table row or a code fence. `inline` turns one message into safe single-line Markdown.
 */

const ZWSP = '\u200b'

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\r\n\u2028\u2029]+/g, ' ').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')
}

/** Plain text: every character that Markdown or HTML would act on is escaped or broken. */
function plain(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Markdown punctuation that could build links, images, emphasis, tables, code or escapes
      .replace(/[\\[\]()!*_~|#`]/g, (c) => `\\${c}`)
      // no @mention
      .replace(/@/g, `@${ZWSP}`)
      // no autolinks: break the scheme
      .replace(/:\/\//g, `:/${ZWSP}/`)
      .replace(/\bwww\./gi, (w) => `${w.slice(0, 3)}${ZWSP}.`)
  )
}

/**
 * Safe Markdown for one line of untrusted text (table cells included). Code spans (`…`) are kept
 * as code, where Markdown makes nothing of mentions, links or HTML, so that a flag quoted in a
 * message can be copied as it is; only `|`, which would split a table cell, is escaped there.
 * An unpaired backtick is escaped, so repository text cannot open a span (or a fence).
 */
export function inline(text: string): string {
  const parts = oneLine(text).split('`')
  // an even number of parts means an odd number of backticks: the last one opens nothing
  const open = parts.length % 2 === 0 ? parts.pop()! : null
  let out = parts.map((p, i) => (i % 2 === 0 ? plain(p) : p === '' || /^\s+$/.test(p) ? '\\`\\`' : '`' + p.replace(/\|/g, '\\|') + '`')).join('')
  if (open !== null) out += '\\`' + plain(open)
  return out
}

/** A URL path segment for a file in the repository (every segment encoded). */
export function pathUrl(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
