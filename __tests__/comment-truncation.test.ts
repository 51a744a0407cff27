/**
 * A comment that cannot hold the whole report says so truthfully (issue 22, item 8): how many
 * findings and apps it leaves out and where they are, never "all are listed here" when they are
 * not; and it is built in time linear in the findings, only as far as it is shown (issue 22,
 * item 5). The action's job summary has more room than the comment and lists what the comment
 * leaves out; the comment sends readers there only when it does.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory, MAX_FINDINGS, type CheckResult } from '../src/engine/check.js'
import { MAX_BODY, renderApps, renderAppsWithin, renderCommentWithin, type AppSection } from '../src/reporters/comment.js'
import { runAction } from './helpers/action-run.js'
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-truncation-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const options = { environment: 'production', processManager: 'systemd' as const }
const ctx = { repository: 'acme/shop', sha: 'a'.repeat(40), serverUrl: 'https://github.com', hiddenAnnotations: 0 }
/** a process named twice: a warning and a notice (no Rack server) */
const TWO = 'w: x\nw: x\n'

/** The findings rows of a rendered comment. */
const rows = (body: string): string[] => body.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l))

async function twoFindings(): Promise<CheckResult> {
  const dir = join(tmp, 'two')
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'Procfile'), TWO)
  const result = await checkDirectory(dir, options)
  expect(result.report.findings).toHaveLength(2)
  return result
}

