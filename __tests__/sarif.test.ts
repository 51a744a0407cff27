/**
 * The SARIF that GitHub code scanning ingests (issue 13): every example's and every rule fixture's
 * SARIF passes Microsoft's SARIF Multitool with GitHub's rules (`--rule-kind Gh;Sarif`) and the
 * SARIF 2.1.0 JSON schema shipped in the multitool package, with 0 errors; fingerprints survive a
 * moved line; category, provenance, base ids and suppressions are filled.
 *
 * The multitool's exit status is 0 whatever it finds (its maintainers: the validation result is the
 * output log, not the exit code — microsoft/sarif-sdk#1799), so its output log is read instead.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../src/cli/main.js'
import { formatSarif, FINGERPRINT } from '../src/reporters/sarif.js'
import { RULES } from '../src/rules/index.js'
import type { Report } from '../src/engine/check.js'
import { FIXTURES, PROJECT } from './helpers/paths.js'

const require = createRequire(import.meta.url)
const MULTITOOL_DIR = join(PROJECT, 'node_modules', '@microsoft', 'sarif-multitool-linux')
const MULTITOOL = join(MULTITOOL_DIR, 'Sarif.Multitool')
const SCHEMA = join(MULTITOOL_DIR, 'sarif-2.1.0.json')

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-sarif-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function cli(args: string[], cwd = PROJECT): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: () => false, env: {}, cwd })
  return { code, out, err }
}

type Sarif = {
  runs: Array<{
    automationDetails: { id: string }
    originalUriBaseIds: Record<string, { uri?: string }>
    versionControlProvenance?: Array<{ repositoryUri: string; revisionId?: string; branch?: string }>
    tool: { driver: { rules: Array<{ id: string; fullDescription: { text: string }; help: { text: string; markdown: string }; helpUri: string }> } }
    results: Array<{ ruleId: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: { startLine: number } } }>; partialFingerprints: Record<string, string>; suppressions?: unknown[] }>
  }>
}

/** Every SARIF the suite produces: each example and each rule fixture case, through the command line. */
const produced: Array<{ name: string; path: string }> = []
beforeAll(async () => {
  const folders = [
    ...readdirSync(join(PROJECT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join('examples', d.name)),
    ...readdirSync(join(FIXTURES, 'rules')).flatMap((rule) => readdirSync(join(FIXTURES, 'rules', rule)).map((c) => join('__tests__', 'fixtures', 'rules', rule, c)))
  ]
  mkdirSync(join(tmp, 'produced'))
  for (const folder of folders) {
    const { code, out, err } = await cli([folder, '--format', 'sarif'])
    expect({ folder, code, err }).toEqual({ folder, code: expect.any(Number), err: '' })
    const path = join(tmp, 'produced', folder.replace(/[/\\]/g, '__') + '.sarif')
    writeFileSync(path, out)
    produced.push({ name: folder, path })
  }
}, 120000)

/** The multitool's findings on the given files (GitHub's rules and the SARIF rules). */
function multitool(files: string[]): Array<{ level: string; ruleId: string; file: string; text: string }> {
  const log = join(tmp, `validation-${Math.random().toString(36).slice(2)}.sarif`)
  const r = spawnSync(MULTITOOL, ['validate', ...files, '--rule-kind', 'Gh;Sarif', '--output', log, '--log', 'ForceOverwrite'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } })
  expect({ status: r.status, error: r.error?.message ?? null, log: existsSync(log) }).toEqual({ status: 0, error: null, log: true })
  const out = JSON.parse(readFileSync(log, 'utf8')) as { runs: Array<{ results?: Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] }; locations?: Array<{ physicalLocation?: { artifactLocation?: { uri?: string } } }> }> }> }
  return (out.runs[0].results ?? []).map((x) => ({
    // a result without a level is a warning (SARIF §3.27.10)
    level: x.level ?? 'warning',
    ruleId: x.ruleId,
    file: x.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '',
    text: x.message.text ?? (x.message.arguments ?? []).join(' | ')
  }))
}

