// Whole-process start of the bundled CLI and action against bare `node -e 0`, as ratios
// (machines are shared and noisy: absolute times mean little). Usage: node bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const runs = Number(process.argv[2] ?? 40)
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-bench-'))
const out = join(tmp, 'output')
writeFileSync(out, '')
const actionEnv = { PATH: process.env.PATH, GITHUB_WORKSPACE: process.cwd(), GITHUB_OUTPUT: out, RUNNER_TEMP: tmp, 'INPUT_WORKING-DIRECTORY': 'examples/puma-correct', INPUT_COMMENT: 'never' }
const cases = {
  'node -e 0': [['-e', '0'], {}],
  'cli (examples/puma-correct)': [['dist/cli/index.js', 'examples/puma-correct', '--format', 'json'], {}],
  'action (comment: never)': [['dist/index.js'], actionEnv]
}
function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}
const times = {}
for (let i = 0; i < runs; i++) {
  // interleaved so that load on the machine hits every case alike
  for (const [name, [args, env]] of Object.entries(cases)) {
    const t = process.hrtime.bigint()
    const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, stdio: 'ignore' })
    if (r.status !== 0) throw new Error(`${name} exited ${r.status}`)
    ;(times[name] ??= []).push(Number(process.hrtime.bigint() - t) / 1e6)
  }
}
const base = median(times['node -e 0'])
for (const [name, xs] of Object.entries(times)) console.log(`${name.padEnd(30)} median ${median(xs).toFixed(1)} ms  ratio ${(median(xs) / base).toFixed(2)}x`)
