/**
 * Markdown as GitHub renders it, for the comment's tests and for the screenshots
 * (scripts/render-comments.mjs): cmark-gfm (Debian package `cmark-gfm`, GitHub's fork of cmark)
 * with GitHub's extensions. `--unsafe` keeps raw HTML so that the renderer's own `<details>` and
 * `<sub>` show, and any HTML that repository text smuggled in shows too; `tagfilter` is GitHub's
 * filter of dangerous tags. Also: the problems repository text could cause in the rendered page.
 * The comment's length is counted by __tests__/helpers/comment-lines.mjs (issue 26's method).
 */
import { execFileSync, spawnSync } from 'node:child_process'

const EXTENSIONS = ['-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter']

/** Whether cmark-gfm is installed. */
export function hasCmarkGfm() {
  return spawnSync('cmark-gfm', ['--version'], { encoding: 'utf8' }).status === 0
}

/** HTML of GitHub-flavoured Markdown. */
export function renderGfm(markdown) {
  return execFileSync('cmark-gfm', [...EXTENSIONS, '--unsafe'], { input: markdown, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
}

/** The tags the comment renderer writes, directly or through Markdown. */
export const OWN_TAGS = ['h2', 'h3', 'hr', 'p', 'strong', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'a', 'code', 'pre', 'ul', 'li', 'details', 'summary', 'sub', 'blockquote']

function decode(text) {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, '\u00a0')
    .replace(/&amp;/g, '&')
}

/**
 * What repository text must never do in the rendered comment: HTML that is not the renderer's,
 * a second HTML comment, a live @mention or issue reference outside code, bidi or invisible
 * characters, a table whose rows do not all have the header's cells. Returns the problems.
 */
export function renderedProblems(html) {
  const problems = []
  const tags = new Set([...html.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase()))
  for (const t of tags) if (!OWN_TAGS.includes(t)) problems.push(`raw HTML <${t}>`)
  const comments = html.match(/<!--/g) ?? []
  if (comments.length > 1 || (comments.length === 1 && !html.startsWith('<!-- rack-check:sticky-comment working-directory='))) problems.push('an HTML comment that is not the marker')
  // the text as a reader sees it, code left out (GitHub links nothing inside code)
  const text = decode(html.replace(/<code>[\s\S]*?<\/code>/g, ' ').replace(/<[^>]+>/g, ' '))
  const mention = /(^|[^\w`])@[A-Za-z0-9]/.exec(text)
  if (mention) problems.push(`a live mention: ${text.slice(mention.index, mention.index + 30)}`)
  if (/#\d|GH-\d/i.test(text)) problems.push('an issue reference')
  if (/<img|javascript:/.test(text)) problems.push('an image or script link')
  if (/[\u202a-\u202e\u2066-\u2069\u200c-\u200f\u2060\ufeff]/.test(html)) problems.push('bidi or invisible characters')
  // cmark-gfm pads and cuts rows to the header's cells; a row that fell out of its table is a paragraph of pipes
  for (const m of html.matchAll(/<p>(\s*\|[^<]*)/g)) problems.push(`a broken table: ${m[1].slice(0, 40)}`)
  return problems
}
