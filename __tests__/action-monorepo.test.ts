/**
 * Monorepos in the action (issue 14 item 5): `working-directory: auto` and several lines check
 * every app folder in one job, through the bundle against the fake GitHub API, and give one
 * report, one SARIF, one comment with a section per app (a line per clean app), annotations
 * with repository paths and the outputs summed. A one-folder run keeps its own marker.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import type { Finding } from '../src/core/finding.js'
import { commentMarker, MAX_BODY, renderApps } from '../src/reporters/comment.js'
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js'
import { runAction } from './helpers/action-run.js'
import { FIXTURES, PROJECT } from './helpers/paths.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-monorepo-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/**
 * apps/billing: Passenger (no custom_web), clean; apps/legacy: Unicorn, clean; apps/shop: Puma,
 * 2 errors and 4 warnings (examples/puma-misconfigured). tools/ is in the root config's `ignore`
 * and node_modules/ is never entered: both hold a misconfigured Procfile that must not be read.
 */
const workspace = join(tmp, 'repo')
mkdirSync(join(workspace, 'apps', 'billing'), { recursive: true })
writeFileSync(join(workspace, 'apps', 'billing', 'Procfile'), 'worker: bundle exec sidekiq\n')
cpSync(join(PROJECT, 'examples', 'puma-correct', 'Gemfile.lock'), join(workspace, 'apps', 'billing', 'Gemfile.lock'))
cpSync(join(PROJECT, 'examples', 'puma-misconfigured'), join(workspace, 'apps', 'shop'), { recursive: true })
cpSync(join(FIXTURES, 'rules', 'unicorn-old-master-kept', 'good'), join(workspace, 'apps', 'legacy'), { recursive: true })
rmSync(join(workspace, 'apps', 'legacy', 'expected.txt'), { force: true })
for (const d of ['tools/old', 'node_modules/pkg']) {
  mkdirSync(join(workspace, d), { recursive: true })
  cpSync(join(PROJECT, 'examples', 'puma-misconfigured', 'Procfile'), join(workspace, d, 'Procfile'))
}
writeFileSync(join(workspace, '.rack-check.yml'), 'ignore: [tools]\n')

let gh: FakeGitHub
beforeEach(async () => {
  gh = await startFakeGitHub()
})
afterEach(async () => gh.close())

const run = (env: Record<string, string>, pr: Record<string, unknown> | null = { number: 7 }) => runAction(process.execPath, gh, tmp, { GITHUB_WORKSPACE: workspace, ...env }, pr)

/** The annotations among the workflow commands: `::error file=…,line=…,title=rule::message`. */
function annotations(stdout: string): Array<{ severity: string; file: string; line: number; rule: string }> {
  const out = []
  for (const m of stdout.matchAll(/^::(error|warning|notice) ([^:]*)::/gm)) {
    const props = Object.fromEntries(m[2].split(',').map((kv) => kv.split('=') as [string, string]))
    if (props.file) out.push({ severity: m[1], file: props.file, line: Number(props.line), rule: props.title })
  }
  return out
}

interface JsonReport {
  apps: Array<{ root: string; files: { procfile: string | null }; webServer: { server: string } | null }>
  findings: Finding[]
  summary: { errors: number; warnings: number; notices: number }
}

