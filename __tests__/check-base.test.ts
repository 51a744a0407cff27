/**
 * checkBase (engine/snapshot.ts): a base commit is checked fetching only the files the engine reads,
 * in passes, with the rest of its tree standing in as links that lead nowhere.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { checkBase, checkSnapshot, sanitisedPath, type BaseEntry } from '../src/engine/snapshot.js'

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

describe('checkSnapshot', () => {
  const options = { environment: 'production', processManager: 'systemd' } as const
  /** every entry under a folder, relative to it */
  const onDisk = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()

  test('a tree of 100,000 entries: only what the check asks about is made on disk or fetched', async () => {
    const files: Record<string, string> = { Procfile: 'custom_web: bundle exec puma -C config/server.rb\n', 'Gemfile.lock': LOCK, 'config/server.rb': 'bind "unix:///tmp/web_server.sock"\npidfile "/tmp/web_server.pid"\n' }
    const entries: BaseEntry[] = Object.entries(files).map(([path, t]) => ({ path, kind: 'file', size: t.length }))
    // folders named only by the paths of their entries, as a tree without its folder entries
    for (let i = 0; i < 100_000; i++) entries.push({ path: `config/locales/d${i % 100}/l${i}.yml`, kind: 'file', size: 8 })
    const reads: string[] = []
    const seen = await checkSnapshot({ entries, read: async (p) => (reads.push(p), Buffer.from(files[p])) }, options, async (s) => ({ s, disk: onDisk(s.dir) }))
    expect(reads.sort()).toEqual(['Gemfile.lock', 'Procfile', 'config/server.rb'])
    expect(seen.s.result.report.apps[0].webServer?.prediction.writesPidFile).toBe(true)
    // the three files, the config folder and the few paths the engine probes (config/puma.rb, …)
    expect(seen.disk).toEqual(expect.arrayContaining(['Procfile', 'Gemfile.lock', 'config', 'config/server.rb']))
    expect(seen.disk.length).toBeLessThan(20)
    expect(seen.s.created).toBe(seen.disk.length)
    expect(seen.disk.some((p) => p.startsWith('config/locales/'))).toBe(false)
  })

  test('a path both a file and a folder, a NUL in a name, a path that climbs: left out and named; the rest is checked', async () => {
    const files: Record<string, string> = { Procfile: 'custom_web: bundle exec puma -C config/server.rb\n', 'Gemfile.lock': LOCK, 'config/server.rb': 'bind "unix:///tmp/web_server.sock"\n' }
    const entries: BaseEntry[] = [
      ...Object.entries(files).map(([path, t]) => ({ path, kind: 'file' as const, size: t.length })),
      { path: '.cloud66', kind: 'file', size: 3 },
      { path: '.cloud66/manifest.yml', kind: 'file', size: 3 },
      { path: 'config/a\u0000b.rb', kind: 'file', size: 3 },
      { path: '../etc/passwd', kind: 'file', size: 3 },
      { path: 'tmp', kind: 'folder', size: 0 },
      { path: 'tmp', kind: 'link', size: 3 }
    ]
    const reads: string[] = []
    const s = await checkSnapshot({ entries, read: async (p) => (reads.push(p), files[p] === undefined ? null : Buffer.from(files[p])) }, options, async (x) => x)
    expect(s.bad).toEqual([
      { path: 'config/a\\u{0}b.rb', why: 'a NUL character in its name' },
      { path: '../etc/passwd', why: 'not a plain relative path' },
      { path: 'tmp', why: 'both a file and a folder' },
      { path: '.cloud66', why: 'both a file and a folder' }
    ])
    expect(s.result.report.apps[0].webServer?.server).toBe('puma')
    expect(s.result.report.apps[0].files.manifest).toBeNull()
    expect(reads.sort()).toEqual(['Gemfile.lock', 'Procfile', 'config/server.rb'])
  })

  test('sanitisedPath: control, bidi and invisible characters escaped, long paths cut', () => {
    expect(sanitisedPath('a\u0000b\nc\u202ed\u200be')).toBe('a\\u{0}b\\u{a}c\\u{202e}d\\u{200b}e')
    expect(sanitisedPath('x'.repeat(500))).toBe('x'.repeat(200) + '…')
  })
})
