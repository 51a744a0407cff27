/**
 * src/action/runner.ts writes the runner protocol itself (loading @actions/core costs start-up
 * time). Each function must write exactly what @actions/core's function writes: the same
 * workflow commands, the same output and summary file contents, the same exit code.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import * as core from '@actions/core'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as runner from '../src/action/runner.js'
import { logLine } from '../src/core/neutralise.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-runner-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** What `fn` writes to stdout: @actions/core writes through process.stdout, the runner module through its job log. */
function stdoutOf(fn: () => void): string {
  const chunks: string[] = []
  const write = process.stdout.write
  const log = runner.jobLog.write
  process.stdout.write = ((c: string | Uint8Array) => {
    chunks.push(String(c))
    return true
  }) as typeof process.stdout.write
  runner.jobLog.write = (text: string) => void chunks.push(text)
  try {
    fn()
  } finally {
    process.stdout.write = write
    runner.jobLog.write = log
  }
  return chunks.join('')
}

// hostile text: line breaks, the escape character, the property separators, a fake command
const NASTY = 'a%b\r\nc::error::x, d:e\n::add-mask::'
const PROPS: runner.AnnotationProperties = { title: 'rule, id: 1', file: 'dir,x/Procfile:2', startLine: 3, endLine: 3, startColumn: 4, endColumn: 9 }

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
    ['error', (m: string, p?: runner.AnnotationProperties) => runner.error(m, p), (m: string, p?: runner.AnnotationProperties) => core.error(m, p)],
    ['warning', (m: string, p?: runner.AnnotationProperties) => runner.warning(m, p), (m: string, p?: runner.AnnotationProperties) => core.warning(m, p)],
    ['notice', (m: string, p?: runner.AnnotationProperties) => runner.notice(m, p), (m: string, p?: runner.AnnotationProperties) => core.notice(m, p)]
  ])('%s: the same workflow command, escaped the same way, of the neutralised text', (name, ours, theirs) => {
    // text without control characters: exactly core's command
    expect(stdoutOf(() => ours('plain, 100% done: a::b', PROPS))).toBe(stdoutOf(() => theirs('plain, 100% done: a::b', PROPS)))
    expect(stdoutOf(() => ours('plain'))).toBe(stdoutOf(() => theirs('plain')))
    // hostile text: core's command of the text as neutralise.ts shows it (control characters as \xNN)
    const mine = stdoutOf(() => ours(NASTY, PROPS))
    expect(mine).toBe(stdoutOf(() => theirs(logLine(NASTY), { ...PROPS, title: logLine(PROPS.title!), file: logLine(PROPS.file!) })))
    expect(mine.startsWith(`::${name} title=rule%2C id%3A 1,file=dir%2Cx/Procfile%3A2,line=3,endLine=3,col=4,endColumn=9::a%25b\\x0d\\x0ac::error::x`)).toBe(true)
    expect(mine.split('\n').filter(Boolean)).toHaveLength(1)
  })

  test('info, setSecret and setFailed', () => {
    expect(stdoutOf(() => runner.info('plain: a::b ##x'))).toBe(stdoutOf(() => core.info('plain: a::b ##x')))
    // a log line never holds a line break, an escape or a command of repository text
    expect(stdoutOf(() => runner.info(NASTY))).toBe(stdoutOf(() => core.info('a%b\\x0d\\x0ac::error::x, d:e\\x0a::add-mask::')))
    expect(stdoutOf(() => runner.info('::stop-commands::t\n##[error]x\u202e\x1b[2J'))).toBe('\\x3a:stop-commands::t\\x0a\\x23#[error]x\\u{202e}\\x1b[2J\n')
    expect(stdoutOf(() => runner.setSecret('ghp_s3cr%t\n'))).toBe(stdoutOf(() => core.setSecret('ghp_s3cr%t\n')))
    process.exitCode = 0
    const mine = stdoutOf(() => runner.setFailed(NASTY))
    expect(process.exitCode).toBe(1)
    process.exitCode = 0
    expect(mine).toBe(stdoutOf(() => core.setFailed(logLine(NASTY))))
    expect(process.exitCode).toBe(1)
  })

  test('getInput: the INPUT_ variable, spaces as _, upper case, trimmed', () => {
    process.env['INPUT_WORKING-DIRECTORY'] = '  examples/app \n'
    process.env['INPUT_GITHUB_TOKEN'] = 'x'
    delete process.env['INPUT_FAIL-ON']
    for (const name of ['working-directory', 'Working-Directory', 'github token', 'fail-on']) expect(runner.getInput(name)).toBe(core.getInput(name))
    expect(runner.getInput('working-directory')).toBe('examples/app')
  })

  test('setOutput: the same heredoc lines in GITHUB_OUTPUT (delimiters are random), never a delimiter the value holds', () => {
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
    const shape = (p: string): string => readFileSync(p, 'utf8').replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIMITER')
    expect(shape(join(tmp, 'ours'))).toBe(shape(join(tmp, 'theirs')))
    expect(shape(join(tmp, 'ours'))).toBe('report<<DELIMITER\nline 1\nline 2 ghadelimiter_x\nDELIMITER\n')

    // a value that holds the first delimiter Math.random would give gets another one
    const random = Math.random
    const draws = [0.5, 0.25, 0.5, 0.25, 0.75, 0.125]
    Math.random = () => draws.shift() ?? random()
    try {
      process.env.GITHUB_OUTPUT = file('clash')
      runner.setOutput('x', 'a\nghadelimiter_848\nb')
    } finally {
      Math.random = random
    }
    expect(readFileSync(join(tmp, 'clash'), 'utf8')).toBe('x<<ghadelimiter_c2\na\nghadelimiter_848\nb\nghadelimiter_c2\n')
  })

  test('setOutput without GITHUB_OUTPUT: the old set-output command', () => {
    delete process.env.GITHUB_OUTPUT
    expect(stdoutOf(() => runner.setOutput('errors', '3'))).toBe(stdoutOf(() => core.setOutput('errors', '3')))
  })

  test('the job summary: the markdown appended, as core.summary.addRaw(markdown).write() does', async () => {
    const markdown = '## rack-check\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'
    for (const name of ['ours', 'theirs']) writeFileSync(join(tmp, `summary-${name}`), 'before\n')
    process.env.GITHUB_STEP_SUMMARY = join(tmp, 'summary-ours')
    expect(runner.appendSummary(markdown)).toBe(true)
    process.env.GITHUB_STEP_SUMMARY = join(tmp, 'summary-theirs')
    await core.summary.addRaw(markdown).write()
    core.summary.emptyBuffer()
    expect(readFileSync(join(tmp, 'summary-ours'), 'utf8')).toBe(readFileSync(join(tmp, 'summary-theirs'), 'utf8'))
    delete process.env.GITHUB_STEP_SUMMARY
    expect(runner.appendSummary(markdown)).toBe(false)
  })

  test('annotations without properties, and properties without values, are left out as core does', () => {
    const partial = { title: 'x', startLine: 3 }
    expect(stdoutOf(() => runner.warning('m', partial))).toBe(stdoutOf(() => core.warning('m', partial)))
    expect(stdoutOf(() => runner.warning('m', {}))).toBe('::warning::m\n')
  })
})
