/**
 * The app's Ruby (model/ruby-version.ts): each source with its position, which one decides, and
 * requirements compared as what they say; then issue 24's rows on the app's Ruby: Cloud 66's own
 * Unicorn sample (`File.exists?` in `before_fork`) on Ruby 3.4, 3.1 and an unknown Ruby, and a
 * manifest `ruby_version` that differs from the Gemfile's.
 */
import { describe, expect, test } from '@jest/globals'
import { join } from 'node:path'
import { SourceFile } from '../src/files/source-file.js'
import { loadYaml } from '../src/model/yaml-tree.js'
import { parseManifest } from '../src/model/manifest.js'
import { agree, appRuby, linesOf, lockfileRuby, manifestRuby, requirementOf, rubyVersionFile, satisfies, type RubyDeclaration } from '../src/model/ruby-version.js'
import { checkDirectory } from '../src/engine/check.js'
import { loadRubyParser } from '../src/model/ruby/prism.js'
import { gemfileRuby } from '../src/model/ruby/gemfile.js'
import { renderComment } from '../src/reporters/comment.js'
import { PROJECT } from './helpers/paths.js'

const options = { environment: 'production', processManager: 'systemd' as const }
const fixture = (rule: string, c: string): string => join(PROJECT, '__tests__', 'fixtures', 'rules', rule, c)

describe('Ruby version sources', () => {
  test("the manifest's ruby_version: rails: or rack: → configuration:, the environment's block before the top level", async () => {
    const yaml = await loadYaml()
    const read = (text: string, env = 'production'): RubyDeclaration | null => manifestRuby(parseManifest(new SourceFile('.cloud66/manifest.yml', text), env, yaml), env)
    const top = 'rails:\n  configuration:\n    ruby_version: 3.3.6\n'
    const both = top + 'production:\n  rack:\n    configuration:\n      ruby_version: "4.0.6"\n'
    expect(read(top)).toMatchObject({ source: 'manifest', text: '3.3.6', requirement: [['=', '3.3.6']], at: { line: 3, column: 19 } })
    expect(read(both)).toMatchObject({ text: '4.0.6', at: { line: 7 } })
    expect(read(both, 'staging')).toMatchObject({ text: '3.3.6' })
    expect(read('production:\n  rails:\n    configuration:\n      ruby_version: <%= ENV["RUBY"] %>\n')).toBeNull()
  })

  test('.ruby-version: plain, ruby- prefix, a line, another engine', () => {
    const d = rubyVersionFile(new SourceFile('.ruby-version', 'ruby-3.4.1\n'))!
    expect([d.text, d.requirement, d.at.line, d.at.column]).toEqual(['ruby-3.4.1', [['=', '3.4.1']], 1, 1])
    expect(rubyVersionFile(new SourceFile('.ruby-version', '3.4\n'))!.requirement).toEqual([['~>', '3.4.0']])
    expect(rubyVersionFile(new SourceFile('.ruby-version', 'jruby-9.4.8.0\n'))).toBeNull()
  })

  test("Gemfile.lock's RUBY VERSION, with its patch level", () => {
    const lock = new SourceFile('Gemfile.lock', 'GEM\n  specs:\n    puma (7.0.4)\n\nRUBY VERSION\n   ruby 3.3.6p108\n\nBUNDLED WITH\n   2.6.2\n')
    const d = lockfileRuby(lock)!
    expect([d.text, d.requirement, d.at.line, lock.textAt(d.at)]).toEqual(['3.3.6p108', [['=', '3.3.6']], 6, '3.3.6p108'])
    expect(lockfileRuby(new SourceFile('Gemfile.lock', 'GEM\n  specs:\n'))).toBeNull()
  })

  test("the Gemfile's ruby line, read on Prism: a version, a requirement, file:, another engine, inside a condition", async () => {
    const parse = await loadRubyParser()
    const read = (text: string): ReturnType<typeof gemfileRuby> => {
      const f = new SourceFile('Gemfile', text)
      return gemfileRuby(f, parse(f))
    }
    const v = read('source "https://rubygems.org"\nruby "3.4.1"\ngem "puma"\n') as RubyDeclaration
    expect([v.source, v.text, v.requirement, v.at.line]).toEqual(['gemfile', '3.4.1', [['=', '3.4.1']], 2])
    expect((read("ruby '~> 3.4'\n") as RubyDeclaration).requirement).toEqual([['~>', '3.4']])
    expect((read('ruby ">= 3.2", "< 4"\n') as RubyDeclaration).requirement).toEqual([['>=', '3.2'], ['<', '4']])
    expect(read('ruby file: ".ruby-version"\n')).toMatchObject({ file: '.ruby-version' })
    expect(read('ruby "3.1.4", engine: "jruby", engine_version: "9.4.8.0"\n')).toBeNull()
    expect(read('if ENV["X"]\n  ruby "3.4.1"\nend\n')).toBeNull()
    // text that only looks like a ruby line is not one
    expect(read('# ruby "3.4.1"\ngem "ruby-progressbar"\n')).toBeNull()
  })

  test('precedence: manifest, Gemfile, .ruby-version, Gemfile.lock', () => {
    const d = (source: RubyDeclaration['source'], text: string): RubyDeclaration => ({ source, path: source, at: new SourceFile(source, text).span(0, 1), text, requirement: requirementOf([text])! })
    const all = [d('lockfile', '3.1.4'), d('ruby-version', '3.2.2'), d('gemfile', '3.3.6'), d('manifest', '3.4.1')]
    expect(appRuby(all).chosen?.source).toBe('manifest')
    expect(appRuby(all.slice(0, 3)).chosen?.source).toBe('gemfile')
    expect(appRuby(all.slice(0, 2)).chosen?.source).toBe('ruby-version')
    expect(appRuby(all.slice(0, 1))).toMatchObject({ lines: ['3.1'] })
    expect(appRuby([])).toEqual({ declarations: [], chosen: null, lines: null })
  })

  test('requirements: ~>, ranges and lines, and agreement', () => {
    expect(satisfies('3.4.1', [['~>', '3.4']])).toBe(true)
    expect(satisfies('4.0.0', [['~>', '3.4']])).toBe(false)
    expect(satisfies('3.5.0', [['~>', '3.4.1']])).toBe(false)
    expect(linesOf([['~>', '3.3']])).toEqual(['3.3', '3.4'])
    expect(linesOf([['>=', '3.2.2'], ['<', '3.4']])).toEqual(['3.2', '3.3'])
    // a line outside the usual ones is still a line: 1.9.3 (a real manifest's) and a future 4.1
    expect(linesOf(requirementOf(['1.9.3'])!)).toEqual(['1.9'])
    expect(linesOf(requirementOf(['4.1.0'])!)).toEqual(['4.1'])
    const d = (source: RubyDeclaration['source'], text: string): RubyDeclaration => ({ source, path: source, at: new SourceFile(source, text).span(0, 1), text, requirement: requirementOf(text.split(','))! })
    expect(agree(d('manifest', '3.4.1'), d('gemfile', '~> 3.4'))).toBe(true)
    expect(agree(d('manifest', '3.4.1'), d('gemfile', '3.4.2'))).toBe(false)
    expect(agree(d('manifest', '3.4.1'), d('ruby-version', '3.4'))).toBe(true)
    expect(agree(d('manifest', '3.3'), d('gemfile', '>= 3.4'))).toBe(false)
  })
})

