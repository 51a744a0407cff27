/**
 * Conformance against the REAL servers: every case folder whose server is installed here at the
 * version its Gemfile.lock locks (Debian's puma, thin, unicorn and ruby-rack, installed by
 * .ci/run) is started in a private mount, PID and network namespace with its own /tmp, and what
 * it does must equal rack-check's prediction. Skips only where it cannot run (not root, no
 * unshare, servers missing) and then says so loudly; with CI=true it fails instead of skipping.
 */
import { describe, expect, test } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { checkDirectory } from '../src/check.js'
import { signalEffect } from '../src/restart.js'
import { parseProcfile, procfileEntry } from '../src/model/procfile.js'
import { SourceFile } from '../src/files/source-file.js'
import { CASES } from './helpers/paths.js'

const run = promisify(execFile)
const OBSERVER = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'live', 'observe.mjs')
const FIELDS = ['boots', 'servesSocket', 'writesPidFile', 'daemonizes', 'tcpPorts'] as const

/** The Debian package that provides each gem, and the version it installs. */
function installed(): Map<string, string> {
  const versions = new Map<string, string>()
  for (const [gem, pkg, bin] of [
    ['puma', 'puma', 'puma'],
    ['thin', 'thin', 'thin'],
    ['unicorn', 'unicorn', 'unicorn'],
    ['rack', 'ruby-rack', 'rackup']
  ]) {
    try {
      const v = execFileSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      if (existsSync(`/usr/bin/${bin}`)) versions.set(gem, v.replace(/^\d+:/, '').replace(/[-+~].*$/, ''))
    } catch {
      // not installed
    }
  }
  return versions
}

function cannotRun(versions: Map<string, string>): string | null {
  if (process.platform !== 'linux') return 'not Linux'
  if (process.getuid?.() !== 0) return 'not root (unshare needs it)'
  if (!existsSync('/usr/bin/unshare')) return 'no /usr/bin/unshare'
  const missing = ['puma', 'thin', 'unicorn', 'rack'].filter((g) => !versions.has(g))
  if (missing.length) return `servers not installed: ${missing.join(', ')} (.ci/run installs them with apt-get)`
  return null
}

const SERVER_GEM: Record<string, string> = { puma: 'puma', thin: 'thin', unicorn: 'unicorn', unicorn_rails: 'unicorn', rackup: 'rack' }

/** Cases whose server runs here at the locked version, with the command Cloud 66 would run. */
function runnable(versions: Map<string, string>): Array<{ name: string; command: string; env: Record<string, string>; signals: Record<string, string> }> {
  const out = []
  for (const name of readdirSync(CASES).sort()) {
    const dir = join(CASES, name)
    const procfile = parseProcfile(new SourceFile('Procfile', readFileSync(join(dir, 'Procfile'), 'utf8')))
    const entry = procfileEntry(procfile, 'custom_web')
    if (!entry) continue
    // Cloud 66 runs the line through Bundler; here the Debian server is the locked version
    const command = entry.command.replace(/^bundle exec /, '')
    const gem = SERVER_GEM[command.split(/\s+/)[0]]
    const lock = readFileSync(join(dir, 'Gemfile.lock'), 'utf8')
    const locked = gem ? new RegExp(`^ {4}${gem} \\(([^)]+)\\)`, 'm').exec(lock)?.[1] : undefined
    if (!gem || locked !== versions.get(gem)) continue
    const extra = existsSync(join(dir, 'live-env.json')) ? (JSON.parse(readFileSync(join(dir, 'live-env.json'), 'utf8')) as Record<string, string>) : {}
    const { signals = {} } = JSON.parse(readFileSync(join(dir, 'observed.json'), 'utf8')) as { signals?: Record<string, string> }
    out.push({ name, command, env: extra, signals })
  }
  return out
}

const versions = installed()
const reason = cannotRun(versions)
const onCI = process.env.CI === 'true'

