// The long fuzz run (issue 12, docs/maintainers/robustness.md): __tests__/fuzz.test.ts for N minutes or N
// cases, in J processes side by side, each with a watchdog for a real hang (a case that never
// returns cannot be timed from inside the process).
// Usage: npm run fuzz -- [--minutes N] [--cases N] [--jobs J] [--seed S] [--out DIR] [--stall-seconds S] [--case-limit-seconds S]
//   --cases N   stop after N cases in all (shared out between the jobs); --minutes N stops at N
//               minutes (default 10 when --cases is not given); with both, whichever comes first
//   --jobs J    J processes (default 1); job i uses seed S + i * 10,000,000, so no two jobs draw
//               the same chunk (a job draws one seed per 100 cases)
//   --stall-seconds S  no case finished for S seconds (default 60): the job hangs; it is killed,
//               the case is reported, and a new process goes on from the next chunk
//   --case-limit-seconds S  a case that returns after more than S seconds (default 60) is a hang;
//               cases over the 5 s target are counted and the slowest is named, not failed (a busy
//               machine measured 4.4 s for a case that takes well under 1 s alone)
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
/** a case that returns after this long is a hang (passed to the test as FUZZ_CASE_LIMIT_MS) */
const CASE_LIMIT_S = Number(value('case-limit-seconds', '60'))
if (!(minutes > 0) || !(CASE_LIMIT_S > 0) || !Number.isInteger(cases) || cases < 0 || !Number.isInteger(jobs) || jobs < 1 || !Number.isFinite(seed)) {
  console.error('usage: npm run fuzz -- [--minutes N] [--cases N] [--jobs J] [--seed S] [--out DIR] [--stall-seconds S] [--case-limit-seconds S]')
  process.exit(2)
}
const out = value('out', mkdtempSync(join(tmpdir(), 'rack-check-fuzz-out-')))
/** no new case for this long: the current one hangs */
const STALL_MS = Number(value('stall-seconds', '60')) * 1000
const SEED_STRIDE = 10_000_000
const started = Date.now()

/**
 * One job: a process of the fuzz test over its share of the cases. When the process hangs (no
 * case for STALL_MS: the watchdog kills it) or dies (out of memory), the case it was on is kept as
 * a finding and a new process goes on from the next chunk, so one run reports every finding.
 */
function runJob(i) {
  const job = { seed: seed + i * SEED_STRIDE, out: jobs > 1 ? join(out, `job-${i}`) : out, total: { cases: 0, corpusCases: 0, craftedCases: 0, crashes: [], hangs: [], slow: 0, overMemory: [], slowest: { label: '', ms: 0 }, memory: { label: '', bytes: 0 } }, lost: [], code: 0, at: 0 }
  mkdirSync(job.out, { recursive: true })
  let left = cases > 0 ? Math.floor(cases / jobs) + (i < cases % jobs ? 1 : 0) : Infinity
  let firstChunk = 0
  job.done = (async () => {
    while (left > 0 && Date.now() < started + minutes * 60_000) {
      const scratch = mkdtempSync(join(tmpdir(), 'rack-check-fuzz-run-'))
      const run = { progress: join(scratch, 'progress'), report: join(scratch, 'report.json'), stalled: null }
      job.run = run
      const env = { ...process.env, NODE_OPTIONS: '--experimental-vm-modules', NODE_NO_WARNINGS: '1', FUZZ_MINUTES: String(Math.max(0.1, (started + minutes * 60_000 - Date.now()) / 60_000)), FUZZ_SEED: String(job.seed), FUZZ_FIRST_CHUNK: String(firstChunk), FUZZ_PROGRESS: run.progress, FUZZ_REPORT: run.report, FUZZ_OUT: job.out, FUZZ_CASE_LIMIT_MS: String(CASE_LIMIT_S * 1000) }
      if (Number.isFinite(left)) env.FUZZ_CASES = String(left)
      run.child = spawn(process.execPath, ['node_modules/jest/bin/jest.js', '__tests__/fuzz.test.ts', '--silent=false'], { env, stdio: ['ignore', 'inherit', 'inherit'], detached: true })
      const code = await new Promise((resolve) => run.child.on('exit', (c) => resolve(c ?? 1)))
      if (existsSync(run.report) && !run.stalled) {
        const r = JSON.parse(readFileSync(run.report, 'utf8'))
        for (const k of ['cases', 'corpusCases', 'craftedCases']) job.total[k] += r[k]
        job.total.crashes.push(...r.crashes)
        job.total.hangs.push(...r.hangs)
        job.total.overMemory.push(...r.overMemory)
        job.total.slow += r.slow ?? 0
        if (r.slowest.ms > job.total.slowest.ms) job.total.slowest = r.slowest
        if (r.memory.bytes > job.total.memory.bytes) job.total.memory = r.memory
        if (code !== 0 && r.crashes.length + r.hangs.length + r.overMemory.length === 0) job.code = code
        break
      }
      // hung or died: the case it was on (`N CHUNK LABEL`) is the finding; go on after its chunk
      const line = existsSync(run.progress) ? readFileSync(run.progress, 'utf8').trim() : ''
      const [n, chunk] = line.split(' ').map(Number)
      const label = line.split(' ').slice(2).join(' ')
      job.lost.push({ kind: run.stalled ? `hang (no answer for ${STALL_MS / 1000} s)` : `crash (the process died, exit ${code})`, label: label || 'before the first case' })
      if (!line) {
        job.code = code || 1
        break
      }
      // its finished cases count (their split into corpus and crafted is in no report), the lost one is listed
      job.total.cases += n
      job.total.unsplit = (job.total.unsplit ?? 0) + n
      left -= n + 1
      firstChunk = chunk + 1
      job.at += n + 1
    }
  })()
  return job
}