describe('validation', () => {
  test('the multitool is installed (devDependency @microsoft/sarif-multitool-linux) and runs', () => {
    const r = spawnSync(MULTITOOL, ['--version'], { encoding: 'utf8' })
    expect({ error: r.error?.message ?? null, status: r.status }).toEqual({ error: null, status: 0 })
  })

  test('every example and rule fixture: 0 errors with GitHub\'s rules', () => {
    expect(produced.length).toBeGreaterThan(100)
    const found = multitool(produced.map((p) => p.path))
    expect(found.filter((f) => f.level === 'error')).toEqual([])
    // warnings and notes too: none today, so a new one is seen
    expect(found).toEqual([])
  }, 120000)

  test('the multitool does flag what GitHub rejects (a rule without help): the check can fail', () => {
    const sarif = JSON.parse(readFileSync(produced[0].path, 'utf8'))
    delete sarif.runs[0].tool.driver.rules[0].help
    delete sarif.runs[0].tool.driver.rules[0].fullDescription
    const bad = join(tmp, 'no-help.sarif')
    writeFileSync(bad, JSON.stringify(sarif))
    expect(multitool([bad]).filter((f) => f.level === 'error').map((f) => f.ruleId)).toContain('GH2012')
  }, 60000)

  test('every example and rule fixture: valid against the SARIF 2.1.0 JSON schema (ajv)', () => {
    const mod = require('ajv/dist/2020.js') as { default?: unknown }
    const Ajv = (mod.default ?? mod) as new (o: object) => { addFormat(name: string, test: (s: string) => boolean): void; compile(s: object): ((d: unknown) => boolean) & { errors?: unknown[] | null } }
    const ajv = new Ajv({ allErrors: true, strict: false })
    // the schema's four formats, checked rather than ignored (RFC 3986 URIs, RFC 3339 times, RFC 4122 ids)
    ajv.addFormat('uri', (s) => URL.canParse(s))
    ajv.addFormat('uri-reference', (s) => URL.canParse(s, 'file:///base/'))
    ajv.addFormat('date-time', (s) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/.test(s))
    ajv.addFormat('uuid', (s) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(s))
    const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, 'utf8')))
    const invalid = produced.map((p) => ({ name: p.name, valid: validate(JSON.parse(readFileSync(p.path, 'utf8'))), errors: validate.errors ?? null })).filter((v) => !v.valid)
    expect(invalid).toEqual([])
    // and the schema does reject a broken log, and a URI that is not one
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false)
    const badUri = JSON.parse(readFileSync(produced[0].path, 'utf8'))
    badUri.runs[0].tool.driver.informationUri = 'not a uri'
    expect(validate(badUri)).toBe(false)
  })

  test('the rule help module is generated from docs/rules/*.md and current', () => {
    const r = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'rule-help.mjs'), '--check'], { cwd: PROJECT, encoding: 'utf8' })
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' })
  })
})