if (reason && !onCI) {
  process.stderr.write(`\n*** LIVE SERVER CONFORMANCE SKIPPED: ${reason} ***\n\n`)
  test.skip(`live server conformance: skipped (${reason})`, () => undefined)
} else {
  describe('predictions equal what the real servers do', () => {
    test('the live suite can run here', () => {
      expect(reason).toBeNull()
    })
    if (reason) return
    const cases = runnable(versions)
    const observations = new Map<string, Record<string, unknown>>()
    const envFor = (app: string, extra: Record<string, string>): Record<string, string> => ({ PATH: '/usr/local/bin:/usr/bin:/bin', HOME: '/root', LANG: 'C.UTF-8', RACK_ENV: 'production', RAILS_ENV: 'production', STACK_PATH: app, RAILS_STACK_PATH: app, CUSTOM_WEB_SOCKET_FILE: '/tmp/web_server.sock', CUSTOM_WEB_PID_FILE: '/tmp/web_server.pid', ...extra })
    /** runs jobs 4 at a time, each in a fresh copy of its case folder and its own namespaces */
    const inNamespaces = async <J extends { name: string; command: string; env: Record<string, string> }>(jobs: J[], args: (j: J) => string[], done: (j: J, seen: Record<string, unknown>) => void): Promise<void> => {
      const work = mkdtempSync('/var/tmp/rack-check-live-')
      try {
        const queue = jobs.map((j, i) => [j, i] as const)
        const worker = async (): Promise<void> => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const [j, i] = next
            const app = join(work, `${j.name}-${i}`)
            cpSync(join(CASES, j.name), app, { recursive: true })
            const { stdout } = await run('unshare', ['--mount', '--pid', '--net', '--fork', '--mount-proc', process.execPath, OBSERVER, app, j.command, JSON.stringify(envFor(app, j.env)), ...args(j)], { timeout: 40000 })
            done(j, JSON.parse(stdout.trim().split('\n').pop()!))
          }
        }
        await Promise.all([worker(), worker(), worker(), worker()])
      } finally {
        rmSync(work, { recursive: true, force: true })
      }
    }

    test(`at least 40 cases run (every server, config files, precedence)`, async () => {
      expect(cases.length).toBeGreaterThanOrEqual(40)
      await inNamespaces(cases, () => [], (c, seen) => observations.set(c.name, seen))
      expect(observations.size).toBe(cases.length)
    }, 600000)

    test('every prediction equals the observation', async () => {
      let agreed = 0
      const disagreements: string[] = []
      for (const c of cases) {
        const seen = observations.get(c.name)
        if (!seen) continue
        const { report } = await checkDirectory(join(CASES, c.name), { environment: 'production', processManager: 'systemd' })
        const predicted = report.apps[0]?.webServer?.prediction as Record<string, unknown> | undefined
        const recorded = (JSON.parse(readFileSync(join(CASES, c.name, 'observed.json'), 'utf8')) as { observed: Record<string, unknown> }).observed
        const wrong = FIELDS.filter((f) => JSON.stringify(predicted?.[f]) !== JSON.stringify(seen[f]))
        const drift = FIELDS.filter((f) => recorded[f] !== null && JSON.stringify(recorded[f]) !== JSON.stringify(seen[f]))
        if (wrong.length === 0 && drift.length === 0) agreed++
        else disagreements.push(`${c.name} (${c.command}): ${wrong.map((f) => `${f} predicted ${JSON.stringify(predicted?.[f])}`).join(', ')}${drift.length ? `; recorded observation differs on ${drift.join(', ')}` : ''}; observed ${JSON.stringify(seen)}`)
      }
      process.stdout.write(`live conformance: ${cases.length} cases started with the real servers (${[...versions].map(([g, v]) => `${g} ${v}`).join(', ')}), ${agreed} agreed\n`)
      expect(disagreements).toEqual([])
      expect(agreed).toBe(cases.length)
    })

    test('every restart signal does what rack-check says it does (and what was recorded)', async () => {
      const jobs = cases.flatMap((c) => Object.keys(c.signals).map((signal) => ({ ...c, signal })))
      expect(jobs.length).toBeGreaterThanOrEqual(45)
      const seen: Array<{ job: (typeof jobs)[number]; restart: { effect: string; logsWatched?: boolean } }> = []
      await inNamespaces(jobs, (j) => [j.signal], (job, o) => seen.push({ job, restart: o.restart as { effect: string } }))
      // with no log file to reopen, reopening logs cannot be told from doing nothing
      const same = (want: string, got: { effect: string; logsWatched?: boolean }): boolean => want === got.effect || (want === 'reopen-logs' && got.effect === 'none' && got.logsWatched === false)
      const disagreements: string[] = []
      for (const { job, restart } of seen) {
        const { analyses } = await checkDirectory(join(CASES, job.name), { environment: 'production', processManager: 'systemd' })
        const predicted = signalEffect(analyses[0].web!, job.signal).effect
        if (!same(predicted, restart) || !same(job.signals[job.signal], restart)) disagreements.push(`${job.name} ${job.signal.toUpperCase()}: predicted ${predicted}, recorded ${job.signals[job.signal]}, observed ${JSON.stringify(restart)}`)
      }
      process.stdout.write(`live restart signals: ${seen.length} signals sent to the real servers, ${seen.length - disagreements.length} agreed\n`)
      expect(disagreements).toEqual([])
    }, 900000)
  })
}
