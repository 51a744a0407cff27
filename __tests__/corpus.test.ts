/**
 * The real-world corpus (../shared/corpus, not part of this repository): rack-check must never
 * crash on it and must flag the command-line misconfigurations its README lists (§6, §10).
 * Each folder is copied to a temporary folder with a Gemfile.lock built from its
 * Gemfile.lock.servers, because the locked version decides what `-d` does.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { run } from '../src/cli/main.js'
import { CORPUS, corpusPresent } from './helpers/paths.js'

const work = mkdtempSync(join(tmpdir(), 'rack-check-corpus-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/**
 * A corpus folder ready to check: with a Gemfile.lock built from its server lines (the default),
 * or without any lockfile (`lock: false`: every version band is modelled).
 */
function prepared(name: string, lock = true): string {
  const dir = join(work, lock ? 'locked' : 'unlocked', name)
  if (existsSync(dir)) return dir
  cpSync(join(CORPUS, name), dir, { recursive: true, verbatimSymlinks: true })
  const servers = join(dir, 'Gemfile.lock.servers')
  if (existsSync(servers) && lock) {
    writeFileSync(join(dir, 'Gemfile.lock'), `GEM\n  remote: https://rubygems.org/\n  specs:\n${readFileSync(servers, 'utf8').replace(/\n?$/, '\n')}\nPLATFORMS\n  ruby\n`)
  }
  return dir
}

const options = { environment: 'production', processManager: 'systemd' as const }
const rulesOf = async (name: string, lock = true): Promise<string[]> => (await checkDirectory(prepared(name, lock), options)).report.findings.map((f) => f.rule)
const findingsOf = async (name: string, lock = true) => (await checkDirectory(prepared(name, lock), options)).report.findings

