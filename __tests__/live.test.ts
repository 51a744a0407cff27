/**
 * Conformance against the REAL servers: every case folder in __tests__/conformance/cases whose server
 * runs here at the version its Gemfile.lock locks is started in a private mount, PID and network
 * namespace with its own /tmp (__tests__/live/observe.mjs), once per recorded restart signal (or once
 * when it records none), and what it does must equal rack-check's prediction and the recorded
 * observation (observed.json): the start-up fields of every run, and the effect of every signal.
 * A field that observed.json sets to null was measured as not comparable (`-p ""` binds a port
 * the kernel picks); an undecided (null) prediction of it is right and is counted, not compared.
 *
 * Which server runs a case:
 * - Debian's packages (puma 5.6.5, thin, unicorn, ruby-rack's rackup, ruby-railties' rails),
 *   installed by .ci/run;
 * - every other Puma release the cases lock (3.12, 4.3, 6.6, 7.2, 8.0) from the builds that
 *   .ci/run makes with .ci/puma-build.sh in RACK_CHECK_PUMA_BUILDS (default
 *   ~/.cache/rack-check/puma), from sources .ci/puma-sources.sh checks against .ci/servers.sha256. A `puma` command gets the build's launchers (bin-VERSION/puma,
 *   pumactl) first on PATH. They are binstubs, so Puma's re-exec on USR2 (`[Gem.ruby, $0, *argv]`)
 *   comes back as the same build; a shell wrapper would come back as Debian's 5.6.5
 *   (docs/maintainers/testing.md). `rackup -s puma` and `rails server` load Puma with `require`,
 *   so there the build's lib also comes first on RUBYLIB, as Bundler puts the locked gem's lib
 *   first on the load path. Either way, /proc/PID/maps of the running server, at start-up and
 *   after the signal, must show that build's puma_http11.so, and Debian's cases must show
 *   Debian's;
 * - Pitchfork (no Debian package) from the build that .ci/run makes with .ci/pitchfork-build.sh in
 *   RACK_CHECK_PITCHFORK_BUILDS (default ~/.cache/rack-check/pitchfork), from the tarball in
 *   ../shared/servers/pitchfork checked against .ci/servers.sha256: its launcher first on PATH, and
 *   the running monitor, mold and workers must map that build's pitchfork_http.so.
 *
 * A case whose locked Puma or Pitchfork has neither a Debian package nor a build is not run: with
 * CI=true that fails the suite, elsewhere it is skipped loudly. RACK_CHECK_LIVE_ONLY=REGEXP runs only
 * the cases whose folder name matches (then the minimum counts are not checked). The suite also skips only where it cannot run
 * at all (neither root nor passwordless sudo, no unshare, Debian's servers missing) and says so;
 * with CI=true it fails. As a user who is not root, each observer runs through `sudo -n`.
 * `npm test` leaves this file out; `npm run test:live` runs it (jest.live.config.js).
 * The observer names each restart with __tests__/live/classify.mjs, from what identifies it (PIDs,
 * listener inodes, re-exec logs), not from a single failed probe.
 * At the end it prints, per server and version: cases started, start-up fields compared, signals
 * compared and disagreements (runs whose start-up or signal effect differs), and the time taken.
 */
import { describe, expect, test } from '@jest/globals'
import { execFile, execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { homedir, loadavg } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { checkDirectory } from '../src/engine/check.js'
import { signalEffect } from '../src/servers/restart.js'
import { LAUNCHERS } from '../src/servers/registry.js'
import { parseProcfile, procfileEntry } from '../src/model/procfile.js'
import { SourceFile } from '../src/files/source-file.js'
import { CASES } from './helpers/paths.js'
import { DEBIAN_SERVERS } from './live/debian-servers.mjs'
import type { UnderLoadSummary } from './live/rig.mjs'

const run = promisify(execFile)
const OBSERVER = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'live', 'observe.mjs')
const FIELDS = ['boots', 'servesSocket', 'writesPidFile', 'daemonizes', 'tcpPorts'] as const
/** where .ci/run builds the Puma releases (.ci/puma-build.sh) */
const PUMA_BUILDS = process.env.RACK_CHECK_PUMA_BUILDS || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rack-check', 'puma')
/** where .ci/run builds Pitchfork (.ci/pitchfork-build.sh) */
const PITCHFORK_BUILDS = process.env.RACK_CHECK_PITCHFORK_BUILDS || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rack-check', 'pitchfork')
const ONLY = process.env.RACK_CHECK_LIVE_ONLY ? new RegExp(process.env.RACK_CHECK_LIVE_ONLY) : null

