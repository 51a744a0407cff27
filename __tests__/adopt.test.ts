/**
 * Adoption on a repository with history (issue 26): `--filter changed|all` against `--base`, the
 * baseline (`--write-baseline`, `--baseline`, found at the checked root) and the fingerprints it
 * rests on. Each test builds a small git repository; the CLI runs in-process.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { run } from '../src/cli/main.js'
import { lineFingerprints } from '../src/core/fingerprint.js'
import { fingerprints as sarifFingerprints } from '../src/reporters/sarif.js'
import type { Finding } from '../src/core/finding.js'
import { PROJECT } from './helpers/paths.js'
const Ajv2020 = createRequire(import.meta.url)('ajv/dist/2020').default as new (o: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } }

const validate = new Ajv2020({ allErrors: true, strict: true }).compile(JSON.parse(readFileSync(join(PROJECT, 'docs/report.schema.json'), 'utf8')))
/** the report, checked against its JSON Schema (docs/report.schema.json) */
const checked = (report: Json): Json => {
  expect(validate(report) ? null : validate.errors).toBeNull()
  return report
}

const work = mkdtempSync(join(tmpdir(), 'rack-check-adopt-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** examples/puma-misconfigured: 2 errors and 4 warnings on its own */
const PROCFILE = readFileSync(join(PROJECT, 'examples/puma-misconfigured/Procfile'), 'utf8')
const LOCK = readFileSync(join(PROJECT, 'examples/puma-misconfigured/Gemfile.lock'), 'utf8')

let n = 0
/** A git repository with one commit per state (paths to contents; null removes); returns its folder. */
function repo(states: Array<Record<string, string | null>>): string {
  const dir = join(work, `r${n++}`)
  mkdirSync(dir)
  git(dir, 'init', '-q', '-b', 'main')
  for (const state of states) commit(dir, state)
  return dir
}

function git(dir: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' })
}

function write(dir: string, state: Record<string, string | null>): void {
  for (const [p, text] of Object.entries(state)) {
    const path = join(dir, p)
    mkdirSync(join(path, '..'), { recursive: true })
    if (text === null) rmSync(path, { force: true })
    else writeFileSync(path, text)
  }
}

function commit(dir: string, state: Record<string, string | null>): void {
  write(dir, state)
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--allow-empty', '-m', 'state')
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: () => false, env: {} })
  return { code, out, err }
}

interface Json {
  findings: Finding[]
  summary: Record<string, number>
  filter?: { mode: string; changedApps: string[] }
  baseline?: { file: string; known: number; fixed: Array<{ rule: string; app: string; file: string; line: number }> }
}
const json = (out: string): Json => JSON.parse(out) as Json

/** Two apps, each with the old errors of examples/puma-misconfigured. */
const MONOREPO = { 'apps/api/Procfile': PROCFILE, 'apps/api/Gemfile.lock': LOCK, 'apps/web/Procfile': PROCFILE, 'apps/web/Gemfile.lock': LOCK, 'README.md': 'hello\n' }

