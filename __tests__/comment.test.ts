/**
 * The pull-request comment / job summary renderer and the annotation limits: golden comments,
 * hostile repository text neutralised, the 65,536-character limit, the Passenger section.
 */
import { describe, expect, test } from '@jest/globals'
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory, type CheckResult } from '../src/engine/check.js'
import type { Finding } from '../src/core/finding.js'
import { chooseAnnotations } from '../src/reporters/annotations.js'
import { commentMarker, MAX_BODY, renderApps, renderComment, type AppSection, type CommentContext } from '../src/reporters/comment.js'
import { commentOrder, groupFindings, leadOf, MAX_LEAD } from '../src/reporters/comment-rows.js'
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

  test('a monorepo pull request with 13 errors in 7 apps: the several-folder comment equals its golden', async () => {
    // __tests__/fixtures/comments/monorepo: seven apps, each a Procfile (and manifest) as the corpus has them: -d/-D, a relative socket, a TCP port, HUP or USR2 that stops the server, a missing config, an option the server rejects
    const root = join(FIXTURES, 'comments', 'monorepo')
    const sections: AppSection[] = []
    for (const app of readdirSync(join(root, 'apps')).sort()) {
      const result = await checkDirectory(join(root, 'apps', app), options)
      sections.push({ folder: `apps/${app}`, result, corrections: await verifiedCorrections(result, options) })
    }
    const errors = sections.reduce((n, s) => n + s.result.report.summary.errors, 0)
    expect([sections.length, errors]).toEqual([7, 13])
    const g = golden(join(FIXTURES, 'comments'), 'monorepo.md', renderApps(sections, 'auto', ctx))
    expect(g.actual).toBe(g.expected)
  })

  test('a switch to or from Passenger is an alert at the top, said once, not a row; only on a switch', async () => {
    const dir = join(FIXTURES, 'rules', 'passenger-transition', 'bad')
    const base = (await checkDirectory(join(dir, 'base'), options)).report
    const result = await checkDirectory(dir, { ...options, base })
    const withBase = renderComment(result, ctx)
    const g = golden(join(FIXTURES, 'comments'), 'passenger-switch.md', withBase)
    expect(g.actual).toBe(g.expected)
    // the alert comes right after the verdict, before the table
    expect(withBase).toMatch(/^## rack-check\n\n⚠️ \*\*[^\n]+\n\n> \[!WARNING\]\n> \*\*Passenger switch\*\* \(\[Procfile:1\]/m)
    expect(withBase.indexOf('[!WARNING]')).toBeLessThan(withBase.indexOf('| | Finding |'))
    // each fact once, and no row for it
    expect(withBase.split('not applied after an app\'s initial build').length).toBe(2)
    expect(withBase.split('\n').filter((l) => l.startsWith('| ') && l.includes('passenger-transition'))).toEqual([])
    // what is not confirmed is said as such
    expect(withBase).toContain('whether the platform changed is not confirmed')
    // made an error by the configuration: a CAUTION alert
    const asError = { ...result, report: { ...result.report, findings: result.report.findings.map((f) => (f.rule === 'passenger-transition' ? { ...f, severity: 'error' as const } : f)) } }
    expect(renderComment(asError, ctx)).toContain('> [!CAUTION]\n> **Passenger switch**')
    // suppressed: counted, no alert
    const suppressed = { ...result, report: { ...result.report, findings: result.report.findings.map((f) => (f.rule === 'passenger-transition' ? { ...f, suppressed: { kind: 'inSource' as const, reason: '' } } : f)) } }
    expect(renderComment(suppressed, ctx)).not.toContain('[!WARNING]')
    expect(renderComment(await checkDirectory(dir, options), ctx)).not.toContain('Passenger switch')
    // several folders: the alert at the top of the comment, naming the app
    const apps = renderApps([{ folder: 'apps/web', result }, { folder: 'apps/api', result: await checkDirectory(join(PROJECT, 'examples', 'puma-misconfigured'), options) }], 'auto', ctx)
    expect(apps).toMatch(/^❌ \*\*[^\n]+\n\n> \[!WARNING\]\n> \*\*Passenger switch in apps\/web\*\* \(\[Procfile:1\]\(https:\/\/github\.com\/acme\/shop\/blob\/[0-9a-f]+\/apps\/web\/Procfile#L1\)/m)
    expect(apps.indexOf('[!WARNING]')).toBeLessThan(apps.indexOf('### apps/'))
    expect(apps.split('not applied after an app\'s initial build').length).toBe(2)
  })

  test('findings: errors first, then warnings, then notices, each by file and line; identical ones in one row', async () => {
    const result = await checkDirectory(join(PROJECT, 'examples', 'puma-misconfigured'), options)
    const body = renderComment(result, ctx)
    const icons = body.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l)).map((l) => l.slice(2, 4).trim())
    expect(icons).toEqual(['❌', '❌', '⚠️', '⚠️', '⚠️', '⚠️'])
    const f = result.report.findings[0]
    const at = (severity: Finding['severity'], file: string, line: number, message = 'm'): Finding => ({ ...f, severity, file, line, endLine: line, message, rule: `r-${severity}` })
    const mixed = [at('notice', 'A', 1), at('warning', 'B', 9), at('error', 'B', 2), at('warning', 'A', 5), at('error', 'A', 7)]
    expect(commentOrder(mixed).map((x) => `${x.severity} ${x.file}:${x.line}`)).toEqual(['error A:7', 'error B:2', 'warning A:5', 'warning B:9', 'notice A:1'])
    // twelve of one kind in one file: one row, "×12, lines 3–40"; three: their lines listed; another file or message: rows of their own
    const twelve = Array.from({ length: 12 }, (_, i) => at('warning', 'Procfile', [3, 5, 8, 11, 14, 17, 20, 23, 26, 30, 35, 40][i]))
    const three = [4, 9, 6].map((line) => at('notice', 'Procfile', line))
    const other = [at('warning', 'Procfile', 50, 'another message'), at('warning', 'other/Procfile', 1)]
    const groups = groupFindings([...three, ...twelve, ...other])
    expect(groups.map((g) => [g.first.file, g.first.line, g.findings.length])).toEqual([
      ['Procfile', 3, 12],
      ['Procfile', 50, 1],
      ['other/Procfile', 1, 1],
      ['Procfile', 4, 3]
    ])
    const rows = renderComment({ ...result, report: { ...result.report, findings: [...three, ...twelve, ...other] } }, ctx).split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l))
    const url = (line: number): string => `https://github.com/acme/shop/blob/${ctx.sha}/Procfile#L${line}`
    expect(rows[0]).toContain(`| Procfile ×12, lines [3](${url(3)})–[40](${url(40)}) |`)
    expect(rows[3]).toContain(`| Procfile ×3, lines [4](${url(4)}), [6](${url(6)}), [9](${url(9)}) |`)
    expect(rows[1]).toContain(`| [Procfile:50](${url(50)}) |`)
    expect(rows).toHaveLength(4)
  })

  test('a row shows the first clause of its message and folds the whole message with the rule id', () => {
    expect(leadOf('`-D` makes `unicorn` daemonize: Cloud 66\'s docs warn (how: not said); remove it.')).toBe('`-D` makes `unicorn` daemonize')
    // clause ends inside parentheses, quotes or code do not count
    expect(leadOf('Puma (version 5.0: see NEWS) removed "-d; --daemon" and `a; b`; remove it.')).toBe('Puma (version 5.0: see NEWS) removed "-d; --daemon" and `a; b`')
    // a short message is its own lead
    expect(leadOf('Thin needs a command word and exits with "Command required"; add `start`.')).toBe('Thin needs a command word and exits with "Command required"')
    expect(leadOf('Add `start`.')).toBe('Add `start`.')
    // a long first clause is cut at a word, never inside code
    const long = leadOf('Nothing writes /tmp/web_server.pid, which Cloud 66 requires so that it can manage and restart the server `--pid-file x`; add it.')
    expect(long.length).toBeLessThanOrEqual(MAX_LEAD + 1)
    expect(long).toMatch(/^Nothing writes \/tmp\/web_server\.pid, which Cloud 66 requires so that it…$/)
    // no word to cut at before the limit, inside code: the span is closed, so that nothing after it is Markdown
    expect(leadOf('`' + 'x <img>'.repeat(20) + '` is not a hook point; use one.')).toBe('`' + 'x <img>'.repeat(20).slice(0, MAX_LEAD - 1) + '…`')
    // said of a line once it runs: those words, then the finding's own first clause
    expect(leadOf('Once the web server runs (as written it exits at start: see Procfile:2:82): On deploy Cloud 66 sends HUP; it stops.')).toBe('Once the web server runs: On deploy Cloud 66 sends HUP')
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
      const rows = body.split('\n').filter((l) => /^\| (❌|⚠️|ℹ️) \|/.test(l))
      expect(rows.length).toBeGreaterThan(2)
      for (const row of rows) expect(row.replace(/\\\|/g, '').split('|').length).toBe(6)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('a huge report is cut to fit GitHub\'s limit and says how many findings are left out', async () => {
    const result: CheckResult = await checkDirectory(join(PROJECT, 'examples', 'puma-misconfigured'), options)
    const many: Finding[] = Array.from({ length: 3000 }, (_, i) => ({ ...result.report.findings[0], line: i + 1, endLine: i + 1, message: 'x'.repeat(300) + i }))
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