/** a rig run: how long the app takes to boot (s), and whether PWD names `current` */
interface Rig {
  boot: number
  pwd: boolean
  /** the run's key in under-load.json: the signal, then ` boot 3s` and/or ` PWD=current` */
  key?: string
}
/** the effects that restart the server (or its workers): these are also run with a boot of 3 s */
const RESTARTS = new Set(['hot-restart', 'phased-restart', 'new-master', 'full-restart', 'reload-config', 'refork'])
/** concurrent clients of the rig's load through Nginx */
const CLIENTS = 12
const rigKey = (signal: string, r: Rig): string => `${signal}${r.boot ? ` boot ${r.boot}s` : ''}${r.pwd ? ' PWD=current' : ''}`
/** the file beside observed.json that holds the rig's figures */
const UNDER_LOAD = 'under-load.json'

/**
 * The rig's release layout for one run (__tests__/live/rig.mjs): `<root>/releases/A` and
 * `<root>/releases/B`, copies of the case that differ only in the release name their config.ru
 * answers with, and `<root>/current` → `releases/A`. Returns the `current` path, where the server
 * is started (as Cloud 66 starts it in $STACK_PATH, which is …/current).
 */
function releases(root: string, name: string): string {
  for (const release of ['A', 'B']) {
    const dir = join(root, 'releases', release)
    mkdirSync(dir, { recursive: true })
    cpSync(join(CASES, name), dir, { recursive: true })
    const ru = join(dir, 'config.ru')
    // the boot time (RACK_CHECK_BOOT seconds, before the app is built) and the headers that say
    // which release, which process and which parent (a worker's master) answered; everything after
    // it is the case's own config.ru
    const prelude = [
      '# rack-check live rig (__tests__/live/rig.mjs): the boot time, and which release and process answered',
      'sleep Float(ENV.fetch("RACK_CHECK_BOOT", "0"))',
      `use(Class.new { def initialize(app); @app = app; end; def call(env); s, h, b = @app.call(env); [s, h.merge("x-release" => "${release}", "x-pid" => Process.pid.to_s, "x-ppid" => Process.ppid.to_s), b]; end })`,
      ''
    ].join('\n')
    if (existsSync(ru)) writeFileSync(ru, prelude + readFileSync(ru, 'utf8'))
  }
  symlinkSync('releases/A', join(root, 'current'))
  return join(root, 'current')
}

interface UnderLoadRecord {
  source: string
  runs: Record<string, UnderLoad & { boot: number; pwd: boolean; effect: string; label: string; load: number; measured: string }>
}

function underLoadRecord(name: string): UnderLoadRecord | null {
  const f = join(CASES, name, UNDER_LOAD)
  return existsSync(f) ? (JSON.parse(readFileSync(f, 'utf8')) as UnderLoadRecord) : null
}

/** writes each case's rig figures to under-load.json (keeping the runs of other signals) */
function recordUnderLoad(rigged: Array<{ job: { name: string; label: string; signal?: string; signals: Record<string, string>; rig?: Rig }; o: Observation; load: number }>): void {
  // the effect as recorded in observed.json (the signal test has compared it with the observation)
  const day = new Date().toISOString().slice(0, 10)
  const byCase = new Map<string, UnderLoadRecord>()
  for (const { job, o, load } of rigged) {
    const u = o.restart?.underLoad
    if (!u || 'error' in u) continue
    const rec = byCase.get(job.name) ?? underLoadRecord(job.name) ?? { source: '', runs: {} }
    rec.source = `measured by __tests__/live/rig.mjs: Debian nginx in front of /tmp/web_server.sock, ${CLIENTS} clients, releases A and B (docs/maintainers/testing.md#the-restart-rig)`
    rec.runs[job.rig!.key!] = { boot: job.rig!.boot, pwd: job.rig!.pwd, effect: job.signals[job.signal!], label: job.label, ...u, load, measured: day }
    byCase.set(job.name, rec)
  }
  for (const [name, rec] of byCase) {
    rec.runs = Object.fromEntries(Object.entries(rec.runs).sort(([a], [b]) => a.localeCompare(b)))
    writeFileSync(join(CASES, name, UNDER_LOAD), JSON.stringify(rec, null, 2) + '\n')
  }
}

