/**
 * src/action/runner.ts reaches @actions/core's modules past its index (whose OIDC client loads an
 * HTTP stack at start-up). Each function must write exactly what the index's function writes:
 * the same workflow commands, the same output file lines, the same exit code.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as runner from '../src/action/runner.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-runner-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** What `fn` writes to stdout. */
function stdoutOf(fn: () => void): string {
  const chunks: string[] = []
  const write = process.stdout.write
  process.stdout.write = ((c: string | Uint8Array) => {
    chunks.push(String(c))
    return true
  }) as typeof process.stdout.write
  try {
    fn()
  } finally {
    process.stdout.write = write
  }
  return chunks.join('')
}

// hostile text: line breaks, the escape character, the property separators, a fake command
const NASTY = 'a%b\r\nc::error::x, d:e\n::add-mask::'
const PROPS: core.AnnotationProperties = { title: 'rule, id: 1', file: 'dir,x/Procfile:2', startLine: 3, endLine: 3, startColumn: 4, endColumn: 9 }

describe('runner protocol = @actions/core', () => {
  const saved = { ...process.env }
  let exitCode: typeof process.exitCode
  beforeEach(() => {
    exitCode = process.exitCode
  })
  afterEach(() => {
    process.env = { ...saved }
    process.exitCode = exitCode
  })

  test.each([
    ['error', (m: string, p?: core.AnnotationProperties) => runner.error(m, p), (m: string, p?: core.AnnotationProperties) => core.error(m, p)],
    ['warning', (m: string, p?: core.AnnotationProperties) => runner.warning(m, p), (m: string, p?: core.AnnotationProperties) => core.warning(m, p)],
    ['notice', (m: string, p?: core.AnnotationProperties) => runner.notice(m, p), (m: string, p?: core.AnnotationProperties) => core.notice(m, p)]
  ])('%s: the same workflow command, escaped the same way', (name, ours, theirs) => {
    const mine = stdoutOf(() => ours(NASTY, PROPS))
    expect(mine).toBe(stdoutOf(() => theirs(NASTY, PROPS)))
    expect(mine.startsWith(`::${name} title=rule%2C id%3A 1,file=dir%2Cx/Procfile%3A2,line=3,endLine=3,col=4,endColumn=9::a%25b%0D%0Ac::error::x`)).toBe(true)
    expect(mine.split('\n').filter(Boolean)).toHaveLength(1)
    expect(stdoutOf(() => ours('plain'))).toBe(stdoutOf(() => theirs('plain')))
  })

  test('info, setSecret and setFailed', () => {
    expect(stdoutOf(() => runner.info(NASTY))).toBe(stdoutOf(() => core.info(NASTY)))
    expect(stdoutOf(() => runner.setSecret('ghp_s3cr%t\n'))).toBe(stdoutOf(() => core.setSecret('ghp_s3cr%t\n')))
    process.exitCode = 0
    const mine = stdoutOf(() => runner.setFailed(NASTY))
    expect(process.exitCode).toBe(1)
    process.exitCode = 0
    expect(mine).toBe(stdoutOf(() => core.setFailed(NASTY)))
    expect(process.exitCode).toBe(1)
  })

  test('getInput: the INPUT_ variable, spaces as _, upper case, trimmed', () => {
    process.env['INPUT_WORKING-DIRECTORY'] = '  examples/app \n'
    process.env['INPUT_GITHUB_TOKEN'] = 'x'
    delete process.env['INPUT_FAIL-ON']
    for (const name of ['working-directory', 'Working-Directory', 'github token', 'fail-on']) expect(runner.getInput(name)).toBe(core.getInput(name))
    expect(runner.getInput('working-directory')).toBe('examples/app')
  })

  test('setOutput: the same heredoc lines in GITHUB_OUTPUT (delimiters are random)', () => {
    const file = (name: string): string => {
      const p = join(tmp, name)
      writeFileSync(p, '')
      return p
    }
    const value = 'line 1\nline 2 ghadelimiter_x'
    process.env.GITHUB_OUTPUT = file('ours')
    runner.setOutput('report', value)
    process.env.GITHUB_OUTPUT = file('theirs')
    core.setOutput('report', value)
    const shape = (p: string): string => readFileSync(p, 'utf8').replace(/ghadelimiter_[0-9a-f-]{36}/g, 'DELIMITER')
    expect(shape(join(tmp, 'ours'))).toBe(shape(join(tmp, 'theirs')))
    expect(shape(join(tmp, 'ours'))).toBe('report<<DELIMITER\nline 1\nline 2 ghadelimiter_x\nDELIMITER\n')
  })

  test('setOutput without GITHUB_OUTPUT: the old set-output command', () => {
    delete process.env.GITHUB_OUTPUT
    expect(stdoutOf(() => runner.setOutput('errors', '3'))).toBe(stdoutOf(() => core.setOutput('errors', '3')))
  })

  test('summary is the toolkit summary itself', () => {
    expect(runner.summary).toBe(core.summary)
  })
})