describe("issue 24: Cloud 66's Unicorn sample and the app's Ruby", () => {
  test('Ruby 3.4 (manifest): a boot failure at the File.exists? line, boots false, no "no request fails"', async () => {
    const r = await checkDirectory(fixture('ruby-removed-method', 'bad'), options)
    const f = r.report.findings.filter((x) => x.rule === 'ruby-removed-method')
    expect(f.map((x) => [x.severity, x.file, x.line])).toEqual([['error', 'config/unicorn.rb', 14]])
    expect(f[0].message).toContain('Ruby 3.4.1')
    expect(r.report.apps[0].webServer?.prediction.boots).toBe(false)
    // the restart guidance says first that the server does not start, and the comment folds it away
    expect(r.guidance[0]?.notes).toContain('As written the server does not start (see the errors); this is what a restart does once it does.')
    const shown = renderComment(r, { repository: 'acme/shop', sha: '0'.repeat(40), serverUrl: 'https://github.com', workingDirectory: '', hiddenAnnotations: 0 }).replace(/<details>[\s\S]*?<\/details>/g, '')
    expect(shown).not.toMatch(/no request fails/i)
    expect(shown).toContain('File.exists?')
  })

  test('Ruby 3.1 (.ruby-version): no finding, and the sample serves', async () => {
    const r = await checkDirectory(fixture('ruby-removed-method', 'ruby-31'), options)
    expect(r.report.findings.map((x) => x.rule)).toEqual([])
    expect(r.report.apps[0].webServer?.prediction.boots).toBe(true)
  })

  test('no Ruby known: a warning that it fails on 3.2 and later, and whether it starts is unknown', async () => {
    const r = await checkDirectory(fixture('ruby-removed-method', 'unknown-ruby'), options)
    const f = r.report.findings
    expect(f.map((x) => [x.rule, x.severity, x.line])).toEqual([['ruby-removed-method', 'warning', 14]])
    expect(f[0].message).toContain('on Ruby 3.2 and later')
    expect(r.report.apps[0].webServer?.prediction.boots).toBeNull()
  })

  test('manifest ruby_version differs from the Gemfile and Gemfile.lock: a warning at both places, one at the manifest naming both', async () => {
    const r = await checkDirectory(fixture('ruby-version-mismatch', 'bad'), options)
    const f = r.report.findings.filter((x) => x.rule === 'ruby-version-mismatch')
    expect(f.map((x) => [x.severity, x.file, x.line])).toEqual([
      ['warning', '.cloud66/manifest.yml', 4],
      ['warning', 'Gemfile', 3],
      ['warning', 'Gemfile.lock', 13]
    ])
    expect(f[0].message).toContain('will cause problems when you deploy')
    expect(f[0].message).toContain("the Gemfile's `ruby` line says `3.3.6`")
    expect(f[0].message).toContain("Gemfile.lock's `RUBY VERSION` says `3.3.6p108`")
    // three sources disagree (the reviewer's row 13): still one warning at the manifest line
    const several = await checkDirectory(fixture('ruby-version-mismatch', 'several'), options)
    const s = several.report.findings.filter((x) => x.rule === 'ruby-version-mismatch')
    expect(s.map((x) => [x.file, x.line])).toEqual([
      ['.cloud66/manifest.yml', 4],
      ['.ruby-version', 1],
      ['Gemfile', 3],
      ['Gemfile.lock', 17]
    ])
    expect(s[0].message).toContain("`.ruby-version` says `ruby-3.2.2`")
    const good = await checkDirectory(fixture('ruby-version-mismatch', 'good'), options)
    expect(good.report.findings.filter((x) => x.rule === 'ruby-version-mismatch')).toEqual([])
  })
})
