#!/usr/bin/env node
/**
 * Pictures of the golden comments (__tests__/fixtures/comments/*.md) as a reader sees them on GitHub:
 * rendered by cmark-gfm with GitHub's extensions (scripts/lib/github-markdown.js, the renderer the
 * comment tests use), styled with github-markdown-css, screenshotted by headless Chromium, written
 * to docs/images/comment-<name>.png. A documentation tool, not a test: it needs the Debian
 * packages `cmark-gfm` and `chromium`, and no network (the page has no external resource).
 *
 * GitHub turns a blockquote that starts with `[!WARNING]` (or NOTE, TIP, IMPORTANT, CAUTION) into an
 * alert after cmark-gfm has rendered it; cmark-gfm 0.29 does not, so this script does the same
 * with the classes github-markdown-css styles (`markdown-alert`).
 *
 *   node scripts/render-comments.mjs [name …]     # default: puma-misconfigured puma-phased passenger-switch monorepo
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hasCmarkGfm, renderGfm } from './lib/github-markdown.js'
import { countLines } from '../__tests__/helpers/comment-lines.mjs'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const names = process.argv.slice(2).length ? process.argv.slice(2) : ['puma-misconfigured', 'puma-phased', 'passenger-switch', 'monorepo']

/** GitHub's alert blocks, as github.com renders them (the title's icon left out). */
function alerts(html) {
  return html.replace(/<blockquote>\n<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\n([\s\S]*?)<\/blockquote>/g, (_all, kind, rest) => {
    const title = kind[0] + kind.slice(1).toLowerCase()
    return `<div class="markdown-alert markdown-alert-${kind.toLowerCase()}"><p class="markdown-alert-title">${title}</p><p>${rest.replace(/\n(?!$)/g, '<br>\n')}</div>`
  })
}
const WIDTH = 900
if (!hasCmarkGfm()) {
  console.error('render-comments: cmark-gfm is missing (apt-get install -y cmark-gfm)')
  process.exit(2)
}
const css = readFileSync(join(ROOT, 'node_modules', 'github-markdown-css', 'github-markdown-light.css'), 'utf8')
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-render-'))
try {
  for (const name of names) {
    const html = alerts(renderGfm(readFileSync(join(ROOT, '__tests__', 'fixtures', 'comments', `${name}.md`), 'utf8')))
    // a comment box as GitHub draws one: the bot's name above the rendered body
    const page = `<!doctype html><meta charset="utf-8"><style>${css}
body{margin:0;background:#fff;font-family:-apple-system,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif}
.box{margin:16px;border:1px solid #d1d9e0;border-radius:6px}
.who{background:#f6f8fa;border-bottom:1px solid #d1d9e0;padding:8px 16px;font-size:14px;color:#59636e;border-radius:6px 6px 0 0}
.markdown-body{padding:16px;font-size:14px}</style>
<div class="box"><div class="who"><b style="color:#1f2328">github-actions</b> bot commented</div><div class="markdown-body">${html}</div></div>`
    const file = join(tmp, `${name}.html`)
    writeFileSync(file, page)
    // tall enough for the page; Chromium's screenshot is the window, so measure the height first
    // (issue 26's count, __tests__/helpers/comment-lines.mjs): about 36 pixels a counted line, 50 a
    // code line, 60 a table row outside <details> (a folded message's "more" is a line of its own),
    // 50 a closed <details> of its own and a rule between apps
    const { count: lines, codeLines, blocks } = countLines(html)
    const rows = blocks.filter((b) => b.kind === 'tr').length
    const folded = (html.match(/^<details>|^<hr \/>/gm) ?? []).length
    const height = 150 + (lines - rows) * 36 + rows * 60 + codeLines * 50 + folded * 50
    const out = join(ROOT, 'docs', 'images', `comment-${name}.png`)
    const profile = mkdtempSync(join(tmpdir(), 'rack-check-chromium-'))
    try {
      execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--hide-scrollbars', `--user-data-dir=${profile}`, `--screenshot=${out}`, `--window-size=${WIDTH},${height}`, `file://${file}`], { stdio: ['ignore', 'ignore', 'pipe'] })
    } finally {
      rmSync(profile, { recursive: true, force: true })
    }
    console.log(`${out}: ${lines} counted lines, ${statSync(out).size} bytes`)
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
