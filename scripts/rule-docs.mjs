#!/usr/bin/env node
// Regenerates the generated parts of docs/rules/*.md. A rule's page is written by hand — what it
// checks, why (with its sources), how to fix — and holds the generated parts between markers, HTML
// comments on lines of their own that GitHub does not show:
//
//   <!-- generated:severity -->      the rule's severity (a note written after it is kept)
//   <!-- generated:examples -->      the bad and good fixtures (__tests__/fixtures/rules/<id>/) and
//                                    what `rack-check --format text` prints for them, run by the
//                                    CLI's own code on a copy of each; the opening comment may list fixture files to
//                                    describe in a sentence instead of showing them, one
//                                    `kind/path: sentence` a line
//   <!-- generated:suppressing -->   how to silence the rule
//   <!-- /generated -->              the end of each
//
// Everything outside the markers is kept as written. The rules themselves (id, severity) come from
// src/rules/index.ts, imported through TypeScript's transpiler (scripts/lib/import-ts.mjs). The
// index docs/rules/README.md gets a table of the rules (its `generated:index` part), each with its
// page's "What it checks", or the page's `<!-- index: … -->` line when that section is longer
// than a line. A rule without a page gets one, with its prose still to write. Run after changing
// a rule, its page or its fixtures, then review the diff:
//
//   npm run rule-docs                 writes docs/rules/
//   npm run rule-docs -- --out DIR    writes the pages into DIR instead (the tests compare the two)
//
// Reads only files of this repository and its temporary copies of the fixtures; the one program it
// runs is git, for the case with a base/ folder (as the CLI's --base does).
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importTs } from './lib/import-ts.mjs'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const fixtures = join(root, '__tests__/fixtures/rules')
const pagesDir = join(root, 'docs/rules')

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

function block(id, kind, describe, outputs) {
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
  const locked = [...lock.matchAll(/^ {4}(puma|thin|unicorn|passenger|railties|thruster|foreman) \(([^)]+)\)/gm)].map((m) => `${m[1]} ${m[2]}`)
  const lockSentence = locked.length ? `Gemfile.lock locks ${locked.join(', ')}.` : ''
  const paragraph = [...described, lockSentence].filter(Boolean).join(' ')
  if (paragraph) out += paragraph + '\n\n'
  const expected = readText(join(d, 'expected.txt')).trim()
  if (!expected) return out + 'No findings.\n'
  const { command, output } = outputs.get(`${id}/${kind}`)
  return out + `\`${command}\` in the app's folder prints:\n\n\`\`\`\n${trimEnd(output)}\n\`\`\`\n`
}

/** The files of a fixture case, without its expected.txt and its base/ folder, copied into `to`. */
function copyCase(from, to, skip) {
  for (const name of readdirSync(from)) {
    if (skip.includes(name)) continue
    cpSync(join(from, name), join(to, name), { recursive: true, verbatimSymlinks: true })
  }
}

/**
 * What `rack-check --format text` prints for a fixture case, run by the CLI's own code (src/cli/main.ts)
 * on a copy of the case in a temporary folder outside any git repository, so that paths read as in
 * the app's own folder. A case with a `base/` folder is a pull request: base/ is committed in a
 * throw-away git repository and the case's files are the working tree, checked with `--base HEAD`
 * (git's plumbing is the only program that runs, as for the CLI's --base).
 */
