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
import { checkDirectory } from '../src/check.js'
import { run } from '../src/cli/main.js'
import { CORPUS, corpusPresent } from './helpers/paths.js'

const work = mkdtempSync(join(tmpdir(), 'rack-check-corpus-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function prepared(name: string): string {
  const dir = join(work, name)
  if (existsSync(dir)) return dir
  cpSync(join(CORPUS, name), dir, { recursive: true, verbatimSymlinks: true })
  const servers = join(dir, 'Gemfile.lock.servers')
  if (existsSync(servers)) {
    writeFileSync(join(dir, 'Gemfile.lock'), `GEM\n  remote: https://rubygems.org/\n  specs:\n${readFileSync(servers, 'utf8').replace(/\n?$/, '\n')}\nPLATFORMS\n  ruby\n`)
  }
  return dir
}

const options = { environment: 'production', processManager: 'systemd' as const }
const rulesOf = async (name: string): Promise<string[]> => (await checkDirectory(prepared(name), options)).report.findings.map((f) => f.rule)

if (!corpusPresent) {
  test.skip(`corpus not found at ${CORPUS}: corpus tests skipped`, () => undefined)
} else {
  const folders = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()

  describe('every corpus folder is checked without a crash', () => {
    test(`${folders.length} folders give a valid JSON report`, async () => {
      const counts = new Map<string, number>()
      for (const name of folders) {
        let out = ''
        let err = ''
        const code = await run([prepared(name), '--format', 'json'], { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: () => false, env: {} })
        expect({ name, code, err }).toEqual({ name, code: expect.any(Number), err: '' })
        expect([0, 1]).toContain(code)
        const report = JSON.parse(out)
        expect(report.schemaVersion).toBe(1)
        for (const f of report.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1)
      }
      process.stdout.write(`corpus: ${folders.length} folders; findings by rule: ${[...counts].sort().map(([r, n]) => `${r}=${n}`).join(', ')}\n`)
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
      ['cortex-cms__cortex', 'web-competes-with-custom-web'],
      ['cortex-cms__cortex', 'custom-web-daemonizes'],
      ['unattributed__14424190228', 'web-competes-with-custom-web'],
      ['cortex-cms__cortex@10a84dd', 'web-without-custom-web'],
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
          expect({ name, rules }).toEqual({ name, rules: expect.not.arrayContaining(['custom-web-fails-to-boot']) })
        }
      }
      expect(daemonizing).toBeGreaterThanOrEqual(20)
    })
  })

  describe('manifest and deploy-hook oddities listed in the corpus README (§7, §8.4, §9.1) are reported at their line', () => {
    const M = '.cloud66/manifest.yml'
    const H = '.cloud66/deploy_hooks.yml'
    test.each([
      ['BartolottiLuca__rails-mysql@b254fa7', 'yaml-syntax-error', M, /^registered_servers:/],
      ['BartolottiLuca__rails-mysql@d3773cf', 'yaml-syntax-error', M, /./],
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
      ['cloud66-samples__stacks-test@bd96df9', 'metadata-invalid-value', M, /stop_sequence: kill/]
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
}