/** the machine's 1-minute load average, recorded beside every figure */
const loadAverage = (): number => Math.round(loadavg()[0] * 100) / 100

/** The Debian package that provides each gem, and the version it installs. */
function installed(): Map<string, string> {
  const versions = new Map<string, string>()
  for (const { gem, package: pkg, bin } of DEBIAN_SERVERS) {
    try {
      const v = execFileSync('dpkg-query', ['-W', '-f', '${Version}', pkg], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
      if (existsSync(`/usr/bin/${bin}`)) versions.set(gem, v.replace(/^\d+:/, '').replace(/[-+~].*$/, ''))
    } catch {
      // not installed
    }
  }
  return versions
}

interface PumaBuild {
  bin: string
  lib: string
  /** the compiled extension that a process running this build maps */
  extension: string
}

/** The complete builds of .ci/puma-build.sh in PUMA_BUILDS, by Puma version. */
function pumaBuilds(): Map<string, PumaBuild> {
  const builds = new Map<string, PumaBuild>()
  if (!existsSync(PUMA_BUILDS)) return builds
  for (const name of readdirSync(PUMA_BUILDS)) {
    const version = /^bin-(\d+\.\d+\.\d+)$/.exec(name)?.[1]
    if (!version) continue
    const bin = join(PUMA_BUILDS, name)
    const src = join(PUMA_BUILDS, `puma-${version}`)
    const extension = join(src, 'lib', 'puma', 'puma_http11.so')
    // BUILD-INFO is written last: without it the build did not finish
    const complete = ['puma', 'pumactl'].every((t) => existsSync(join(bin, t)) && (statSync(join(bin, t)).mode & 0o111) !== 0) && existsSync(extension) && existsSync(join(src, 'BUILD-INFO'))
    if (complete) builds.set(version, { bin, lib: join(src, 'lib'), extension })
  }
  return builds
}

/** The complete builds of .ci/pitchfork-build.sh in PITCHFORK_BUILDS, by version (BUILD-INFO is written last). */
function pitchforkBuilds(): Map<string, PumaBuild> {
  const builds = new Map<string, PumaBuild>()
  if (!existsSync(PITCHFORK_BUILDS)) return builds
  for (const name of readdirSync(PITCHFORK_BUILDS)) {
    const version = /^bin-(\d+\.\d+\.\d+)$/.exec(name)?.[1]
    if (!version) continue
    const launcher = join(PITCHFORK_BUILDS, name, 'pitchfork')
    const src = join(PITCHFORK_BUILDS, `pitchfork-${version}`)
    const extension = join(src, 'lib', 'pitchfork', 'pitchfork_http.so')
    if (existsSync(launcher) && (statSync(launcher).mode & 0o111) !== 0 && existsSync(extension) && existsSync(join(src, 'BUILD-INFO'))) builds.set(version, { bin: join(PITCHFORK_BUILDS, name), lib: join(src, 'lib'), extension })
  }
  return builds
}

/**
 * How to start the observer with the rights unshare needs: directly as root, else through
 * passwordless sudo (a GitHub-hosted runner's `runner` user); null when neither is possible.
 */
let privileged: string[] | null | undefined
function privilege(): string[] | null {
  if (privileged !== undefined) return privileged
  if (process.getuid?.() === 0) return (privileged = [])
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' })
    privileged = ['sudo', '-n']
  } catch {
    privileged = null
  }
  return privileged
}

