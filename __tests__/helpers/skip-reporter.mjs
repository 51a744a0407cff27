// A jest reporter for `npm test` (jest.config.js): after the run, ONE line that says what was
// skipped and why, e.g.
//   skipped: live server suite (run `npm run test:live`); 4 corpus tests (../shared/corpus absent)
//   skipped: …; 20 real-Ruby tests (Ruby 3.2: @ruby/3.2-wasm-wasi not in ~/.cache/rack-check/ruby-wasm; …)
// The reasons are the conditions the test files skip on; a skipped test of a file not listed here
// is counted under its file's name.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { basename, dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { findRubies } from './ruby-lines.mjs'

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
const CORPUS = resolve(PROJECT, '..', 'shared', 'corpus')

function onPath(command) {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
}

/** why the tests of a file are skipped here, when that file's condition holds */
function reasons() {
  const corpus = existsSync(CORPUS) ? null : `../shared/corpus absent`
  const cmark = onPath('cmark-gfm') ? null : 'cmark-gfm not installed'
  const root = process.getuid?.() === 0 ? 'running as root, which reads every file' : null
  const { missing } = findRubies()
  const rubies = missing.length ? `${missing.map((m) => `Ruby ${m.line}: ${m.why}`).join('; ')}; \`bash .ci/ruby-wasm.sh\` installs the WASI Rubies` : null
  return {
    'ruby-config.test.ts': rubies && ['real-Ruby', rubies],
    'ruby-methods.test.ts': rubies && ['real-Ruby', rubies],
    'ruby-removed.test.ts': rubies && ['real-Ruby', rubies],
    'regexp.test.ts': rubies && ['real-Ruby', rubies],
    'corpus.test.ts': corpus && ['corpus', corpus],
    'corrected-line.test.ts': corpus && ['corpus', corpus],
    'fixes.test.ts': corpus && ['corpus', corpus],
    'guidance.test.ts': corpus && ['corpus', corpus],
    'comment-render.test.ts': cmark && ['rendered-comment', cmark],
    'hostile.test.ts': cmark && ['rendered-comment', cmark],
    'robustness.test.ts': root && ['unreadable-file', root]
  }
}

export default class SkipReporter {
  onRunComplete(_contexts, results) {
    const why = reasons()
    /** "kind (reason)" -> count */
    const groups = new Map()
    for (const file of results.testResults) {
      const skipped = file.testResults.filter((t) => t.status === 'pending' || t.status === 'skipped' || t.status === 'todo').length
      if (!skipped) continue
      const name = basename(file.testFilePath)
      const [kind, reason] = why[name] ?? [name.replace(/\.test\.ts$/, ''), 'see its output']
      const key = `${kind}\u0000${reason}`
      groups.set(key, (groups.get(key) ?? 0) + skipped)
    }
    const parts = ['live server suite (not part of npm test: `npm run test:live`, needs root or passwordless sudo and the servers)']
    for (const [key, n] of groups) {
      const [kind, reason] = key.split('\u0000')
      parts.push(`${n} ${kind} test${n === 1 ? '' : 's'} (${reason})`)
    }
    if (!existsSync(CORPUS)) parts.push('the fuzz run\'s corpus mutations and the corpus part of prism-guard (../shared/corpus absent)')
    process.stderr.write(`skipped: ${parts.join('; ')}\n`)
  }
}
