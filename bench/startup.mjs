// Whole-process start of the bundled CLI and action against bare `node -e 0`, as ratios
// (machines are shared and noisy: absolute times mean little). Usage: node bench/startup.mjs [runs]
//
// examples/puma-correct is the clean example of issue 5's target (the action within 1.5x of
// `node -e 0`): a Procfile and a Gemfile.lock, so neither yaml nor Prism is loaded. The other
// examples show what a manifest (yaml) and a Ruby config file (Prism's WebAssembly) add.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const runs = Number(process.argv[2] ?? 40)
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-bench-'))
const out = join(tmp, 'output')
const examples = ['puma-correct', ...readdirSync('examples', { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'puma-correct').map((e) => e.name).sort()]
const cases = { 'node -e 0': [['-e', '0'], {}] }
for (const e of examples) {
  cases[`cli ${e}`] = [['dist/cli/index.js', `examples/${e}`, '--format', 'json'], {}]
  // no token and comment: never — no network, as in the measurement
  cases[`action ${e}`] = [['dist/index.js'], { GITHUB_WORKSPACE: process.cwd(), GITHUB_OUTPUT: out, RUNNER_TEMP: tmp, 'INPUT_WORKING-DIRECTORY': `examples/${e}`, INPUT_COMMENT: 'never' }]
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
const times = {}
for (let i = 0; i < runs; i++) {
  // interleaved so that load on the machine hits every case alike; stdout and stderr are pipes,
  // as the runner gives them
  for (const [name, [args, env]] of Object.entries(cases)) {
    writeFileSync(out, '')
    const t = process.hrtime.bigint()
    const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] })
    if (r.status !== 0 && r.status !== 1) throw new Error(`${name} exited ${r.status}`)
    ;(times[name] ??= []).push(Number(process.hrtime.bigint() - t) / 1e6)
  }
}
rmSync(tmp, { recursive: true, force: true })
const base = median(times['node -e 0'])
console.log(`Node ${process.version}, ${runs} runs each, medians`)
for (const [name, xs] of Object.entries(times)) console.log(`${name.padEnd(34)} ${median(xs).toFixed(1).padStart(6)} ms  ratio ${(median(xs) / base).toFixed(2)}x`)
