/**
 * Prism and yaml are loaded only when a file needs them (start-up time): an analysis without a
 * parser says which it needs, and checkDirectory loads it and analyses again, until nothing more
 * is needed — including a Ruby config that only a deploy hook's copy (YAML) brings in.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { analyzeApp, checkDirectory } from '../src/check.js'
import { Workspace } from '../src/files/workspace.js'
import { loadRubyParser } from '../src/model/ruby.js'
import { loadYaml } from '../src/model/yaml-tree.js'

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

const needs = (dir: string) => analyzeApp(new Workspace(dir), '', options, { ruby: null, yaml: null }).needs

describe('parsers on demand', () => {
  test('a Procfile and a lockfile need neither parser', () => {
    expect(needs(app('plain', { Procfile: `custom_web: bundle exec puma ${SOCKET}\n` }))).toEqual({ ruby: false, yaml: false })
  })

  test('a manifest or deploy hooks need yaml; a Puma config file needs Prism', () => {
    expect(needs(app('manifest', { Procfile: `custom_web: bundle exec puma ${SOCKET}\n`, '.cloud66/manifest.yml': 'production: {}\n' }))).toEqual({ ruby: false, yaml: true })
    expect(needs(app('hooks', { Procfile: `custom_web: bundle exec puma ${SOCKET}\n`, '.cloud66/deploy_hooks.yml': 'production: {}\n' }))).toEqual({ ruby: false, yaml: true })
    expect(needs(app('config', { Procfile: 'custom_web: bundle exec puma -C config/puma.rb\n', 'config/puma.rb': "bind 'unix:///tmp/web_server.sock'\n" }))).toEqual({ ruby: true, yaml: false })
  })

  test("Thin's -C file needs yaml, and is read once it is loaded", async () => {
    const dir = app('thin', { Procfile: 'custom_web: bundle exec thin start -C config/thin.yml\n', 'config/thin.yml': 'socket: /tmp/web_server.sock\npid: /tmp/web_server.pid\n' })
    expect(needs(dir)).toEqual({ ruby: false, yaml: true })
    const full = analyzeApp(new Workspace(dir), '', options, { ruby: null, yaml: await loadYaml() })
    expect(full.needs).toEqual({ ruby: false, yaml: false })
    expect(full.web?.facts.configFiles).toEqual(['config/thin.yml'])
  })

  test('a Ruby config that a deploy hook copies into place: yaml first, then Prism, then the verdict', async () => {
    const files = {
      Procfile: 'custom_web: bundle exec puma -C config/puma.rb\n',
      '.cloud66/files/puma.rb': "bind 'unix:///tmp/web_server.sock'\npidfile '/tmp/web_server.pid'\n",
      '.cloud66/deploy_hooks.yml': "production:\n  after_checkout:\n    - source: /.cloud66/files/puma.rb\n      destination: <%= ENV['RAILS_STACK_PATH'] %>/config/puma.rb\n      target: rails\n"
    }
    const dir = app('copied', files)
    expect(needs(dir)).toEqual({ ruby: false, yaml: true })
    const second = analyzeApp(new Workspace(dir), '', options, { ruby: null, yaml: await loadYaml() })
    expect(second.needs).toEqual({ ruby: true, yaml: false })
    const third = analyzeApp(new Workspace(dir), '', options, { ruby: await loadRubyParser(), yaml: await loadYaml() })
    expect(third.needs).toEqual({ ruby: false, yaml: false })

    // checkDirectory goes through the same passes: the copy serves the socket, nothing fails
    const { report } = await checkDirectory(dir, options)
    expect(report.apps[0].webServer?.prediction).toEqual({ boots: true, servesSocket: true, writesPidFile: true, daemonizes: false, tcpPorts: [] })
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([])
    expect(report.findings.map((f) => f.rule)).toContain('hooks-copied-deploy-file')
    // the file read is the copy's source in the repository
    expect(report.apps[0].files.serverConfig).toEqual(['.cloud66/files/puma.rb'])
  })
})