function cannotRun(versions: Map<string, string>): string | null {
  if (process.platform !== 'linux') return 'not Linux'
  if (privilege() === null) return 'not root and no passwordless sudo (unshare needs root)'
  if (!existsSync('/usr/bin/unshare')) return 'no /usr/bin/unshare'
  if (!existsSync('/usr/sbin/nginx')) return 'no /usr/sbin/nginx (the restart rig puts Debian\'s nginx in front of the server; .ci/run installs it)'
  const missing = DEBIAN_SERVERS.map((d) => d.gem).filter((g) => !versions.has(g))
  if (missing.length) return `servers not installed: ${missing.join(', ')} (.ci/run installs them with apt-get)`
  return null
}

/** The gem whose locked version runs a case, by the program it starts (the registry's launchers; Passenger's has no Debian package here, so its cases are not run). */
const SERVER_GEM = new Map<string, string>(LAUNCHERS.map((l) => [l.program, l.gem]))

interface Case {
  name: string
  command: string
  /** live-env.json plus literal `NAME=value` words before the command */
  env: Record<string, string>
  signals: Record<string, string>
  /** the server and version that runs it, for the counts */
  label: string
  /** put first on PATH and RUBYLIB */
  path?: string
  rubylib?: string
  /** the puma_http11.so (or pitchfork_http.so) a built server of this case must map (null: Debian's) */
  extension: string | null
}

const lockedVersion = (lock: string, gem: string): string | undefined => new RegExp(`^ {4}${gem} \\(([^)]+)\\)`, 'm').exec(lock)?.[1]

/**
 * Cases whose server runs here at the locked version, with the command Cloud 66 would run; and the
 * cases that lock a Puma that neither Debian nor a build provides.
 */
function runnable(versions: Map<string, string>, builds: Map<string, PumaBuild>, forks: Map<string, PumaBuild>): { cases: Case[]; unbuilt: Array<{ name: string; version: string }> } {
  const cases: Case[] = []
  const unbuilt: Array<{ name: string; version: string }> = []
  for (const name of readdirSync(CASES).sort()) {
    if (ONLY && !ONLY.test(name)) continue
    const dir = join(CASES, name)
    if (!existsSync(join(dir, 'Procfile')) || !existsSync(join(dir, 'Gemfile.lock'))) continue
    const procfile = parseProcfile(new SourceFile('Procfile', readFileSync(join(dir, 'Procfile'), 'utf8')))
    const entry = procfileEntry(procfile, 'custom_web')
    if (!entry) continue
    // literal assignments before the command are its environment (`exec` cannot take them)
    const env: Record<string, string> = existsSync(join(dir, 'live-env.json')) ? (JSON.parse(readFileSync(join(dir, 'live-env.json'), 'utf8')) as Record<string, string>) : {}
    let command = entry.command
    for (let a = /^([A-Za-z_][A-Za-z0-9_]*)=([A-Za-z0-9_./:-]*)\s+/.exec(command); a; a = /^([A-Za-z_][A-Za-z0-9_]*)=([A-Za-z0-9_./:-]*)\s+/.exec(command)) {
      env[a[1]] = a[2]
      command = command.slice(a[0].length)
    }
    // Cloud 66 runs the line through Bundler; here the server is the locked version
    command = command.replace(/^bundle exec /, '')
    const word = command.split(/\s+/)[0]
    const gem = SERVER_GEM.get(word)
    const lock = readFileSync(join(dir, 'Gemfile.lock'), 'utf8')
    const locked = gem ? lockedVersion(lock, gem) : undefined
    if (!gem || !locked) continue
    const { signals = {} } = JSON.parse(readFileSync(join(dir, 'observed.json'), 'utf8')) as { signals?: Record<string, string> }
    const debian = (v: string) => `${v} (Debian)`
    const built = (v: string) => `${v} (built from source)`
    if (gem === 'pitchfork') {
      const b = forks.get(locked)
      if (b) cases.push({ name, command, env, signals, label: `pitchfork ${built(locked)}`, path: b.bin, extension: b.extension })
      else unbuilt.push({ name, version: `pitchfork ${locked}` })
      continue
    }
    if (gem === 'puma') {
      if (locked === versions.get('puma')) cases.push({ name, command, env, signals, label: `puma ${debian(locked)}`, extension: null })
      else if (builds.has(locked)) cases.push({ name, command, env, signals, label: `puma ${built(locked)}`, path: builds.get(locked)!.bin, extension: builds.get(locked)!.extension })
      else unbuilt.push({ name, version: `puma ${locked}` })
      continue
    }
    if (locked !== versions.get(gem)) continue
    if (gem !== 'rack' && gem !== 'railties') {
      cases.push({ name, command, env, signals, label: `${word === 'unicorn_rails' ? 'unicorn' : gem} ${debian(locked)}`, extension: null })
      continue
    }
    // rackup and rails server require their Rack handler's gem (Puma is the first default of Rack
    // 2.2 and of Rails); Bundler would give them the locked Puma, so a build's lib comes first
    const puma = lockedVersion(lock, 'puma')
    if (!puma || puma === versions.get('puma')) cases.push({ name, command, env, signals, label: `${word} ${debian(locked)}${puma ? ` with puma ${debian(puma)}` : ''}`, extension: null })
    else if (builds.has(puma)) cases.push({ name, command, env, signals, label: `${word} ${debian(locked)} with puma ${built(puma)}`, path: builds.get(puma)!.bin, rubylib: builds.get(puma)!.lib, extension: builds.get(puma)!.extension })
    else unbuilt.push({ name: `${name} (${word})`, version: `puma ${puma}` })
  }
  return { cases, unbuilt }
}

