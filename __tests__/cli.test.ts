/**
 * The command line's habits (issue 26): one-line usage errors with a did-you-mean, -v/-V/--version,
 * `--`, -o/--output-file, FORCE_COLOR, `fail-on` and `.rack-check.yaml` in the configuration, the
 * hint for a monorepo root checked without --recursive, and plurals. Run in-process on the
 * sources; bundle.test.ts runs the built CLI as a process.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { colorFromEnvironment, run } from '../src/cli/main.js'
import { OPTIONS, USAGE } from '../src/cli/args.js'
import { TOOL_VERSION } from '../src/engine/check.js'
import { FIXTURES, PROJECT } from './helpers/paths.js'

const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'rack-check-cli-')))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** warnings only (hooks-not-a-list, puma-restart-old-release): exit 0 at the default fail-on */
const WARNINGS_ONLY = join(FIXTURES, 'rules', 'hooks-not-a-list', 'bad')

async function cli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: () => false, env: options.env ?? { NO_COLOR: '1' }, cwd: options.cwd ?? PROJECT })
  return { code, out, err }
}

let n = 0
/** A new git repository holding a copy of the warnings-only app at `at` ('' = its root). */
function repository(at = ''): string {
  const dir = join(tmp, `repo-${n++}`)
  mkdirSync(dir, { recursive: true })
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
  cpSync(WARNINGS_ONLY, join(dir, at), { recursive: true, filter: (src) => !src.endsWith('expected.txt') })
  return dir
}

describe('usage errors: one line, where the help is, exit 2', () => {
  test.each([
    [['--fromat', 'json'], 'unknown option --fromat; did you mean --format?'],
    [['--recursiv'], 'unknown option --recursiv; did you mean --recursive?'],
    [['--verbos'], 'unknown option --verbos; did you mean --verbose?'],
    [['--fail-on', 'warn'], '--fail-on must be one of error, warning, notice, never, not "warn"; did you mean warning?'],
    [['--format', 'yaml'], '--format must be one of text, json, github, sarif, not "yaml"'],
    [['--format'], '--format needs a value (text|json|github|sarif)'],
    [['--help=yes'], '--help takes no value'],
    [['-x'], 'unknown option -x'],
    [['--zzzzzz'], 'unknown option --zzzzzz'],
    [['--sarif'], 'unknown option --sarif; did you mean --sarif-category?'],
    [['-v', '.'], '-v prints the version (as in ESLint); for the prediction and restart details use --verbose'],
    [['--fix', '--fix-dry-run'], '--fix and --fix-dry-run cannot be used together'],
    [['--fix', '-o', 'out.txt'], '--output-file and --fix cannot be used together: --fix writes the files it fixes, and its report goes to stdout']
  ])('%j', async (args, message) => {
    const r = await cli(args)
    expect(r).toEqual({ code: 2, out: '', err: `rack-check: ${message}\nRun rack-check --help for usage.\n` })
  })

  test('the help lists every option of the table, in lines of at most 100 characters', async () => {
    const r = await cli(['--help'])
    expect(r.code).toBe(0)
    expect(r.out).toBe(USAGE)
    for (const o of OPTIONS) expect(USAGE).toContain(`--${o.name}`)
    for (const line of USAGE.split('\n')) expect(line.length).toBeLessThanOrEqual(100)
    expect(USAGE).toContain('  -o, --output-file FILE')
    expect(USAGE).not.toContain('-v, --verbose')
  })
})

describe('--version, -V and -v', () => {
  test.each([[['--version']], [['-V']], [['-v']]])('%j prints the version', async (args) => {
    expect(await cli(args)).toEqual({ code: 0, out: `rack-check ${TOOL_VERSION}\n`, err: '' })
  })

  test('--verbose (no short form) adds the prediction', async () => {
    const r = await cli(['examples/puma-correct', '--verbose'])
    expect(r.out).toContain('boots: yes')
    expect((await cli(['examples/puma-correct'])).out).not.toContain('boots: yes')
  })
})

test('`--` ends the options: a folder whose name starts with a dash', async () => {
  const repo = repository('--app')
  const r = await cli(['--format', 'json', '--', '--app'], { cwd: repo })
  expect(r.err).toBe('')
  expect(JSON.parse(r.out).apps.map((a: { root: string }) => a.root)).toEqual(['--app'])
})

describe('-o/--output-file', () => {
  test('the report goes to the file, nothing to stdout; the exit status is the check’s', async () => {
    const dir = join(tmp, `out-${n++}`)
    mkdirSync(dir)
    const direct = await cli(['examples/puma-misconfigured', '--format', 'json'])
    // an absolute path, the = form, and a path relative to the current directory
    for (const args of [['-o', join(dir, 'a.json')], [`--output-file=${join(dir, 'b.json')}`], ['-o', 'c.json']]) {
      const r = await cli([join(PROJECT, 'examples', 'puma-misconfigured'), '--format', 'json', ...args], { cwd: dir })
      expect(r).toEqual({ code: 1, out: '', err: '' })
    }
    for (const f of ['a.json', 'b.json', 'c.json']) expect(JSON.parse(readFileSync(join(dir, f), 'utf8'))).toEqual(JSON.parse(direct.out))
  })

  test('a file that cannot be written: exit 2, said plainly', async () => {
    const r = await cli(['examples/puma-correct', '-o', join(tmp, 'no', 'such', 'folder', 'out.txt')])
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(`rack-check: cannot write --output-file ${join(tmp, 'no', 'such', 'folder', 'out.txt')}: ENOENT\n`)
  })

  test('text in a file has no colour unless asked for', async () => {
    const file = join(tmp, `text-${n++}.txt`)
    await cli(['examples/puma-misconfigured', '-o', file], { env: {} })
    expect(readFileSync(file, 'utf8')).not.toContain('\u001b[')
    await cli(['examples/puma-misconfigured', '-o', file, '--color'], { env: {} })
    expect(readFileSync(file, 'utf8')).toContain('\u001b[')
  })
})

