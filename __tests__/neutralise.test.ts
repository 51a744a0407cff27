/**
 * Repository text in every sink (issue 22, item 1): every control character, line break, `::`
 * sequence, `##[` and bidi or invisible mark, in a folder name, a file name, a manifest key and a
 * value, reaches the terminal, the CI log, an annotation and JSON/SARIF only as text. The unit
 * tests take each character alone; the end-to-end tests run the CLI on such an app in every format
 * (and `--fix-dry-run`), and the bundled action with `working-directory: auto`.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { annotationMessage, annotationProperty, jsonText, logLine, terminalOutput, terminalText, visible } from '../src/core/neutralise.js'
import { run } from '../src/cli/main.js'
import { ACTION } from './helpers/action-run.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-neutralise-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** C0 (but NUL, which no file name holds), DEL, C1 */
const CONTROLS = [...Array.from({ length: 31 }, (_, i) => i + 1), 0x7f, ...Array.from({ length: 32 }, (_, i) => 0x80 + i)].map((c) => String.fromCharCode(c))
/** bidi embeddings, overrides, isolates and marks; zero-width and invisible characters; line and paragraph separators */
const INVISIBLE = [0x061c, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff].map((c) => String.fromCharCode(c))
const UNSAFE = [...CONTROLS, ...INVISIBLE]
const COMMANDS = ['::error::forged', '::stop-commands::tok', '  ::warning file=x::y', '##[error]v1', '###[set-output name=a]b']

