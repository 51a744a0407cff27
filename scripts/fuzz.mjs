// The long fuzz run (issue 12, docs/robustness.md): __tests__/fuzz.test.ts for N minutes, with a
// watchdog for a real hang (a case that never returns cannot be timed from inside the process).
// Usage: npm run fuzz -- --minutes N [--seed S] [--out DIR]
// Prints cases run, crashes, hangs and the slowest case; the inputs that crashed or hung are kept
// in DIR (default: a new folder under the system's temporary folder) to become regression fixtures.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { clearInterval, setInterval } from 'node:timers'
import { join } from 'node:path'

const args = process.argv.slice(2)
const value = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
}
const minutes = Number(value('minutes', '10'))
const seed = Number(value('seed', String(Date.now() % 1_000_000)))
if (!(minutes > 0) || !Number.isFinite(seed)) {
  console.error('usage: npm run fuzz -- --minutes N [--seed S] [--out DIR]')
  process.exit(2)
}
const out = value('out', mkdtempSync(join(tmpdir(), 'rack-check-fuzz-out-')))
const scratch = mkdtempSync(join(tmpdir(), 'rack-check-fuzz-run-'))
const progress = join(scratch, 'progress')
const report = join(scratch, 'report.json')
/** no new case for this long: the current one hangs */
const STALL_MS = 60_000

const child = spawn(process.execPath, ['node_modules/jest/bin/jest.js', '__tests__/fuzz.test.ts', '--silent=false'], {
  env: { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1', FUZZ_MINUTES: String(minutes), FUZZ_SEED: String(seed), FUZZ_PROGRESS: progress, FUZZ_REPORT: report, FUZZ_OUT: out },
  stdio: ['ignore', 'inherit', 'inherit'],
  detached: true
})
let stalled = null
const watchdog = setInterval(() => {
  if (!existsSync(progress)) return
  if (Date.now() - statSync(progress).mtimeMs > STALL_MS) {
    stalled = readFileSync(progress, 'utf8').trim()
    process.kill(-child.pid, 'SIGKILL')
  }
}, 5000)
child.on('exit', (code) => {
  clearInterval(watchdog)
  if (stalled) {
    console.log(`fuzz: HANG — no answer for ${STALL_MS / 1000} s on case ${stalled}; seed ${seed}`)
    process.exit(1)
  }
  if (existsSync(report)) {
    const s = JSON.parse(readFileSync(report, 'utf8'))
    console.log(`fuzz: seed ${s.seed}, ${s.cases} cases (${s.corpusCases} corpus mutations, ${s.craftedCases} crafted) in ${(s.ms / 1000).toFixed(0)} s`)
    console.log(`fuzz: ${s.crashes.length} crashes, ${s.hangs.length} hangs (over 5 s); slowest ${s.slowest.ms.toFixed(0)} ms: ${s.slowest.label.slice(0, 200)}`)
    for (const c of [...s.crashes, ...s.hangs]) console.log(`  ${c.label.slice(0, 160)} -> ${c.saved}`)
    if (s.crashes.length + s.hangs.length > 0) console.log(`fuzz: inputs kept in ${out}`)
  }
  process.exit(code ?? 1)
})
