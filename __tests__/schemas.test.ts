/**
 * The JSON Schemas for editors (schemas/, written by scripts/schemas.mjs): they are what the
 * script makes from the checker's own lists, their `$id`s serve JSON, the SchemaStore catalog
 * entry names them, and — validated with ajv against every corpus `.cloud66/manifest.yml` and
 * `.cloud66/deploy_hooks.yml` and every rule fixture — each rejection is something one of
 * rack-check's rules also reports on that file, near the same place (the test fails on a rejection
 * no rule reports). Files are read as rack-check reads them (model/yaml-tree: Psych's YAML 1.1,
 * merge keys applied, the last of duplicate keys, the first document).
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { parse } from 'yaml'
import { checkDirectory } from '../src/engine/check.js'
import { loadYaml, parseYamlTree, type YNode, type YPair } from '../src/model/yaml-tree.js'
import { SourceFile } from '../src/files/source-file.js'
import { RULES } from '../src/rules/index.js'
import { CORPUS, corpusPresent, FIXTURES, PROJECT } from './helpers/paths.js'

const require = createRequire(import.meta.url)
interface AjvError { instancePath: string; schemaPath: string; keyword: string; params: Record<string, unknown>; message?: string; parentSchema?: object }
type Validate = ((data: unknown) => boolean) & { errors?: AjvError[] | null }
const Ajv = require('ajv').default as new (o: object) => { addKeyword(k: string): void; compile(schema: object): Validate }

const read = (name: string) => JSON.parse(readFileSync(join(PROJECT, 'schemas', name), 'utf8'))
const SCHEMAS = { manifest: read('manifest.schema.json'), hooks: read('deploy-hooks.schema.json'), config: read('config.schema.json') }

function compile(schema: object): Validate {
  // strictTypes off: `properties` without `type: object` is how the schemas accept what no rule refuses
  const ajv = new Ajv({ allErrors: true, strict: true, strictTypes: false, allowUnionTypes: true, verbose: true })
  // VS Code's and yaml-language-server's messages for a deprecated key and a failed pattern
  ajv.addKeyword('deprecationMessage')
  ajv.addKeyword('patternErrorMessage')
  return ajv.compile(schema)
}
const validate = { manifest: compile(SCHEMAS.manifest), hooks: compile(SCHEMAS.hooks), config: compile(SCHEMAS.config) }

/** The data as rack-check's YAML tree holds it. */
function plain(node: YNode | null): unknown {
  if (node === null) return null
  if (node.kind === 'scalar') return node.value
  if (node.kind === 'seq') return node.items.map(plain)
  return Object.fromEntries(node.pairs.map((p) => [p.key, plain(p.value)]))
}

/**
 * The rules that report what a schema rejects, by the part of the schema that rejects it (ajv's
 * `parentSchema`, the subschema object itself): each part below, and everything inside it.
 */
const RULES_FOR = new Map<object, string[]>()
function tag(part: object, rules: string[]): void {
  RULES_FOR.set(part, rules)
  for (const v of Object.values(part)) if (v !== null && typeof v === 'object') tag(v as object, rules)
}
{
  const m = SCHEMAS.manifest.definitions
  for (const part of [m.component, m.rackComponent, m.environmentVariables, SCHEMAS.manifest.properties.experiments, m.environment.properties.experiments]) tag(part, ['manifest-structure'])
  tag(m.procfileMetadata, ['metadata-invalid-value'])
  tag(m.mappingAtTop, ['yaml-not-a-mapping'])
  tag(SCHEMAS.manifest.additionalProperties.else, ['yaml-not-a-mapping'])
  tag(m.processSettings, ['metadata-invalid-value', 'metadata-unknown-key', 'metadata-signal-spelling'])
  const h = SCHEMAS.hooks
  tag(h.additionalProperties, ['hooks-unknown-hook-point', 'hooks-not-a-list'])
  tag(h.definitions.hookList, ['hooks-not-a-list'])
  tag(h.definitions.hook, ['hooks-missing-target'])
  // the root's own `type`: the file is not a mapping (tagged last: only the root object itself)
  RULES_FOR.set(SCHEMAS.manifest, ['yaml-not-a-mapping'])
  RULES_FOR.set(h, ['yaml-not-a-mapping'])
}

