// Memory and time of the action's `source: api` flow on the largest trees GitHub answers (issue 22:
// every hostile input gives a report within 5 s and 512 MB): a pull request whose head and base
// trees each have 100,000 entries (GitHub's limit for one recursive tree answer), read from the
// project's fake GitHub (__tests__/helpers/fake-github.ts, a real HTTP server on 127.0.0.1) by the
// action as the runner starts it, in a process of its own. Not a test: a measurement.
//
// Usage: node bench/api-tree.mjs [--runs N] [--entries N] [--bundle DIR | --bundle-out DIR] [--require FILE]
//   (--require: a script the action's Node loads first, e.g. one that logs its memory)
//
// Without --bundle, a development bundle of the sources is built first (ncc, as scripts/build.mjs
// does, without minifying or the V8 cache) into a temporary folder, with dist/'s prism.wasm.gz
// beside it (--bundle-out DIR: into DIR, kept, e.g. for RACK_CHECK_ACTION_BUNDLE=DIR/index.js);
// --bundle DIR runs a bundle built before (a folder with index.js, the loader). The
// fake GitHub is bundled the same way and runs in this process. Each run is the action under
// /usr/bin/time -v: max RSS, wall time, user and system CPU time. The action's own log is kept
// in the temporary folder and its last lines printed when a run fails.
//
// Measured on a loaded machine (medians of 3; the fake GitHub takes 0.7-1.4 s to make each of the
// two 23.6 MB answers, in the wall time): with octokit's own parse of the tree answers
// (json-with-bigint) 508 MB, user+sys 2.4 s on Node 20 (441 MB, 1.8 s on Node 24); with
// JSON.parse of the answer's text (github.ts treeAt) 317 MB, 1.0 s (374 MB, 1.0 s on Node 24).
import { spawn } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const arg = (name, dflt) => {
  const at = process.argv.indexOf(name)
  return at >= 0 ? process.argv[at + 1] : dflt
}
const runs = Number(arg('--runs', '3'))
const entries = Number(arg('--entries', '100000'))
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-api-tree-'))

/** ncc's CommonJS bundle of one source file, written to `out` (index.js and its chunks). */
async function bundle(entry, out) {
  const ncc = require('@vercel/ncc')
  const { code, assets } = await ncc(resolve(root, entry), { esm: false, cache: false, quiet: true })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'main.js'), code)
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true })
    writeFileSync(join(out, name), asset.source)
  }
  writeFileSync(join(out, 'package.json'), '{ "type": "commonjs" }\n')
}

let action = arg('--bundle', '')
if (!action) {
  action = arg('--bundle-out', '') || join(tmp, 'action')
  await bundle('src/index.ts', action)
  // the loader (src/entry.cjs) as dist/index.js; no V8 cache: the run compiles from source
  copyFileSync(join(root, 'src/entry.cjs'), join(action, 'index.js'))
  if (existsSync(join(root, 'dist/prism.wasm.gz'))) copyFileSync(join(root, 'dist/prism.wasm.gz'), join(action, 'prism.wasm.gz'))
}
await bundle('__tests__/helpers/fake-github.ts', join(tmp, 'fake'))
const { startFakeGitHub } = require(join(tmp, 'fake', 'main.js'))

const SHA = (c) => c.repeat(40)
const LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n\nPLATFORMS\n  ruby\n'
const gh = await startFakeGitHub()
// as __tests__/action-api.test.ts's 100,000-entry head, and a base as large
gh.trees[SHA('b')] = { 'apps/web/Procfile': 'web: bundle exec puma -p $PORT\n', 'apps/web/Gemfile.lock': LOCK }
gh.trees[SHA('c')] = { 'apps/web/Procfile': 'custom_web: bundle exec puma -e $RACK_ENV -b unix:///tmp/web_server.sock -d\n', 'apps/web/Gemfile.lock': LOCK }
for (let i = 0; i < entries; i++) {
  gh.trees[SHA('c')][`apps/web/config/locales/d${i % 100}/l${i}.yml`] = 'en: {}\n'
  gh.trees[SHA('b')][`apps/web/config/locales/d${i % 100}/m${i}.yml`] = 'en: {}\n'
}

// the fake's own time to make one answer (it runs in this process, and is in each run's wall time twice)
const start = performance.now()
const answer = await globalThis.fetch(`${gh.url}/repos/acme/shop/git/trees/${SHA('c')}?recursive=1`).then((r) => r.text())
const fakeS = (performance.now() - start) / 1000
console.log(`node ${process.version}; head and base trees of ${JSON.parse(answer).tree.length} entries each (${(answer.length / 1e6).toFixed(1)} MB of JSON each; the fake GitHub takes ${fakeS.toFixed(2)} s to make one); bundle ${action}`)

const workspace = join(tmp, 'workspace')
mkdirSync(workspace)
const results = []
for (let run = 0; run < runs; run++) {
  const output = join(tmp, `out-${run}`)
  const summary = join(tmp, `summary-${run}`)
  const event = join(tmp, `event-${run}.json`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: SHA('b'), repo: { full_name: 'acme/shop' } }, head: { sha: SHA('c'), repo: { full_name: 'fork/shop' } } } }))
  gh.requests.length = 0
  gh.comments.length = 0
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: workspace,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: tmp,
    TMPDIR: tmp,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: gh.url,
    GITHUB_EVENT_NAME: 'pull_request_target',
    GITHUB_EVENT_PATH: event,
    'INPUT_GITHUB-TOKEN': 'ghs_secretTokenValue123',
    'INPUT_WORKING-DIRECTORY': 'apps/web',
    'INPUT_FAIL-ON': 'never',
    INPUT_SOURCE: 'api',
    RACK_CHECK_V8_CACHE: 'off'
  }
  // spawnSync would block this process, which serves the fake GitHub: the child runs asynchronously
  const preload = arg('--require', '')
  const child = spawn('/usr/bin/time', ['-v', process.execPath, ...(preload ? ['--require', resolve(preload)] : []), join(action, 'index.js')], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c) => (stdout += c))
  child.stderr.on('data', (c) => (stderr += c))
  const code = await new Promise((done) => child.on('close', done))
  writeFileSync(join(tmp, `log-${run}.txt`), stdout)
  if (preload) console.log(stderr.split('\n').filter((l) => l.startsWith('mem ')).join('\n'))
  const field = (name) => new RegExp(`${name}: (.*)`).exec(stderr)?.[1]?.trim()
  const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').reduce((s, p) => s * 60 + Number(p), 0)
  const r = { maxRssMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024, wallS: wall, userS: Number(field('User time \\(seconds\\)')), sysS: Number(field('System time \\(seconds\\)')) }
  const ok = code === 0 && /custom-web-fails-to-boot/.test(stdout) && gh.comments.length === 1
  results.push(r)
  console.log(`run ${run + 1}: max RSS ${r.maxRssMb.toFixed(0)} MB, wall ${r.wallS.toFixed(2)} s, user ${r.userS.toFixed(2)} s, sys ${r.sysS.toFixed(2)} s; ${gh.requests.length} requests; ${ok ? 'report as expected' : `UNEXPECTED (exit ${code}):\n${stdout.split('\n').slice(-15).join('\n')}\n${stderr.split('\n').slice(0, 10).join('\n')}`}`)
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
console.log(`median: max RSS ${median(results.map((r) => r.maxRssMb)).toFixed(0)} MB, wall ${median(results.map((r) => r.wallS)).toFixed(2)} s, user+sys ${median(results.map((r) => r.userS + r.sysS)).toFixed(2)} s`)
await gh.close()
rmSync(tmp, { recursive: true, force: true })