describe('fingerprints (core/fingerprint.ts)', () => {
  const f = (line: number, rule = 'custom-web-no-socket'): Finding => ({ rule, severity: 'error', file: 'Procfile', line, column: 1, endLine: line, endColumn: 2, message: 'm', docs: 'd' })
  const prints = (text: string, findings: Finding[]): string[] => lineFingerprints(findings, () => text)
  const base = prints('web: a\ncustom_web: bundle exec puma -d\n', [f(2)])

  test('a line moved down or up keeps its fingerprint', () => {
    expect(prints('# comment\nweb: a\n\ncustom_web: bundle exec puma -d\n', [f(4)])).toEqual(base)
    expect(prints('custom_web: bundle exec puma -d\nweb: a\n', [f(1)])).toEqual(base)
  })

  test('whitespace inside or around the line does not change it; its text does', () => {
    expect(prints('web: a\n  custom_web:   bundle  exec\tpuma -d  \r\n', [f(2)])).toEqual(base)
    expect(prints('web: a\ncustom_web: bundle exec puma --daemon\n', [f(2)])).not.toEqual(base)
  })

  test('the rule and the file are part of it', () => {
    expect(prints('web: a\ncustom_web: bundle exec puma -d\n', [f(2, 'custom-web-fails-to-boot')])).not.toEqual(base)
    expect(lineFingerprints([{ ...f(2), file: 'Procfile_production' }], () => 'web: a\ncustom_web: bundle exec puma -d\n')).not.toEqual(base)
  })

  test('SARIF\'s rackCheckLineHash/v1 is the same hash (reporters/sarif.ts keeps its own copy)', () => {
    const text = 'custom_web: x\ncustom_web: x\n  web:  y\n'
    const findings = [f(1), f(2), f(3, 'procfile-invalid-line')]
    expect(sarifFingerprints(findings, () => text)).toEqual(prints(text, findings))
  })

  test('equal lines with the same finding stay distinct: an occurrence index', () => {
    const two = prints('custom_web: x\ncustom_web: x\n', [f(1), f(2)])
    expect(two[0]).not.toBe(two[1])
    expect(two.map((p) => p.split(':')[0])).toEqual([two[0].split(':')[0], two[0].split(':')[0]])
    expect(two.map((p) => p.split(':')[1])).toEqual(['1', '2'])
  })
})

describe('--filter changed|all (with --base)', () => {
  test('a change to apps/api fails only on apps/api; apps/web keeps its findings, outside the filter', async () => {
    const dir = repo([MONOREPO, { 'apps/api/Procfile': PROCFILE + 'clock: bundle exec clockwork\n' }])
    const changed = await cli(dir, '--recursive', '--base', 'HEAD~1', '--filter', 'changed', '--format', 'json')
    expect(changed.err).toBe('')
    expect(changed.code).toBe(1)
    const report = checked(json(changed.out))
    expect(report.summary).toEqual({ errors: 2, warnings: 4, notices: 0, outsideFilter: 6 })
    expect(report.filter).toEqual({ mode: 'changed', changedApps: ['apps/api'] })
    expect(new Set(report.findings.filter((f) => f.outsideFilter).map((f) => f.file))).toEqual(new Set(['apps/web/Procfile']))
    expect(report.findings.filter((f) => !f.outsideFilter).every((f) => f.file === 'apps/api/Procfile')).toBe(true)
    // the text output lists the counted findings and says how many others there are
    const text = await cli(dir, '--recursive', '--base', 'HEAD~1', '--filter', 'changed')
    expect(text.out).not.toMatch(/^apps\/web\/Procfile:\d+:\d+:/m)
    expect(text.out).toMatch(/^apps\/api\/Procfile:\d+:\d+:/m)
    expect(text.out).toContain('filter: changed: findings count in 1 app the change touched (apps/api); 6 findings of other apps do not count.')
    expect(text.out).toMatch(/^2 errors, 4 warnings, 0 notices$/m)

    const all = await cli(dir, '--recursive', '--base', 'HEAD~1', '--filter', 'all', '--format', 'json')
    expect(all.code).toBe(1)
    expect(json(all.out).summary).toEqual({ errors: 4, warnings: 8, notices: 0 })
    expect(json(all.out).filter).toBeUndefined()
  })

  test('a change to no app passes; a Gemfile.lock change counts only when the locked server gem changed', async () => {
    const dir = repo([MONOREPO, { 'apps/web/Gemfile.lock': LOCK.replace('puma (6.4.3)', 'puma (6.4.2)') }])
    const version = await cli(dir, '--recursive', '--base', 'HEAD~1', '--filter', 'changed', '--format', 'json')
    expect(version.code).toBe(1)
    expect(json(version.out).filter?.changedApps).toEqual(['apps/web'])
    const noApp = repo([MONOREPO, { 'README.md': 'changed\n' }, { 'apps/web/Gemfile.lock': LOCK + '\n' }])
    const r = await cli(noApp, '--recursive', '--base', 'HEAD~2', '--filter', 'changed', '--format', 'json')
    expect(r.code).toBe(0)
    expect(json(r.out).filter).toEqual({ mode: 'changed', changedApps: [] })
    expect(json(r.out).summary).toEqual({ errors: 0, warnings: 0, notices: 0, outsideFilter: 12 })
  })

  test('--filter changed needs --base; .rack-check.yml\'s filter without --base says so and counts everything', async () => {
    const dir = repo([MONOREPO])
    const usage = await cli(dir, '--filter', 'changed')
    expect(usage.code).toBe(2)
    expect(usage.err).toContain('--filter changed needs --base REF')
    expect((await cli(dir, '--filter', 'sideways')).err).toContain('--filter must be one of changed, all, not "sideways"')
    writeFileSync(join(dir, '.rack-check.yml'), 'filter: changed\n')
    const r = await cli(dir, '--recursive', '--format', 'json')
    expect(r.err).toBe('rack-check: filter: changed (.rack-check.yml) needs --base REF on the command line; every finding counts\n')
    expect(json(r.out).summary.errors).toBe(4)
    writeFileSync(join(dir, '.rack-check.yml'), 'filter: sideways\n')
    const bad = await cli(dir, '--recursive')
    expect(bad.code).toBe(2)
    expect(bad.err).toBe('rack-check: .rack-check.yml:1:9: `filter` must be `changed` or `all`\n')
  })
})