interface Rejection { file: string; path: string; message: string; rules: string[]; reportedBy: string | null }

/**
 * The pairs from the root to the node at a JSON pointer (the last one the node's own pair), or to
 * the key an `additionalProperties`/`propertyNames` error names.
 */
function pairsTo(root: YNode | null, error: AjvError): YPair[] {
  const keys = error.instancePath.split('/').slice(1).map((k) => k.replace(/~1/g, '/').replace(/~0/g, '~'))
  const extra = error.params.additionalProperty ?? error.params.propertyName
  if (typeof extra === 'string') keys.push(extra)
  const out: YPair[] = []
  let node = root
  for (const k of keys) {
    if (node?.kind === 'map') {
      const pair: YPair | undefined = node.pairs.filter((p) => p.key === k).pop()
      if (!pair) break
      out.push(pair)
      node = pair.value
    } else if (node?.kind === 'seq') node = node.items[Number(k)] ?? null
    else break
  }
  return out
}

/**
 * Validates one file and matches each rejection with a finding: one of the rules the schema path
 * names, on a line of the rejected key or of a key that holds it.
 */
async function rejections(dir: string, rel: string, kind: 'manifest' | 'hooks', findings: Array<{ rule: string; file: string; line: number }>): Promise<Rejection[] | 'yaml-error'> {
  const tree = parseYamlTree(new SourceFile(rel, readFileSync(join(dir, rel), 'utf8')), await loadYaml())
  if (tree.error || tree.limit) return 'yaml-error'
  const check = validate[kind]
  if (check(plain(tree.root))) return []
  const groups = new Map<string, AjvError[]>()
  for (const e of check.errors ?? []) {
    if (e.keyword === 'if' || e.keyword === 'anyOf' || e.keyword === 'allOf') continue
    const at = `${e.instancePath}${typeof e.params.additionalProperty === 'string' ? '/' + e.params.additionalProperty : ''}`
    groups.set(at, [...(groups.get(at) ?? []), e])
  }
  const inFile = findings.filter((f) => f.file === rel || f.file.endsWith('/' + rel))
  const out: Rejection[] = []
  for (const [path, errors] of groups) {
    const rules = [...new Set(errors.flatMap((e) => (e.parentSchema && RULES_FOR.get(e.parentSchema)) || []))]
    const pairs = pairsTo(tree.root, errors[0])
    const near = (line: number): boolean => pairs.length === 0 || pairs.some((p) => line >= p.keyAt.line && line <= (p.value?.at.endLine ?? p.keyAt.line))
    const reportedBy = inFile.find((f) => rules.includes(f.rule) && near(f.line))?.rule ?? null
    out.push({ file: rel, path: path || '/', message: errors.map((e) => e.message).join('; '), rules, reportedBy })
  }
  return out
}

const FILES = { manifest: '.cloud66/manifest.yml', hooks: '.cloud66/deploy_hooks.yml' } as const
const options = { environment: 'production', processManager: 'systemd' as const }

/** Validates the manifest and hooks of each folder; the counts and every rejection with the rule that also reports it. */
async function validateFolders(dirs: string[]) {
  const counts = { manifest: { validated: 0, accepted: 0, rejected: 0, yamlErrors: 0 }, hooks: { validated: 0, accepted: 0, rejected: 0, yamlErrors: 0 } }
  const all: Array<Rejection & { dir: string }> = []
  for (const dir of dirs) {
    const present = (['manifest', 'hooks'] as const).filter((k) => existsSync(join(dir, FILES[k])))
    if (present.length === 0) continue
    const { report } = await checkDirectory(dir, options)
    for (const kind of present) {
      const r = await rejections(dir, FILES[kind], kind, report.findings)
      if (r === 'yaml-error') {
        counts[kind].yamlErrors++
        expect({ dir, rules: report.findings.filter((f) => f.file.endsWith(FILES[kind])).map((f) => f.rule) }).toEqual({ dir, rules: expect.arrayContaining([expect.stringMatching(/^yaml-syntax-error$|^check-incomplete$/)]) })
        continue
      }
      counts[kind].validated++
      if (r.length === 0) counts[kind].accepted++
      else counts[kind].rejected++
      all.push(...r.map((x) => ({ ...x, dir })))
    }
  }
  return { counts, rejections: all }
}

