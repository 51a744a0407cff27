/**
 * The YAML-backed models: positions, Psych's rules (YAML 1.1, last duplicate wins, merge keys),
 * ERB tolerated, the optional environment level, hook copies, signals and stop sequences.
 */
import { describe, expect, test } from '@jest/globals'
import { SourceFile } from '../src/files/source-file.js'
import { parseDeployHooks, hookCommands, programWords } from '../src/model/deploy-hooks.js'
import { effectiveBlock, parseManifest, webSetting } from '../src/model/manifest.js'
import { parseStopSequence, readSignal } from '../src/model/signals.js'
import type { Span } from '../src/core/span.js'
import { get, loadYaml, parseYamlTree, type YScalar } from '../src/model/yaml-tree.js'

// the parser is loaded on demand in the engine (start-up time); here once for all tests
const yaml = await loadYaml()
const file = (text: string, path = '.cloud66/manifest.yml'): SourceFile => new SourceFile(path, text)
const where = (s: Span): string => `${s.line}:${s.column}-${s.endLine}:${s.endColumn}`

describe('YAML tree', () => {
  test('keys and values keep their exact positions', () => {
    const t = parseYamlTree(file('production:\n  procfile_metadata:\n    web:\n      restart_signal: usr1\n'), yaml)
    const web = get(get(get(t.root, 'production')!.value, 'procfile_metadata')!.value, 'web')!
    const sig = get(web.value, 'restart_signal')!
    expect(where(sig.keyAt)).toBe('4:7-4:20')
    expect(where(sig.value!.at)).toBe('4:23-4:26')
  })

  test('YAML 1.1 as Psych reads it: yes/no/on/off are booleans, quoted values stay strings', () => {
    const t = parseYamlTree(file('a: no\nb: "false"\nc: on\nd: 0o17\n'), yaml)
    const v = (k: string): YScalar => get(t.root, k)!.value as YScalar
    expect([v('a').value, v('b').value, v('c').value]).toEqual([false, 'false', true])
    expect(v('b').quoted).toBe(true)
  })

  // what Psych 4.0.3 loads from these texts was measured with Ruby 3.1 (docs/research/psych.md#where-the-first-document-ends;
  // psych.test.ts checks the same cases against the real Ruby when it is there)
  test('a line left of an indented top level ends the document, as in Psych: the part before it loads, the rest is ignored', () => {
    const t = parseYamlTree(file(' production:\n    rails:\n      configuration: {}\n\nshared: &shared\n  rails: [\n'), yaml)
    expect(t.error).toBeNull()
    expect(t.endsEarly && { line: t.endsEarly.at.line, last: t.endsEarly.lastLine, text: t.endsEarly.text, column: t.endsEarly.column }).toEqual({ line: 5, last: 4, text: 'shared', column: 2 })
    expect(t.root?.kind === 'map' && t.root.pairs.map((p) => p.key)).toEqual(['production'])
    // `production: <<fs` is the string `<<fs`
    const s = parseYamlTree(file(' production: <<fs\n\nregistered_servers:\n  rails: {}\n'), yaml)
    expect([s.error, (get(s.root, 'production')?.value as YScalar).value, s.endsEarly?.at.line]).toEqual([null, '<<fs', 3])
  })

  test('after a top-level flow collection or scalar the document ends; at the margin a stray token stays an error', () => {
    const flow = parseYamlTree(file('{production: {}}\nstaging: 1\n'), yaml)
    expect([flow.error, flow.endsEarly?.at.line, flow.endsEarly?.column]).toEqual([null, 2, null])
    expect(parseYamlTree(file('production:\n  rails: {}\n]\n'), yaml).error).not.toBeNull()
    expect(parseYamlTree(file('production:\n  rails: {}\n- a\n'), yaml).error).not.toBeNull()
    // a line at the top level's own column continues it
    expect(parseYamlTree(file(' production: {}\n staging: {}\n'), yaml).endsEarly).toBeNull()
  })

  test('anchors, aliases and merge keys: merged keys apply, later keys win as in Psych', () => {
    const t = parseYamlTree(file('default: &d\n  procfile_metadata:\n    web:\n      restart_signal: usr1\n  rails: {}\nproduction:\n  <<: *d\n  rails:\n    configuration: {}\n'), yaml)
    const prod = get(t.root, 'production')!.value
    const meta = get(prod, 'procfile_metadata')!
    expect(meta.merged).toBe(true)
    // the merged value points at the anchored block, where the text is
    expect(where(get(get(meta.value, 'web')!.value, 'restart_signal')!.value!.at)).toBe('4:23-4:26')
    expect(get(prod, 'rails')!.merged).toBe(false)
    expect(t.duplicates).toEqual([])
  })

  test('duplicate keys: the earlier one is reported as lost, the last one is kept', () => {
    const t = parseYamlTree(file('production:\n  after_rails:\n    - command: a\n  after_rails:\n    - command: b\n'), yaml)
    expect(t.duplicates.map((d) => [d.key, d.lost.line, d.kept.line])).toEqual([['after_rails', 2, 4]])
    const list = get(get(t.root, 'production')!.value, 'after_rails')!.value
    expect(list?.kind === 'seq' && list.items.length).toBe(1)
  })

  test('ERB: control tags are blanked, output tags mark the value unknown, positions are kept', () => {
    const t = parseYamlTree(file("<% if true %>\npassword: <%= ENV['DB_PASSWORD'] %>\nport: 5432\n"), yaml)
    expect(t.error).toBeNull()
    expect((get(t.root, 'password')!.value as YScalar).erb).toBe(true)
    expect(get(t.root, 'port')!.keyAt.line).toBe(3)
  })

  test('a syntax error is reported at its position; a commented-out file has no settings', () => {
    const bad = parseYamlTree(file('production:\n  rails:\n    a: 1\n   b: 2\n'), yaml)
    expect(bad.error?.at.line).toBe(4)
    expect(bad.root).toBeNull()
    const commented = parseYamlTree(file('# production:\n#   rails:\n'), yaml)
    expect([commented.error, commented.root]).toEqual([null, null])
  })

  test('an alias bomb stops with an error instead of expanding', () => {
    let text = 'a: &a [' + Array(9).fill('"lol"').join(',') + ']\n'
    for (const [prev, name] of [...'abcdefgh'].map((c, i) => [c, 'bcdefghi'[i]])) text += `${name}: &${name} [${Array(9).fill('*' + prev).join(',')}]\n`
    const t = parseYamlTree(file(text), yaml)
    expect(t.error?.message).toMatch(/aliases expand to more than/)
    expect(t.root).toBeNull()
  })

  test('alias cycles and undefined aliases do not hang or crash', () => {
    expect(() => parseYamlTree(file('a: &x [*x]\n'), yaml)).not.toThrow()
    expect(parseYamlTree(file('a: *nothing\n'), yaml).error).not.toBeNull()
  })
})