describe('the baseline', () => {
  test('written on an old repository it turns the run green; a new finding is red; a fixed one is reported', async () => {
    const dir = repo([MONOREPO])
    expect((await cli(dir, '--recursive')).code).toBe(1)
    const written = await cli(dir, '--recursive', '--write-baseline', '--format', 'json')
    expect(written.err).toBe('rack-check: wrote 12 findings to .rack-check-baseline.json; commit it, and from now on only new findings count\n')
    expect(written.code).toBe(0)
    const file = JSON.parse(readFileSync(join(dir, '.rack-check-baseline.json'), 'utf8'))
    expect(file.rackCheckBaseline).toBe(1)
    expect(file.findings).toHaveLength(12)
    expect(new Set(file.findings.map((e: { app: string }) => e.app))).toEqual(new Set(['apps/api', 'apps/web']))

    // found at the root: every finding known
    const green = await cli(dir, '--recursive', '--format', 'json')
    expect(green.code).toBe(0)
    expect(json(green.out).summary).toEqual({ errors: 0, warnings: 0, notices: 0, known: 12 })
    expect(json(green.out).findings.every((f) => f.baseline === 'known')).toBe(true)
    expect(json(green.out).baseline).toEqual({ file: '.rack-check-baseline.json', known: 12, fixed: [] })

    // lines moved down and re-spaced: still known
    write(dir, { 'apps/api/Procfile': '# the processes\n\n' + PROCFILE.replace('custom_web: bundle', 'custom_web:   bundle') })
    expect(json((await cli(dir, '--recursive', '--format', 'json')).out).summary).toEqual({ errors: 0, warnings: 0, notices: 0, known: 12 })

    // a new finding: a second Procfile_production custom_web with the same bad line is new; the duplicate worker fixed
    write(dir, { 'apps/web/Procfile': PROCFILE.replace('worker: bundle exec sidekiq -q mailers\n', '').replace('unix://tmp/web_server.sock', 'unix://var/web.sock') })
    const red = await cli(dir, '--recursive', '--format', 'json')
    expect(red.code).toBe(1)
    const report = checked(json(red.out))
    const fresh = report.findings.filter((f) => f.baseline === 'new')
    expect(fresh.map((f) => f.file)).toEqual(fresh.map(() => 'apps/web/Procfile'))
    expect(fresh.some((f) => f.severity === 'error')).toBe(true)
    expect(report.baseline?.fixed.some((e) => e.rule === 'procfile-duplicate-process' && e.app === 'apps/web')).toBe(true)
    const text = await cli(dir, '--recursive')
    expect(text.out).toMatch(/^\d+ fixed since the baseline \.rack-check-baseline\.json; run --write-baseline to record it\.$/m)
    expect(text.out).toMatch(/^\d+ known findings from the baseline \.rack-check-baseline\.json \(not counted\)\.$/m)
  })

  test('--baseline FILE and --write-baseline FILE; a missing or broken file is a configuration error; never written outside DIR', async () => {
    const dir = repo([MONOREPO])
    const app = join(dir, 'apps/api')
    const w = await cli(app, '--write-baseline', 'known.json')
    expect(w.code).toBe(0)
    expect(existsSync(join(app, 'known.json'))).toBe(true)
    expect(existsSync(join(app, '.rack-check-baseline.json'))).toBe(false)
    // not found by default under another name; found with --baseline
    expect((await cli(app)).code).toBe(1)
    expect((await cli(app, '--baseline', join(app, 'known.json'))).code).toBe(0)

    const missing = await cli(app, '--baseline', 'nope.json')
    expect(missing.code).toBe(2)
    expect(missing.err).toBe('rack-check: apps/api/nope.json: no such file\n')
    writeFileSync(join(app, '.rack-check-baseline.json'), '{"rackCheckBaseline": 1, "findings": [{"rule": "x"}]}')
    const broken = await cli(app)
    expect(broken.code).toBe(2)
    expect(broken.err).toBe('rack-check: apps/api/.rack-check-baseline.json: not a rack-check baseline: findings[0].app must be a non-empty string (write it again with --write-baseline)\n')
    writeFileSync(join(app, '.rack-check-baseline.json'), '{ nope')
    expect((await cli(app)).err).toContain('apps/api/.rack-check-baseline.json: not a rack-check baseline: not valid JSON')

    const outside = await cli(app, '--write-baseline=../outside.json')
    expect(outside.code).toBe(2)
    expect(outside.err).toContain('is outside the checked folder')
    expect(existsSync(join(dir, 'apps/outside.json'))).toBe(false)
    expect((await cli(app, '--write-baseline', '--fix')).err).toContain('--write-baseline and --fix cannot be used together')
  })

  test('.rack-check.yml\'s baseline key names the file, relative to it', async () => {
    const dir = repo([MONOREPO])
    expect((await cli(dir, '--recursive', '--write-baseline', 'ci/known.json')).code).toBe(2)
    mkdirSync(join(dir, 'ci'))
    expect((await cli(dir, '--recursive', '--write-baseline', 'ci/known.json')).code).toBe(0)
    expect((await cli(dir, '--recursive')).code).toBe(1)
    writeFileSync(join(dir, '.rack-check.yml'), 'baseline: ci/known.json\n')
    const r = await cli(dir, '--recursive', '--format', 'json')
    expect(r.code).toBe(0)
    expect(json(r.out).baseline?.file).toBe('ci/known.json')
    writeFileSync(join(dir, '.rack-check.yml'), 'baseline: ../known.json\n')
    expect((await cli(dir, '--recursive')).err).toBe('rack-check: .rack-check.yml:1:11: `baseline` must be a file inside the repository, such as .rack-check-baseline.json\n')
  })
})

test('--format github: the set-aside findings are not annotated; one notice says what was set aside', async () => {
  const dir = repo([MONOREPO, { 'apps/api/Procfile': PROCFILE + 'clock: bundle exec clockwork\n' }])
  const r = await cli(dir, '--recursive', '--base', 'HEAD~1', '--filter', 'changed', '--format', 'github')
  expect(r.out).not.toContain('file=apps/web/')
  expect(r.out).toContain('file=apps/api/Procfile')
  expect(r.out).toMatch(/^::notice title=rack-check::filter: changed: findings count in 1 app the change touched \(apps\/api\); 6 findings of other apps do not count\.$/m)
})
