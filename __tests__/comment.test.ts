/**
 * The pull-request comment / job summary renderer and the annotation limits: golden comments,
 * hostile repository text neutralised, the 65,536-character limit, the Passenger section.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory, type CheckResult } from '../src/engine/check.js'
import type { Finding } from '../src/core/finding.js'
import { chooseAnnotations } from '../src/reporters/annotations.js'
import { commentMarker, MAX_BODY, renderComment, type CommentContext } from '../src/reporters/comment.js'
import { inline } from '../src/reporters/markdown.js'
import { verifiedCorrections } from '../src/fixes/corrected-line.js'
import { golden } from './helpers/golden.js'
import { FIXTURES, PROJECT } from './helpers/paths.js'

const options = { environment: 'production', processManager: 'systemd' as const }
const ctx: CommentContext = { repository: 'acme/shop', sha: '0123456789abcdef0123456789abcdef01234567', serverUrl: 'https://github.com', workingDirectory: '', hiddenAnnotations: 0 }

describe('comment', () => {
  test.each(['puma-misconfigured', 'puma-phased', 'puma-correct', 'unicorn'])('examples/%s equals its golden comment', async (name) => {
    const result = await checkDirectory(join(PROJECT, 'examples', name), options)
    const corrections = await verifiedCorrections(result, options)
    const g = golden(join(FIXTURES, 'comments'), `${name}.md`, renderComment(result, { ...ctx, corrections }))
    expect(g.actual).toBe(g.expected)
  })

  test('the Passenger section appears on a switch to or from Passenger, and only then', async () => {
    const dir = join(FIXTURES, 'rules', 'passenger-transition', 'bad')
    const base = (await checkDirectory(join(dir, 'base'), options)).report
    const withBase = renderComment(await checkDirectory(dir, { ...options, base }), ctx)
    expect(withBase).toContain('### Switching from Passenger')
    // each fact once: the finding says it is not applied; the folded section adds only the sources
    expect(withBase.split('not applied after an app\'s initial build').length).toBe(2)
    expect(withBase).toMatch(/<details><summary>Passenger switch[^\n]*\n\n### Switching from Passenger/)
    expect(renderComment(await checkDirectory(dir, options), ctx)).not.toContain('Switching')
  })

  test('the marker names the working directory and cannot close the HTML comment early', () => {
    expect(commentMarker('')).toBe('<!-- rack-check:sticky-comment working-directory="." -->')
    expect(commentMarker('apps/web')).toContain('"apps/web"')
    expect(commentMarker('a-->b <!--')).not.toMatch(/-->.*-->/s)
  })

  test('repository text cannot mention, open HTML, links, rows or fences', () => {
    const evil = '@octocat <img src=x onerror=alert(1)> [x](javascript:alert(1)) | ``` \n# head https://evil.example/ ![i](http://x)'
    const safe = inline(evil)
    expect(safe).not.toMatch(/@octocat/)
    expect(safe).not.toMatch(/<img/)
    expect(safe).not.toMatch(/\]\(/)
    expect(safe).not.toMatch(/(^|[^\\])\|/)
    expect(safe).not.toContain('```')
    expect(safe).not.toContain('\n')
    expect(safe).not.toContain('https://')
  })

  test('hostile text in a Procfile and a manifest stays inert in the comment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rack-check-evil-'))
    try {
      writeFileSync(join(dir, 'Procfile'), 'custom_web: bundle exec puma -b unix:///tmp/@octocat<script>|x`\n')
      mkdirSync(join(dir, '.cloud66'))
      writeFileSync(join(dir, '.cloud66', 'manifest.yml'), 'procfile_metadata:\n  "@admin <b>|</b>":\n    restart_signal: "```\\n@here"\n')
      const body = renderComment(await checkDirectory(dir, options), ctx)
      // inside code spans GitHub makes nothing of mentions or HTML; outside them nothing may remain
      const outsideCode = body.replace(/(?<!\\)`[^`]*`/g, '')
      expect(outsideCode).not.toMatch(/@(octocat|admin|here)/)
      expect(outsideCode).not.toMatch(/<(script|b)>/)
      // every findings row has exactly its three cell separators
      for (const row of body.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) /.test(l))) expect(row.replace(/\\\|/g, '').split('|').length).toBe(5)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a huge report is cut to fit GitHub\'s limit and says how many findings are left out', async () => {
    const result: CheckResult = await checkDirectory(join(PROJECT, 'examples', 'puma-misconfigured'), options)
    const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({ ...result.report.findings[0], line: i + 1, endLine: i + 1, message: 'x'.repeat(300) }))
    const body = renderComment({ ...result, report: { ...result.report, findings: many } }, ctx)
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    expect(body).toMatch(/… and \d+ more findings/)
    expect(body).toContain('### Restart on deploy')
    expect(body).toContain('</details>')
  })

  test('links point at the line at the head commit, under the working directory', async () => {
    const result = await checkDirectory(join(PROJECT, 'examples', 'puma-misconfigured'), options)
    const body = renderComment(result, { ...ctx, workingDirectory: 'apps/my app' })
    expect(body).toContain('(https://github.com/acme/shop/blob/0123456789abcdef0123456789abcdef01234567/apps/my%20app/Procfile#L2)')
  })
})

describe('annotation limits', () => {
  const f = (severity: Finding['severity'], rule: string, line: number): Finding => ({ rule, severity, file: 'Procfile', line, column: 1, endLine: line, endColumn: 2, message: 'm', docs: '' })
  test('10 per severity, one of each rule first, the rest counted', () => {
    const findings = [...Array.from({ length: 20 }, (_, i) => f('error', 'a', i + 1)), f('error', 'b', 30), ...Array.from({ length: 3 }, (_, i) => f('warning', 'c', i + 1))]
    const c = chooseAnnotations(findings)
    expect(c.shown.filter((x) => x.severity === 'error').length).toBe(10)
    expect(c.shown.some((x) => x.rule === 'b')).toBe(true)
    expect(c.hidden).toEqual({ error: 11, warning: 0, notice: 0 })
  })
  test('at most 50 in a job', () => {
    const findings = ['error', 'warning', 'notice'].flatMap((s) => Array.from({ length: 30 }, (_, i) => f(s as Finding['severity'], 'r', i + 1)))
    expect(chooseAnnotations(findings, 10, 25).shown.length).toBe(25)
    expect(chooseAnnotations(findings, 10, 25).hidden).toEqual({ error: 20, warning: 20, notice: 25 })
  })
})
