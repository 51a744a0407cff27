/**
 * `.rack-check.yml`: every setting read with its type checked, and every mistake an error that
 * names the file, line and column (never a silent default); the JSON Schema in docs agrees.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError, globMatcher, parseConfig, unsupportedGlob, withConfig } from '../src/engine/config.js'
import { loadYaml } from '../src/model/yaml-tree.js'
import { RULES } from '../src/rules/index.js'
import { PROJECT } from './helpers/paths.js'
import { apiConfig } from '../src/action/folders.js'

const ids = new Set(RULES.map((r) => r.id))
const read = async (text: string) => parseConfig('.rack-check.yml', text, await loadYaml(), ids)
const error = async (text: string): Promise<string> => {
  try {
    await read(text)
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError)
    return (e as Error).message
  }
  throw new Error('no error')
}

describe('.rack-check.yml', () => {
  test('every setting', async () => {
    const c = await read('rules:\n  custom-web-extra-tcp-listener: off\n  hooks-not-a-list: error\nprocess-manager: bluepill\nenvironment: staging\napps: [apps/web, apps/api]\nignore:\n  - "vendor/**"\n')
    expect([...c.rules]).toEqual([['custom-web-extra-tcp-listener', 'off'], ['hooks-not-a-list', 'error']])
    expect(c).toMatchObject({ processManager: 'bluepill', environment: 'staging', apps: ['apps/web', 'apps/api'], ignore: ['vendor/**'] })
  })

  test('an empty file, or one of comments only, sets nothing', async () => {
    expect((await read('')).rules.size).toBe(0)
    expect((await read('# nothing yet\n')).rules.size).toBe(0)
  })

  test.each([
    ['rule: {}\n', '.rack-check.yml:1:1: `rule` is not a setting of .rack-check.yml; did you mean `rules`?'],
    ['colour: true\n', '.rack-check.yml:1:1: `colour` is not a setting of .rack-check.yml; the settings are `rules`, `process-manager`, `environment`, `fail-on`, `apps`, `ignore`, `filter`, `baseline`'],
    ['failon: warning\n', '.rack-check.yml:1:1: `failon` is not a setting of .rack-check.yml; did you mean `fail-on`?'],
    ['fail-on: loud\n', '.rack-check.yml:1:10: `fail-on` must be `error`, `warning`, `notice` or `never`'],
    ['rules:\n  custom-web-no-sockets: off\n', '.rack-check.yml:2:3: `custom-web-no-sockets` is not a rack-check rule (did you mean `custom-web-no-socket`?)'],
    ['rules:\n  no-such-thing-at-all: off\n', '.rack-check.yml:2:3: `no-such-thing-at-all` is not a rack-check rule (the rules are listed in docs/rules/README.md)'],
    ['ignore: ["{a,b}"]\n', ".rack-check.yml:1:10: `{a,b}` uses braces (`{a,b}`), which rack-check's globs do not support; they support `*` (any characters but `/`), `**` (any number of folders), `?` (one character) and plain characters: write one pattern per item"],
    ['ignore:\n  - "!vendor"\n', '.rack-check.yml:2:5: `!vendor` uses a leading `!` (negation), which'],
    ['ignore: ["tmp[0-9]"]\n', '.rack-check.yml:1:10: `tmp[0-9]` uses a character class (`[…]`), which'],
    ['ignore: ["a\\\\b"]\n', '.rack-check.yml:1:10: `a\\b` uses a backslash, which'],
    ['rules:\n  custom-web-no-socket: loud\n', '.rack-check.yml:2:25: `custom-web-no-socket` must be `off`, `notice`, `warning` or `error`'],
    ['rules: [a]\n', '.rack-check.yml:1:8: `rules` must map rule ids'],
    ['process-manager: upstart\n', '.rack-check.yml:1:18: `process-manager` must be `systemd` or `bluepill`'],
    ['environment: 3\n', '.rack-check.yml:1:14: `environment` must be an environment name'],
    ['apps: apps/web\n', '.rack-check.yml:1:7: `apps` must be a list of folders'],
    ['apps: [../other]\n', '.rack-check.yml:1:8: `../other` must be a folder inside the repository'],
    ['ignore: [1]\n', '.rack-check.yml:1:10: each item of `ignore` must be a non-empty string'],
    ['rules:\n  a: [\n', '.rack-check.yml:'],
    ['- rules\n', '.rack-check.yml:1:1: the configuration must be a mapping'],
    ['environment: a\nenvironment: b\n', '.rack-check.yml:2:1: `environment` is set twice (also on line 1)']
  ])('%j is refused: %s', async (text, message) => {
    expect(await error(text)).toContain(message)
  })

  test('every mistake is reported, one line each, in the order written', async () => {
    expect((await error('rules:\n  nope: off\n  procfile-crlf: loud\nfail-on: sometimes\napps: [../x, ok]\nignore: ["{a,b}", "vendor/**"]\nextra: 1\n')).split('\n')).toEqual([
      '.rack-check.yml:2:3: `nope` is not a rack-check rule (the rules are listed in docs/rules/README.md)',
      '.rack-check.yml:3:18: `procfile-crlf` must be `off`, `notice`, `warning` or `error`',
      '.rack-check.yml:4:10: `fail-on` must be `error`, `warning`, `notice` or `never`',
      '.rack-check.yml:5:8: `../x` must be a folder inside the repository',
      ".rack-check.yml:6:10: `{a,b}` uses braces (`{a,b}`), which rack-check's globs do not support; they support `*` (any characters but `/`), `**` (any number of folders), `?` (one character) and plain characters: write one pattern per item",
      '.rack-check.yml:7:1: `extra` is not a setting of .rack-check.yml; the settings are `rules`, `process-manager`, `environment`, `fail-on`, `apps`, `ignore`, `filter`, `baseline`'
    ])
  })

  test('fail-on, and the positions of the apps entries', async () => {
    const c = await read('fail-on: warning\napps:\n  - apps/web\n  - "apps/api"\n')
    expect(c.failOn).toBe('warning')
    expect(c.appsAt).toEqual([expect.objectContaining({ line: 3, column: 5 }), expect.objectContaining({ line: 4, column: 5 })])
    expect(withConfig({ environment: 'production', processManager: 'systemd' as const, failOn: 'error' as const }, new Set(), c).failOn).toBe('warning')
    expect(withConfig({ environment: 'production', processManager: 'systemd' as const, failOn: 'notice' as const }, new Set(['failOn' as const]), c).failOn).toBe('notice')
  })

  test('a bare YAML 1.1 `off` (which Psych reads as false) means off', async () => {
    expect((await read('rules:\n  procfile-crlf: off\n')).rules.get('procfile-crlf')).toBe('off')
  })

  test('ignore globs', () => {
    expect(globMatcher('vendor/**')('vendor/bundle/ruby')).toBe(true)
    expect(globMatcher('vendor/**')('apps/vendor')).toBe(false)
    expect(globMatcher('fixtures')('__tests__/fixtures')).toBe(true)
    expect(globMatcher('apps/*/tmp')('apps/web/tmp')).toBe(true)
    expect(globMatcher('apps/*/tmp')('apps/web/x/tmp')).toBe(false)
    // what unsupportedGlob lets through, the matcher matches as documented
    for (const p of ['vendor/**', 'tmp', 'apps/*/tmp', 'cache?', 'a.b-c_d']) expect(unsupportedGlob(p)).toBeNull()
  })

  test('the published JSON Schema names the same settings and levels', () => {
    const schema = JSON.parse(readFileSync(join(PROJECT, 'schemas', 'config.schema.json'), 'utf8'))
    expect(Object.keys(schema.properties).sort()).toEqual(['apps', 'baseline', 'environment', 'fail-on', 'filter', 'ignore', 'process-manager', 'rules'])
    // a bare `off` is YAML 1.1's false
    for (const rule of Object.values(schema.properties.rules.properties)) expect((rule as { enum: unknown[] }).enum).toEqual(['off', 'notice', 'warning', 'error', false])
    expect(schema.properties['fail-on'].enum).toEqual(['error', 'warning', 'notice', 'never'])
    expect(schema.additionalProperties).toBe(false)
  })

  test('through the API (source: api): the app folder\'s .rack-check.yml or .rack-check.yaml, else the root\'s; both in one folder is an error', async () => {
    const files = (f: Record<string, string>) => async (path: string) => (path in f ? Buffer.from(f[path]) : null)
    expect((await apiConfig('', 'apps/web', files({ 'apps/web/.rack-check.yaml': 'fail-on: notice\n', '.rack-check.yml': 'fail-on: never\n' })))?.failOn).toBe('notice')
    expect((await apiConfig('', 'apps/web', files({ '.rack-check.yaml': 'fail-on: warning\n' })))?.failOn).toBe('warning')
    expect(await apiConfig('', 'apps/web', files({}))).toBeNull()
    // the app folder's tree says which names it has: the others are not fetched
    const asked: string[] = []
    const reading = async (path: string) => (asked.push(path), path === 'apps/web/.rack-check.yml' ? Buffer.from('fail-on: never\n') : null)
    expect((await apiConfig('', 'apps/web', reading, (p) => p === '.rack-check.yml'))?.failOn).toBe('never')
    expect(asked).toEqual(['apps/web/.rack-check.yml'])
    await expect(apiConfig('', '', files({ '.rack-check.yml': '', '.rack-check.yaml': '' }))).rejects.toThrow(new ConfigError('.rack-check.yaml: both .rack-check.yml and .rack-check.yaml exist; rack-check reads one configuration per folder, so delete one of them (or merge them into one)'))
  })
})
