// The long fuzz run (issue 12, docs/robustness.md): __tests__/fuzz.test.ts for N minutes or N
// cases, in J processes side by side, each with a watchdog for a real hang (a case that never
// returns cannot be timed from inside the process).
// Usage: npm run fuzz -- [--minutes N] [--cases N] [--jobs J] [--seed S] [--out DIR]
//   --cases N   stop after N cases in all (shared out between the jobs); --minutes N stops at N
//               minutes (default 10 when --cases is not given); with both, whichever comes first
//   --jobs J    J processes (default 1); job i uses seed S + i * 10,000,000, so no two jobs draw
//               the same chunk (a job draws one seed per 100 cases)
// Prints cases run, crashes, hangs and the slowest case, every minute a progress line; the inputs
// that crashed or hung are kept in DIR (default: a new folder under the system's temporary
// folder) to become regression fixtures. Exit 0 only when every job ran clean.
import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { clearInterval, setInterval } from 'node:timers'
import { join } from 'node:path'

const args = process.argv.slice(2)
const value = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback
}
const cases = Number(value('cases', '0'))
const minutes = Number(value('minutes', cases > 0 ? String(24 * 60) : '10'))
const jobs = Number(value('jobs', '1'))
const seed = Number(value('seed', String(Date.now() % 1_000_000)))
if (!(minutes > 0) || !Number.isInteger(cases) || cases < 0 || !Number.isInteger(jobs) || jobs < 1 || !Number.isFinite(seed)) {
  console.error('usage: npm run fuzz -- [--minutes N] [--cases N] [--jobs J] [--seed S] [--out DIR]')
  process.exit(2)
}
const out = value('out', mkdtempSync(join(tmpdir(), 'rack-check-fuzz-out-')))
/** no new case for this long: the current one hangs */
const STALL_MS = 60_000
const SEED_STRIDE = 10_000_000
const started = Date.now()

function runJob(i) {
  const scratch = mkdtempSync(join(tmpdir(), 'rack-check-fuzz-run-'))
  const job = {
    seed: seed + i * SEED_STRIDE,
    progress: join(scratch, 'progress'),
    report: join(scratch, 'report.json'),
    out: jobs > 1 ? join(out, `job-${i}`) : out,
    stalled: null
  }
  mkdirSync(job.out, { recursive: true })
  const share = cases > 0 ? Math.floor(cases / jobs) + (i < cases % jobs ? 1 : 0) : 0
  const env = { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1', FUZZ_MINUTES: String(minutes), FUZZ_SEED: String(job.seed), FUZZ_PROGRESS: job.progress, FUZZ_REPORT: job.report, FUZZ_OUT: job.out }
  if (share > 0) env.FUZZ_CASES = String(share)
  const child = spawn(process.execPath, ['node_modules/jest/bin/jest.js', '__tests__/fuzz.test.ts', '--silent=false'], { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true })
  job.child = child
  job.done = new Promise((resolve) => {
    child.on('exit', (code) => {
      job.code = code ?? 1
      resolve(job)
    })
  })
  return job
}

const running = Array.from({ length: jobs }, (_, i) => runJob(i))
/** the case number each job is on, from its progress file (read while it is rewritten it may be empty: the last value read stands) */
const position = (job) => (job.at = Math.max(job.at ?? 0, existsSync(job.progress) ? Number(readFileSync(job.progress, 'utf8').split(' ')[0]) || 0 : 0))
let lastProgress = Date.now()
const watchdog = setInterval(() => {
  for (const job of running) {
    if (job.code !== undefined || job.stalled || !existsSync(job.progress)) continue
    if (Date.now() - statSync(job.progress).mtimeMs > STALL_MS) {
      job.stalled = readFileSync(job.progress, 'utf8').trim()
      process.kill(-job.child.pid, 'SIGKILL')
    }
  }
  if (Date.now() - lastProgress >= 60_000) {
    lastProgress = Date.now()
    const n = running.reduce((sum, job) => sum + position(job), 0)
    console.log(`fuzz: ${n} cases after ${Math.round((Date.now() - started) / 60_000)} min`)
  }
}, 5000)

const finished = await Promise.all(running.map((job) => job.done))
clearInterval(watchdog)
const total = { cases: 0, corpusCases: 0, craftedCases: 0, crashes: [], hangs: [], slowest: { label: '', ms: 0 } }
let clean = true
for (const job of finished) {
  if (job.stalled) {
    console.log(`fuzz: HANG — no answer for ${STALL_MS / 1000} s on case ${job.stalled}; seed ${job.seed}`)
    clean = false
    continue
  }
  if (!existsSync(job.report)) {
    // the process itself died (out of memory, a crash in native code): the case it was on is the input
    const on = existsSync(job.progress) ? readFileSync(job.progress, 'utf8').trim() : 'none yet'
    console.log(`fuzz: CRASH — the job with seed ${job.seed} died (exit ${job.code}) on case ${on}`)
    clean = false
    continue
  }
  const s = JSON.parse(readFileSync(job.report, 'utf8'))
  total.cases += s.cases
  total.corpusCases += s.corpusCases
  total.craftedCases += s.craftedCases
  total.crashes.push(...s.crashes)
  total.hangs.push(...s.hangs)
  if (s.slowest.ms > total.slowest.ms) total.slowest = s.slowest
  if (job.code !== 0) clean = false
}
const seeds = finished.map((job) => job.seed).join(', ')
console.log(`fuzz: seed${jobs > 1 ? 's' : ''} ${seeds}; ${total.cases} cases (${total.corpusCases} corpus mutations, ${total.craftedCases} crafted) in ${((Date.now() - started) / 1000).toFixed(0)} s, ${jobs} job${jobs > 1 ? 's' : ''}`)
console.log(`fuzz: ${total.crashes.length} crashes, ${total.hangs.length} hangs (over 5 s); slowest ${total.slowest.ms.toFixed(0)} ms: ${total.slowest.label.slice(0, 200)}`)
for (const c of [...total.crashes, ...total.hangs]) console.log(`  ${c.label.slice(0, 160)} -> ${c.saved}`)
if (total.crashes.length + total.hangs.length > 0) console.log(`fuzz: inputs kept in ${out}`)
process.exit(clean && total.crashes.length + total.hangs.length === 0 ? 0 : 1)
