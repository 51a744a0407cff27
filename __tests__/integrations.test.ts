/**
 * The integrations: the problem matcher for the text output (applied to real output the way the
 * Actions runner applies it: colour codes stripped, the first pattern that matches, severity
 * error/warning/notice, a non-empty message — actions/runner OutputManager.cs), the pre-commit
 * hook's file pattern, and the JSON Schema of the report, checked with ajv against the JSON of
 * every example and every rule fixture.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { parse } from 'yaml'
import { run } from '../src/cli/main.js'
import { FIXTURES, PROJECT } from './helpers/paths.js'

const require = createRequire(import.meta.url)
// ajv's draft 2020-12 build (CommonJS)
const Ajv2020 = require('ajv/dist/2020').default as new (o: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } }

async function cli(...argv: string[]): Promise<{ status: number; stdout: string }> {
  let stdout = ''
  const status = await run(argv, { stdout: (s) => (stdout += s), stderr: () => {}, isTTY: () => false, env: {}, cwd: PROJECT })
  return { status, stdout }
}

interface Finding { rule: string; severity: string; file: string; line: number; column: number; message: string }
const EXAMPLES = readdirSync(join(PROJECT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `examples/${d.name}`)
const RULE_CASES = readdirSync(join(FIXTURES, 'rules')).flatMap((rule) => readdirSync(join(FIXTURES, 'rules', rule)).map((c) => `__tests__/fixtures/rules/${rule}/${c}`))

describe('problem matcher (.github/rack-check-matcher.json)', () => {
  const config = JSON.parse(readFileSync(join(PROJECT, '.github/rack-check-matcher.json'), 'utf8'))
  const [matcher] = config.problemMatcher
  const [pattern] = matcher.pattern
  const regexp = new RegExp(pattern.regexp)
  /** What the runner makes of each line of a step's output. */
  function annotations(output: string) {
    const found = []
    for (const raw of output.split('\n')) {
      // eslint-disable-next-line no-control-regex -- the runner's colour-code regexp
      const line = raw.replace(/\x1b\[[0-9;]*m?/g, '')
      const m = regexp.exec(line)
      if (!m || !m[pattern.message].trim()) continue
      found.push({ file: m[pattern.file], line: Number(m[pattern.line]), column: Number(m[pattern.column]), severity: m[pattern.severity], message: m[pattern.message], code: m[pattern.code] })
    }
    return found
  }

  test('is one single-line pattern owned by rack-check', () => {
    expect(config.problemMatcher).toHaveLength(1)
    expect(matcher.owner).toBe('rack-check')
    expect(matcher.pattern).toHaveLength(1)
  })

  test.each(EXAMPLES)('%s: one annotation per finding, and nothing else, with colour or without', async (dir) => {
    const json = JSON.parse((await cli(dir, '--format', 'json')).stdout) as { findings: Finding[] }
    for (const color of ['--no-color', '--color']) {
      const text = (await cli(dir, '--format', 'text', color)).stdout
      const got = annotations(text)
      expect(got).toHaveLength(json.findings.length)
      got.forEach((a, i) => {
        const f = json.findings[i]
        // the text output may name files from the repository root: the matcher takes the path as printed
        expect(a.file.endsWith(f.file)).toBe(true)
        expect(a).toMatchObject({ line: f.line, column: f.column, severity: f.severity, code: f.rule })
        expect(a.message).toBe(f.message)
      })
    }
  })

  test('an excerpt of a file that looks like a finding is not an annotation', async () => {
    const text = ' 3 | Procfile:1:1: error: fake [custom-web-no-socket]\n   |   ^^^\nProcfile:2:1: warning: real [x-y]\n'
    expect(annotations(text)).toEqual([{ file: 'Procfile', line: 2, column: 1, severity: 'warning', message: 'real', code: 'x-y' }])
  })
})

describe('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  const hooks = parse(readFileSync(join(PROJECT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>
  const hook = hooks.find((h) => h.id === 'rack-check')!

  test('runs the bin once on the repository, from the clone, installing nothing (issue 26)', () => {
    // `script`: pre-commit runs the entry as a path in its clone; `node` would install the devDependencies
    expect(hook).toMatchObject({ entry: 'dist/cli/index.js', language: 'script', pass_filenames: false })
    expect(Object.values(JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).bin)).toContain(hook.entry)
    // pre-commit runs it through its shebang, so git must keep it executable
    expect(execFileSync('git', ['ls-files', '--stage', '--', hook.entry as string], { cwd: PROJECT, encoding: 'utf8' })).toMatch(/^100755 /)
    expect(readFileSync(join(PROJECT, hook.entry as string), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/)
  })

  // pre-commit matches `files` with Python's re.search on repository-relative paths
  const files = new RegExp(hook.files as string)
  test.each(['Procfile', 'Procfile_staging', '.cloud66/manifest.yml', '.cloud66/deploy_hooks.yml', '.cloud66/files/Procfile', 'config/puma.rb', 'config/puma_production.rb', 'config/unicorn.rb', 'Gemfile.lock', 'apps/web/Procfile', 'apps/web/config/puma.rb'])('runs on %s', (path) => {
    expect(files.test(path)).toBe(true)
  })
  test.each(['app/models/user.rb', 'config/routes.rb', 'Gemfile', 'README.md', 'docs/Procfile.md', 'config/puma/extra.txt', 'config/pumas.yml'])('not on %s', (path) => {
    expect(files.test(path)).toBe(false)
  })
})

describe('JSON Schema of the report (docs/report.schema.json)', () => {
  const schema = JSON.parse(readFileSync(join(PROJECT, 'docs/report.schema.json'), 'utf8'))
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema)

  test.each([...EXAMPLES, ...RULE_CASES])('%s', async (dir) => {
    const r = await cli(dir, '--format', 'json')
    const report = JSON.parse(r.stdout)
    const ok = validate(report)
    expect(validate.errors ?? null).toBeNull()
    expect(ok).toBe(true)
  })

  test('is strict: an unknown field, a wrong enum value or a missing field is rejected', async () => {
    const report = JSON.parse((await cli('examples/puma-misconfigured', '--format', 'json')).stdout)
    expect(validate(report)).toBe(true)
    const broken = [
      { ...report, extra: 1 },
      { ...report, findings: [{ ...report.findings[0], severity: 'fatal' }] },
      { ...report, findings: [{ ...report.findings[0], unknown: true }] },
      { ...report, apps: [{ ...report.apps[0], restart: { ...report.apps[0].restart, effect: 'explode' } }] },
      { ...report, apps: [{ ...report.apps[0], webServer: { ...report.apps[0].webServer, server: 'webrick' } }] },
      { ...report, schemaVersion: 2 },
      { ...report, summary: { errors: 1, warnings: 0 } }
    ]
    for (const b of broken) expect(validate(b)).toBe(false)
  })
})
