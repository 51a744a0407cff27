/**
 * Adoption in the action (issue 26), through the bundle against the fake GitHub API: a monorepo
 * pull request that touches one app fails only on that app's findings under the default `filter`
 * (`changed` on pull requests), the other app's listed once, folded; `filter: all` fails on both.
 * A baseline written with the CLI turns the old repository green; a new finding turns it red, and
 * a fixed one is reported.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Finding } from '../src/core/finding.js'
import { run as cli } from '../src/cli/main.js'
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js'
import { runAction, SHA } from './helpers/action-run.js'
import { PROJECT } from './helpers/paths.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-adopt-action-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

let k = 0
/** apps/api and apps/web: each examples/puma-misconfigured (2 errors, 4 warnings: old findings). */
function monorepo(): string {
  const workspace = join(tmp, `repo${k++}`)
  for (const app of ['api', 'web']) cpSync(join(PROJECT, 'examples', 'puma-misconfigured'), join(workspace, 'apps', app), { recursive: true })
  return workspace
}

let gh: FakeGitHub
beforeEach(async () => {
  gh = await startFakeGitHub()
})
afterEach(async () => gh.close())

/** the action on pull request 7 (or a push), `auto`, failing on errors, `filter` as the test sets it ('' = the default) */
const run = (workspace: string, env: Record<string, string>, pr: Record<string, unknown> | null = { number: 7 }) =>
  runAction(process.execPath, gh, tmp, { GITHUB_WORKSPACE: workspace, 'INPUT_WORKING-DIRECTORY': 'auto', 'INPUT_FAIL-ON': 'error', INPUT_FILTER: '', ...env }, pr)

interface JsonReport {
  findings: Finding[]
  summary: Record<string, number>
  filter?: { mode: string; changedApps: string[] }
  baseline?: { file: string; known: number; fixed: unknown[] }
}
const report = (path: string): JsonReport => JSON.parse(readFileSync(path, 'utf8')) as JsonReport
const annotated = (stdout: string): string[] => [...stdout.matchAll(/^::(?:error|warning|notice) [^:]*file=([^,:]+)/gm)].map((m) => m[1])

