/**
 * checkBase (cli/base.ts): a base commit is checked fetching only the files the engine reads,
 * in passes, with the rest of its tree standing in as links that lead nowhere.
 */
import { describe, expect, test } from '@jest/globals'
import { checkBase, type BaseEntry } from '../src/cli/base.js'

const LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n\nPLATFORMS\n  ruby\n'

describe('checkBase', () => {
  test('750 locale files are never read; the config the Procfile names is fetched in a second pass', async () => {
    const files: Record<string, string> = { Procfile: 'custom_web: bundle exec puma -C config/server.rb\n', 'Gemfile.lock': LOCK, 'config/server.rb': 'bind "unix:///tmp/web_server.sock"\npidfile "/tmp/web_server.pid"\n' }
    for (let i = 0; i < 750; i++) files[`config/locales/l${i}.yml`] = 'en: {}\n'
    const entries: BaseEntry[] = [{ path: 'config', kind: 'folder', size: 0 }, { path: 'config/locales', kind: 'folder', size: 0 }, ...Object.entries(files).map(([path, t]) => ({ path, kind: 'file' as const, size: t.length }))]
    const reads: string[] = []
    const { report, fetched } = await checkBase({ entries, read: async (p) => (reads.push(p), Buffer.from(files[p])) }, { environment: 'production', processManager: 'systemd' })
    expect(reads.sort()).toEqual(['Gemfile.lock', 'Procfile', 'config/server.rb'])
    expect(fetched).toBe(3)
    expect(report.apps[0].webServer?.server).toBe('puma')
    expect(report.apps[0].files.serverConfig).toEqual(['config/server.rb'])
    expect(report.apps[0].webServer?.prediction.writesPidFile).toBe(true)
  })

  test('a file that cannot be had stays unreadable and is asked for once', async () => {
    const entries: BaseEntry[] = [{ path: 'Procfile', kind: 'file', size: 10 }]
    const reads: string[] = []
    const { report } = await checkBase({ entries, read: async (p) => (reads.push(p), null) }, { environment: 'production', processManager: 'systemd' })
    expect(reads).toEqual(['Procfile'])
    expect(report.findings.map((f) => f.rule)).toContain('file-unreadable')
  })
})
