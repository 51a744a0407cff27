/**
 * Issue 22's attack classes on the engine and the reporters, each a hostile input named with the
 * safe behaviour it must get. Work is bounded by what the output holds (sizes, counts), never by
 * the clock; the figures of the heaviest input of each class are in docs/maintainers/robustness.md.
 * Other classes have their own files: neutralise.test.ts (text in every sink), fs-boundary.test.ts
 * (links, FIFOs, --fix), ruby-config.test.ts (regexps and the evaluator's work), the action tests
 * (suggestions, the API snapshot, the comment).
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkDirectory, MAX_FINDINGS } from '../src/engine/check.js'
import { run } from '../src/cli/main.js'
import { MAX_PLACEHOLDER } from '../src/rules/define-rule.js'
import { MAX_ALIAS_TEXT } from '../src/model/yaml-tree.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-attacks-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const OPTIONS = { environment: 'production', processManager: 'systemd' } as const
const LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n\nPLATFORMS\n  ruby\n'

function app(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name)
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true })
    writeFileSync(join(dir, rel), text)
  }
  return dir
}

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: () => false, env: {}, cwd: tmp })
  return { code, stdout, stderr }
}

describe('YAML aliases feeding messages', () => {
  test('one 400 kB hook command aliased in 2,000 hooks: the copies stop at the alias bound, said as check-incomplete; no message quotes more than the placeholder bound', async () => {
    // `cp <400 kB path> Procfile` is a copy hooks-copied-deploy-file quotes; before the bounds, 40,000 such aliases took the process to 4.18 GB
    const command = `cp ${'x'.repeat(400_000)} /$STACK_PATH/Procfile`
    const hooks = `production:\n  first_thing:\n    - {command: &c "${command}", target: rails}\n  after_rails:\n${'    - {command: *c}\n'.repeat(2000)}`
    const dir = app('aliases-messages', { Procfile: 'custom_web: bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n', 'Gemfile.lock': LOCK, '.cloud66/deploy_hooks.yml': hooks })
    const { report } = await checkDirectory(dir, OPTIONS)
    const incomplete = report.findings.filter((f) => f.rule === 'check-incomplete')
    expect(incomplete).toHaveLength(1)
    expect(incomplete[0]).toMatchObject({ severity: 'warning', file: '.cloud66/deploy_hooks.yml' })
    expect(incomplete[0].message).toContain(`copy more than ${MAX_ALIAS_TEXT} characters`)
    // the copies read before the bound are checked: 400 kB × 10 is the most the bound lets through
    const copied = report.findings.filter((f) => f.rule === 'hooks-copied-deploy-file')
    expect(copied.length).toBeGreaterThan(0)
    expect(copied.length).toBeLessThanOrEqual(Math.ceil(MAX_ALIAS_TEXT / 400_000) + 1)
    for (const f of report.findings) expect(f.message.length).toBeLessThan(3 * MAX_PLACEHOLDER + 1000)
    expect(JSON.stringify(report).length).toBeLessThan(100_000)
  })

  test('100 aliases of a 100 kB command (10 MB of copies): bounded the same way', async () => {
    const command = 'sudo cp a b && '.repeat(6600)
    const hooks = `production:\n  first_thing:\n    - &h {command: "${command}", target: rails, run_on: all_servers}\n  after_rails:\n${'    - *h\n'.repeat(100)}`
    const dir = app('aliases-100', { Procfile: 'custom_web: bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n', 'Gemfile.lock': LOCK, '.cloud66/deploy_hooks.yml': hooks })
    const { report } = await checkDirectory(dir, OPTIONS)
    expect(report.findings.filter((f) => f.rule === 'check-incomplete').map((f) => f.message)).toEqual([expect.stringContaining('aliases that copy more than')])
  })

  test('a few aliases of a value are read whole (no bound hit): real files keep their settings', async () => {
    const manifest = 'defaults: &d\n  restart_signal: usr1\nprocfile_metadata:\n  web:\n    <<: *d\n'
    const dir = app('aliases-fine', { Procfile: 'custom_web: bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n', 'Gemfile.lock': LOCK, '.cloud66/manifest.yml': manifest })
    const { report } = await checkDirectory(dir, OPTIONS)
    expect(report.findings.filter((f) => f.rule === 'check-incomplete')).toEqual([])
  })
})

describe('quoted repository text is capped where it is quoted', () => {
  test('a 1,500-character process name in each of 300 invalid lines: each message and excerpt bounded, the text output linear', async () => {
    const long = 'w' + 'é'.repeat(1500)
    const dir = app('long-lines', { Procfile: `custom_web: bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n${`${long}: x\n`.repeat(300)}`, 'Gemfile.lock': LOCK })
    // a bad process name is a warning (Cloud 66 documents no name rule): --fail-on warning keeps the exit status meaningful
    const r = await cli(['--format', 'text', '--fail-on', 'warning', dir])
    expect(r.code).toBe(1)
    const lines = r.stdout.split('\n')
    expect(lines.filter((l) => l.includes('[procfile-invalid-line]'))).toHaveLength(300)
    // each excerpt is a window of the line, not the line
    for (const l of lines) expect(l.length).toBeLessThan(1200)
    // a finding line, an excerpt of at most 1,000 characters and its marker: linear in the findings
    expect(r.stdout.length).toBeLessThan(300 * 3000)
  })
})

describe('many findings and many apps', () => {
  test('60,000 custom_web lines: the report holds the bound\'s worth of findings and says how many more there are; the text output linear in them', async () => {
    const dir = app('custom-web-lines', { Procfile: 'custom_web: x\n'.repeat(60_000), 'Gemfile.lock': LOCK })
    const json = JSON.parse((await cli(['--format', 'json', dir])).stdout)
    const text = (await cli(['--format', 'text', dir])).stdout
    expect(json.findings).toHaveLength(MAX_FINDINGS)
    const more = json.findings.filter((f: { rule: string }) => f.rule === 'check-incomplete')
    expect(more).toHaveLength(1)
    expect(more[0].message).toMatch(new RegExp(`at most ${MAX_FINDINGS} findings, so \\d+ more \\(\\d+ warnings?`))
    const duplicates = json.findings.filter((f: { rule: string }) => f.rule === 'procfile-duplicate-process').length
    expect(duplicates).toBeGreaterThan(MAX_FINDINGS - 10)
    expect(text.split('\n').filter((l) => l.includes('[procfile-duplicate-process]'))).toHaveLength(duplicates)
    expect(text.length).toBeLessThan(duplicates * 1000)
  })

  test('an app at the repository root: its findings are shown with their lines (the lookup by folders ends at the root)', async () => {
    const repo = app('root-app', { Procfile: 'custom_web: bundle exec puma -d # the root app\n', 'Gemfile.lock': LOCK })
    execFileSync('git', ['init', '-q'], { cwd: repo })
    let stdout = ''
    const code = await run(['--format', 'text', '.'], { stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: () => false, env: {}, cwd: repo })
    expect(code).toBe(1)
    expect(stdout).toMatch(/^Procfile:1:\d+: error: .*\n 1 \| custom_web: bundle exec puma -d # the root app$/m)
  })

  test('--recursive over 2,000 apps: each finding shown with its own app\'s line', async () => {
    const root = join(tmp, 'many-apps')
    for (let i = 0; i < 2000; i++) app(join('many-apps', `a${i}`), { Procfile: `custom_web: bundle exec puma -d # app ${i}\n`, 'Gemfile.lock': LOCK })
    const r = await cli(['--recursive', '--format', 'text', root])
    expect(r.code).toBe(1)
    // the excerpt under a finding of app i is app i's line
    const excerpts = [...r.stdout.matchAll(/^many-apps\/a(\d+)\/Procfile:1:\d+: .*\n 1 \| .*# app (\d+)$/gm)]
    expect(excerpts.length).toBeGreaterThanOrEqual(2000)
    for (const m of excerpts) expect(m[2]).toBe(m[1])
  })
})
