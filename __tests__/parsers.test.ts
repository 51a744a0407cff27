/**
 * Prism (with the Ruby config evaluator), yaml and the server models other than Puma's are
 * loaded only when a file needs them (start-up time): an analysis without them says what it
 * needs, and checkDirectory loads it and analyses again, until nothing more is needed —
 * including a Ruby config that only a deploy hook's copy (YAML) brings in.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { analyzeApp, loadNeeded, noParsers, type Parsers } from '../src/engine/analyze-app.js'
import { Workspace } from '../src/files/workspace.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-parsers-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const options = { environment: 'production', processManager: 'systemd' as const }
const LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n    thin (1.8.2)\n\nPLATFORMS\n  ruby\n'
const SOCKET = '-b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid'

function app(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name)
  for (const [path, text] of Object.entries({ 'Gemfile.lock': LOCK, ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), text)
  }
  return dir
}

const needs = (dir: string, parsers: Parsers = noParsers()) => analyzeApp(new Workspace(dir), '', options, parsers).needs
const nothing = { ruby: false, yaml: false, models: [] }

describe('parsers on demand', () => {
  test('a Puma Procfile and a lockfile need neither parser nor another model', () => {
    expect(needs(app('plain', { Procfile: `custom_web: bundle exec puma ${SOCKET}\n` }))).toEqual(nothing)
  })

  test('each other server needs its model, once, and is analysed once it is loaded', async () => {
    const dir = app('others', { Procfile: `custom_web: bundle exec unicorn -c config/u.rb\nweb: bundle exec rails s\n` })
    // both lines of one pass, each model once; loaded together
    expect(needs(dir)).toEqual({ ...nothing, models: ['unicorn', 'rails'] })
    const parsers = noParsers()
    expect(await loadNeeded(needs(dir), parsers)).toBe(true)
    expect(Object.keys(parsers.models).sort()).toEqual(['rails', 'unicorn'])
    // its config file is missing: nothing more to load, and both lines are judged
    const full = analyzeApp(new Workspace(dir), '', options, parsers)
    expect(full.needs).toEqual(nothing)
    expect([full.web?.server, full.herokuWeb?.server]).toEqual(['unicorn', 'rails'])
    expect(await loadNeeded(full.needs, parsers)).toBe(false)
    for (const [line, model] of [['thin start', 'thin'], ['unicorn_rails', 'unicorn_rails'], ['rackup', 'rackup'], ['rails server', 'rails'], ['passenger start', 'passenger']]) {
      expect(needs(app(`one-${model}`, { Procfile: `custom_web: bundle exec ${line}\n` })).models).toEqual([model])
    }
    // not a server rack-check models: nothing to load
    expect(needs(app('sidekiq', { Procfile: 'custom_web: bundle exec sidekiq\n' }))).toEqual(nothing)
  })

  test('a manifest or deploy hooks need yaml; a Puma config file needs Prism', () => {
    expect(needs(app('manifest', { Procfile: `custom_web: bundle exec puma ${SOCKET}\n`, '.cloud66/manifest.yml': 'production: {}\n' }))).toEqual({ ...nothing, yaml: true })
    expect(needs(app('hooks', { Procfile: `custom_web: bundle exec puma ${SOCKET}\n`, '.cloud66/deploy_hooks.yml': 'production: {}\n' }))).toEqual({ ...nothing, yaml: true })
    expect(needs(app('config', { Procfile: 'custom_web: bundle exec puma -C config/puma.rb\n', 'config/puma.rb': "bind 'unix:///tmp/web_server.sock'\n" }))).toEqual({ ...nothing, ruby: true })
  })

  test("Thin's -C file needs yaml, and is read once it is loaded", async () => {
    const dir = app('thin', { Procfile: 'custom_web: bundle exec thin start -C config/thin.yml\n', 'config/thin.yml': 'socket: /tmp/web_server.sock\npid: /tmp/web_server.pid\n' })
    const parsers = noParsers()
    // Thin's model first, which then asks for yaml to read its -C file
    expect(needs(dir, parsers)).toEqual({ ...nothing, models: ['thin'] })
    await loadNeeded(needs(dir, parsers), parsers)
    expect(needs(dir, parsers)).toEqual({ ...nothing, yaml: true })
    await loadNeeded(needs(dir, parsers), parsers)
    const full = analyzeApp(new Workspace(dir), '', options, parsers)
    expect(full.needs).toEqual(nothing)
    expect(full.web?.facts.configFiles).toEqual(['config/thin.yml'])
  })

  test('a Ruby config that a deploy hook copies into place: yaml first, then Prism, then the verdict', async () => {
    const files = {
      Procfile: 'custom_web: bundle exec puma -C config/puma.rb\n',
      '.cloud66/files/puma.rb': "bind 'unix:///tmp/web_server.sock'\npidfile '/tmp/web_server.pid'\n",
      '.cloud66/deploy_hooks.yml': "production:\n  after_checkout:\n    - source: /.cloud66/files/puma.rb\n      destination: <%= ENV['RAILS_STACK_PATH'] %>/config/puma.rb\n      target: rails\n"
    }
    const dir = app('copied', files)
    const parsers = noParsers()
    expect(needs(dir, parsers)).toEqual({ ...nothing, yaml: true })
    await loadNeeded(needs(dir, parsers), parsers)
    expect(needs(dir, parsers)).toEqual({ ...nothing, ruby: true })
    await loadNeeded(needs(dir, parsers), parsers)
    expect(parsers.ruby).not.toBeNull()
    expect(needs(dir, parsers)).toEqual(nothing)

    // checkDirectory goes through the same passes: the copy serves the socket, nothing fails
    const { report } = await checkDirectory(dir, options)
    expect(report.apps[0].webServer?.prediction).toEqual({ boots: true, servesSocket: true, writesPidFile: true, daemonizes: false, tcpPorts: [] })
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(report.findings.map((f) => f.rule)).toContain('hooks-copied-deploy-file')
    // the file read is the copy's source in the repository
    expect(report.apps[0].files.serverConfig).toEqual(['.cloud66/files/puma.rb'])
  })
})