describe('colour: --color/--no-color, then FORCE_COLOR (as Node reads it), then NO_COLOR and TERM', () => {
  test.each([
    [{ FORCE_COLOR: '1' }, true],
    [{ FORCE_COLOR: '3' }, true],
    [{ FORCE_COLOR: 'true' }, true],
    [{ FORCE_COLOR: '' }, true],
    [{ FORCE_COLOR: '0' }, false],
    [{ FORCE_COLOR: 'false' }, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    [{ NO_COLOR: '1' }, false],
    [{ TERM: 'dumb' }, false],
    [{}, null]
  ])('%j → %s', (env, expected) => {
    expect(colorFromEnvironment(env)).toBe(expected)
  })

  test('FORCE_COLOR=1 colours text through a pipe; --no-color wins over it', async () => {
    expect((await cli(['examples/puma-misconfigured'], { env: { FORCE_COLOR: '1' } })).out).toContain('\u001b[')
    expect((await cli(['examples/puma-misconfigured', '--no-color'], { env: { FORCE_COLOR: '1' } })).out).not.toContain('\u001b[')
    expect((await cli(['examples/puma-misconfigured', '--color'], { env: { FORCE_COLOR: '0' } })).out).toContain('\u001b[')
  })
})

describe('.rack-check.yml and .rack-check.yaml', () => {
  test('`fail-on` in the file sets the exit status; --fail-on wins over it', async () => {
    const repo = repository()
    expect((await cli(['.'], { cwd: repo })).code).toBe(0)
    writeFileSync(join(repo, '.rack-check.yml'), 'fail-on: warning\n')
    expect((await cli(['.'], { cwd: repo })).code).toBe(1)
    expect((await cli(['.', '--fail-on', 'error'], { cwd: repo })).code).toBe(0)
  })

  test('.rack-check.yaml is found as .rack-check.yml is', async () => {
    const repo = repository()
    writeFileSync(join(repo, '.rack-check.yaml'), 'fail-on: warning\nrules:\n  hooks-not-a-list: off\n')
    const r = await cli(['.', '--format', 'json'], { cwd: repo })
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).findings.map((f: { rule: string }) => f.rule)).not.toContain('hooks-not-a-list')
  })

  test('both in one folder: a configuration error (exit 2) that names both', async () => {
    const repo = repository()
    writeFileSync(join(repo, '.rack-check.yml'), 'fail-on: warning\n')
    writeFileSync(join(repo, '.rack-check.yaml'), 'fail-on: never\n')
    expect(await cli(['.'], { cwd: repo })).toEqual({
      code: 2,
      out: '',
      err: 'rack-check: .rack-check.yaml: both .rack-check.yml and .rack-check.yaml exist; rack-check reads one configuration per folder, so delete one of them (or merge them into one)\n'
    })
  })

  test('every mistake of the file, one line each, exit 2', async () => {
    const repo = repository()
    writeFileSync(join(repo, '.rack-check.yml'), 'fial-on: warning\nignore: ["{tmp,log}"]\n')
    const r = await cli(['.'], { cwd: repo })
    expect(r.code).toBe(2)
    expect(r.err.split('\n').filter(Boolean)).toEqual([
      'rack-check: .rack-check.yml:1:1: `fial-on` is not a setting of .rack-check.yml; did you mean `fail-on`?',
      "rack-check: .rack-check.yml:2:10: `{tmp,log}` uses braces (`{a,b}`), which rack-check's globs do not support; they support `*` (any characters but `/`), `**` (any number of folders), `?` (one character) and plain characters: write one pattern per item"
    ])
  })
})

describe('a monorepo root checked without --recursive', () => {
  test('says how many app folders are below, names the first three and suggests --recursive; exit 0 as for nothing found', async () => {
    const repo = join(tmp, `mono-${n++}`)
    mkdirSync(repo)
    execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo })
    for (const app of ['apps/api', 'apps/web', 'services/admin', 'services/billing']) cpSync(WARNINGS_ONLY, join(repo, app), { recursive: true })
    const r = await cli(['.'], { cwd: repo })
    expect(r.code).toBe(0)
    expect(r.out).toContain('No Cloud 66 deployment files')
    expect(r.err).toBe('rack-check: no Cloud 66 deployment files in . itself, but 4 app folders below it: apps/api, apps/web, services/admin, and 1 more; check them with rack-check --recursive . (in the GitHub Action: working-directory: auto)\n')
    // with --recursive they are checked, and the hint is gone
    const all = await cli(['.', '--recursive'], { cwd: repo })
    expect(all.err).toBe('')
    expect(all.out).not.toContain('No Cloud 66 deployment files')
  })

  test('an empty folder gets no hint', async () => {
    const dir = join(tmp, `empty-${n++}`)
    mkdirSync(dir)
    expect((await cli(['.'], { cwd: dir })).err).toBe('')
  })
})

test('plurals: "applied 1 fix in 1 file", never "(s)"', async () => {
  const repo = join(tmp, `fix-${n++}`)
  cpSync(join(PROJECT, 'examples', 'puma-misconfigured'), repo, { recursive: true })
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: repo })
  const r = await cli(['.', '--fix'], { cwd: repo })
  expect(r.err).toMatch(/^rack-check: applied \d+ fix(es)? in 1 file\n$/)
  expect(r.out).not.toContain('(s)')
})