describe('content', () => {
  const sarifOf = (name: string): Sarif => JSON.parse(readFileSync(produced.find((p) => p.name === name)!.path, 'utf8'))

  test('paths are relative to the repository root, with the %SRCROOT% base id; the category names the app folder', () => {
    const run0 = sarifOf(join('examples', 'puma-misconfigured')).runs[0]
    expect([...new Set(run0.results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri))]).toEqual(['examples/puma-misconfigured/Procfile'])
    expect(run0.results.every((r) => r.locations[0].physicalLocation.artifactLocation.uriBaseId === '%SRCROOT%')).toBe(true)
    expect(run0.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/)
    expect(run0.automationDetails.id).toBe('rack-check/examples/puma-misconfigured/')
  })

  test('each rule has fullDescription and help (text and markdown from its page, links absolute)', () => {
    const rules = sarifOf(join('examples', 'puma-misconfigured')).runs[0].tool.driver.rules
    expect(rules.map((r) => r.id).sort()).toEqual(expect.arrayContaining(RULES.map((r) => r.id).sort()))
    const page = readFileSync(join(PROJECT, 'docs', 'rules', 'custom-web-no-pid-file.md'), 'utf8')
    const rule = rules.find((r) => r.id === 'custom-web-no-pid-file')!
    // the page's "How to fix" section, as written (it has no relative link)
    const fix = page.split('\n## How to fix\n')[1].split('\n## ')[0].trim()
    expect(rule.help.markdown).toContain(fix)
    expect(rule.fullDescription.text).toMatch(/^The `custom_web` server does not write its PID to `\/tmp\/web_server\.pid`.* Cloud 66 requires the web server to write/)
    expect(rule.helpUri).toMatch(/^https:\/\/github\.com\/c66\/rack-check\/blob\/v[\d.]+\/docs\/rules\/custom-web-no-pid-file\.md$/)
    for (const r of rules) expect({ id: r.id, relative: /\]\((?!https?:|#)/.test(r.help.markdown) }).toEqual({ id: r.id, relative: false })
  })

  test('--sarif-category sets automationDetails.id; a bad one is a usage error', async () => {
    const { out } = await cli(['examples/puma-correct', '--format', 'sarif', '--sarif-category', 'deploy/web'])
    expect((JSON.parse(out) as Sarif).runs[0].automationDetails.id).toBe('deploy/web/')
    const bad = await cli(['examples/puma-correct', '--format', 'sarif', '--sarif-category', '-x'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--sarif-category must be')
  })
})

describe('fingerprints and provenance in a git repository', () => {
  const git = (dir: string, ...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim()
  const PROCFILE = 'custom_web: bundle exec puma -b unix:///tmp/web_server.sock -d\n'

  test('moving a line keeps its fingerprint; changing the line changes it; equal lines get distinct ones', async () => {
    const dir = join(tmp, 'moves')
    mkdirSync(join(dir, 'apps', 'web'), { recursive: true })
    git(dir, 'init', '-q', '-b', 'main')
    const at = async (procfile: string) => {
      writeFileSync(join(dir, 'apps', 'web', 'Procfile'), procfile)
      const sarif = JSON.parse((await cli([join(dir, 'apps', 'web'), '--format', 'sarif'], dir)).out) as Sarif
      return sarif.runs[0].results.map((r) => `${r.ruleId} ${r.locations[0].physicalLocation.region.startLine} ${r.partialFingerprints[FINGERPRINT]}`)
    }
    const before = await at(PROCFILE)
    expect(before.length).toBeGreaterThan(0)
    const moved = await at('worker: bundle exec sidekiq\n\n' + PROCFILE.replace('puma -b', 'puma   -b'))
    // the same findings two lines lower, with the same fingerprints (whitespace is normalised)
    expect(moved.map((l) => l.replace(/ \d+ /, ' '))).toEqual(before.map((l) => l.replace(/ \d+ /, ' ')))
    expect(moved.map((l) => Number(l.split(' ')[1]))).toEqual(before.map((l) => Number(l.split(' ')[1]) + 2))
    const changed = await at(PROCFILE.replace('-d', '--daemon'))
    expect(changed.map((l) => l.split(' ')[2])).not.toEqual(expect.arrayContaining(before.map((l) => l.split(' ')[2])))
    for (const l of before) expect(l).toMatch(/ [0-9a-f]{32}:1$/)
  })

  test('versionControlProvenance: HEAD commit and branch from .git, the origin URL without credentials', async () => {
    const dir = join(tmp, 'provenance')
    mkdirSync(join(dir, 'apps', 'web'), { recursive: true })
    git(dir, 'init', '-q', '-b', 'feature/x')
    git(dir, 'remote', 'add', 'origin', 'https://user:secret-token@github.com/acme/shop.git')
    writeFileSync(join(dir, 'apps', 'web', 'Procfile'), PROCFILE)
    git(dir, 'add', '-A')
    git(dir, 'commit', '-q', '-m', 'x')
    const head = git(dir, 'rev-parse', 'HEAD')
    const loose = (JSON.parse((await cli(['apps/web', '--format', 'sarif'], dir)).out) as Sarif).runs[0]
    expect(loose.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/acme/shop', revisionId: head, branch: 'feature/x', mappedTo: { uriBaseId: '%SRCROOT%' } }])
    // the same commit from packed-refs, and a detached HEAD
    git(dir, 'pack-refs', '--all')
    const packed = (JSON.parse((await cli([join(dir, 'apps', 'web'), '--format', 'sarif'], tmp)).out) as Sarif).runs[0]
    expect(packed.versionControlProvenance?.[0].revisionId).toBe(head)
    git(dir, 'checkout', '-q', '--detach')
    const detached = (JSON.parse((await cli([join(dir, 'apps', 'web'), '--format', 'sarif'], dir)).out) as Sarif).runs[0]
    expect(detached.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/acme/shop', revisionId: head, mappedTo: { uriBaseId: '%SRCROOT%' } }])
    expect(JSON.stringify(detached)).not.toContain('secret-token')
    expect(detached.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('apps/web/Procfile')
  })
})

describe('suppressions', () => {
  test('a finding that carries `suppressed` is kept with a SARIF suppression; the others have none', () => {
    const finding = { rule: 'custom-web-daemonizes', severity: 'error' as const, file: 'Procfile', line: 1, column: 1, endLine: 1, endColumn: 4, message: 'm', docs: 'docs/rules/custom-web-daemonizes.md' }
    const report: Report = {
      schemaVersion: 1,
      tool: { name: 'rack-check', version: '0.1.0' },
      apps: [],
      findings: [{ ...finding, suppressed: { kind: 'inSource', reason: 'Bluepill server' } } as typeof finding, { ...finding, line: 2, endLine: 2 }],
      summary: { errors: 2, warnings: 0, notices: 0 }
    }
    const sarif = JSON.parse(formatSarif(report, { source: () => 'a\nb\n', category: 'rack-check', rootUri: null, revision: null })) as Sarif
    expect(sarif.runs[0].results.map((r) => r.suppressions ?? null)).toEqual([[{ kind: 'inSource', status: 'accepted', justification: 'Bluepill server' }], null])
    // without a checkout the base id has no uri, and the log still validates
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBeUndefined()
    const path = join(tmp, 'suppressed.sarif')
    writeFileSync(path, JSON.stringify(sarif))
    expect(multitool([path])).toEqual([])
  }, 60000)
})