describe('manifest', () => {
  test('top-level components mean "all environments"; other mappings are environments', () => {
    const m = parseManifest(file('rails:\n  configuration: {}\nprocfile_metadata:\n  web:\n    restart_signal: usr2\nfeature-testing:\n  procfile_metadata:\n    web:\n      restart_signal: usr1\n'), 'production', yaml)
    expect(m.environments.map((e) => e.key)).toEqual(['feature-testing'])
    expect(m.metadata.map((b) => b.environment)).toEqual([null, 'feature-testing'])
    expect(m.applying.map((b) => b.environment)).toEqual([null])
    expect(webSetting(m, 'restart_signal')?.pair.value).toMatchObject({ value: 'usr2' })
  })

  test('--environment selects the environment block, which wins over the top level', () => {
    const text = 'procfile_metadata:\n  web:\n    restart_signal: usr2\nstaging:\n  procfile_metadata:\n    custom_web:\n      restart_signal: usr1\n'
    const staging = parseManifest(file(text), 'staging', yaml)
    expect(effectiveBlock(staging)?.environment).toBe('staging')
    expect(webSetting(staging, 'restart_signal')).toMatchObject({ process: 'custom_web', pair: { value: { value: 'usr1' } } })
    expect(webSetting(parseManifest(file(text), 'production', yaml), 'restart_signal')).toMatchObject({ process: 'web' })
  })

  test('an empty environment and a file that is only comments give no settings', () => {
    expect(parseManifest(file('production:\n'), 'production', yaml).metadata).toEqual([])
    expect(parseManifest(file('# nothing\n'), 'production', yaml).metadata).toEqual([])
  })
})