/** no unsafe character at all, but the line feeds and tabs given */
function unsafeIn(text: string, keep = '\n\t'): string[] {
  return [...text].filter((c) => UNSAFE.includes(c) && !keep.includes(c)).map((c) => `U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
/** lines the Actions runner would read as a command: `::` after blanks at the start, `##[` anywhere */
function commandLines(text: string): string[] {
  return text.split('\n').filter((l) => /^\s*::/.test(l) || l.includes('##['))
}

describe('each sink, each character', () => {
  test.each(UNSAFE.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))('%s is shown as an escape', (_name, c) => {
    const text = `a${c}b`
    expect(unsafeIn(visible(text), '\t')).toEqual([])
    expect(unsafeIn(logLine(text), '\t')).toEqual([])
    expect(unsafeIn(annotationMessage(text), '\t')).toEqual([])
    expect(unsafeIn(annotationProperty(text), '\t')).toEqual([])
    expect(unsafeIn(terminalOutput(text))).toEqual([])
    // JSON: the same value back, with no C1, bidi or invisible character in the text
    const json = jsonText(JSON.stringify({ k: text }))
    expect(JSON.parse(json)).toEqual({ k: text })
    expect(unsafeIn(json)).toEqual([])
    if (c === '\t') expect(visible(text)).toBe(text)
    else expect(visible(text)).toMatch(/^a\\(x[0-9a-f]{2}|u\{[0-9a-f]+\})b$/)
  })

  test.each(COMMANDS)('%j starts no command in any sink', (cmd) => {
    for (const text of [cmd, `x\n${cmd}`, `x\r\n${cmd}`, `x\u2028${cmd}`, `x\x85${cmd}`]) {
      expect(commandLines(logLine(text))).toEqual([])
      expect(commandLines(terminalOutput(text))).toEqual([])
      expect(commandLines(terminalText(visible(text)))).toEqual([])
      expect(logLine(text).split('\n')).toHaveLength(1)
      expect(annotationMessage(text)).not.toMatch(/[\r\n]|##\[/)
      const json = jsonText(JSON.stringify([text]))
      expect(commandLines(json)).toEqual([])
      expect(JSON.parse(json)).toEqual([text])
    }
  })

  test('text without such characters is unchanged', () => {
    const plain = 'Puma::Server at tcp://0.0.0.0:3000, a::b, # 1 [x] 100% ✓ → é'
    expect(visible(plain)).toBe(plain)
    expect(logLine(plain)).toBe(plain)
    expect(terminalOutput(plain + '\n')).toBe(plain + '\n')
    expect(jsonText(JSON.stringify(plain))).toBe(JSON.stringify(plain))
  })
})

// a folder, a file, a key and a value made of every unsafe character and fake commands
const HOSTILE = `x\n::error::forged\r\n  ::stop-commands::t\n##[warning]v1 ${CONTROLS.filter((c) => c !== '\n' && c !== '\r').join('')}${INVISIBLE.join('')}\x1b]0;title\x07\x1b[2J`
const FOLDER = HOSTILE.slice(0, 200)

function hostileRepository(): string {
  const repo = join(tmp, 'repo')
  const app = join(repo, 'apps', FOLDER)
  mkdirSync(join(app, '.cloud66'), { recursive: true })
  writeFileSync(join(app, 'Gemfile.lock'), 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n\nPLATFORMS\n  ruby\n')
  // the custom_web line fails (-d, with a fix), a process name and a manifest key and value carry the text
  writeFileSync(join(app, 'Procfile'), `custom_web: bundle exec puma -d -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n${'w' + HOSTILE.replace(/[\n\r:]/g, '')}: x\n`)
  writeFileSync(join(app, '.cloud66', 'manifest.yml'), `procfile_metadata:\n  web:\n    restart_signal: ${JSON.stringify(HOSTILE)}\n    ${JSON.stringify(HOSTILE)}: 1\n`)
  // a file of that name next to the app's, so that file names carry it too
  writeFileSync(join(app, HOSTILE.slice(0, 100)), 'x')
  return repo
}

async function cli(args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const code = await run(args, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: () => false, env: {}, cwd })
  return { code, stdout, stderr }
}

describe('the CLI on an app whose folder, files, keys and values are hostile', () => {
  const repo = hostileRepository()
  test.each(['text', 'json', 'sarif'])('--format %s: no unsafe character, no command line', async (format) => {
    const r = await cli(['--recursive', '--verbose', '--format', format, '.'], repo)
    expect(r.code).toBe(1)
    // the app was found and checked, its findings name it
    expect(r.stdout).toContain('procfile-invalid-line')
    expect(r.stdout).toMatch(/metadata-(unknown-key|invalid-value|signal-spelling)/)
    expect(r.stdout).toContain(format === 'text' ? 'apps/x\\x0a::error::forged\\x0d\\x0a  ::stop-commands' : 'forged')
    for (const out of [r.stdout, r.stderr]) {
      expect(unsafeIn(out)).toEqual([])
      expect(commandLines(out)).toEqual([])
    }
    if (format !== 'text') expect(JSON.stringify(JSON.parse(r.stdout))).toContain(JSON.stringify(FOLDER).slice(1, 30))
  })

  test('--format github: each line one of our commands, each field escaped', async () => {
    const r = await cli(['--recursive', '--format', 'github', '.'], repo)
    expect(r.code).toBe(1)
    const lines = r.stdout.split('\n').filter(Boolean)
    expect(lines.length).toBeGreaterThanOrEqual(3)
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^:,]+,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?,title=[\w-]+::[^\n]*$/)
    expect(unsafeIn(r.stdout)).toEqual([])
    expect(r.stdout).not.toContain('##[')
  })

  test('--fix-dry-run: the diff shows the hostile line as text', async () => {
    const r = await cli(['--fix-dry-run', join('apps', FOLDER)], repo)
    expect(r.stdout).toMatch(/^--- a\//)
    expect(unsafeIn(r.stdout)).toEqual([])
    expect(commandLines(r.stdout)).toEqual([])
  })

  test('a configuration error that quotes a hostile key', async () => {
    writeFileSync(join(tmp, 'bad.yml'), `${JSON.stringify(HOSTILE)}: 1\n`)
    const r = await cli(['--config', join(tmp, 'bad.yml'), join('apps', FOLDER)], repo)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(/^rack-check: /)
    expect(unsafeIn(r.stderr)).toEqual([])
    expect(commandLines(r.stderr)).toEqual([])
  })
})

describe('the bundled action with working-directory: auto', () => {
  test('the folder names it logs and the annotations it writes start no command', () => {
    const repo = hostileRepository()
    const out = join(tmp, 'out')
    writeFileSync(out, '')
    const r = spawnSync(process.execPath, [ACTION], { encoding: 'utf8', env: { PATH: process.env.PATH, GITHUB_WORKSPACE: repo, 'INPUT_WORKING-DIRECTORY': 'auto', INPUT_COMMENT: 'never', GITHUB_EVENT_NAME: 'push', GITHUB_OUTPUT: out, RUNNER_TEMP: tmp } })
    expect(r.stderr).toBe('')
    const lines = r.stdout.split(/\r?\n/)
    // our annotations are all there: the only lines that are commands, each of one line
    const commands = lines.filter((l) => /^\s*(::|##\[)/.test(l) || l.includes('##['))
    expect(commands.length).toBeGreaterThan(2)
    for (const l of commands) expect(l).toMatch(/^::(error|warning|notice)( title=[\w-]+,file=[^:,\n]+,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?)?::/)
    expect(commands.some((l) => l.startsWith('::warning title=procfile-invalid-line'))).toBe(true)
    expect(commands.join('\n')).not.toContain('##[')
    // the log line naming the app folders shows the name as text
    expect(lines.some((l) => l.startsWith('rack-check: working-directory: auto found') && l.includes('apps/x\\x0a::error::forged\\x0d\\x0a  ::stop-commands'))).toBe(true)
    expect(unsafeIn(r.stdout)).toEqual([])
  })
})