describe('filter', () => {
  test('a pull request that touches apps/api fails only on apps/api; apps/web is listed once, folded; filter: all fails on both', async () => {
    const workspace = monorepo()
    gh.files = [{ filename: 'apps/api/Procfile', patch: '@@ -1,1 +1,1 @@\n-a\n+b' }, { filename: 'README.md' }]
    const r = await run(workspace, {})
    expect(r.code).toBe(1)
    expect([r.outputs.errors, r.outputs.warnings, r.outputs.notices]).toEqual(['2', '4', '0'])
    const json = report(r.outputs.report)
    expect(json.filter).toEqual({ mode: 'changed', changedApps: ['apps/api'] })
    expect(json.summary).toEqual({ errors: 2, warnings: 4, notices: 0, outsideFilter: 6 })
    // every finding keeps its place in the report; apps/web's are marked
    expect(json.findings).toHaveLength(12)
    expect(new Set(json.findings.filter((f) => f.outsideFilter).map((f) => f.file))).toEqual(new Set(['apps/web/Procfile']))
    // annotations only for what counts
    expect(new Set(annotated(r.stdout))).toEqual(new Set(['apps/api/Procfile']))
    // the job summary (and the comment): apps/web's findings once, folded, after a line that says why
    // (Markdown: the parentheses escaped)
    expect(r.summary).toContain('> filter: changed: findings count in 1 app the change touched \\(apps/api\\); 6 findings of other apps do not count.')
    const folded = r.summary.slice(r.summary.indexOf('<details><summary>6 findings that do not count</summary>'))
    expect(folded).toContain('</details>')
    expect(folded.match(/apps\/web\/Procfile:2/g)?.length).toBe(5)
    expect(r.summary.slice(0, r.summary.indexOf('<details><summary>6 findings'))).not.toContain('apps/web/Procfile:2')
    expect(r.summary).toContain('- ✅ **apps/web**: no problems that count (puma 6.4.3)')
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('<details><summary>6 findings that do not count</summary>')

    const all = await run(workspace, { INPUT_FILTER: 'all' })
    expect(all.code).toBe(1)
    expect([all.outputs.errors, all.outputs.warnings]).toEqual(['4', '8'])
    expect(report(all.outputs.report).filter).toBeUndefined()
  })

  test('a pull request that touches no app passes; a push checks everything (filter: all); .rack-check.yml can say all', async () => {
    const workspace = monorepo()
    gh.files = [{ filename: 'README.md' }]
    const readme = await run(workspace, {})
    expect(readme.code).toBe(0)
    expect(readme.outputs.errors).toBe('0')
    expect(report(readme.outputs.report).summary).toEqual({ errors: 0, warnings: 0, notices: 0, outsideFilter: 12 })

    const push = await run(workspace, {}, null)
    expect(push.code).toBe(1)
    expect(push.outputs.errors).toBe('4')

    writeFileSync(join(workspace, '.rack-check.yml'), 'filter: all\n')
    expect((await run(workspace, {})).outputs.errors).toBe('4')
    // the input wins over the file
    expect((await run(workspace, { INPUT_FILTER: 'changed' })).outputs.errors).toBe('0')
  })

  test('changed files that cannot be read: every finding counts, with a notice', async () => {
    const workspace = monorepo()
    gh.faults.push({ method: 'GET', path: /\/pulls\/7\/files/, status: 404, times: 99 })
    const r = await run(workspace, {})
    expect(r.outputs.errors).toBe('4')
    expect(r.stdout).toMatch(/^::notice::rack-check could not read the pull request's changed files \(.*\), so every finding counts \(filter: all\)\.$/m)
  })
})

describe('baseline', () => {
  test('written on an old repository it turns the run green; a new finding turns it red; a fixed one is reported', async () => {
    const workspace = monorepo()
    const red = await run(workspace, { INPUT_FILTER: 'all' })
    expect(red.code).toBe(1)
    let err = ''
    expect(await cli([workspace, '--recursive', '--write-baseline'], { stdout: () => {}, stderr: (s) => (err += s), isTTY: () => false, env: {} })).toBe(0)
    expect(err).toContain('wrote 12 findings to')

    const green = await run(workspace, { INPUT_FILTER: 'all' })
    expect(green.code).toBe(0)
    expect([green.outputs.errors, green.outputs.warnings]).toEqual(['0', '0'])
    expect(report(green.outputs.report).baseline).toEqual({ file: '.rack-check-baseline.json', known: 12, fixed: [] })
    expect(green.summary).toContain('> 12 known findings from the baseline .rack-check-baseline.json \\(not counted\\).')
    expect(annotated(green.stdout)).toEqual([])

    // a new error in apps/web (the socket path changed), and its duplicate worker removed
    const procfile = join(workspace, 'apps/web/Procfile')
    writeFileSync(procfile, readFileSync(procfile, 'utf8').replace('worker: bundle exec sidekiq -q mailers\n', '').replace('unix://tmp/web_server.sock', 'unix://var/web.sock'))
    const again = await run(workspace, { INPUT_FILTER: 'all' })
    expect(again.code).toBe(1)
    const json = report(again.outputs.report)
    expect(json.findings.filter((f) => f.baseline === 'new' && f.severity === 'error').map((f) => f.file)).toContain('apps/web/Procfile')
    expect(Number(again.outputs.errors)).toBeGreaterThan(0)
    expect(again.summary).toMatch(/\d+ fixed since the baseline \.rack-check-baseline\.json; run --write-baseline to record it\./)
  })

  test('a broken baseline fails the step with the file named; the baseline input names another file', async () => {
    const workspace = monorepo()
    mkdirSync(join(workspace, 'ci'))
    writeFileSync(join(workspace, '.rack-check-baseline.json'), '[]')
    const broken = await run(workspace, { INPUT_FILTER: 'all' })
    expect(broken.code).toBe(1)
    expect(broken.stdout).toContain('::error::.rack-check-baseline.json: not a rack-check baseline: it must be a JSON object (write it again with --write-baseline)')
    rmSync(join(workspace, '.rack-check-baseline.json'))
    expect(await cli([workspace, '--recursive', '--write-baseline', 'ci/known.json'], { stdout: () => {}, stderr: () => {}, isTTY: () => false, env: {} })).toBe(0)
    expect((await run(workspace, { INPUT_FILTER: 'all', INPUT_BASELINE: 'ci/known.json' })).code).toBe(0)
    const missing = await run(workspace, { INPUT_FILTER: 'all', INPUT_BASELINE: 'ci/nope.json' })
    expect(missing.code).toBe(1)
    expect(missing.stdout).toContain('::error::ci/nope.json: no such file (the baseline input names it)')
  })
})

describe('source: api', () => {
  test('the baseline and the changed files are read through the API at the head', async () => {
    // a baseline written on a local copy of apps/api, committed beside its Procfile
    const local = monorepo()
    const app = join(local, 'apps/api')
    expect(await cli([app, '--write-baseline'], { stdout: () => {}, stderr: () => {}, isTTY: () => false, env: {} })).toBe(0)
    const head: Record<string, string> = {}
    for (const f of ['Procfile', 'Gemfile.lock', '.rack-check-baseline.json']) head[`apps/api/${f}`] = readFileSync(join(app, f), 'utf8')
    gh.trees[SHA('c')] = head
    gh.trees[SHA('b')] = {}
    gh.files = [{ filename: 'apps/api/Procfile' }]
    const empty = join(tmp, `empty${k++}`)
    mkdirSync(empty)
    const env = { GITHUB_WORKSPACE: empty, INPUT_SOURCE: 'api', 'INPUT_WORKING-DIRECTORY': 'apps/api', 'INPUT_FAIL-ON': 'error', INPUT_FILTER: '' }
    const green = await runAction(process.execPath, gh, tmp, env)
    expect(green.code).toBe(0)
    expect(report(green.outputs.report).baseline).toEqual({ file: 'apps/api/.rack-check-baseline.json', known: 6, fixed: [] })
    expect(report(green.outputs.report).filter).toEqual({ mode: 'changed', changedApps: ['apps/api'] })
    // without the baseline in the tree it is not asked for, and the old findings fail
    delete head['apps/api/.rack-check-baseline.json']
    const before = gh.requests.length
    const red = await runAction(process.execPath, gh, tmp, env)
    expect(red.code).toBe(1)
    expect(gh.requests.slice(before).filter((q) => q.path.includes('rack-check-baseline'))).toEqual([])
  })
})