async function caseOutput(run, dir) {
  const tmp = mkdtempSync(join(tmpdir(), 'rack-check-rule-docs-'))
  try {
    const argv = ['--format', 'text']
    if (existsSync(join(dir, 'base'))) {
      copyCase(join(dir, 'base'), tmp, [])
      const git = (...args) => execFileSync('git', ['-c', 'core.hooksPath=/dev/null', '-c', 'user.name=rack-check', '-c', 'user.email=rack-check@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: tmp, stdio: 'ignore' })
      git('init', '-q')
      git('add', '-A')
      git('commit', '-q', '-m', 'base')
      for (const name of readdirSync(tmp)) if (name !== '.git') rmSync(join(tmp, name), { recursive: true, force: true })
      argv.unshift('--base', 'HEAD')
    }
    copyCase(dir, tmp, ['expected.txt', 'base'])
    let output = ''
    await run(argv, { stdout: (s) => (output += s), stderr: (s) => (output += s), isTTY: () => false, env: { NO_COLOR: '1' }, cwd: tmp })
    return { command: `rack-check ${argv.join(' ')}`, output }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

/** The text output of every bad and good case with findings, by `<id>/<kind>`. */
async function caseOutputs(ids) {
  const { run } = await importTs(join(root, 'src/cli/main.ts'))
  const outputs = new Map()
  for (const id of ids) {
    for (const kind of ['bad', 'good']) {
      const dir = join(fixtures, id, kind)
      if (readText(join(dir, 'expected.txt')).trim()) outputs.set(`${id}/${kind}`, await caseOutput(run, dir))
    }
  }
  return outputs
}

/** How to silence the rule: inline, for the file, or for the repository (src/engine/suppressions.ts, src/engine/config.ts). */
function suppressing(id) {
  if (id === 'suppression-unused') return 'It cannot be suppressed inline (it reports the suppressions themselves); turn it off for the repository in `.rack-check.yml`:\n\n```yaml\nrules:\n  suppression-unused: off\n```\n'
  return (
    'In the file of the finding, as a `#` comment on its line or on the line above (Procfile, manifest, deploy hooks, Thin YAML and Ruby configs alike):\n\n' +
    `\`\`\`\n# rack-check: disable=${id} -- the reason\n\`\`\`\n\n` +
    `\`# rack-check: disable-file=${id}\` anywhere in a file suppresses it in the whole file. The finding stays in the JSON report and the SARIF (as suppressed) and counts nowhere else. For the whole repository, in \`.rack-check.yml\` ([docs/config.md](../config.md)):\n\n` +
    `\`\`\`yaml\nrules:\n  ${id}: off\n\`\`\`\n`
  )
}

/** A new rule's page: the generated parts, and the prose still to write. */
function newPage(rule) {
  return (
    `# ${rule.id}\n\n<!-- generated:severity -->\n<!-- /generated -->\n\n## What it checks\n\n${rule.summary}\n\n` +
    '## Why\n\nTODO: why it matters, with its sources (docs/research/).\n\n## Examples\n\n<!-- generated:examples -->\n<!-- /generated -->\n\n' +
    '## How to fix\n\nTODO: how to fix it.\n\n## Suppressing it\n\n<!-- generated:suppressing -->\n<!-- /generated -->\n'
  )
}

const OPEN = /^<!-- generated:([a-z]+)/
const CLOSE = '<!-- /generated -->'

/**
 * A page with each marked part replaced by `fill(name, options, content)`: `options` are the lines
 * of the opening comment after its first, `content` the text between the markers as it stands.
 */
function regenerate(page, where, fill) {
  const lines = page.split('\n')
  const out = []
  for (let i = 0; i < lines.length; i++) {
    const open = OPEN.exec(lines[i])
    out.push(lines[i])
    if (!open) continue
    const options = []
    while (!lines[i].endsWith('-->')) {
      if (++i >= lines.length) throw new Error(`${where}: the comment of generated:${open[1]} is not closed`)
      out.push(lines[i])
      if (lines[i] !== '-->') options.push(lines[i])
    }
    const start = i + 1
    do if (++i >= lines.length) throw new Error(`${where}: generated:${open[1]} has no ${CLOSE}`)
    while (lines[i] !== CLOSE)
    const content = lines.slice(start, i).map((line) => line + '\n').join('')
    out.push(...fill(open[1], options, content).split('\n').slice(0, -1), CLOSE)
  }
  return out.join('\n')
}

/** The text of a `## Heading` section, without its heading and the comment lines. */
function section(page, heading) {
  const m = new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(page)
  return m ? m[1].replace(/^<!--.*-->\n/gm, '').trim() : ''
}

/** The pages, file name -> content. */
export async function rulePages() {
  const { RULES } = await importTs(join(root, 'src/rules/index.ts'))
  const rules = [...RULES].sort((a, b) => byCodePoint(a.id, b.id))
  const known = new Set(rules.map((r) => r.id))
  for (const name of readdirSync(pagesDir)) {
    if (name.endsWith('.md') && name !== 'README.md' && !known.has(name.slice(0, -3))) throw new Error(`docs/rules/${name} is the page of no rule in src/rules/index.ts`)
  }
  const outputs = await caseOutputs(rules.map((r) => r.id))
  const pages = new Map()
  const index = []
  for (const rule of rules) {
    const { id, severity } = rule
    const path = join(pagesDir, `${id}.md`)
    const written = existsSync(path) ? readText(path) : newPage(rule)
    const page = regenerate(written, `docs/rules/${id}.md`, (part, options, content) => {
      if (part === 'severity') return `Severity: **${severity}**${/^Severity: \*\*\w+\*\*(.+)\n$/.exec(content)?.[1] ?? '.'}\n`
      if (part === 'suppressing') return suppressing(id)
      if (part !== 'examples') throw new Error(`docs/rules/${id}.md: unknown part generated:${part}`)
      const describe = {}
      for (const line of options) {
        const at = line.indexOf(': ')
        describe[line.slice(0, at)] = line.slice(at + 2)
      }
      return `### Bad\n\n${block(id, 'bad', describe, outputs)}\n### Good\n\n${block(id, 'good', describe, outputs)}`
    })
    pages.set(`${id}.md`, page)
    const summary = /^<!-- index: (.*) -->$/m.exec(page)?.[1] ?? section(page, 'What it checks')
    index.push(`| [\`${id}\`](${id}.md) | ${severity} | ${summary} |\n`)
  }
  const readme = join(pagesDir, 'README.md')
  const intro = '# Rules\n\nEvery finding names its rule; each rule has a page.\n\n<!-- generated:index -->\n<!-- /generated -->\n'
  const table = '| rule | severity | what it checks |\n| --- | --- | --- |\n' + index.join('')
  pages.set('README.md', regenerate(existsSync(readme) ? readText(readme) : intro, 'docs/rules/README.md', () => table))
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
  const pages = await rulePages()
  for (const [name, text] of pages) writeFileSync(join(out, name), text)
  process.stdout.write(`${pages.size - 1} rule pages and the index written to ${relative(process.cwd(), out) || '.'}\n`)
}
