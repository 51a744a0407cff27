/**
 * Text from the checked repository (paths, values, anything a message quotes) is untrusted in a
 * pull-request comment or job summary: it must not mention anyone, reference an issue (GitHub
 * links `#1`, `GH-1` and `owner/repo#1` and posts a back-reference there), open HTML, start a
 * link, a table row or a code fence, reorder the text around it (bidi controls) or hide in
 * invisible characters. `inline` turns one message into safe single-line Markdown.
 */
import { cut } from '../core/text.js'

const ZWSP = '\u200b'

/** Longest piece of repository text rendered in one place; longer text is cut with "…". */
export const MAX_TEXT = 1000

/**
 * Bidi embeddings, overrides and isolates (U+202A–E, U+2066–9, the marks U+200E/F, U+061C) and
 * invisible characters (zero-width space/joiners, word joiner and invisible operators, BOM,
 * soft hyphen, Mongolian vowel separator): "Trojan Source" (CVE-2021-42574) and look-alike text.
 */
const INVISIBLE = /[\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\u2060-\u2064\ufeff\u00ad\u180e]/g

/** Control characters, bidi controls or invisible characters: text that cannot be shown as it is. */
export function hasHiddenCharacters(text: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029]/.test(text) || new RegExp(INVISIBLE.source).test(text)
}

function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\r\n\u2028\u2029\u0085]+/g, ' ').replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '').replace(INVISIBLE, '')
}

/** At most `max` characters (code points kept whole), with "…" when cut. */
export function cap(text: string, max = MAX_TEXT): string {
  return cut(text, max)
}

/** GitHub's reference autolinks: `#1`, `owner/repo#1`, `GH-1`; a zero-width space after `#`/`GH-` breaks them. */
function noReferences(text: string): string {
  return text.replace(/#(?=\d)/g, `#${ZWSP}`).replace(/\b(GH-)(?=\d)/gi, `$1${ZWSP}`)
}

/** Plain text: every character that Markdown or HTML would act on is escaped or broken. */
function plain(text: string): string {
  return noReferences(
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

/** The sticky comment's marker name: never whole in repository text (comment.ts puts it on line 1). */
const MARKER_NAME = /rack-check:sticky-comment/gi

/**
 * Safe Markdown for one line of untrusted text (table cells included), cut to `max` characters.
 * Code spans (`…`) are kept as code, where Markdown makes nothing of mentions, links or HTML, so
 * that a flag quoted in a message can be copied as it is; only `|`, which would split a table
 * cell, is escaped there. An unpaired backtick is escaped, so repository text cannot open a span
 * (or a fence).
 */
export function inline(text: string, max = MAX_TEXT): string {
  const parts = cap(oneLine(text), max)
    .replace(MARKER_NAME, (m) => m.replace(':', `:${ZWSP}`))
    .split('`')
  // an even number of parts means an odd number of backticks: the last one opens nothing
  const open = parts.length % 2 === 0 ? parts.pop()! : null
  let out = parts.map((p, i) => (i % 2 === 0 ? plain(p) : p === '' || /^\s+$/.test(p) ? '\\`\\`' : '`' + p.replace(/\|/g, '\\|') + '`')).join('')
  if (open !== null) out += '\\`' + plain(open)
  return out
}

/**
 * A URL path for a file in the repository: every segment percent-encoded, including the
 * characters encodeURIComponent leaves (`( ) * ! ' ~`), since a `)` would end the Markdown link.
 */
export function pathUrl(path: string): string {
  return path
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[()*!'~]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase()))
    .join('/')
}
