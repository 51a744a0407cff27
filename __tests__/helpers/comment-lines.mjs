// The comment's length as issue 26 defines it, so that the budgets in __tests__/comment-render.test.ts
// cannot drift from the method: render the Markdown with cmark-gfm (GitHub's engine, Debian package
// `cmark-gfm`) with GitHub's extensions, remove every `<details>…</details>` element entirely
// (summary included), strip the tags, then count every paragraph, list item, heading, blockquote
// line and table row as ceil(characters / 100) lines; blank ones are not counted. Characters are
// Unicode code points of the text a reader sees (entities decoded, whitespace runs one space); a
// table row's text is its cells joined by a space; a blockquote counts each of its lines (GitHub
// shows a comment's line breaks). Code blocks are none of the counted kinds, so they are not counted
// (`codeLines` says how many lines they show, for a figure with them).
// Also used by scripts/render-comments.mjs to size the pictures.
import { execFileSync, spawnSync } from 'node:child_process'

/** cmark-gfm's arguments: GitHub's extensions; `--unsafe` keeps the renderer's `<details>` as HTML, so that it can be removed (without it cmark-gfm would render what is inside). */
export const CMARK_ARGS = ['--extension', 'table', '--extension', 'autolink', '--extension', 'strikethrough', '--extension', 'tasklist', '--unsafe']

/** Lines of this many characters. */
export const LINE_WIDTH = 100

/** Whether cmark-gfm is installed. */
export function hasCmarkGfm() {
  return spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0
}

/** HTML of GitHub-flavoured Markdown, as the method renders it. */
export function renderForCounting(markdown) {
  return execFileSync('cmark-gfm', CMARK_ARGS, { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** The HTML without its `<details>` elements, nested ones included. */
export function withoutDetails(html) {
  let out = html
  for (;;) {
    // innermost first: a <details> with no <details> inside
    const next = out.replace(/<details[\s>](?:(?!<details[\s>])[\s\S])*?<\/details>/g, '')
    if (next === out) return out
    out = next
  }
}

function decode(text) {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_m, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_m, d) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
}

const COUNTED = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr'])

/**
 * The counted blocks of rendered HTML and their lines: `{ count, codeLines, blocks }`, each block
 * `{ kind, text, lines }` (kind: the element, `blockquote` for a blockquote line).
 */
export function countLines(html) {
  const blocks = []
  // the open counted elements, innermost last; text goes to the innermost
  const open = []
  let quote = 0
  let pre = 0
  let codeLines = 0
  const emit = (kind, raw) => {
    const text = decode(raw).replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '')
    if (text) blocks.push({ kind, text, lines: Math.ceil([...text].length / LINE_WIDTH) })
  }
  for (const m of withoutDetails(html).matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>|([^<]+)/g)) {
    const [, close, rawTag, text] = m
    if (text !== undefined) {
      if (pre) codeLines += text.replace(/\n$/, '').split('\n').length
      else if (open.length) open[open.length - 1].text += text
      continue
    }
    if (!rawTag) continue
    const tag = rawTag.toLowerCase()
    if (tag === 'blockquote') quote += close ? -1 : 1
    else if (tag === 'pre') pre += close ? -1 : 1
    else if (tag === 'br' && open.length) open[open.length - 1].text += '\n'
    else if ((tag === 'td' || tag === 'th') && open.length) open[open.length - 1].text += ' '
    else if (COUNTED.has(tag)) {
      if (!close) open.push({ tag, text: '', quoted: quote > 0 })
      else {
        const block = open.pop()
        if (!block) continue
        // in a blockquote each line counts (GitHub keeps a comment's line breaks)
        if (block.quoted && block.tag === 'p') for (const line of block.text.split('\n')) emit('blockquote', line)
        else emit(block.tag, block.text)
      }
    }
  }
  return { count: blocks.reduce((n, b) => n + b.lines, 0), codeLines, blocks }
}

/** The lines of a comment's Markdown by the method. */
export function commentLines(markdown) {
  return countLines(renderForCounting(markdown))
}