const running = Array.from({ length: jobs }, (_, i) => runJob(i))
/** the cases each job has run, from its progress file (read while it is rewritten it may be empty: the last value read stands) */
const position = (job) => {
  const p = job.run?.progress
  const now = p && existsSync(p) ? Number(readFileSync(p, 'utf8').split(' ')[0]) || 0 : 0
  job.last = Math.max(job.run === job.lastRun ? (job.last ?? 0) : 0, now)
  job.lastRun = job.run
  return job.at + job.last
}
let lastProgress = Date.now()
const watchdog = setInterval(() => {
  for (const job of running) {
    const run = job.run
    if (!run || run.stalled || run.child.exitCode !== null || !existsSync(run.progress)) continue
    if (Date.now() - statSync(run.progress).mtimeMs > STALL_MS) {
      run.stalled = true
      process.kill(-run.child.pid, 'SIGKILL')
    }
  }
  if (Date.now() - lastProgress >= 60_000) {
    lastProgress = Date.now()
    const n = running.reduce((sum, job) => sum + position(job), 0)
    console.log(`fuzz: ${n} cases after ${Math.round((Date.now() - started) / 60_000)} min`)
  }
}, 5000)

await Promise.all(running.map((job) => job.done))
clearInterval(watchdog)
const total = { cases: 0, corpusCases: 0, craftedCases: 0, crashes: [], hangs: [], slow: 0, overMemory: [], slowest: { label: '', ms: 0 }, memory: { label: '', bytes: 0 } }
const lost = running.flatMap((job) => job.lost.map((l) => ({ ...l, seed: job.seed })))
for (const job of running) {
  for (const k of ['cases', 'corpusCases', 'craftedCases']) total[k] += job.total[k]
  total.crashes.push(...job.total.crashes)
  total.hangs.push(...job.total.hangs)
  total.overMemory.push(...job.total.overMemory)
  total.slow += job.total.slow
  if (job.total.slowest.ms > total.slowest.ms) total.slowest = job.total.slowest
  if (job.total.memory.bytes > total.memory.bytes) total.memory = job.total.memory
}
const seeds = running.map((job) => job.seed).join(', ')
const unsplit = running.reduce((sum, job) => sum + (job.total.unsplit ?? 0), 0)
console.log(`fuzz: seed${jobs > 1 ? 's' : ''} ${seeds}; ${total.cases + lost.length} cases (${total.corpusCases} corpus mutations, ${total.craftedCases} crafted${unsplit ? `, ${unsplit} run by processes that then hung or died` : ''}${lost.length ? `, ${lost.length} on which one hung or died` : ''}) in ${((Date.now() - started) / 1000).toFixed(0)} s, ${jobs} job${jobs > 1 ? 's' : ''}`)
console.log(`fuzz: ${total.crashes.length + lost.filter((l) => l.kind.startsWith('crash')).length} crashes, ${total.hangs.length + lost.filter((l) => l.kind.startsWith('hang')).length} hangs (over ${CASE_LIMIT_S} s), ${total.slow} over the 5 s target, ${total.overMemory.length} over 512 MB; slowest ${total.slowest.ms.toFixed(0)} ms: ${total.slowest.label.slice(0, 200)}; most memory ${(total.memory.bytes / 1048576).toFixed(0)} MB: ${total.memory.label.slice(0, 200)}`)
for (const c of [...total.crashes, ...total.hangs, ...total.overMemory]) console.log(`  ${c.label.slice(0, 160)} -> ${c.saved}`)
for (const l of lost) console.log(`  ${l.kind}, seed ${l.seed}: ${l.label.slice(0, 300)}`)
if (total.crashes.length + total.hangs.length + total.overMemory.length > 0) console.log(`fuzz: inputs kept in ${out}`)
process.exit(lost.length + total.crashes.length + total.hangs.length + total.overMemory.length === 0 && running.every((job) => job.code === 0) ? 0 : 1)
