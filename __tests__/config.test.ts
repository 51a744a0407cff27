/**
 * `.rack-check.yml`: every setting read with its type checked, and every mistake an error that
 * names the file, line and column (never a silent default); the JSON Schema in docs agrees.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError, globMatcher, parseConfig } from '../src/engine/config.js'
import { loadYaml } from '../src/model/yaml-tree.js'
import { RULES } from '../src/rules/index.js'
import { PROJECT } from './helpers/paths.js'

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
    ['rule: {}\n', '.rack-check.yml:1:1: `rule` is not a setting of .rack-check.yml'],
    ['rules:\n  custom-web-no-sockets: off\n', '.rack-check.yml:2:3: `custom-web-no-sockets` is not a rack-check rule'],
    ['rules:\n  custom-web-no-socket: loud\n', '.rack-check.yml:2:25: `custom-web-no-socket` must be `off`, `notice`, `warning` or `error`'],
    ['rules: [a]\n', '.rack-check.yml:1:8: `rules` must map rule ids'],
    ['process-manager: upstart\n', '.rack-check.yml:1:18: `process-manager` must be `systemd` or `bluepill`'],
    ['environment: 3\n', '.rack-check.yml:1:14: `environment` must be an environment name'],
    ['apps: apps/web\n', '.rack-check.yml:1:7: `apps` must be a list of folders or patterns'],
    ['apps: [../other]\n', '.rack-check.yml:1:8: `../other` must be a folder inside the repository'],
    ['ignore: [1]\n', '.rack-check.yml:1:10: each item of `ignore` must be a non-empty string'],
    ['rules:\n  a: [\n', '.rack-check.yml:'],
    ['- rules\n', '.rack-check.yml:1:1: the configuration must be a mapping'],
    ['environment: a\nenvironment: b\n', '.rack-check.yml:2:1: `environment` is set twice (also on line 1)']
  ])('%j is refused: %s', async (text, message) => {
    expect(await error(text)).toContain(message)
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
  })

  test('the published JSON Schema names the same settings and levels', () => {
    const schema = JSON.parse(readFileSync(join(PROJECT, 'docs', 'config.schema.json'), 'utf8'))
    expect(Object.keys(schema.properties).sort()).toEqual(['apps', 'baseline', 'environment', 'filter', 'ignore', 'process-manager', 'rules'])
    expect(schema.properties.rules.additionalProperties.enum).toEqual(['off', 'notice', 'warning', 'error'])
    expect(schema.additionalProperties).toBe(false)
  })
})