describe('a comment too small for the report', () => {
  test('300 apps with 600 findings: every app is named or counted, and it says how many findings are not shown and where they are', async () => {
    const result = await twoFindings()
    const sections: AppSection[] = Array.from({ length: 300 }, (_, i) => ({ folder: `apps/app-${String(i).padStart(3, '0')}`, result }))
    const r = renderAppsWithin(sections, 'auto', { ...ctx, hiddenAnnotations: 580 }, MAX_BODY)
    const body = r.body
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(renderApps(sections, 'auto', { ...ctx, hiddenAnnotations: 580 })).toBe(body)
    expect(body).toContain('⚠️ **300 warnings, 300 notices** in 300 apps of 300.')
    // the apps: a section each for the first ones, a line each for the next, a count for the rest: 300 in all
    const withSection = [...body.matchAll(/^### (apps\/app-\d+) · ⚠️ 1 warning, 1 notice$/gm)].map((m) => m[1])
    const named = [...body.matchAll(/^- ⚠️ \*\*(apps\/app-\d+)\*\*: 1 warning, 1 notice$/gm)].map((m) => m[1])
    const unnamed = Number(/^- … and (\d+) more apps?: see /m.exec(body)?.[1] ?? 0)
    expect(withSection.length).toBeGreaterThan(0)
    expect(new Set([...withSection, ...named]).size).toBe(withSection.length + named.length)
    expect(withSection.length + named.length + unnamed).toBe(300)
    expect(r.omittedApps).toBe(300 - withSection.length)
    // the findings: the rows shown and the ones said to be left out make 600
    const shown = rows(body).length
    expect(shown).toBeGreaterThan(0)
    expect(r.omittedFindings).toBe(600 - shown)
    expect(body).toContain(`> **This comment does not show every finding:** ${600 - shown} of 600 are not listed here; ${300 - withSection.length} apps with findings have no section here; see the job summary or the JSON report for all of them.`)
    expect(body).toContain(`### ${300 - withSection.length} more apps with findings`)
    // never the claim that everything is here
    expect(body).not.toContain('all are listed here')
    expect(body).toContain('> 580 findings are not annotated on the diff (GitHub shows at most 10 per severity in a step); see the job summary or the JSON report for all of them.')
  })

  test('with room for everything (the job summary), nothing is said to be left out', async () => {
    const result = await twoFindings()
    const sections: AppSection[] = Array.from({ length: 300 }, (_, i) => ({ folder: `apps/app-${i}`, result }))
    const r = renderAppsWithin(sections, 'auto', { ...ctx, hiddenAnnotations: 580 }, 2_000_000)
    expect([r.omittedFindings, r.omittedApps]).toEqual([0, 0])
    expect(rows(r.body)).toHaveLength(600)
    expect(r.body.match(/^### apps\//gm)).toHaveLength(300)
    expect(r.body).not.toContain('does not show every finding')
    expect(r.body).toContain('580 findings are not annotated on the diff (GitHub shows at most 10 per severity in a step); all are listed here.')
  })

  test('one app with 140,000 findings: the rows that fit are made, the rest counted; the limit holds', async () => {
    const result = await twoFindings()
    const dup = result.report.findings.find((f) => f.rule === 'procfile-duplicate-process')!
    // messages of their own, so that no two are one row (identical ones would be one row: comment-rows.ts)
    const findings = Array.from({ length: 140_000 }, (_, i) => ({ ...dup, line: i + 1, endLine: i + 1, message: `${dup.message} (${i})` }))
    const big = { ...result, report: { ...result.report, findings, summary: { errors: 0, warnings: 140_000, notices: 0 } } }
    const r = renderCommentWithin(big, { ...ctx, workingDirectory: '', hiddenAnnotations: 139_990, elsewhere: 'the JSON report' }, MAX_BODY)
    expect(r.body.length).toBeLessThanOrEqual(MAX_BODY)
    const shown = rows(r.body).length
    expect(shown).toBeGreaterThan(50)
    expect(r.omittedFindings).toBe(140_000 - shown)
    expect(r.body).toContain(`| | … and ${140_000 - shown} more findings: see the JSON report | | |`)
    expect(r.body).toContain('139990 findings are not annotated on the diff (GitHub shows at most 10 per severity in a step); see the JSON report for all of them.')
  })
})

describe('the action, end to end', () => {
  let gh: FakeGitHub
  beforeEach(async () => {
    gh = await startFakeGitHub()
  })
  afterEach(async () => gh.close())

  test('300 app folders: the comment says what it leaves out and sends readers to the job summary, which lists all 600 findings', async () => {
    const ws = join(tmp, 'repo')
    for (let i = 0; i < 300; i++) {
      mkdirSync(join(ws, 'apps', `app-${String(i).padStart(3, '0')}`), { recursive: true })
      writeFileSync(join(ws, 'apps', `app-${String(i).padStart(3, '0')}`, 'Procfile'), TWO)
    }
    const r = await runAction(process.execPath, gh, tmp, { GITHUB_WORKSPACE: ws, 'INPUT_WORKING-DIRECTORY': 'auto' })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(gh.comments).toHaveLength(1)
    const comment = gh.comments[0].body
    expect(comment.length).toBeLessThanOrEqual(MAX_BODY)
    const shown = rows(comment).length
    expect(comment).toMatch(new RegExp(`^> \\*\\*This comment does not show every finding:\\*\\* ${600 - shown} of 600 are not listed here; \\d+ apps with findings have no section here; see the job summary or the JSON report for all of them\\.$`, 'm'))
    expect(comment).not.toContain('all are listed here')
    // the job summary has them all, and says all are listed
    expect(rows(r.summary)).toHaveLength(600)
    expect(r.summary.match(/^### apps\/app-\d+ · /gm)).toHaveLength(300)
    expect(r.summary).not.toContain('does not show every finding')
    expect(r.summary).toMatch(/findings are not annotated on the diff \(GitHub shows at most 10 per severity in a step\); all are listed here\./)
  }, 120_000)

  test('150,000 findings in fifteen apps through the publishing path: annotations, comment, job summary and suggested changes all bounded', async () => {
    // one app reports at most MAX_FINDINGS (check.ts); fifteen apps of 10,000 duplicate lines each make 140,000 and more
    const ws = join(tmp, 'big')
    const procfile = 'w: x\n'.repeat(MAX_FINDINGS)
    gh.files = []
    gh.trees['c'.repeat(40)] = {}
    for (let i = 0; i < 15; i++) {
      mkdirSync(join(ws, `app${i}`), { recursive: true })
      writeFileSync(join(ws, `app${i}`, 'Procfile'), procfile)
      gh.files.push({ filename: `app${i}/Procfile`, patch: `@@ -0,0 +1,${MAX_FINDINGS} @@\n` + '+w: x\n'.repeat(MAX_FINDINGS).slice(0, -1) })
      gh.trees['c'.repeat(40)][`app${i}/Procfile`] = procfile
    }
    const r = await runAction(process.execPath, gh, tmp, { GITHUB_WORKSPACE: ws, 'INPUT_WORKING-DIRECTORY': 'auto' })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    // the merged report holds MAX_FINDINGS: the most severe, and one check-incomplete that counts the rest
    const report = JSON.parse(readFileSync(r.outputs.report, 'utf8')) as { findings: Array<{ rule: string; message: string }> }
    expect(report.findings).toHaveLength(MAX_FINDINGS)
    expect(report.findings.filter((f) => f.rule === 'check-incomplete').map((f) => f.message)).toEqual([expect.stringMatching(/^rack-check reports at most 10000 findings, so 140001 more \(\d+ warnings, \d+ notices\) were left out/)])
    // at most 10 annotations per severity; the log is a few kilobytes
    expect(r.stdout.match(/^::(error|warning|notice) title=/gm)?.length).toBeLessThanOrEqual(30)
    expect(r.stdout.length).toBeLessThan(20_000)
    // one comment under GitHub's limit, saying how many findings it leaves out; the job summary under 1 MB
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body.length).toBeLessThanOrEqual(MAX_BODY)
    const shown = rows(gh.comments[0].body).length
    expect(gh.comments[0].body).toContain(`> **This comment does not show every finding:** ${report.findings.length - shown} of ${report.findings.length} are not listed here; see the JSON report (the \`report\` output; upload it as an artifact to keep it) for all of them.`)
    expect(gh.comments[0].body).not.toContain('all are listed here')
    expect(Buffer.byteLength(r.summary)).toBeLessThanOrEqual(1_000_000)
    expect(rows(r.summary).length).toBeGreaterThan(rows(gh.comments[0].body).length)
    // at most 50 suggested changes, the rest counted in the log; a bounded number of requests
    expect(gh.reviewComments).toHaveLength(50)
    expect(r.stdout).toMatch(/rack-check: suggested changes: 50 posted, 0 edited, 0 unchanged, 0 removed; \d+ more fixes not suggested \(at most 50 suggestions a run/)
    // a bounded number of requests, whatever the number of findings: the head's text of each of the 15 changed files read once for the suggestions (at most 20), the rest as for one app
    expect(gh.requests.length).toBeLessThan(80 + 20)
  }, 120_000)
})