if (!corpusPresent) {
  test.skip(`corpus not found at ${CORPUS}: corpus tests skipped`, () => undefined)
} else {
  const folders = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()

  describe('every corpus folder is checked without a crash', () => {
    test(`${folders.length} folders give a valid JSON report`, async () => {
      const counts = new Map<string, number>()
      const hints: string[] = []
      for (const name of folders) {
        let out = ''
        let err = ''
        const code = await run([prepared(name), '--format', 'json'], { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: () => false, env: {} })
        const report = JSON.parse(out)
        // stderr is empty, but for the hint of a folder with no deployment files and app folders below (shahriarb__starter)
        const hint = report.apps.length === 0 && /^rack-check: no Cloud 66 deployment files in \S+ itself, but \d+ app folders? below it: [^\n]+; check them with rack-check --recursive \S+ \(in the GitHub Action: working-directory: auto\)\n$/.test(err)
        if (hint) hints.push(name)
        expect({ name, code, err: hint ? '' : err }).toEqual({ name, code: expect.any(Number), err: '' })
        expect([0, 1]).toContain(code)
        expect(report.schemaVersion).toBe(1)
        for (const f of report.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1)
      }
      process.stdout.write(`corpus: ${folders.length} folders; findings by rule: ${[...counts].sort().map(([r, n]) => `${r}=${n}`).join(', ')}\n`)
      // the one corpus repository whose apps are below its root (test/ruby/*/src), checked by hand
      expect(hints).toEqual(['shahriarb__starter'])
    })
  })

  test('config-file findings point at the config line that causes them', async () => {
    const { report } = await checkDirectory(prepared('PayboyDev__chatwoot'), options)
    const socket = report.findings.find((f) => f.rule === 'custom-web-no-socket')!
    expect({ file: socket.file, text: readFileSync(join(CORPUS, 'PayboyDev__chatwoot', socket.file), 'utf8').split('\n')[socket.line - 1] }).toEqual({ file: 'config/puma.rb', text: expect.stringMatching(/^port /) })
    const cap = (await checkDirectory(prepared('bikeindex__serial_search_inspector@d3a2284'), options)).report.findings.find((f) => f.rule === 'custom-web-no-socket')!
    expect(readFileSync(join(CORPUS, 'bikeindex__serial_search_inspector@d3a2284', cap.file), 'utf8').split('\n')[cap.line - 1]).toMatch(/^\s*bind "unix:\/\/#\{shared_dir\}/)
  })

  test('the Cloud 66 Unicorn template (socket and PID file in config/unicorn.rb) gets no socket, PID or boot error', async () => {
    let templates = 0
    for (const name of folders) {
      const cfg = join(CORPUS, name, 'config', 'unicorn.rb')
      const procfile = join(CORPUS, name, 'Procfile')
      if (!existsSync(cfg) || !existsSync(procfile)) continue
      if (!/^custom_web: bundle exec unicorn(_rails)? -c config\/unicorn\.rb /m.test(readFileSync(procfile, 'utf8'))) continue
      if (!/listen "\/tmp\/web_server\.sock"/.test(readFileSync(cfg, 'utf8'))) continue
      const rules = await rulesOf(name)
      expect({ name, rules }).toEqual({ name, rules: expect.not.arrayContaining(['custom-web-no-socket', 'custom-web-no-pid-file', 'custom-web-fails-to-boot']) })
      templates++
    }
    expect(templates).toBeGreaterThanOrEqual(10)
  })

  describe('command-line misconfigurations listed in the corpus README are flagged', () => {
    test.each([
      ['cortex-cms__cortex', 'custom-web-daemonizes'],
      ['cortex-cms__cortex@10a84dd', 'procfile-commented-custom-web'],
      ['cloud66-samples__actioncable-examples', 'web-without-custom-web'],
      ['ModNotebooks__Mod-Notebooks-Micha@410da62', 'custom-web-no-socket'],
      ['babakgh__rails-psql-redis@b258a43', 'custom-web-no-socket'],
      ['gcarlosc__bssperantv1', 'procfile-duplicate-process'],
      ['shahriarb__rails-psql', 'server-gem-not-locked'],
      ['3months__Latter', 'custom-web-daemonizes'],
      // config-file misconfigurations (README §6.2, §8)
      ['PayboyDev__chatwoot', 'custom-web-no-socket'],
      ['PayboyDev__chatwoot', 'custom-web-no-pid-file'],
      ['DimitriosLisenko__action-cable-chat@a1f2a8f', 'custom-web-no-socket'],
      ['cloud66-samples__rails-mysql@b2281b4', 'custom-web-no-socket'],
      ['bikeindex__serial_search_inspector@d3a2284', 'custom-web-no-socket'],
      ['bikeindex__serial_search_inspector@d3a2284', 'custom-web-no-pid-file'],
      ['3months__Latter', 'custom-web-no-socket']
    ])('%s: %s', async (name, rule) => {
      expect(await rulesOf(name)).toContain(rule)
    })

    test('cortex-cms__cortex@10a84dd: the `web:` line and the commented `custom_web` get one finding, use one or the other, with the `-d` both carry', async () => {
      const found = (await findingsOf('cortex-cms__cortex@10a84dd', false)).filter((f) => f.file === 'Procfile')
      expect(found.map((f) => [f.rule, f.line])).toEqual([['procfile-commented-custom-web', 3]])
      expect(found[0].message).toContain('Or rename the `web:` entry on line 1 to `custom_web` instead: one of the two, never both')
      expect(found[0].message).toContain('Both lines run the same command, and as written on puma < 5.0 `-d` daemonizes it')
    })

    test('every unicorn_rails -D line daemonizes; no Puma -d line on Puma < 5 is called a boot failure', async () => {
      let daemonizing = 0
      for (const name of folders) {
        const procfile = join(CORPUS, name, 'Procfile')
        if (!existsSync(procfile)) continue
        const line = readFileSync(procfile, 'utf8').split('\n').find((l) => l.startsWith('custom_web:'))
        if (!line) continue
        const rules = await rulesOf(name)
        // a server that cannot start is reported for that, not for daemonizing
        if (/unicorn_rails .* -D\b/.test(line) && !rules.some((r) => r === 'server-gem-not-locked' || r === 'custom-web-fails-to-boot')) {
          expect({ name, rules }).toEqual({ name, rules: expect.arrayContaining(['custom-web-daemonizes']) })
          daemonizing++
        }
        const lock = join(prepared(name), 'Gemfile.lock')
        const puma = existsSync(lock) ? readFileSync(lock, 'utf8').match(/ {4}puma \((\d+)\./) : null
        if (/puma .* -d\b/.test(line) && puma && Number(puma[1]) < 5) {
          // (a line may fail for another reason, such as an unset `$PORT` that makes `-p` take the next word)
          const text = readFileSync(procfile, 'utf8').split('\n')
          const onD = (await findingsOf(name)).filter((f) => f.rule === 'custom-web-fails-to-boot' && text[f.line - 1].slice(f.column - 1, f.endColumn) === '-d')
          expect({ name, onD }).toEqual({ name, onD: [] })
        }
      }
      expect(daemonizing).toBeGreaterThanOrEqual(20)
    })
  })

  describe('manifest and deploy-hook oddities listed in the corpus README (§7, §8.4, §9.1) are reported at their line', () => {
    const M = '.cloud66/manifest.yml'
    const H = '.cloud66/deploy_hooks.yml'
    test.each([
      // Psych loads both (Ruby 3.1, Psych 4.0.3): the line left of the indented top level ends the
      // document, and `production: <<fs` is the string `<<fs` (docs/research/psych.md)
      ['BartolottiLuca__rails-mysql@b254fa7', 'yaml-later-documents', M, /^registered_servers:/],
      ['BartolottiLuca__rails-mysql@b254fa7', 'yaml-not-a-mapping', M, /^ production: <<fs$/],
      ['BartolottiLuca__rails-mysql@d3773cf', 'yaml-later-documents', M, /^shared: &shared$/],
      ['discourse__discourse', 'yaml-duplicate-key', H, /^\s*after_rails:/],
      ['gauravtiwari__hungryhead@721085c', 'yaml-duplicate-key', H, /^\s*after_rails:/],
      ['cloud66-samples__rails-psql', 'yaml-duplicate-key', H, /^\s*source:/],
      ['cloud66-samples__rails-psql', 'hooks-not-a-list', H, /^\s*last_thing:/],
      ['Dahuls__rails702', 'hooks-not-a-list', H, /^\s*before_haproxy:/],
      ['neurologicai__chatwoot', 'hooks-unknown-hook-point', H, /^\s*(before|after)_deploy:/],
      ['cortex-cms__cortex', 'hooks-pumactl-restart', H, /pumactl -P \/tmp\/web_server\.pid restart/],
      ['loyaldev03__cultivation-app', 'hooks-copied-deploy-file', H, /mv \$STACK_PATH\/Procfile\.c66 \$STACK_PATH\/Procfile/],
      ['babakgh__selfstarter', 'hooks-copied-deploy-file', H, /destination: .*\/(Procfile|config\/unicorn\.rb)$/],
      ['lvangool__stacks-test@70c47e1', 'metadata-signal-spelling', M, /:term/],
      ['lvangool__stacks-test@70c47e1', 'restart-signal-not-restart', M, /restart_signal: usr1/],
      ['lvangool__stacks-test@70c47e1', 'stop-sequence-not-graceful', M, /stop_sequence: "ttin/],
      ['pkallberg__stacks-test@d7f0fba', 'metadata-invalid-value', M, /stop_sequence: 123/],
      ['cloud66-samples__stacks-test@bd96df9', 'metadata-invalid-value', M, /stop_sequence: kill/],
      ['neurologicai__chatwoot', 'manifest-structure', M, /^environment:/],
      ['michaelDpierce__super-nda-service', 'manifest-structure', M, /^databases:/],
      ['neurologicai__chatwoot', 'hooks-missing-target', H, /^\s*(before|after)_deploy:/],
      ['cloud66-samples__rails-mysql@503acc3', 'restart-signal-under-passenger', M, /restart_signal: usr1/]
    ])('%s: %s', async (name, rule, file, line) => {
      const { report } = await checkDirectory(prepared(name), options)
      const found = report.findings.filter((f) => f.rule === rule)
      expect(found.length).toBeGreaterThan(0)
      for (const f of found) {
        expect(f.file).toBe(file)
        expect(readFileSync(join(CORPUS, name, f.file), 'utf8').split('\n')[f.line - 1]).toMatch(line)
      }
    })

    const MANIFEST_RULES = /^(yaml|metadata|restart|stop|hooks)-/
    test('the correct shapes get no manifest or hook warning: top-level procfile_metadata, `web:` for a custom_web Procfile, cluster Puma with prune_bundler and usr1, empty or commented-out files', async () => {
      for (const name of ['bikeindex__bike_index', 'bikeindex__bike_index@8ac3abc', 'cloud66-samples__rails-mysql@c0dc6b3', 'cloud66-samples__rails-mysql@c6cf421', 'cloud66-samples__rails-mysql@503acc3', 'Dahuls__rails800', 'Dahuls__rails-mysql', 'ckozus__diaspora']) {
        const { report } = await checkDirectory(prepared(name), options)
        const manifestFindings = report.findings.filter((f) => MANIFEST_RULES.test(f.rule) && f.severity !== 'notice')
        expect({ name, manifestFindings }).toEqual({ name, manifestFindings: [] })
      }
      const bike = (await checkDirectory(prepared('bikeindex__bike_index'), options)).report.apps[0].restart
      expect(bike).toEqual({ signal: 'usr1', source: 'manifest', file: '.cloud66/manifest.yml', line: 10, effect: 'phased-restart' })
    })

    test('`web:` under procfile_metadata is never "no such process" when the Procfile has custom_web', async () => {
      let checked = 0
      for (const name of folders) {
        const manifest = join(CORPUS, name, '.cloud66', 'manifest.yml')
        const procfile = join(CORPUS, name, 'Procfile')
        if (!existsSync(manifest) || !existsSync(procfile) || !/^\s+web:\s*$/m.test(readFileSync(manifest, 'utf8')) || !/^custom_web:/m.test(readFileSync(procfile, 'utf8'))) continue
        expect({ name, rules: await rulesOf(name) }).toEqual({ name, rules: expect.not.arrayContaining(['metadata-unknown-process']) })
        checked++
      }
      expect(checked).toBeGreaterThanOrEqual(4)
    })
  })

  describe('verdicts users can trust (the folders named in issue 11)', () => {
    const PUMA_D = /^custom_web:.*\bpuma\b.* -d(\s|$)/m
    test('a Bluepill-era Puma `-d` line with no locked version is an error on every version, at the `-d`', async () => {
      const named = ['CapXTech__peatio', 'cortex-cms__cortex', 'bikeindex__serial_search_inspector', 'sethherr__registrar_rails']
      let seen = 0
      for (const name of folders) {
        const procfile = join(CORPUS, name, 'Procfile')
        if (!existsSync(procfile) || !PUMA_D.test(readFileSync(procfile, 'utf8'))) continue
        const found = await findingsOf(name, false)
        const every = found.filter((f) => f.rule === 'custom-web-fails-on-every-version')
        expect({ name, every: every.map((f) => f.severity) }).toEqual({ name, every: ['error'] })
        expect(every[0].message).toMatch(/on puma < 5\.0 .* on puma >= 5\.0 /)
        // nothing about it stays a warning or a version notice
        expect({ name, rest: found.filter((f) => f.rule === 'custom-web-fails-to-boot' && f.severity !== 'error').map((f) => f.message) }).toEqual({ name, rest: [] })
        if (named.includes(name)) seen++
      }
      expect(seen).toBe(named.length)
    })

    test('a missing -C file on some versions and -d on the others: one error', async () => {
      const found = await findingsOf('unattributed__47114707612', false)
      expect(found.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual(['custom-web-fails-on-every-version'])
      expect(found.filter((f) => f.severity === 'warning')).toEqual([])
    })

    test.each(['unattributed__15960275', 'unattributed__444770682', 'unattributed__34843009889'])('%s: a missing -c file and the -D on the same line are both reported', async (name) => {
      const rules = await rulesOf(name)
      expect(rules).toEqual(expect.arrayContaining(['custom-web-fails-to-boot', 'custom-web-daemonizes']))
    })

    test.each(['cortex-cms__cortex', 'unattributed__14424190228', 'cloud66-samples__rails-mysql-old', 'cloud66-samples__rails-mysql-old@025e0e1', 'cloud66-samples__rails-mysql-old@484b24b', 'cloud66-samples__rails-mysql-old@56d5e0d'])(
      '%s: a `web:` line beside `custom_web:` gets no finding (Cloud 66 ignores `web:` on Rack apps)',
      async (name) => {
        const found = await findingsOf(name)
        const procfile = readFileSync(join(CORPUS, name, 'Procfile'), 'utf8').split('\n')
        const onWeb = found.filter((f) => f.file === 'Procfile' && /^web:/.test(procfile[f.line - 1]))
        expect({ name, onWeb }).toEqual({ name, onWeb: [] })
      }
    )

    test('a Node.js app gets one notice and no Rack advice', async () => {
      expect(await rulesOf('konami99__bootstrap-your-business-with-nodejs-backup')).toEqual(['app-not-rack'])
    })

    test("Cloud 66's own samples with a single-mapping hook point get a warning, not an error", async () => {
      const found = (await findingsOf('babakgh__rails-psql-postgis')).filter((f) => f.rule === 'hooks-not-a-list')
      expect(found.length).toBeGreaterThan(0)
      for (const f of found) expect(f.severity).toBe('warning')
    })

    test('`rails server` with config/puma.rb and no lockfile: the PID file is undecided, not an error', async () => {
      const found = await findingsOf('cloud66-samples__rails800-trilogy@30834dc', false)
      expect(found.filter((f) => f.rule === 'custom-web-no-pid-file')).toEqual([])
      expect(found.some((f) => f.rule === 'custom-web-undecided' && /PID file/.test(f.message))).toBe(true)
    })

    test('Unicorn with preload_app true and restart_signal: hup keeps the old code: an error at the signal', async () => {
      const found = (await findingsOf('lvangool__stacks-test@ee0ae46')).filter((f) => f.rule === 'restart-signal-not-restart')
      expect(found).toHaveLength(1)
      expect(found[0].file).toBe('.cloud66/manifest.yml')
      expect(found[0].message).toMatch(/preload_app true/)
      expect(found[0].message).not.toMatch(/`hup` \(reload/)
    })

    test.each(['DynamoMTL__discourse', 'pkallberg__discourse'])('%s: Cloud 66 files under config/cloud/cloud66 with no .cloud66/ at the root get a notice', async (name) => {
      const found = (await findingsOf(name)).filter((f) => f.rule === 'cloud66-folder-misplaced')
      expect(found.map((f) => [f.severity, f.file])).toEqual([['notice', 'config/cloud/cloud66/manifest.yml']])
    })

    test('a socket elsewhere in the app folder is named by its app-relative path, as written', async () => {
      const f = (await findingsOf('bikeindex__serial_search_inspector@d3a2284')).find((x) => x.rule === 'custom-web-no-socket')!
      expect(f.message).not.toMatch(/\/var\/deploy/)
      expect(f.message).toMatch(/`shared\/sockets\/puma\.sock` in the app folder/)
    })

    test('a stop sequence that starts with TTIN says the server does not stop', async () => {
      const f = (await findingsOf('lvangool__stacks-test@70c47e1')).find((x) => x.rule === 'stop-sequence-not-graceful')!
      expect(f.message).toMatch(/which does not stop/)
    })

    test('counts: apps, custom_web apps, undecided predictions, errors, warnings (with and without the lockfile lines)', async () => {
      const lines: string[] = []
      for (const lock of [true, false]) {
        let apps = 0
        let customWeb = 0
        let undecided = 0
        const counts = { error: 0, warning: 0, notice: 0 }
        const open: string[] = []
        for (const name of folders) {
          const { report } = await checkDirectory(prepared(name, lock), options)
          apps += report.apps.length
          for (const a of report.apps) {
            if (!a.webServer) continue
            customWeb++
            if (Object.values(a.webServer.prediction).some((v) => v === null)) {
              undecided++
              open.push(name)
            }
          }
          for (const f of report.findings) counts[f.severity]++
        }
        lines.push(`corpus ${lock ? 'with lockfile lines' : 'without lockfiles'}: ${folders.length} folders, ${apps} apps, ${customWeb} custom_web apps, ${undecided} undecided predictions, ${counts.error} errors, ${counts.warning} warnings, ${counts.notice} notices; undecided: ${open.join(' ')}`)
        expect(apps).toBeGreaterThan(200)
      }
      process.stdout.write(lines.join('\n') + '\n')
    })
  })
}
