/**
 * The corrected `custom_web` line: derived from the findings' data, shown only when the engine
 * accepts it. Here each correction is checked once more the plain way — the app copied with the
 * corrected Procfile written to disk and checked again — on the examples, the rule fixtures, the
 * conformance cases and the corpus: the findings it claims to fix are gone, no error is left on
 * the line and nothing new appears.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { Workspace } from '../src/files/workspace.js'
import type { Finding } from '../src/core/finding.js'
import { verifiedCorrections, type Correction } from '../src/fixes/corrected-line.js'
import { renderComment } from '../src/reporters/comment.js'
import { formatText } from '../src/reporters/text.js'
import { corpusApps, knownApps } from './helpers/apps.js'
import { golden } from './helpers/golden.js'
import { corpusPresent, FIXTURES, PROJECT } from './helpers/paths.js'

const work = mkdtempSync(join(tmpdir(), 'rack-check-corrected-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))
const options = { environment: 'production', processManager: 'systemd' as const }
const key = (f: Finding): string => `${f.rule} ${f.file}:${f.line}`
let copies = 0

/** The app copied with the correction written into its file, checked again from disk. */
async function checkedOnDisk(dir: string, c: Correction): Promise<Finding[]> {
  const copy = join(work, `copy-${copies++}`)
  cpSync(dir, copy, { recursive: true, verbatimSymlinks: true })
  const path = join(copy, c.file)
  const lines = readFileSync(path, 'utf8').split('\n')
  expect(lines[c.line - 1].replace(/\r$/, '')).toBe(c.before)
  lines[c.line - 1] = c.after + (lines[c.line - 1].endsWith('\r') ? '\r' : '')
  writeFileSync(path, lines.join('\n'))
  return (await checkDirectory(copy, options)).report.findings
}

async function verifyAll(dirs: string[]): Promise<{ corrected: string[]; problems: string[] }> {
  const corrected: string[] = []
  const problems: string[] = []
  for (const dir of dirs) {
    const result = await checkDirectory(dir, options)
    for (const c of await verifiedCorrections(result, options)) {
      corrected.push(dir)
      const before = new Set(result.report.findings.map(key))
      const after = await checkedOnDisk(dir, c)
      const left = new Set(after.map(key))
      for (const f of c.fixes) if (left.has(key(f))) problems.push(`${dir}: ${key(f)} is not fixed`)
      for (const f of after) {
        if (!before.has(key(f))) problems.push(`${dir}: new ${key(f)}`)
        if (f.severity === 'error' && f.file === c.file && f.line === c.line) problems.push(`${dir}: error left on the line: ${key(f)}`)
      }
    }
  }
  return { corrected, problems }
}

describe('the corrected custom_web line', () => {
  test('examples/puma-misconfigured: -d dropped, -p $PORT dropped, the socket made absolute, the PID file and `--dir` added', async () => {
    const result = await checkDirectory(join(PROJECT, 'examples', 'puma-misconfigured'), options)
    const [c, ...more] = await verifiedCorrections(result, options)
    expect(more).toEqual([])
    expect(c.after).toBe('custom_web: bundle exec puma --dir $STACK_PATH -e $RACK_ENV -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid')
    expect(c.fixes.map((f) => f.rule).sort()).toEqual(['custom-web-fails-to-boot', 'custom-web-no-pid-file', 'custom-web-no-socket', 'custom-web-unset-variable', 'puma-restart-old-release'])
  })

  test('a correct line gets none', async () => {
    for (const name of ['puma-correct', 'puma-phased', 'unicorn']) expect(await verifiedCorrections(await checkDirectory(join(PROJECT, 'examples', name), options), options)).toEqual([])
  })

  test('every correction on the examples, rule fixtures and conformance cases holds when written to disk', async () => {
    const { corrected, problems } = await verifyAll(knownApps())
    expect(problems).toEqual([])
    expect(corrected.length).toBeGreaterThan(5)
    process.stdout.write(`corrected lines: ${corrected.length} of ${knownApps().length} fixture apps\n`)
  }, 120_000)
  ;(corpusPresent ? test : test.skip)('every correction on the corpus holds when written to disk', async () => {
    const apps = corpusApps(join(work, 'corpus'))
    const { corrected, problems } = await verifyAll(apps)
    expect(problems).toEqual([])
    process.stdout.write(`corrected lines: ${corrected.length} of ${apps.length} corpus apps\n`)
  }, 300_000)

  test('a line with invisible or bidi characters is not offered to copy', async () => {
    const dir = join(work, 'bidi')
    cpSync(join(PROJECT, 'examples', 'puma-misconfigured'), dir, { recursive: true })
    writeFileSync(join(dir, 'Procfile'), 'custom_web: bundle exec puma -e prod\u202euction -b unix://tmp/web_server.sock -d\n')
    const result = await checkDirectory(dir, options)
    const corrections = await verifiedCorrections(result, options)
    const body = renderComment(result, { repository: 'a/b', sha: '0'.repeat(40), serverUrl: 'https://github.com', workingDirectory: '', hiddenAnnotations: 0, corrections })
    expect(body).not.toContain('should read')
    expect(body).not.toMatch(/\u202e/)
  })

  test('the text output leads the findings of the line with the corrected line', async () => {
    const dir = join(PROJECT, 'examples', 'puma-misconfigured')
    const result = await checkDirectory(dir, options)
    const ws = new Workspace(dir)
    const source = (p: string): string | undefined => {
      const r = ws.read(p)
      return r.ok ? r.file.text : undefined
    }
    const corrections = await verifiedCorrections(result, options)
    const g = golden(join(FIXTURES, 'examples'), 'puma-misconfigured.corrected.txt', formatText(result, { color: false, source, corrections }))
    expect(g.actual).toBe(g.expected)
    const verbose = golden(join(FIXTURES, 'examples'), 'puma-misconfigured.verbose.txt', formatText(result, { color: false, source, corrections, verbose: true }))
    expect(verbose.actual).toBe(verbose.expected)
  })
})