describe('deploy hooks', () => {
  test('environment level optional; only the selected environment applies', () => {
    const h = parseDeployHooks(file('first_thing:\n  - command: a\n    target: any\nstaging:\n  after_rails:\n    - command: b\n      target: rails\nproduction:\n', '.cloud66/deploy_hooks.yml'), 'production', yaml)
    expect(h.points.map((p) => [p.environment, p.name])).toEqual([
      [null, 'first_thing'],
      ['staging', 'after_rails']
    ])
    expect(h.applying.map((x) => x.point.name)).toEqual(['first_thing'])
  })

  test('copies into the stack path: source/destination with ERB, cp after cd, mv between stack paths', () => {
    const h = parseDeployHooks(
      file(
        `after_checkout:
  - source: /.cloud66/files/Procfile
    destination: <%= ENV['RAILS_STACK_PATH'] %>/Procfile
    target: rails
  - command: cd $RAILS_STACK_PATH && cp .cloud66/files/unicorn.rb config/
    target: rails
  - command: mv $STACK_PATH/Procfile.c66 $STACK_PATH/Procfile
    target: rails
  - command: cp /etc/app/thin.yml $STACK_PATH/config/thin.yml
    target: rails
    apply_during: build_only
  - source: /.cloud66/files/database.yml
    destination: /etc/app/database.yml
    target: rails
`,
        '.cloud66/deploy_hooks.yml'
      ),
      'production',
      yaml
    )
    expect(h.copies.map((c) => [c.source, c.destination, c.buildOnly, c.at.line])).toEqual([
      ['.cloud66/files/Procfile', 'Procfile', false, 3],
      ['.cloud66/files/unicorn.rb', 'config/unicorn.rb', false, 5],
      ['Procfile.c66', 'Procfile', false, 7],
      [null, 'config/thin.yml', true, 9]
    ])
  })

  test('commands around constructs the shell model does not follow are still read', () => {
    const words = hookCommands('cd $STACK_PATH && bundle exec pumactl -P /tmp/web_server.pid restart || true').map(programWords)
    expect(words).toEqual([['cd', '/$STACK_PATH'], ['pumactl', '-P', '/tmp/web_server.pid', 'restart'], ['true']])
    expect(hookCommands('sudo bluepill cloud66_web_server restart | tee log').map(programWords)[0]).toEqual(['bluepill', 'cloud66_web_server', 'restart'])
  })
})

describe('signals', () => {
  const at: Span = { file: 'm', line: 1, column: 1, endLine: 1, endColumn: 1 }
  test.each([
    ['usr1', 'usr1', []],
    ['USR2', 'usr2', ['upper-case']],
    ['SIGTERM', 'term', ['upper-case', 'sig-prefix']],
    [':term', 'term', ['symbol']],
    ['sigkill', 'kill', ['sig-prefix']],
    ['phased', null, []],
    ['12', null, []]
  ])('%s', (text, name, spelling) => {
    expect(readSignal(text, at)).toMatchObject({ name, spelling })
  })

  test('stop sequences: steps with positions (plain and quoted), and the first order problem', () => {
    const f = file('a: term, 90, kill\nb: "ttin, 120, :term, 5, kill"\nc: term, kill\nd: term, 90\n')
    const t = parseYamlTree(f, yaml)
    const seq = (k: string) => parseStopSequence(f, get(t.root, k)!.value as YScalar)
    expect(seq('a').steps.map((s) => [s.kind, s.word, where(s.at)])).toEqual([
      ['signal', 'term', '1:4-1:7'],
      ['seconds', '90', '1:10-1:11'],
      ['signal', 'kill', '1:14-1:17']
    ])
    expect(seq('a').problem).toBeNull()
    expect(where(seq('b').steps[2].at)).toBe('2:16-2:20')
    expect(seq('b').steps[2].signal?.spelling).toEqual(['symbol'])
    expect(seq('c').problem?.kind).toBe('expected-seconds')
    expect(seq('d').problem?.kind).toBe('ends-with-seconds')
  })
})
