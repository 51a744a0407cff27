/**
 * Golden fixtures per rule: __tests__/fixtures/rules/<rule-id>/<case>/ is a tiny app with the findings
 * rack-check must report in expected.txt. `bad` must trigger the rule, `good` must not, and the
 * rule's docs page shows both Procfiles. A case with a `base/` folder is a pull request: `base/` is
 * the app before the change.
 */
import { beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDirectory, type Report } from '../src/engine/check.js'
import { RULES } from '../src/rules/index.js'
import { findingLines, golden } from './helpers/golden.js'
import { FIXTURES, PROJECT } from './helpers/paths.js'

const ROOT = join(FIXTURES, 'rules')
const cases = readdirSync(ROOT).flatMap((rule) => readdirSync(join(ROOT, rule)).map((c) => [rule, c] as const))

describe.each(cases)('%s / %s', (rule, name) => {
  const dir = join(ROOT, rule, name)
  const plain = { environment: 'production', processManager: 'systemd' as const }
  // a case with a base/ folder is checked as a pull request against that base (like --base)
  let options: typeof plain & { base?: Report }
  beforeAll(async () => {
    options = existsSync(join(dir, 'base')) ? { ...plain, base: (await checkDirectory(join(dir, 'base'), plain)).report } : plain
  })
  test('findings equal expected.txt', async () => {
    const { report } = await checkDirectory(dir, options)
    const g = golden(dir, 'expected.txt', findingLines(report.findings))
    expect(g.actual).toBe(g.expected)
  })
  if (name === 'bad') {
    test('the rule fires', async () => {
      expect((await checkDirectory(dir, options)).report.findings.some((f) => f.rule === rule)).toBe(true)
    })
  }
  if (name === 'good') {
    test('the rule stays quiet', async () => {
      expect((await checkDirectory(dir, options)).report.findings.filter((f) => f.rule === rule)).toEqual([])
    })
  }
})

describe('every rule has its fixtures and its docs page', () => {
  test.each(RULES.map((r) => r.id))('%s', (id) => {
    const page = join(PROJECT, 'docs', 'rules', `${id}.md`)
    expect(existsSync(join(ROOT, id, 'bad'))).toBe(true)
    expect(existsSync(join(ROOT, id, 'good'))).toBe(true)
    expect(existsSync(page)).toBe(true)
    const doc = readFileSync(page, 'utf8')
    expect(doc.startsWith(`# ${id}\n`)).toBe(true)
    for (const h of ['## What it checks', '## Why', '## Examples', '## How to fix', '## Suppressing it']) expect(doc).toContain(h)
    // the examples are the fixtures' own text
    for (const kind of ['bad', 'good']) {
      const procfile = join(ROOT, id, kind, 'Procfile')
      if (!existsSync(procfile)) continue
      const text = readFileSync(procfile, 'latin1').replace(/\r/g, '')
      if (/^[\x20-\x7e\n]*$/.test(text)) expect(doc).toContain(text.trimEnd())
      // and the output shown (`rack-check --format text`, scripts/rule-docs.mjs) has each finding rack-check reports today
      for (const line of readFileSync(join(ROOT, id, kind, 'expected.txt'), 'utf8').split('\n').filter(Boolean)) {
        const f = /^(.+?):(\d+):(\d+)-\d+:\d+ (error|warning|notice) (\S+) (.*)$/.exec(line)
        expect(f).not.toBeNull()
        // a suppressed finding is in the JSON and the SARIF only
        if (f && !/ \(suppressed: [^)]*\)$/.test(f[6])) expect(doc).toContain(`${f[1]}:${f[2]}:${f[3]}: ${f[4]}: ${f[6]} [${f[5]}]`)
      }
    }
  })

  test('no docs page without a rule, no fixture folder without a rule', () => {
    const ids = new Set(RULES.map((r) => r.id))
    for (const f of readdirSync(join(PROJECT, 'docs', 'rules'))) if (f.endsWith('.md') && f !== 'README.md') expect(ids.has(f.replace(/\.md$/, ''))).toBe(true)
    for (const d of readdirSync(ROOT)) expect(ids.has(d)).toBe(true)
  })
})

describe('a rule\'s page says `--fix` applies it exactly when its findings carry a fix', () => {
  test.each(RULES.map((r) => r.id))('%s', async (id) => {
    const dir = join(ROOT, id)
    let fixes = 0
    for (const name of readdirSync(dir)) {
      if (existsSync(join(dir, name, 'base'))) continue
      const { report } = await checkDirectory(join(dir, name), { environment: 'production', processManager: 'systemd' })
      fixes += report.findings.filter((f) => f.rule === id && f.fix).length
    }
    const page = readFileSync(join(PROJECT, 'docs', 'rules', `${id}.md`), 'utf8')
    expect({ id, fixable: fixes > 0 }).toEqual({ id, fixable: page.includes('`rack-check --fix` applies it') })
  })
})
