// The whole corpus (../shared/corpus, one folder per repository version) checked (a) by one CLI
// process given every folder, against (b) a loop of one CLI process per folder and (c) as many
// bare `node -e 0` starts (issue 17: "The 269 corpus folders (255 apps) in one CLI process
// <= 2 s wall on Node 24 (cold)"; cold: a fresh process, nothing warmed up in it).
//
// Usage: node bench/corpus.mjs [--runs N] [--flat]   (default 3 rounds; Node 24: <node24> bench/corpus.mjs)
//
// Every process is the built CLI (dist/cli/index.js --format json, stdout a pipe) started with
// process.execPath, so the script measures the Node that runs it. Each folder is checked with
// --recursive, as some repositories hold several apps (--flat leaves it out: then each folder is
// one app or none, which is how the issue counted 255 apps). Rounds are interleaved: within a
// round each folder's (b) process is followed by one (c) start, then (a) runs, so load on the
// machine hits all three alike; figures are medians over the rounds. Exit status is 0 always
// (a measurement); a missing corpus is skipped with a message.
//
// NODE_EXTRA_CA_CERTS is deleted from the children's environment: GitHub's runners do not set
// it, and where it is set it triples Node 20's bare start and flatters every ratio.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'dist', 'cli', 'index.js')
const corpus = join(root, '..', 'shared', 'corpus') // the corpus's rule: relative to the project, not the cwd
const at = process.argv.indexOf('--runs')
const runs = at >= 0 ? Number(process.argv[at + 1]) : 3
if (!(runs >= 1)) {
  console.error('usage: --runs N, N a number >= 1') // a usage error, not a measurement
  process.exit(2)
}
const recursive = process.argv.includes('--flat') ? [] : ['--recursive']
const env = { ...process.env }
delete env.NODE_EXTRA_CA_CERTS

if (!existsSync(corpus)) {
  console.log(`corpus: ${corpus} not found; skipped (it is the shared/corpus folder next to the checkout)`)
  process.exit(0)
}
const folders = readdirSync(corpus, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => join(corpus, e.name))
  .sort()

function run(args) {
  const t = process.hrtime.bigint()
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30 })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  // 0 or 1 is a report (1: findings at error level); anything else is a failure to run
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.slice(0, 4).join(' ')} … exited ${r.status}: ${r.stderr}`)
  return { ms, stdout: r.stdout }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const apps = (stdout) => JSON.parse(stdout).apps.length

const one = []
const loop = []
const bare = []
let appsOne, appsLoop, summary
for (let round = 0; round < runs; round++) {
  let loopMs = 0
  let bareMs = 0
  let n = 0
  for (const folder of folders) {
    const r = run([cli, ...recursive, '--format', 'json', folder])
    loopMs += r.ms
    if (round === 0) n += apps(r.stdout)
    bareMs += run(['-e', '0']).ms
  }
  const r = run([cli, ...recursive, '--format', 'json', ...folders])
  one.push(r.ms)
  loop.push(loopMs)
  bare.push(bareMs)
  if (round === 0) {
    // the counts, once: the report lists every app it checked
    const report = JSON.parse(r.stdout)
    appsOne = report.apps.length
    appsLoop = n
    summary = report.summary
  }
}

const [a, b, c] = [median(one), median(loop), median(bare)]
const s = (ms) => `${(ms / 1000).toFixed(2)} s`.padStart(8)
console.log(`Node ${process.version}, ${runs} interleaved rounds, medians; ${folders.length} corpus folders, ${appsOne} apps${recursive.length ? ' (--recursive)' : ''}`)
if (appsLoop !== appsOne) console.log(`note: the loop of processes reported ${appsLoop} apps, the single process ${appsOne}`)
console.log(`findings in the one-process report: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`)
console.log(`(a) one CLI process, every folder   ${s(a)}`)
console.log(`(b) one CLI process per folder      ${s(b)}   ${(b / folders.length).toFixed(1)} ms a folder`)
console.log(`(c) ${folders.length} bare \`node -e 0\` starts     ${s(c)}   ${(c / folders.length).toFixed(1)} ms a start`)
console.log(`(a)/(c) ${(a / c).toFixed(2)}x   (b)/(c) ${(b / c).toFixed(2)}x   (b)/(a) ${(b / a).toFixed(1)}x`)
// the target is set for Node 24 (action.yml's runtime); on another Node the line says so
const verdict = process.versions.node.startsWith('24.') ? (a <= 2000 ? 'met' : 'NOT met') : `not judged here (Node ${process.version})`
console.log(`issue 17 target, (a) <= 2 s on Node 24: ${verdict}`)
