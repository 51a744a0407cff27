#!/usr/bin/env node
// Regenerates docs/rules/*.md: each rule's page from its prose (scripts/rule-prose.mjs), its
// severity (src/rules/<id>.ts) and its bad and good fixtures (__tests__/fixtures/rules/<id>/), and the
// index docs/rules/README.md. Run after changing a rule, its prose or its fixtures, then review
// the diff:
//
//   npm run rule-docs                 writes docs/rules/
//   npm run rule-docs -- --out DIR    writes the pages into DIR instead (the tests compare the two)
//
// Reads only files of this repository; runs nothing.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { RULE_PROSE } from './rule-prose.mjs'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const fixtures = join(root, '__tests__/fixtures/rules')

/** Sorts by code point, so that the order does not depend on the locale. */
const byCodePoint = (a, b) => (a < b ? -1 : a > b ? 1 : 0)

/** Reads a text file with its line breaks as \n (a CRLF or lone CR fixture shows as LF lines). */
function readText(path) {
  return readFileSync(path, 'utf8').replace(/\r\n?/g, '\n')
}

/** Trailing white space as Python's str.isspace() has it (the pages were first made by a Python script). */
function trimEnd(s) {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\t\n\v\f\r\x1c-\x1f \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/u, '')
}

/** A top-level fixture file: shown as text; a file that is not UTF-8 as escaped bytes, with a note. */
function fixtureText(path) {
  const raw = readFileSync(path)
  let text
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    text = [...raw].map((b) => (b < 0x80 ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`)).join('') + '\n(the bytes \\xff\\xfe are not UTF-8)'
  }
  return text.replace(/\r/g, '')
}

/**
 * Every file under a folder, parents before children; in each folder a Procfile first (it is what
 * the example is about: a fixture's `base/` holds the app before the change), then the other names
 * in code-point order.
 */
function walk(dir) {
  const files = []
  const subdirs = []
  const procfileFirst = (a, b) => (b.startsWith('Procfile') ? 1 : 0) - (a.startsWith('Procfile') ? 1 : 0) || byCodePoint(a, b)
  for (const name of readdirSync(dir).sort(procfileFirst)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) subdirs.push(p)
    else files.push(p)
  }
  return [...files, ...subdirs.flatMap(walk)]
}

/** Each rule's severity, read from its source as written: `id: '…', severity: '…'`. */
function severities() {
  const sev = new Map()
  const folder = join(root, 'src/rules')
  for (const name of readdirSync(folder)) {
    const m = /id: '([^']+)',\s*severity: '(\w+)'/.exec(readFileSync(join(folder, name), 'utf8'))
    if (m) sev.set(m[1], m[2])
  }
  return sev
}

function block(id, kind, describe) {
  const d = join(fixtures, id, kind)
  let out = ''
  const described = []
  for (const name of readdirSync(d).sort(byCodePoint)) {
    if (name === 'expected.txt' || name.startsWith('Gemfile')) continue
    const p = join(d, name)
    if (statSync(p).isDirectory()) {
      for (const file of walk(p)) {
        const rel = relative(d, file).split(sep).join('/')
        const sentence = describe[`${kind}/${rel}`]
        if (sentence !== undefined) {
          described.push(sentence)
          continue
        }
        const lang = /\.ya?ml$/.test(file) ? 'yaml' : file.endsWith('.rb') ? 'ruby' : ''
        out += `\`${rel}\`:\n\n\`\`\`${lang}\n${trimEnd(readText(file))}\n\`\`\`\n\n`
      }
      continue
    }
    out += `\`${name}\`:\n\n\`\`\`\n${trimEnd(fixtureText(p))}\n\`\`\`\n\n`
  }
  const lockPath = join(d, 'Gemfile.lock')
  const lock = existsSync(lockPath) ? readText(lockPath) : ''
  const locked = [...lock.matchAll(/^ {4}(puma|thin|unicorn|passenger|railties) \(([^)]+)\)/gm)].map((m) => `${m[1]} ${m[2]}`)
  const lockSentence = locked.length ? `Gemfile.lock locks ${locked.join(', ')}.` : ''
  const paragraph = [...described, lockSentence].filter(Boolean).join(' ')
  if (paragraph) out += paragraph + '\n\n'
  const expected = readText(join(d, 'expected.txt')).trim()
  out += expected ? 'Output (`rack-check --format text` lists the same findings):\n\n```\n' + expected + '\n```\n' : 'No findings.\n'
  return out
}

/** How to silence the rule: inline, for the file, or for the repository (src/engine/suppressions.ts, src/engine/config.ts). */
function suppressing(id) {
  if (id === 'suppression-unused') return '## Suppressing it\n\nIt cannot be suppressed inline (it reports the suppressions themselves); turn it off for the repository in `.rack-check.yml`:\n\n```yaml\nrules:\n  suppression-unused: off\n```\n'
  return (
    '## Suppressing it\n\n' +
    'In the file of the finding, as a `#` comment on its line or on the line above (Procfile, manifest, deploy hooks, Thin YAML and Ruby configs alike):\n\n' +
    `\`\`\`\n# rack-check: disable=${id} -- the reason\n\`\`\`\n\n` +
    `\`# rack-check: disable-file=${id}\` anywhere in a file suppresses it in the whole file. The finding stays in the JSON report and the SARIF (as suppressed) and counts nowhere else. For the whole repository, in \`.rack-check.yml\` ([docs/config.md](../config.md)):\n\n` +
    `\`\`\`yaml\nrules:\n  ${id}: off\n\`\`\`\n`
  )
}

/** The pages, file name -> content. */
export function rulePages() {
  const sev = severities()
  const pages = new Map()
  const index = []
  for (const id of Object.keys(RULE_PROSE).sort(byCodePoint)) {
    const { what, why, fix, autofix, severityNote = '', index: indexText = what, describe = {} } = RULE_PROSE[id]
    if (!sev.has(id)) throw new Error(`scripts/rule-prose.mjs names ${id}, which no file in src/rules defines`)
    const applied = autofix ? `\n\`rack-check --fix\` applies it (\`--fix-dry-run\` shows the diff): ${autofix}\n` : ''
    const page = `# ${id}\n\nSeverity: **${sev.get(id)}**${severityNote}.\n\n## What it checks\n\n${what}\n\n## Why\n\n${why}\n\n## Examples\n\n### Bad\n\n${block(id, 'bad', describe)}\n### Good\n\n${block(id, 'good', describe)}\n## How to fix\n\n${fix}\n${applied}\n${suppressing(id)}`
    pages.set(`${id}.md`, page)
    index.push(`| [\`${id}\`](${id}.md) | ${sev.get(id)} | ${indexText} |`)
  }
  pages.set(
    'README.md',
    '# Rules\n\nEvery finding names its rule; each rule has a page with a bad and a good example taken from the test fixtures (`__tests__/fixtures/rules/<rule>/`).\n\n| rule | severity | what it checks |\n| --- | --- | --- |\n' +
      index.join('\n') +
      '\n'
  )
  return pages
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const at = process.argv.indexOf('--out')
  const out = at >= 0 ? process.argv[at + 1] : join(root, 'docs/rules')
  if (!out) {
    process.stderr.write('usage: node scripts/rule-docs.mjs [--out DIR]\n')
    process.exit(2)
  }
  mkdirSync(out, { recursive: true })
  const pages = rulePages()
  for (const [name, text] of pages) writeFileSync(join(out, name), text)
  process.stdout.write(`${pages.size - 1} rule pages and the index written to ${relative(process.cwd(), out) || '.'}\n`)
}