describe('the schemas', () => {
  test('are what scripts/schemas.mjs writes from the checker\'s lists (npm run schemas)', () => {
    expect(() => execFileSync(process.execPath, [join(PROJECT, 'scripts/schemas.mjs'), '--check'], { encoding: 'utf8', stdio: 'pipe' })).not.toThrow()
  })

  test('the configuration schema enumerates exactly the rule ids, and only the levels', () => {
    expect(SCHEMAS.config.properties.rules.propertyNames.enum).toEqual(RULES.map((r) => r.id))
    expect(Object.keys(SCHEMAS.config.properties.rules.properties)).toEqual(RULES.map((r) => r.id))
    expect(validate.config({ rules: { 'custom-web-no-socket': 'off' } })).toBe(true)
    expect(validate.config({ rules: { 'custom-web-no-sockets': 'off' } })).toBe(false)
  })

  test.each([
    ['rule: {}\n'],
    ['rules:\n  custom-web-no-sockets: off\n'],
    ['rules:\n  custom-web-no-socket: loud\n'],
    ['rules: [a]\n'],
    ['process-manager: upstart\n'],
    ['environment: 3\n'],
    ['apps: apps/web\n'],
    ['apps: [../other]\n'],
    ['ignore: [1]\n'],
    ['- rules\n'],
    ['fail-on: sometimes\n'],
    ['filter: new\n'],
    ['baseline: ""\n']
  ])('the configuration schema refuses %j, as rack-check does', (text) => {
    expect(validate.config(parse(text, { version: '1.1' }))).toBe(false)
  })

  test('the configuration schema accepts every setting', () => {
    const text = 'rules:\n  custom-web-extra-tcp-listener: off\n  hooks-not-a-list: error\nprocess-manager: bluepill\nenvironment: staging\napps: [apps/web, apps/api]\nignore:\n  - "vendor/**"\nfail-on: warning\nfilter: changed\nbaseline: .rack-check-baseline.json\n'
    expect(validate.config(parse(text, { version: '1.1' }))).toBe(true)
    expect(validate.config(null)).toBe(true)
  })

  test('each $id is a raw.githubusercontent.com URL at the major tag, and the SchemaStore entry names it', () => {
    const catalog = read('schemastore-catalog.json')
    expect(catalog.$schema).toBe('https://json.schemastore.org/schema-catalog.json')
    const major = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).version.split('.')[0]
    for (const [file, schema] of [['manifest.schema.json', SCHEMAS.manifest], ['deploy-hooks.schema.json', SCHEMAS.hooks], ['config.schema.json', SCHEMAS.config]]) {
      // the moving major tag the release workflow creates; before 1.0.0 the schemas already name v1, the tag 1.0.0 makes
      expect(schema.$id).toBe(`https://raw.githubusercontent.com/c66/rack-check/v${major === '0' ? 1 : major}/schemas/${file}`)
      expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#')
      const entry = catalog.schemas.find((s: { url: string }) => s.url === schema.$id)
      expect(entry).toMatchObject({ name: expect.any(String), description: expect.any(String), fileMatch: expect.any(Array) })
    }
    expect(catalog.schemas.flatMap((s: { fileMatch: string[] }) => s.fileMatch)).toEqual(expect.arrayContaining(['**/.cloud66/manifest.yml', '**/.cloud66/deploy_hooks.yml', '**/.rack-check.yml']))
  })

  test('the manifest schema: the documented shapes pass, and what the rules report is refused', () => {
    const ok = (yaml: string) => validate.manifest(parse(yaml, { version: '1.1', merge: true }))
    expect(ok('production:\n  rails:\n    configuration:\n      ruby_version: "3.3.4"\n  procfile_metadata:\n    web:\n      restart_signal: usr1\n      stop_sequence: term, 90, kill\n      restart_on_deploy: false\n')).toBe(true)
    expect(ok('procfile_metadata:\n  worker:\n    stop_sequence: tstp, 120, term, 30, kill\n  nsq:\n    restart_on_deploy: no\n')).toBe(true)
    expect(ok('# only comments\n')).toBe(true)
    expect(ok('production:\n  procfile_metadata:\n    web:\n      restart_signal: USR1\n')).toBe(false) // metadata-signal-spelling
    expect(ok('procfile_metadata:\n  web:\n    restart_signal: reload\n')).toBe(false) // metadata-invalid-value
    expect(ok('procfile_metadata:\n  web:\n    stop_sequence: term, kill\n')).toBe(false)
    expect(ok('procfile_metadata:\n  web:\n    stop_sequence: 123\n')).toBe(false)
    expect(ok('procfile_metadata:\n  web:\n    stop_grace: 30\n')).toBe(false) // metadata-unknown-key
    expect(ok('procfile_metadata:\n  web:\n    restart_on_deploy: "false"\n')).toBe(false)
    expect(ok('production:\n  databases:\n    - postgresql\n')).toBe(false) // manifest-structure
    expect(ok('production: <<fs\n')).toBe(false) // yaml-not-a-mapping
    expect(ok('rails: 3\n')).toBe(false) // yaml-not-a-mapping
    expect(ok('production: "<%= ENV[\'X\'] %>"\n')).toBe(true) // known only after ERB runs: no rule reports it
    expect(ok('production:\n  rails: 3\n')).toBe(true) // no rule reports a single value under an environment
  })

  test('the deploy hooks schema: the documented shape passes, and what the rules report is refused', () => {
    const ok = (yaml: string) => validate.hooks(parse(yaml, { version: '1.1', merge: true }))
    expect(ok('production:\n  after_rails:\n    - command: bundle exec rake assets:sync\n      target: rails\n      execute: true\n      run_on: all_servers\n      apply_during: build_only\n')).toBe(true)
    expect(ok('first_thing:\n  - snippet: cloud66/node\n    target: rails\n    execute: true\n')).toBe(true)
    expect(ok('production:\n  after_rails:\n    command: echo hi\n    target: rails\n')).toBe(false) // hooks-not-a-list
    expect(ok('production:\n  after_rail:\n    - command: echo hi\n      target: rails\n')).toBe(false) // hooks-unknown-hook-point
    expect(ok('after_rails:\n  - command: echo hi\n')).toBe(false) // hooks-missing-target
  })
})

