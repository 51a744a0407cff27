// Which real Rubies this machine has for the ground-truth tests (__tests__/helpers/rubies.ts), found
// without running a WebAssembly VM so that the skip reporter can say what was missing:
//   - Ruby 3.1: the `ruby` on the PATH (Debian 12's 3.1.2, which .ci/run installs);
//   - Ruby 3.2, 3.3, 3.4 and 4.0: CRuby built for WASI, the npm packages @ruby/<line>-wasm-wasi with
//     @ruby/wasm-wasi (2.10.1: Ruby 3.2.4, 3.3.3, 3.4.1, 4.0.0), installed by .ci/ruby-wasm.sh into
//     RACK_CHECK_RUBY_WASM (default ~/.cache/rack-check/ruby-wasm). Test-only: never a dependency of
//     the package, never in dist/ (docs/maintainers/testing.md, "The real Rubies").
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** the Ruby lines every real-Ruby test runs on, oldest first */
export const CHECKED_LINES = ['3.1', '3.2', '3.3', '3.4', '4.0']
/** the lines that come as WASI builds */
export const WASI_LINES = ['3.2', '3.3', '3.4', '4.0']

/** where .ci/ruby-wasm.sh installs the WASI Rubies */
export function rubyWasmDir() {
  return process.env.RACK_CHECK_RUBY_WASM || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rack-check', 'ruby-wasm')
}

/**
 * The real Rubies found here: `{ found: [{ line, kind: 'binary', command } | { line, kind: 'wasi', api, wasm }],
 * missing: [{ line, why }] }`, each list in CHECKED_LINES order.
 */
export function findRubies() {
  const found = []
  const missing = []
  const binary = spawnSync('ruby', ['-e', 'print RUBY_VERSION'], { encoding: 'utf8' })
  const binaryVersion = binary.status === 0 ? binary.stdout.trim() : null
  const dir = rubyWasmDir()
  const api = join(dir, 'node_modules', '@ruby', 'wasm-wasi', 'dist', 'esm', 'node.js')
  for (const line of CHECKED_LINES) {
    if (line === '3.1') {
      if (binaryVersion?.startsWith('3.1.')) found.push({ line, kind: 'binary', command: 'ruby' })
      else missing.push({ line, why: binaryVersion ? `\`ruby\` is ${binaryVersion}` : '`ruby` not on the PATH' })
      continue
    }
    const wasm = join(dir, 'node_modules', '@ruby', `${line}-wasm-wasi`, 'dist', 'ruby+stdlib.wasm')
    if (existsSync(api) && existsSync(wasm)) found.push({ line, kind: 'wasi', api, wasm })
    else missing.push({ line, why: `@ruby/${line}-wasm-wasi not in ${dir}` })
  }
  return { found, missing }
}