interface Observation {
  boots: boolean
  servesSocket: boolean
  writesPidFile: boolean
  daemonizes: boolean
  tcpPorts: number[]
  pumaLibs: string[]
  stderr: string
  stdout: string
  restart?: { effect: string; logsWatched?: boolean; pumaLibs?: string[]; log?: string; underLoad?: UnderLoad | { error: string } }
}

/** what the rig's load saw (__tests__/live/rig.mjs, summarise) */
type UnderLoad = UnderLoadSummary

const versions = installed()
const builds = pumaBuilds()
const forks = pitchforkBuilds()
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
    const { cases, unbuilt } = runnable(versions, builds, forks)
    const byVersion = new Map<string, string[]>()
    for (const u of unbuilt) byVersion.set(u.version, [...(byVersion.get(u.version) ?? []), u.name])
    const missingBuilds = `cases lock a Puma or Pitchfork that neither Debian nor a build in ${PUMA_BUILDS} or ${PITCHFORK_BUILDS} provides (.ci/run builds them with .ci/puma-build.sh and .ci/pitchfork-build.sh; RACK_CHECK_PUMA_BUILDS and RACK_CHECK_PITCHFORK_BUILDS name other build folders): ${[...byVersion].map(([v, names]) => `${v}, ${names.length} cases (${names.join(', ')})`).join('; ')}`
    if (unbuilt.length && !onCI) {
      process.stderr.write(`\n*** LIVE SERVER CONFORMANCE: ${unbuilt.length} CASES SKIPPED: ${missingBuilds} ***\n\n`)
      test.skip(`live cases without a Puma build: skipped (${unbuilt.length})`, () => undefined)
    } else {
      test('every Puma and Pitchfork release the cases lock is installed or built', () => {
        expect(unbuilt.length === 0 ? '' : missingBuilds).toBe('')
      })
    }

    // one run per recorded signal, or one run without a signal: every run also observes the start-up.
    // Every signal run is a rig run (__tests__/live/rig.mjs: Nginx, load, releases A and B) with an
    // app that boots at once; a signal recorded as a restart is also run with a boot of 3 s, and a
    // re-exec (hot restart, new master) also with PWD set to `current` (what the server restarts
    // into depends on it when nothing names the folder: docs/research/servers.md#restart-folder)
    const rigRuns = (signal: string, effect: string): Rig[] => [
      { boot: 0, pwd: false },
      ...(RESTARTS.has(effect) ? [{ boot: 3, pwd: false }] : []),
      ...(effect === 'hot-restart' || effect === 'new-master' ? [{ boot: 0, pwd: true }] : [])
    ].map((r) => ({ ...r, key: rigKey(signal, r) }))
    type Job = Case & { signal?: string; rig?: Rig }
    const jobs: Job[] = cases.flatMap((c): Job[] => (Object.keys(c.signals).length ? Object.entries(c.signals).flatMap(([signal, effect]) => rigRuns(signal, effect).map((rig) => ({ ...c, signal, rig }))) : [{ ...c }]))
    const seen: Array<{ job: Job; o: Observation; load: number }> = []
    /** seconds: the whole run, and the sum of the runs' own times (what 4 at a time divides) */
    const timing = { wall: 0, runs: 0 }
    const envFor = (app: string, c: Case): Record<string, string> => ({
      PATH: `${c.path ? `${c.path}:` : ''}/usr/local/bin:/usr/bin:/bin`,
      ...(c.rubylib ? { RUBYLIB: c.rubylib } : {}),
      HOME: '/root',
      LANG: 'C.UTF-8',
      RACK_ENV: 'production',
      RAILS_ENV: 'production',
      STACK_PATH: app,
      RAILS_STACK_PATH: app,
      CUSTOM_WEB_SOCKET_FILE: '/tmp/web_server.sock',
      CUSTOM_WEB_PID_FILE: '/tmp/web_server.pid',
      ...c.env
    })
    /** what each server+version did, for the counts at the end */
    const counts = new Map<string, { cases: Set<string>; fields: number; notComparable: number; signals: number; disagreements: number }>()
    const count = (label: string) => counts.get(label) ?? counts.set(label, { cases: new Set(), fields: 0, notComparable: 0, signals: 0, disagreements: 0 }).get(label)!

    test(`at least 40 cases run (every server, config files, precedence)`, async () => {
      if (!ONLY) expect(cases.length).toBeGreaterThanOrEqual(40)
      const work = mkdtempSync('/var/tmp/rack-check-live-')
      const began = Date.now()
      try {
        // 4 at a time, each in a fresh copy of its case folder and its own namespaces
        const queue = jobs.map((j, i) => [j, i] as const)
        const worker = async (): Promise<void> => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const [j, i] = next
            const app = j.rig ? releases(join(work, `${j.name}-${i}`), j.name) : join(work, `${j.name}-${i}`)
            if (!j.rig) cpSync(join(CASES, j.name), app, { recursive: true })
            const env = { ...envFor(app, j), ...(j.rig ? { RACK_CHECK_BOOT: String(j.rig.boot), ...(j.rig.pwd ? { PWD: app } : {}) } : {}) }
            const rigArg = j.rig ? [JSON.stringify({ root: join(work, `${j.name}-${i}`), boot: j.rig.boot, clients: CLIENTS })] : []
            const began = Date.now()
            const [cmd, ...args] = [...(privilege() ?? []), 'unshare', '--mount', '--pid', '--net', '--fork', '--mount-proc', process.execPath, OBSERVER, app, j.command, JSON.stringify(env), ...(j.signal ? [j.signal] : []), ...rigArg]
            // a hang guard, not a time limit: a start-up waits up to 30 s, a signal 6 s plus up to 10 s, and
            // under the rig Nginx's start (up to 5 s), the load (1 s before the signal, boot + 8 s after it)
            // and a request's answer (up to the rig's 65 s client timeout): a run takes about 10-20 s
            const { stdout } = await run(cmd, args, { timeout: 300000 })
            timing.runs += (Date.now() - began) / 1000
            seen.push({ job: j, o: JSON.parse(stdout.trim().split('\n').pop()!) as Observation, load: loadAverage() })
          }
        }
        await Promise.all([worker(), worker(), worker(), worker()])
        timing.wall = (Date.now() - began) / 1000
      } finally {
        rmSync(work, { recursive: true, force: true })
      }
      // RACK_CHECK_LIVE_RECORD=FILE keeps every observation (the restart facts and probe traces that
      // __tests__/live/recorded.json holds a selection of, for __tests__/live-classify.test.ts)
      if (process.env.RACK_CHECK_LIVE_RECORD) writeFileSync(process.env.RACK_CHECK_LIVE_RECORD, JSON.stringify(seen.map(({ job, o }) => ({ case: job.name, label: job.label, signal: job.signal ?? null, observation: o })), null, 1) + '\n')
      expect(seen.length).toBe(jobs.length)
      expect(new Set(seen.map((s) => s.job.name)).size).toBe(cases.length)
      for (const s of seen) count(s.job.label).cases.add(s.job.name)
    }, 1800000)

    const predictions = new Map<string, Awaited<ReturnType<typeof checkDirectory>>>()
    const predict = async (name: string) => predictions.get(name) ?? predictions.set(name, await checkDirectory(join(CASES, name), { environment: 'production', processManager: 'systemd' })).get(name)!
    const logLines = (o: Observation) => `stdout: ${o.stdout || '(empty)'}; stderr: ${o.stderr || '(empty)'}`

    test('every start-up prediction equals the observation (and the recorded one)', async () => {
      const disagreements: string[] = []
      for (const { job, o } of seen) {
        const { report } = await predict(job.name)
        const predicted = report.apps[0]?.webServer?.prediction as Record<string, unknown> | undefined
        const recorded = (JSON.parse(readFileSync(join(CASES, job.name, 'observed.json'), 'utf8')) as { observed?: Record<string, unknown> }).observed ?? {}
        const counted = count(job.label)
        // a field the record sets to null was measured and found not comparable (e.g. `-p ""` binds
        // a port the kernel picks); there an undecided prediction is right and is not compared
        const compared = FIELDS.filter((f) => !(predicted?.[f] === null && f in recorded && recorded[f] === null))
        counted.fields += compared.length
        counted.notComparable += FIELDS.length - compared.length
        // a field the record leaves out was not measured there
        const wrong = compared.filter((f) => JSON.stringify(predicted?.[f]) !== JSON.stringify(o[f]) || (recorded[f] != null && JSON.stringify(recorded[f]) !== JSON.stringify(o[f])))
        if (wrong.length === 0) continue
        counted.disagreements++
        disagreements.push(`${job.name} [${job.label}] (${job.command})${job.signal ? ` in the ${job.signal.toUpperCase()} run` : ''}: ${wrong.map((f) => `${f} predicted ${JSON.stringify(predicted?.[f])}, recorded ${JSON.stringify(recorded[f] ?? null)}, observed ${JSON.stringify(o[f])}`).join('; ')}; ${logLines(o)}`)
      }
      expect(disagreements).toEqual([])
    })

    test('every restart signal does what rack-check says it does (and what was recorded)', async () => {
      const signalled = seen.filter((s) => s.job.signal)
      if (!ONLY) expect(signalled.length).toBeGreaterThanOrEqual(45)
      // with no log file to reopen, reopening logs cannot be told from doing nothing
      const same = (want: string, got: { effect: string; logsWatched?: boolean }): boolean => want === got.effect || (want === 'reopen-logs' && got.effect === 'none' && got.logsWatched === false)
      const disagreements: string[] = []
      for (const { job, o } of signalled) {
        const signal = job.signal!
        const { analyses } = await predict(job.name)
        const predicted = signalEffect(analyses[0].web!, signal).effect
        const restart = o.restart ?? { effect: 'not observed' }
        const counted = count(job.label)
        counted.signals++
        if (same(predicted, restart) && same(job.signals[signal], restart)) continue
        counted.disagreements++
        disagreements.push(`${job.name} [${job.label}] ${signal.toUpperCase()}: predicted ${predicted}, recorded ${job.signals[signal]}, observed ${JSON.stringify(restart)}; ${logLines(o)}`)
      }
      expect(disagreements).toEqual([])
    }, 900000)

    test('under load behind Nginx, the restart does what rack-check claims (and what was recorded)', async () => {
      const rigged = seen.filter((s) => s.job.rig)
      // RACK_CHECK_LIVE_RECORD_LOAD=1 writes the figures beside observed.json (under-load.json), run by run
      if (process.env.RACK_CHECK_LIVE_RECORD_LOAD === '1') recordUnderLoad(rigged)
      const wrong: string[] = []
      for (const { job, o } of rigged) {
        const u = o.restart?.underLoad
        const at = `${job.name} [${job.label}] ${job.rig!.key}`
        if (!u || 'error' in u) {
          wrong.push(`${at}: no load figures (${u ? u.error : 'none'})`)
          continue
        }
        const { analyses } = await predict(job.name)
        const claim = signalEffect(analyses[0].web!, job.signal!)
        // the restart text says "no request fails" only where dropsRequests is false
        if (claim.dropsRequests === false && u.failed > 0) wrong.push(`${at}: rack-check says no request fails (${claim.effect}), ${u.failed} of ${u.sent} failed: ${JSON.stringify(u.failedBy)}`)
        // the old code keeps serving: the new release never answers
        // (not `oldCode`, Unicorn's HUP with preload_app true: its master builds the app again from
        // config.ru in the working directory (unicorn/http_server.rb, load_config!), where the rig's
        // release name lives, so release B answers, while code the app `require`d earlier stays
        // loaded; the rig cannot tell which of the two an app's change is)
        if ((claim.effect === 'refork' || claim.effect === 'reopen-logs' || claim.effect === 'none') && u.newServes) wrong.push(`${at}: rack-check says the new code is not loaded (${claim.effect}), release B answered`)
        const recorded = underLoadRecord(job.name)?.runs?.[job.rig!.key!]
        if (recorded && (recorded.newServes !== u.newServes || recorded.sideBySide !== u.sideBySide)) wrong.push(`${at}: recorded new code serves ${recorded.newServes}, side by side ${recorded.sideBySide}; observed ${u.newServes}, ${u.sideBySide} (releases after settling ${u.releasesAfter.join('+') || 'none'})`)
      }
      expect(wrong).toEqual([])
    })

    test('each case ran the Puma or Pitchfork it locks (the puma_http11.so or pitchfork_http.so mapped at start-up and after the signal)', () => {
      const wrong: string[] = []
      for (const { job, o } of seen) {
        const mapped = [...o.pumaLibs, ...(o.restart?.pumaLibs ?? [])]
        // a built Puma or Pitchfork that started maps exactly its build's extension, before and after a re-exec or refork
        if (job.extension && o.boots && !(o.pumaLibs.length > 0 && mapped.every((l) => l === job.extension))) wrong.push(`${job.name} [${job.label}]${job.signal ? ` ${job.signal.toUpperCase()}` : ''}: mapped ${JSON.stringify(o.pumaLibs)}, after the signal ${JSON.stringify(o.restart?.pumaLibs ?? null)}, want ${job.extension}`)
        // Debian's cases never pick up a build
        if (!job.extension && mapped.some((l) => l.startsWith(PUMA_BUILDS) || l.startsWith(PITCHFORK_BUILDS))) wrong.push(`${job.name} [${job.label}]: mapped a build: ${JSON.stringify(mapped)}`)
      }
      expect(wrong).toEqual([])
      // every build that a case locks was exercised (by some case that starts, when the run is not narrowed)
      if (ONLY) return
      const used = new Set(cases.filter((c) => c.extension).map((c) => c.extension))
      expect([...used].every((e) => seen.some((s) => s.job.extension === e && s.o.pumaLibs.includes(e!)))).toBe(true)
    })

    test('the counts', () => {
      const rows = [...counts].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      const total = rows.reduce((t, [, c]) => ({ cases: t.cases + c.cases.size, fields: t.fields + c.fields, notComparable: t.notComparable + c.notComparable, signals: t.signals + c.signals, disagreements: t.disagreements + c.disagreements }), { cases: 0, fields: 0, notComparable: 0, signals: 0, disagreements: 0 })
      const line = (label: string, c: { cases: number; fields: number; notComparable: number; signals: number; disagreements: number }) => `  ${label}: ${c.cases} cases started, ${c.fields} start-up fields compared${c.notComparable ? ` (${c.notComparable} not comparable)` : ''}, ${c.signals} signals compared, ${c.disagreements} disagreements\n`
      process.stdout.write(`live conformance: ${jobs.length} server starts in ${timing.wall.toFixed(0)} s, 4 at a time (${timing.runs.toFixed(0)} s of runs):\n${rows.map(([label, c]) => line(label, { ...c, cases: c.cases.size })).join('')}${line('total', total)}`)
      expect(total.cases).toBe(cases.length)
    })
  })
}