describe('working-directory with several app folders', () => {
  test.each([
    ['auto', 'auto', ['apps/billing', 'apps/legacy', 'apps/shop'], 'passenger,unicorn,puma'],
    ['three lines', 'apps/billing\napps/shop\n\n  apps/legacy  \n', ['apps/billing', 'apps/shop', 'apps/legacy'], 'passenger,puma,unicorn']
  ])('%s: one report, one comment with a section per app, repository-relative annotations, outputs summed', async (_name, input, roots, servers) => {
    const r = await run({ 'INPUT_WORKING-DIRECTORY': input, INPUT_SARIF: 'true' })
    expect(r.code).toBe(0)

    // one report: the three apps with repository paths, the findings of apps/shop only
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8')) as JsonReport
    expect(report.apps.map((a) => a.root)).toEqual(roots)
    expect(report.apps.map((a) => a.files.procfile)).toEqual(roots.map((root) => `${root}/Procfile`))
    expect(report.summary).toEqual({ errors: 2, warnings: 4, notices: 0 })
    expect(new Set(report.findings.map((f) => f.file))).toEqual(new Set(['apps/shop/Procfile']))

    // the outputs: summed counts, one server per app in the order of apps[]
    expect([r.outputs.errors, r.outputs.warnings, r.outputs.notices]).toEqual(['2', '4', '0'])
    expect(r.outputs.server).toBe(servers)
    expect(r.outputs['passenger-transition']).toBe('none,none,none')

    // annotations: every finding, named as the repository has it
    const shown = annotations(r.stdout)
    expect(shown.map((a) => `${a.severity} ${a.file}:${a.line} ${a.rule}`).sort()).toEqual(report.findings.map((f) => `${f.severity} ${f.file}:${f.line} ${f.rule}`).sort())
    expect(r.stdout).not.toMatch(/tools\/old|node_modules/)

    // one SARIF with repository-relative locations
    const sarif = JSON.parse(readFileSync(r.outputs.sarif, 'utf8')) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }
    expect(sarif.runs).toHaveLength(1)
    expect(sarif.runs[0].results).toHaveLength(6)
    expect(new Set(sarif.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri))).toEqual(new Set(['apps/shop/Procfile']))

    // one comment: the set's marker, a section for the app with findings, a line per clean app
    expect(gh.comments).toHaveLength(1)
    const body = gh.comments[0].body
    const label = input === 'auto' ? 'auto' : roots.join(',')
    expect(body.startsWith(`${commentMarker(label)}\n## rack-check — 3 app folders\n`)).toBe(true)
    expect(body).toContain('❌ **2 errors, 4 warnings** in 1 app of 3.')
    expect(body).toContain('- ✅ **apps/billing**: no problems (Passenger)')
    expect(body).toContain('- ✅ **apps/legacy**: no problems (unicorn 6.1.0)')
    expect(body.match(/^### apps\/shop · /gm)).toHaveLength(1)
    expect(body.match(/^### apps\//gm)).toHaveLength(1)
    // the section's links point at the repository paths
    expect(body).toContain(`/acme/shop/blob/${'c'.repeat(40)}/apps/shop/Procfile#L2`)
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(r.summary).toContain('### apps/shop')

    // the next run edits the same comment
    const again = await run({ 'INPUT_WORKING-DIRECTORY': input })
    expect(again.code).toBe(0)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toBe(body)
  }, 120_000)

  test('the root given without auto: a notice counts the app folders below and suggests auto', async () => {
    const r = await run({ 'INPUT_WORKING-DIRECTORY': '.' })
    expect(r.code).toBe(0)
    // tools/ (ignored by the root config) and node_modules/ are not counted
    expect(r.stdout).toContain('::notice::rack-check: no Cloud 66 deployment files in . itself, but 3 app folders below it: apps/billing, apps/legacy, apps/shop; set working-directory: auto to check every app folder (or list them, one per line)')
    const one = await run({ 'INPUT_WORKING-DIRECTORY': 'apps/shop' })
    expect(one.stdout).not.toContain('itself, but')
  }, 120_000)

  test('fail-on: the input wins over .rack-check.yml, which wins over the default', async () => {
    const ws = join(tmp, 'fail-on-repo')
    cpSync(join(PROJECT, 'examples', 'puma-misconfigured'), ws, { recursive: true })
    writeFileSync(join(ws, '.rack-check.yml'), 'fail-on: never\n')
    const asFile = await run({ GITHUB_WORKSPACE: ws, 'INPUT_WORKING-DIRECTORY': '.', 'INPUT_FAIL-ON': '' })
    expect(asFile.code).toBe(0)
    const asInput = await run({ GITHUB_WORKSPACE: ws, 'INPUT_WORKING-DIRECTORY': '.', 'INPUT_FAIL-ON': 'error' })
    expect(asInput.code).toBe(1)
    expect(asInput.stdout).toContain('::error::rack-check found problems at or above fail-on: error')
    writeFileSync(join(ws, '.rack-check.yml'), 'fail-on: warning\n')
    const warning = await run({ GITHUB_WORKSPACE: ws, 'INPUT_WORKING-DIRECTORY': '.', 'INPUT_FAIL-ON': '' })
    expect(warning.stdout).toContain('::error::rack-check found problems at or above fail-on: warning')
  }, 120_000)

  test('a one-folder run keeps its own marker and comment beside the set\'s', async () => {
    await run({ 'INPUT_WORKING-DIRECTORY': 'auto' })
    const one = await run({ 'INPUT_WORKING-DIRECTORY': 'apps/shop' })
    expect(one.code).toBe(0)
    expect(gh.comments).toHaveLength(2)
    expect(gh.comments[1].body.startsWith(`${commentMarker('apps/shop')}\n## rack-check — apps/shop\n`)).toBe(true)
    expect(one.outputs.server).toBe('puma')
    expect(annotations(one.stdout).every((a) => a.file === 'apps/shop/Procfile')).toBe(true)
  }, 120_000)

  test('several folders with source: api, or auto among folders, fail with a clear message and no request', async () => {
    const api = await run({ 'INPUT_WORKING-DIRECTORY': 'auto', INPUT_SOURCE: 'api' })
    expect(api.code).toBe(1)
    expect(api.stdout).toContain('::error::source: api checks one working-directory; several folders or `auto` need source: checkout')
    const mixed = await run({ 'INPUT_WORKING-DIRECTORY': 'auto\napps/shop' })
    expect(mixed.code).toBe(1)
    expect(mixed.stdout).toContain('::error::input working-directory is either `auto` alone or folders, one per line')
    const outside = await run({ 'INPUT_WORKING-DIRECTORY': 'apps/shop\n../..' })
    expect(outside.code).toBe(1)
    expect(outside.stdout).toContain('::error::working-directory "../.." is outside the workspace')
    expect(gh.requests).toHaveLength(0)
  }, 120_000)
})

describe('renderApps', () => {
  test('stays under the limit with many findings in many apps, and folder names are quoted text', async () => {
    const result = await checkDirectory(join(PROJECT, 'examples', 'puma-misconfigured'), { environment: 'production', processManager: 'systemd' })
    const many = { ...result, report: { ...result.report, findings: Array.from({ length: 3000 }, (_, i) => ({ ...result.report.findings[0], line: i + 1, message: `${result.report.findings[0].message} ${i}` })) } }
    const sections = ['apps/a', 'apps/b', '@everyone<img src=x>', 'apps/d'].map((folder) => ({ folder, result: many }))
    const body = renderApps(sections, 'auto', { repository: 'acme/shop', sha: 'a'.repeat(40), serverUrl: 'https://github.com', hiddenAnnotations: 12 })
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(body.startsWith(commentMarker('auto'))).toBe(true)
    // every app keeps its section and its "… and N more" row
    expect(body.match(/^---\n\n### /gm)).toHaveLength(4)
    expect(body.match(/… and \d+ more findings/g)).toHaveLength(4)
    expect(body).not.toContain('@everyone<img')
    expect(body).toContain('12 findings are not annotated')
  })
})