const ruleFixtureDirs = readdirSync(join(FIXTURES, 'rules')).flatMap((rule) => readdirSync(join(FIXTURES, 'rules', rule)).map((c) => join(FIXTURES, 'rules', rule, c)))

describe('validated against files rack-check checks', () => {
  test('rule fixtures: every rejection is reported by a rule; good fixtures validate', async () => {
    const { counts, rejections: found } = await validateFolders(ruleFixtureDirs)
    const unreported = found.filter((r) => r.reportedBy === null)
    expect(unreported).toEqual([])
    const goodRejected = found.filter((r) => r.dir.endsWith('/good'))
    expect(goodRejected.map((r) => `${r.dir}: ${r.path} ${r.message} (${r.reportedBy})`)).toEqual([])
    expect(counts.manifest.validated + counts.hooks.validated).toBeGreaterThan(20)
    process.stdout.write(`schemas on rule fixtures: ${JSON.stringify(counts)}\n${found.map((r) => `  ${r.dir.slice(FIXTURES.length + 1)}/${r.file} ${r.path}: ${r.message} — also ${r.reportedBy}`).join('\n')}\n`)
  })

  if (!corpusPresent && process.env.CI !== 'true') {
    test.skip(`corpus not found at ${CORPUS}: schema validation of the corpus skipped`, () => undefined)
  } else {
    test('corpus: every rejection is reported by a rule', async () => {
      expect(existsSync(CORPUS)).toBe(true)
      const dirs = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(CORPUS, d.name)).sort()
      const { counts, rejections: found } = await validateFolders(dirs)
      expect(found.filter((r) => r.reportedBy === null).map((r) => `${r.dir}/${r.file} ${r.path}: ${r.message} (rules ${r.rules.join(', ') || 'none'})`)).toEqual([])
      expect(counts.manifest.validated).toBeGreaterThan(100)
      process.stdout.write(`schemas on the corpus: ${JSON.stringify(counts)}\n${found.map((r) => `  ${r.dir.slice(CORPUS.length + 1)}/${r.file} ${r.path}: ${r.message} — also ${r.reportedBy}`).join('\n')}\n`)
    }, 300_000)
  }
})
