/**
 * Hostile repository text, rendered by GitHub's own Markdown engine (cmark-gfm, Debian package
 * `cmark-gfm`, with GitHub's extensions) and parsed back from the action's stdout: no raw HTML,
 * no live mention, no issue reference, no bidi or invisible characters, links whose paths stay
 * links, a table that stays one table with its "… and N more" row, a 70,000-character value that
 * crowds nothing out; and no line of the action's stdout that repository text starts.
 * Without cmark-gfm the rendering test is skipped loudly (and fails when CI=true).
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { MAX_BODY, renderComment } from '../src/reporters/comment.js'
import { ACTION } from './helpers/action-run.js'
import { hasCmarkGfm, renderGfm, renderedProblems } from '../scripts/lib/github-markdown.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-hostile-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const EVIL = '@octocat acme/secret#1 GH-12 #34 \u202eevil\u202c zero\u200bwidth <img src=x onerror=alert(1)> [x](javascript:alert(1)) ::error::fake %0A::warning::x <!-- rack-check:sticky-comment working-directory="." -->'
const WORKING_DIRECTORY = "apps/we)b [x] (1)!*~'"

/** An app whose Procfile, manifest and hooks carry hostile text, with many findings. */
function hostileApp(): string {
  const dir = join(tmp, ...WORKING_DIRECTORY.split('/'))
  mkdirSync(join(dir, '.cloud66'), { recursive: true })
  const procfile = [`custom_web: bundle exec puma -b unix:///tmp/@octocat${EVIL.replace(/[\n]/g, '')} -d`, ...Array.from({ length: 220 }, (_, i) => `worker${i % 2}: echo ${EVIL} acme/shop#${i}`)]
  writeFileSync(join(dir, 'Procfile'), procfile.join('\n') + '\n')
  writeFileSync(join(dir, 'Gemfile.lock'), 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n\nPLATFORMS\n  ruby\n')
  const signal = ('usr2 ' + EVIL + ' ').repeat(Math.ceil(70_000 / (EVIL.length + 6))).slice(0, 70_000)
  writeFileSync(join(dir, '.cloud66', 'manifest.yml'), `production:\n  rails:\n    configuration:\n      procfile_metadata:\n        web:\n          restart_signal: ${JSON.stringify(signal)}\n`)
  writeFileSync(join(dir, '.cloud66', 'deploy_hooks.yml'), `production:\n  ${JSON.stringify(EVIL)}:\n    - command: echo hi\n      target: rails\n`)
  return dir
}


const CTX = { repository: 'acme/shop', sha: '0123456789abcdef0123456789abcdef01234567', serverUrl: 'https://github.com', workingDirectory: WORKING_DIRECTORY, hiddenAnnotations: 0 }

describe('hostile repository text', () => {
  const engine = hasCmarkGfm()
  if (!engine) {
    if (process.env.CI) throw new Error('cmark-gfm is missing: .ci/run installs it (apt-get install cmark-gfm)')
    console.warn('SKIPPED: cmark-gfm is not installed (apt-get install -y cmark-gfm); the comment is not rendered with GitHub\'s Markdown engine')
  }
  ;(engine ? test : test.skip)('the comment rendered by cmark-gfm: no raw HTML, mention, reference, bidi; links and table intact', async () => {
    const result = await checkDirectory(hostileApp(), { environment: 'production', processManager: 'systemd' })
    const body = renderComment(result, CTX)
    expect(body.length).toBeLessThanOrEqual(MAX_BODY)
    // GitHub's extensions; --unsafe keeps raw HTML so that any that got through shows here
    const html = renderGfm(body)
    // the checks every rendered comment passes (scripts/lib/github-markdown.js): only the renderer's
    // own tags, one HTML comment (the marker, first), no live mention or reference, no bidi, whole tables
    expect(renderedProblems(html)).toEqual([])
    expect(html.startsWith('<!-- rack-check:sticky-comment working-directory=')).toBe(true)
    // every link is one of ours, its path whole
    const hrefs = [...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])
    for (const h of hrefs) expect(h).toMatch(/^https:\/\/github\.com\/(acme\/shop\/blob\/0123456789abcdef0123456789abcdef01234567\/apps\/we%29b%20%5Bx%5D%20%281%29%21%2A%7E%27\/[\w.%/-]+#L\d+(-L\d+)?|c66\/rack-check\/blob\/v[\w.]+\/docs\/rules\/[\w.-]+\.md|https:\/\/help\.cloud66\.com\/[\w/.-]+)$/)
    // the findings table: one table, three cells a row, the "… and N more" row inside it
    const table = html.slice(html.indexOf('<table>'), html.indexOf('</table>'))
    const rows = table.match(/<tr>[\s\S]*?<\/tr>/g) ?? []
    for (const r of rows) expect(r.match(/<t[hd][ >]/g)).toHaveLength(4)
    expect(table).toMatch(/<td>… and \d+ more findings: see the job summary or the JSON report<\/td>/)
    const shown = rows.length - 2
    const more = Number(/… and (\d+) more/.exec(table)![1])
    expect(shown + more).toBe(result.report.findings.length)
    expect(shown).toBeGreaterThan(100)
    // the restart guidance is there, cut
    expect(html).toContain('Restart on deploy')
    expect(Math.max(...body.split('\n').map((l) => l.length))).toBeLessThan(5000)
  })

  test('no repository text starts a workflow command in the action\'s stdout', () => {
    hostileApp()
    const out = join(tmp, 'out')
    writeFileSync(out, '')
    const r = spawnSync(process.execPath, [ACTION], { encoding: 'utf8', env: { PATH: process.env.PATH, GITHUB_WORKSPACE: tmp, 'INPUT_WORKING-DIRECTORY': WORKING_DIRECTORY, INPUT_COMMENT: 'never', GITHUB_EVENT_NAME: 'push', GITHUB_OUTPUT: out, RUNNER_TEMP: tmp } })
    expect(r.stderr).toBe('')
    const lines = r.stdout.split(/\r?\n/)
    // the runner reads `::name …::` and the older `##[name …]` at the start of any line
    const commands = lines.filter((l) => /^\s*(::|##\[)/.test(l))
    for (const l of commands) expect(l).toMatch(/^::(error|warning|notice)( title=[\w-]+,file=[^:,]+,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?)?::/)
    // the annotations are there, and each message is one line
    expect(commands.length).toBeGreaterThan(5)
    expect(lines.filter((l) => l.includes('fake')).every((l) => l.startsWith('::'))).toBe(true)
  })
})
