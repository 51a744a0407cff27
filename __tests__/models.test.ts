import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { PROJECT } from './helpers/paths.js'
import { SourceFile } from '../src/files/source-file.js'
import { parseLockfile } from '../src/model/gemfile-lock.js'
import { parseProcfile } from '../src/model/procfile.js'
import { compareVersions } from '../src/servers/version.js'
import { analyzeCommand } from '../src/servers/command.js'
import { identify, LAUNCHERS, loadedModel, loadModel, SERVER_NAMES, SERVERS, type LazyModel, type Launcher } from '../src/servers/registry.js'

describe('Procfile', () => {
  test('entries, comments, blank lines, CRLF, trailing blanks and no final newline', () => {
    const f = new SourceFile('Procfile', '# comment\r\n\r\ncustom_web: bundle exec puma  \r\nworker:bundle exec sidekiq')
    const p = parseProcfile(f)
    expect(p.entries.map((e) => [e.name, e.command, e.line])).toEqual([
      ['custom_web', 'bundle exec puma', 3],
      ['worker', 'bundle exec sidekiq', 4]
    ])
    expect(p.crlfLines).toEqual([1, 2, 3])
    expect(f.span(p.entries[0].commandStart, p.entries[0].commandEnd)).toEqual({ file: 'Procfile', line: 3, column: 13, endLine: 3, endColumn: 28 })
  })

  test('commented-out entries, duplicates and invalid lines', () => {
    const p = parseProcfile(new SourceFile('Procfile', '##custom_web: x\nw: a\nw: b\n  web: c\nbad line\nx.y: z\nrelease:\n'))
    expect(p.commentedEntries.map((c) => c.name)).toEqual(['custom_web'])
    expect(p.duplicates.map(([a, b]) => [a.line, b.line])).toEqual([[2, 3]])
    expect(p.invalid.map((i) => [i.line, i.reason])).toEqual([
      [4, 'indented'],
      [5, 'no-colon'],
      [6, 'bad-name'],
      [7, 'empty-command']
    ])
  })
})

describe('Gemfile.lock', () => {
  test('versions from specs, platform suffixes dropped, pre-releases kept', () => {
    const text = 'GIT\n  remote: x\n  specs:\n    rails (8.1.0.beta1)\n      railties (= 8.1.0.beta1)\n\nGEM\n  remote: https://rubygems.org/\n  specs:\n    nokogiri (1.16.0-x86_64-linux)\n    puma (6.4.2-java)\n    railties (8.1.0.beta1)\n\nDEPENDENCIES\n  puma\n'
    const l = parseLockfile(new SourceFile('Gemfile.lock', text))
    expect(l.valid).toBe(true)
    expect(l.gems.get('puma')?.version).toBe('6.4.2')
    expect(l.gems.get('nokogiri')?.version).toBe('1.16.0')
    expect(l.gems.get('railties')?.version).toBe('8.1.0.beta1')
    expect(l.gems.has('rails')).toBe(true)
  })
})

describe('versions', () => {
  test.each([
    ['5.0.0', '4.3.12', 1],
    ['5.0.0.beta1', '5.0.0', -1],
    ['6.4.2', '6.4.2', 0],
    ['10.0', '9.9.9', 1]
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign)
  })
})

describe('the server registry', () => {
  test('every launcher\'s model has the entry\'s name and gem, and a Cloud 66 part', async () => {
    expect(SERVER_NAMES).toEqual(['puma', 'thin', 'unicorn', 'rackup', 'rails', 'passenger', 'pitchfork', 'falcon', 'iodine', 'agoo'])
    for (const l of LAUNCHERS) {
      const launcher: Launcher = l.launcher
      const model = 'model' in launcher ? launcher.model : await loadModel(l.program as LazyModel)
      expect([l.program, model.name, model.gem]).toEqual([l.program, l.server, l.gem])
      expect(model.cloud66.label).not.toBe('')
      expect(SERVERS[l.server].gem).toBe(l.gem)
    }
  })

  test.each([
    ['bundle exec puma -C config/puma.rb', 'puma'],
    ['unicorn_rails -c config/unicorn.rb', 'unicorn_rails'],
    ['bundle exec rails s -b /tmp/web_server.sock', 'rails'],
    ['bin/rails server', 'rails'],
    ['rails console', null],
    ['rails', null],
    ['passenger start --socket /tmp/web_server.sock', 'passenger'],
    ['passenger stop', null],
    ['sidekiq', null],
    ['bundle exec pitchfork -c config/pitchfork.rb', 'pitchfork'],
    ['bundle exec falcon serve --bind unix:///tmp/web_server.sock', 'falcon'],
    ['bundle exec falcon host', 'falcon'],
    ['falcon --count 2', 'falcon'],
    ['bundle exec iodine -b /tmp/web_server.sock', 'iodine'],
    ['bundle exec agoo -b unix:///tmp/web_server.sock', 'agoo']
  ])('`%s` runs %s', (line, expected) => {
    const f = new SourceFile('Procfile', line)
    expect(identify(analyzeCommand(f, line, 0, 'production'))).toBe(expected)
  })

  test('the report\'s JSON Schema names every server (docs/report.schema.json, by hand)', () => {
    const schema = JSON.parse(readFileSync(join(PROJECT, 'docs/report.schema.json'), 'utf8')) as { $defs: { server: { enum: string[] } } }
    expect([...schema.$defs.server.enum].sort()).toEqual([...SERVER_NAMES, 'unknown'].sort())
  })

  test('Puma\'s model is loaded at start; the others only once loadModel gave them', async () => {
    expect(loadedModel('puma', {})?.name).toBe('puma')
    expect(loadedModel('thin', {})).toBeNull()
    expect(loadedModel('thin', { thin: await loadModel('thin') })?.name).toBe('thin')
  })
})
