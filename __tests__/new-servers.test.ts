/**
 * The models of Pitchfork, Falcon, Iodine and Agoo (src/servers/pitchfork.ts, falcon.ts, iodine.ts,
 * agoo.ts; docs/research/servers.md#pitchfork, #falcon, #iodine, #agoo): how each reads its
 * command line (and Pitchfork its config file) into the contract's prediction, and what each
 * signal does. Pitchfork's answers are also measured by the live suite
 * (__tests__/conformance/cases/pitchfork0_18_1-*); the others are read from their sources.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { signalEffect } from '../src/servers/restart.js'

const work = mkdtempSync(join(tmpdir(), 'rack-check-new-servers-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const RU = 'run ->(env) { [200, {}, ["ok"]] }\n'
const LOCKS: Record<string, string> = { pitchfork: 'pitchfork (0.18.1)', falcon: 'falcon (0.55.6)', iodine: 'iodine (0.7.58)', agoo: 'agoo (2.15.15)' }
let n = 0

/** The prediction, the effect of each signal and the rules that fire, for an app with this Procfile line and files. */
async function check(line: string, files: Record<string, string> = {}, signals: string[] = []) {
  const dir = join(work, String(n++))
  const gem = Object.keys(LOCKS).find((g) => line.includes(g))!
  const all: Record<string, string> = { Procfile: `custom_web: ${line}\n`, 'config.ru': RU, 'Gemfile.lock': `GEM\n  remote: https://rubygems.org/\n  specs:\n    ${LOCKS[gem]}\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  ${gem}\n`, ...files }
  for (const [path, text] of Object.entries(all)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  const { report, analyses } = await checkDirectory(dir, { environment: 'production', processManager: 'systemd' })
  const web = report.apps[0].webServer!
  return {
    server: web.server,
    prediction: web.prediction,
    effects: Object.fromEntries(signals.map((s) => [s, signalEffect(analyses[0].web!, s).effect])),
    rules: [...new Set(report.findings.map((f) => `${f.severity} ${f.rule}`))].sort(),
    findings: report.findings
  }
}

const p = (boots: boolean | null, servesSocket: boolean | null, writesPidFile: boolean | null, tcpPorts: number[] | null, daemonizes: boolean | null = false) => ({ boots, servesSocket, writesPidFile, daemonizes, tcpPorts })

describe('Pitchfork', () => {
  const config = (body: string) => ({ 'config/pitchfork.rb': body })
  test.each([
    ['bundle exec pitchfork -l /tmp/web_server.sock', {}, p(true, true, false, [])],
    ['bundle exec pitchfork --listen unix:/tmp/web_server.sock', {}, p(true, true, false, [])],
    ['bundle exec pitchfork', {}, p(true, false, false, [8080])],
    ['bundle exec pitchfork -p 3000', {}, p(true, false, false, [3000])],
    ['bundle exec pitchfork -l /tmp/web_server.sock -o 127.0.0.1 -p 3000', {}, p(true, true, false, [3000])],
    // config/pitchfork.rb is loaded without -c (0.17.0+)
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\n'), p(true, true, false, [])],
    ['bundle exec pitchfork -c config/other.rb', { 'config/other.rb': 'listen 8080\n' }, p(true, false, false, [8080])],
    ['bundle exec pitchfork -c config/missing.rb', {}, p(false, false, false, [])],
    // removed or never-present options and directives
    ['bundle exec pitchfork -l /tmp/web_server.sock -D', {}, p(false, false, false, [])],
    ['bundle exec pitchfork -l /tmp/web_server.sock -P /tmp/web_server.pid', {}, p(false, false, false, [])],
    ['bundle exec pitchfork -l /tmp/web_server.sock --pid /tmp/web_server.pid', {}, p(false, false, false, [])],
    ['bundle exec pitchfork -l /tmp/web_server.sock -e production', {}, p(false, false, false, [])],
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nworking_directory "/var/deploy"\n'), p(false, false, false, [])],
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nstdout_path "log/out.log"\n'), p(false, false, false, [])],
    // a removed directive under a condition rack-check cannot evaluate: it may or may not raise, and the file is not followed
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nif File.exist?("/etc/pitchfork-preload")\n  preload_app true\nend\n'), p(null, null, false, null)],
    // the measured workaround: an after_monitor_ready hook writes the monitor's PID
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_monitor_ready { |server| File.write("/tmp/web_server.pid", "#{Process.pid}\\n") }\n'), p(true, true, true, [])],
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_monitor_ready { |s| IO.write("/tmp/web_server.pid", $$.to_s) }\n'), p(true, true, true, [])],
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_monitor_ready { |s| File.write("tmp/pids/server.pid", Process.pid) }\n'), p(true, true, false, [])],
    // a hook that writes in a way rack-check does not follow: unknown, not "cannot"
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_monitor_ready { |s| File.open("/tmp/web_server.pid", "w") { |f| f << Process.pid } }\n'), p(true, true, null, [])],
    // a hook given as a value, or another hook that writes a worker's PID: unknown
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_monitor_ready ->(s) { File.write("/tmp/web_server.pid", Process.pid) }\n'), p(true, true, null, [])],
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_worker_ready { |s, w| File.write("/tmp/web_server.pid", Process.pid) }\n'), p(true, true, null, [])],
    // set_hook requires after_monitor_ready's block to take exactly one parameter
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_monitor_ready do\n  File.write("/tmp/web_server.pid", Process.pid)\nend\n'), p(false, false, false, [])],
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_worker_fork { |server| server.logger.info("forked") }\n'), p(false, false, false, [])],
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_worker_fork { |server, worker| }\nafter_monitor_ready { File.write("/tmp/web_server.pid", _1.class.name) }\n'), p(true, true, false, [])],
    // the last after_monitor_ready is the one that runs
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_monitor_ready { |s| File.write("/tmp/web_server.pid", $$) }\nafter_monitor_ready { |s| s.logger.info("ready") }\n'), p(true, true, false, [])],
    // a hook that writes something else: no PID file
    ['bundle exec pitchfork', config('listen "/tmp/web_server.sock"\nafter_monitor_ready { |s| s.logger.info("ready") }\n'), p(true, true, false, [])]
  ])('%s %j', async (line, files, want) => {
    const got = await check(line, files)
    expect(got.server).toBe('pitchfork')
    expect(got.prediction).toEqual(want)
  })

  test('signals: USR2 reforks old code, HUP and USR1 end it, QUIT/TERM/INT stop it (measured)', async () => {
    const got = await check('bundle exec pitchfork -l /tmp/web_server.sock', {}, ['usr2', 'hup', 'usr1', 'quit', 'term', 'int', 'ttin'])
    expect(got.effects).toEqual({ usr2: 'refork', hup: 'stop', usr1: 'stop', quit: 'stop', term: 'stop', int: 'stop', ttin: 'none' })
  })

  test('no PID file is a warning (what Cloud 66 does without it is open); no documented default restarts it (HUP ends it, USR2 reforks the old code): an error', async () => {
    expect((await check('bundle exec pitchfork -l /tmp/web_server.sock')).rules).toEqual(['error restart-signal-not-restart', 'warning custom-web-no-pid-file'])
  })
})

describe('Falcon', () => {
  test.each([
    // serve is the default subcommand; its --bind is always TCP
    ['bundle exec falcon', p(true, false, false, [9292])],
    ['bundle exec falcon serve', p(true, false, false, [9292])],
    ['bundle exec falcon serve -b http://0.0.0.0:3000', p(true, false, false, [3000])],
    ['bundle exec falcon serve --bind http://0.0.0.0 --port 4000', p(true, false, false, [4000])],
    ['bundle exec falcon --verbose serve --bind unix:///tmp/web_server.sock', p(null, false, false, null)],
    ['bundle exec falcon serve --bind unix:///tmp/web_server.sock --count 2', p(null, false, false, null)],
    // an option Samovar's definition does not have: unknown
    ['bundle exec falcon serve --pid /tmp/web_server.pid', p(null, null, false, null)],
    // falcon host: its listener is Ruby in falcon.rb
    ['bundle exec falcon host', p(null, null, false, null)]
  ])('%s', async (line, want) => {
    const got = await check(line, { 'falcon.rb': 'service "x" do\nend\n' })
    expect(got.server).toBe('falcon')
    expect(got.prediction).toEqual(want)
  })

  test('falcon host with a missing file exits at start', async () => {
    expect((await check('bundle exec falcon host missing.rb')).prediction.boots).toBe(false)
  })

  test('signals: HUP replaces the workers, which load the app again (old code with --preload); INT/TERM stop it', async () => {
    expect((await check('bundle exec falcon serve', {}, ['hup', 'int', 'term', 'usr1', 'usr2'])).effects).toEqual({ hup: 'phased-restart', int: 'stop', term: 'stop', usr1: 'stop', usr2: 'stop' })
    expect((await check('bundle exec falcon serve --preload app.rb', {}, ['hup'])).effects).toEqual({ hup: 'refork' })
  })

  test('the socket fix is one instruction: falcon host with the endpoint in falcon.rb, or Puma (serve cannot listen on a Unix socket)', async () => {
    for (const line of ['bundle exec falcon serve --bind unix:///tmp/web_server.sock', 'bundle exec falcon serve', 'bundle exec falcon serve -b http://0.0.0.0:3000']) {
      const f = (await check(line)).findings.find((x) => x.rule === 'custom-web-no-socket')!
      expect(f.message).toMatch(/; use `falcon host` with an endpoint on the Unix socket \/tmp\/web_server\.sock in `falcon\.rb` \(`falcon serve` makes a TCP endpoint of any `--bind`\), or Puma\.$/)
      expect(f.fix).toBeUndefined()
    }
  })
})

/** The notice custom-web-undecided gives when nothing tells what the restart signal does (issue 24 item 3). */
const restartNotice = <T extends { rule: string; message: string }>(findings: T[]): T[] => findings.filter((x) => x.rule === 'custom-web-undecided' && x.message.includes('on deploy'))

describe('Iodine', () => {
  test.each([
    ['bundle exec iodine', p(true, false, false, [3000])],
    ['bundle exec iodine -b /tmp/web_server.sock -pid /tmp/web_server.pid', p(true, true, true, [])],
    ['bundle exec iodine -bind /tmp/web_server.sock -p 3000 -w 2 -t 4', p(true, true, false, [])],
    ['bundle exec iodine -p 8080 -pidfile tmp/', p(true, false, false, [8080])],
    ['bundle exec iodine -b ./web.sock', p(true, false, false, [])],
    // a unix:// URL is not a path to Iodine
    ['bundle exec iodine -b unix:///tmp/web_server.sock', p(null, false, false, null)],
    ['bundle exec iodine -D', p(null, null, null, null, false)]
  ])('%s', async (line, want) => {
    const got = await check(line)
    expect(got.server).toBe('iodine')
    expect(got.prediction).toEqual(want)
  })

  test('signals: USR1 respawns the workers on old code; HUP and USR2 are unknown', async () => {
    expect((await check('bundle exec iodine -b /tmp/web_server.sock', {}, ['usr1', 'hup', 'usr2', 'int', 'term'])).effects).toEqual({ usr1: 'refork', hup: 'unknown', usr2: 'unknown', int: 'stop', term: 'stop' })
  })

  test('HUP and USR2 are not trapped, and a notice names the unknown effect of the signal Cloud 66 sends', async () => {
    const line = 'bundle exec iodine -b /tmp/web_server.sock -pid /tmp/web_server.pid'
    const byDefault = restartNotice((await check(line)).findings)
    expect(byDefault.map((x) => [x.severity, x.line, x.message])).toEqual([
      ['notice', 1, expect.stringMatching(/^rack-check cannot tell what HUP, the signal Cloud 66 sends if its generic default for a custom server applies .*, does to Iodine on deploy: Iodine sets no handler for HUP, and what then happens was not measured/)]
    ])
    const manifest = (signal: string) => ({ '.cloud66/manifest.yml': `production:\n  procfile_metadata:\n    web:\n      restart_signal: ${signal}\n` })
    const usr2 = restartNotice((await check(line, manifest('usr2'))).findings)
    expect(usr2.map((x) => [x.file, x.line, x.message.split(':')[0]])).toEqual([['.cloud66/manifest.yml', 4, 'rack-check cannot tell what USR2 does to Iodine on deploy']])
    // USR1's effect is known (the workers respawn on old code): no notice
    expect(restartNotice((await check(line, manifest('usr1'))).findings)).toEqual([])
  })
})

describe('Agoo', () => {
  test.each([
    ['bundle exec agoo', p(true, false, false, [9292])],
    ['bundle exec agoo -p 3000', p(true, false, false, [3000])],
    ['bundle exec agoo -b unix:///tmp/web_server.sock', p(true, true, false, null)],
    ['bundle exec agoo --bind http://0.0.0.0:6464', p(true, false, false, null)],
    // -d is the static-files folder, not daemonize
    ['bundle exec agoo -d public -b unix:///tmp/web_server.sock', p(true, true, false, null)],
    ['bundle exec agoo -D', p(false, false, false, [])]
  ])('%s', async (line, want) => {
    const got = await check(line)
    expect(got.server).toBe('agoo')
    expect(got.prediction).toEqual(want)
  })

  test('signals: INT and TERM stop it; HUP, USR1 and USR2 are unknown', async () => {
    expect((await check('bundle exec agoo -b unix:///tmp/web_server.sock', {}, ['int', 'term', 'hup', 'usr1', 'usr2'])).effects).toEqual({ int: 'stop', term: 'stop', hup: 'unknown', usr1: 'unknown', usr2: 'unknown' })
  })

  test('a notice names the unknown effect of the HUP Cloud 66 may send', async () => {
    const notices = restartNotice((await check('bundle exec agoo -b unix:///tmp/web_server.sock')).findings)
    expect(notices.map((x) => [x.severity, x.message])).toEqual([['notice', expect.stringContaining("does to Agoo on deploy: Agoo installs no handler for HUP, and the effect of Ruby's default one was not measured")]])
  })
})
