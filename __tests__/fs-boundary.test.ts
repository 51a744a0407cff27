/**
 * The file-system rule (issue 22, attacks 3, 7 and 8; SECURITY.md "Reading and writing"): nothing
 * is read through a link that leaves the checked repository (`apps:`, `ignore`, the configuration
 * and `.git` included); nothing is written outside the checked folder or RUNNER_TEMP; `--fix`
 * writes only the regular files it read, only when they have not changed since the check, and
 * never ends in an internal error; `--fix-dry-run` copies nothing. Each test names the hostile
 * input and the safe behaviour.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { chmodSync, closeSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync, ftruncateSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../src/cli/main.js'
import { fixDirectory, FixError, type FixFs } from '../src/fixes/apply.js'
import { findApps, MAX_DEPTH } from '../src/engine/apps.js'
import { findRepository, readRevision } from '../src/files/repository.js'
import * as runner from '../src/action/runner.js'
import { run as runAction } from '../src/action/main.js'
import { PROJECT } from './helpers/paths.js'

const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'rack-check-fs-')))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const options = { environment: 'production', processManager: 'systemd' as const }
const SECRET = 'custom_web: bundle exec puma -b unix:///tmp/web_server.sock -d # OUTSIDE-SECRET-7731'
const PUMA_D = 'custom_web: bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid -d\nworker: bundle exec sidekiq\n'
const LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n\nPLATFORMS\n  ruby\n'
const EXAMPLE = join(PROJECT, 'examples', 'puma-misconfigured')

let n = 0
/** A new empty folder under the test's temporary folder. */
function folder(name: string): string {
  const dir = join(tmp, `${n++}-${name}`)
  mkdirSync(dir, { recursive: true })
  return dir
}

/** A folder outside the checked repository, with an app whose Procfile carries a marker. */
function outside(): string {
  const dir = folder('outside')
  writeFileSync(join(dir, 'Procfile'), SECRET + '\n')
  writeFileSync(join(dir, 'Gemfile.lock'), LOCK)
  return dir
}

function gitInit(dir: string): void {
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
}

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: () => false, env: { NO_COLOR: '1' }, cwd })
  return { code, out, err }
}

/** Every file under a folder with its bytes, to show that nothing there changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const p = join(e.parentPath, e.name)
    out[p] = e.isFile() ? readFileSync(p, 'latin1') : e.isDirectory() ? '<dir>' : '<other>'
  }
  return out
}

/** Entries of the system temporary folder that a copy of the checked folder would have made. */
const fixCopies = (): string[] => readdirSync(tmpdir()).filter((e) => e.startsWith('rack-check-fix-'))

describe('reading: no link out of the repository is followed', () => {
  test('an `apps:` entry that is a link to a folder outside: exit 2 with a message, nothing there read or written (also with --fix)', async () => {
    const away = outside()
    const before = snapshot(away)
    const repo = folder('apps-link')
    gitInit(repo)
    mkdirSync(join(repo, 'web'))
    writeFileSync(join(repo, 'web', 'Procfile'), PUMA_D)
    symlinkSync(away, join(repo, 'linked'))
    writeFileSync(join(repo, '.rack-check.yml'), 'apps: [web, linked]\n')
    for (const extra of [[], ['--fix'], ['--fix-dry-run'], ['--format', 'json']]) {
      const r = await cli(repo, '.', ...extra)
      expect(r.code).toBe(2)
      expect(r.err).toContain('.rack-check.yml:1:13: `apps` entry `linked` leads outside the repository through a symbolic link')
      expect(r.err).not.toContain('internal error')
      expect(r.out + r.err).not.toContain('OUTSIDE-SECRET')
    }
    expect(snapshot(away)).toEqual(before)
    // the app inside was not fixed either: the run stopped before any fix
    expect(readFileSync(join(repo, 'web', 'Procfile'), 'utf8')).toBe(PUMA_D)
  })

  test('an `apps:` entry behind a linked folder (`apps/` a link out): refused the same way', async () => {
    const away = folder('outside-parent')
    cpSync(outside(), join(away, 'web'), { recursive: true })
    const repo = folder('apps-parent-link')
    gitInit(repo)
    symlinkSync(away, join(repo, 'apps'))
    writeFileSync(join(repo, '.rack-check.yml'), 'apps: [apps/web]\n')
    const r = await cli(repo, '.')
    expect(r.code).toBe(2)
    expect(r.err).toContain('`apps/web` leads outside the repository')
    expect(r.out).not.toContain('OUTSIDE-SECRET')
  })

  test('an `apps:` entry that is a link to a folder inside the repository is checked', async () => {
    const repo = folder('apps-inner-link')
    gitInit(repo)
    mkdirSync(join(repo, 'real'))
    writeFileSync(join(repo, 'real', 'Procfile'), PUMA_D)
    writeFileSync(join(repo, 'real', 'Gemfile.lock'), LOCK)
    symlinkSync('real', join(repo, 'web'))
    writeFileSync(join(repo, '.rack-check.yml'), 'apps: [web]\n')
    const r = await cli(repo, '.', '--format', 'json')
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).apps.map((a: { root: string }) => a.root)).toEqual(['real'])
  })

  test('an `apps:` entry that does not exist: exit 2 with a message, not an internal error', async () => {
    const repo = folder('apps-missing')
    gitInit(repo)
    mkdirSync(join(repo, 'web'))
    writeFileSync(join(repo, 'web', 'Procfile'), PUMA_D)
    writeFileSync(join(repo, 'notes.txt'), 'not an app\n')
    // every mistake, each on its own line with the entry's line and column
    writeFileSync(join(repo, '.rack-check.yml'), 'apps:\n  - nowhere\n  - web\n  - notes.txt\n  - "apps/*"\n')
    const r = await cli(repo, '.')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    expect(r.err).toBe(
      [
        'rack-check: .rack-check.yml:2:5: `apps` entry `nowhere` does not exist (or is a broken symbolic link)',
        'rack-check: .rack-check.yml:4:5: `apps` entry `notes.txt` is a file, not a folder; `apps` lists app folders (the folders that hold a Procfile or `.cloud66/`)',
        'rack-check: .rack-check.yml:5:5: `apps` entry `apps/*` does not exist: `apps` lists folders, and patterns are not expanded there; list each folder, or use --recursive (the action: `working-directory: auto`) with `ignore`',
        ''
      ].join('\n')
    )
  })

  test('`ignore` and --recursive: a linked folder (ignored or not) is never entered, whatever it leads to', async () => {
    const away = outside()
    const repo = folder('ignore-link')
    gitInit(repo)
    mkdirSync(join(repo, 'apps', 'web'), { recursive: true })
    writeFileSync(join(repo, 'apps', 'web', 'Procfile'), PUMA_D)
    symlinkSync(away, join(repo, 'apps', 'skipped'))
    symlinkSync(away, join(repo, 'apps', 'linked'))
    writeFileSync(join(repo, '.rack-check.yml'), 'ignore: [skipped]\n')
    const r = await cli(repo, '.', '--recursive', '--format', 'json')
    expect(JSON.parse(r.out).apps.map((a: { root: string }) => a.root)).toEqual(['apps/web'])
    expect(r.out + r.err).not.toContain('OUTSIDE-SECRET')
  })

  test('a `.rack-check.yml` that is a link out of the repository (its `ignore`, `apps` and rules): not read, exit 2 with a message', async () => {
    const away = outside()
    writeFileSync(join(away, 'evil.yml'), 'ignore: ["**"]\nrules:\n  custom-web-daemonizes: off\n')
    const repo = folder('config-link')
    gitInit(repo)
    writeFileSync(join(repo, 'Procfile'), PUMA_D)
    symlinkSync(join(away, 'evil.yml'), join(repo, '.rack-check.yml'))
    const r = await cli(repo, '.', '--recursive')
    expect(r.code).toBe(2)
    expect(r.err).toBe('rack-check: .rack-check.yml: is a symbolic link that leads outside the checked folder; it was not followed\n')
  })

  test('an app folder\'s `.rack-check.yml` linked to the root\'s (inside the repository) is read', async () => {
    const repo = folder('config-inner-link')
    gitInit(repo)
    mkdirSync(join(repo, 'web'))
    writeFileSync(join(repo, 'web', 'Procfile'), PUMA_D)
    writeFileSync(join(repo, 'shared.yml'), 'rules:\n  custom-web-daemonizes: off\n  custom-web-fails-to-boot: off\n')
    symlinkSync('../shared.yml', join(repo, 'web', '.rack-check.yml'))
    const r = await cli(repo, 'web', '--format', 'json')
    expect(r.err).toBe('')
    expect(JSON.parse(r.out).findings.map((f: { rule: string }) => f.rule)).not.toContain('custom-web-daemonizes')
  })
})

describe('.git: no other repository\'s URL, branch or commit', () => {
  /** A repository elsewhere on the machine, with an origin URL, a branch and a commit. */
  function foreign(): { dir: string; sha: string } {
    const dir = folder('victim')
    gitInit(dir)
    const git = (...a: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...a], { cwd: dir, encoding: 'utf8' }).trim()
    git('remote', 'add', 'origin', 'https://github.com/victim/private-repo.git')
    git('checkout', '-q', '-b', 'secret-branch')
    writeFileSync(join(dir, 'x'), 'x')
    git('add', '-A')
    git('commit', '-q', '-m', 'x')
    return { dir, sha: git('rev-parse', 'HEAD') }
  }

  test('a `.git` file with `gitdir: /elsewhere/.git`: the folder is the root, with no git information; SARIF names nothing of the other repository', async () => {
    const victim = foreign()
    const repo = folder('gitdir-file')
    writeFileSync(join(repo, '.git'), `gitdir: ${join(victim.dir, '.git')}\n`)
    writeFileSync(join(repo, 'Procfile'), PUMA_D)
    expect(findRepository(repo, tmp)).toMatchObject({ root: repo, gitDir: null, prefix: '' })
    const r = await cli(repo, '.', '--format', 'sarif')
    const sarif = JSON.parse(r.out)
    expect(sarif.runs[0].versionControlProvenance).toBeUndefined()
    for (const leak of ['victim', 'private-repo', 'secret-branch', victim.sha]) expect(r.out).not.toContain(leak)
    expect(r.err).toContain('its .git file points to a git folder outside the repository')
    // relative `gitdir: ../victim/.git` the same
    writeFileSync(join(repo, '.git'), `gitdir: ../${victim.dir.split('/').pop()}/.git\n`)
    expect(findRepository(repo, tmp).gitDir).toBeNull()
  })

  test('a `commondir` or a HEAD ref leading out of the git folder is not followed', () => {
    const victim = foreign()
    const repo = folder('commondir')
    mkdirSync(join(repo, '.git'))
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/../../../' + victim.dir.split('/').slice(1).join('/') + '/.git/refs/heads/secret-branch\n')
    writeFileSync(join(repo, '.git', 'commondir'), `${join(victim.dir, '.git')}\n`)
    const rev = readRevision(findRepository(repo, tmp).gitDir!)
    expect(rev).toEqual({ repositoryUri: null, revisionId: null, branch: null })
    // a linked ref file is not read either
    writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n')
    mkdirSync(join(repo, '.git', 'refs', 'heads'), { recursive: true })
    symlinkSync(join(victim.dir, '.git', 'refs', 'heads', 'secret-branch'), join(repo, '.git', 'refs', 'heads', 'main'))
    expect(readRevision(join(repo, '.git')).revisionId).toBeNull()
  })

  test('a real `git worktree add` keeps its branch and commit (its git folder names the worktree back)', async () => {
    const main = foreign()
    const wt = join(tmp, `${n++}-wt`)
    execFileSync('git', ['worktree', 'add', '-q', '-b', 'wt-branch', wt], { cwd: main.dir })
    const repo = findRepository(wt, tmp)
    expect(repo.gitDir).not.toBeNull()
    expect(readRevision(repo.gitDir!)).toEqual({ repositoryUri: 'https://github.com/victim/private-repo', revisionId: main.sha, branch: 'wt-branch' })
  })
})

describe('--fix and --fix-dry-run', () => {
  test('a file changed between the check and the write: nothing is applied, a FixError says so (exit 2 from the command line)', async () => {
    const dir = folder('changed')
    cpSync(EXAMPLE, dir, { recursive: true })
    const changed = '# a line added while rack-check was checking\n' + readFileSync(join(dir, 'Procfile'), 'utf8')
    let error: unknown
    await fixDirectory(dir, options, true, { beforeWrite: () => writeFileSync(join(dir, 'Procfile'), changed) }).catch((e: unknown) => (error = e))
    expect(error).toBeInstanceOf(FixError)
    expect((error as Error).message).toBe('Procfile changed while rack-check was checking it, so its fixes no longer apply; nothing was written (run rack-check --fix again)')
    // the edits were never applied to the new text (the issue's `wor: bundle exec sidekiq…`)
    expect(readFileSync(join(dir, 'Procfile'), 'utf8')).toBe(changed)
    expect(readdirSync(dir).filter((f) => f.includes('rack-check-'))).toEqual([])
  })

  test('a Procfile that is a link (inside the folder): --fix writes nothing and exits 2 with a message; the dry run shows the diff and says so', async () => {
    const repo = folder('procfile-link')
    gitInit(repo)
    writeFileSync(join(repo, 'Procfile.real'), PUMA_D)
    writeFileSync(join(repo, 'Gemfile.lock'), LOCK)
    symlinkSync('Procfile.real', join(repo, 'Procfile'))
    const dry = await cli(repo, '.', '--fix-dry-run')
    expect(dry.out).toContain('-custom_web: bundle exec puma')
    expect(dry.err).toBe('rack-check: --fix would not write Procfile: it is a symbolic link; --fix writes only regular files, never through a link\n')
    const r = await cli(repo, '.', '--fix')
    expect(r.code).toBe(2)
    expect(r.err).toBe('rack-check: --fix: Procfile is a symbolic link; --fix writes only regular files, never through a link; nothing was written (--fix-dry-run shows the changes)\n')
    expect(readFileSync(join(repo, 'Procfile.real'), 'utf8')).toBe(PUMA_D)
    expect(readdirSync(repo).sort()).toEqual(['.git', 'Gemfile.lock', 'Procfile', 'Procfile.real'])
  })

  test('a Procfile that is a link out of the folder: not read, not written, no internal error', async () => {
    const away = outside()
    const before = snapshot(away)
    const repo = folder('procfile-link-out')
    gitInit(repo)
    symlinkSync(join(away, 'Procfile'), join(repo, 'Procfile'))
    for (const flag of ['--fix', '--fix-dry-run']) {
      const r = await cli(repo, '.', flag)
      expect(r.err).not.toContain('internal error')
      expect(r.out + r.err).not.toContain('OUTSIDE-SECRET')
      expect([0, 1]).toContain(r.code)
    }
    expect(snapshot(away)).toEqual(before)
  })

  test('FIFOs in the folder (and one named Procfile_production): no hang, no internal error; the Procfile is fixed', async () => {
    const repo = folder('fifo')
    gitInit(repo)
    cpSync(EXAMPLE, repo, { recursive: true })
    mkdirSync(join(repo, 'log'))
    execFileSync('mkfifo', [join(repo, 'log', 'pipe'), join(repo, 'pipe'), join(repo, 'Procfile_production')])
    const dry = await cli(repo, '.', '--fix-dry-run')
    expect(dry.err).not.toContain('internal error')
    expect(dry.out).toContain('+custom_web: bundle exec puma --dir $STACK_PATH -e $RACK_ENV -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n')
    const r = await cli(repo, '.', '--fix')
    expect(r.err).toContain('applied')
    expect(r.err).not.toContain('internal error')
    // what is left: the FIFO reported (file-unreadable), not an error of the run
    expect(r.out).toContain('Procfile_production')
    expect(readFileSync(join(repo, 'Procfile'), 'utf8')).toContain('--pidfile /tmp/web_server.pid\n')
    // a FIFO read would block for ever: the test ending (within jest's timeout) is the hang guard
  })

  describe('a folder that cannot be written', () => {
    const failing = (code: string, at: 'create' | 'rename'): FixFs & { created: string[] } => {
      const created: string[] = []
      const err = () => Object.assign(new Error(`${code}: simulated`), { code })
      return {
        created,
        create(path) {
          if (at === 'create') throw err()
          created.push(path)
          writeFileSync(path, 'partial')
        },
        rename() {
          throw err()
        },
        remove: (path) => rmSync(path, { force: true })
      }
    }

    test.each([
      ['EROFS', 'create', 'Procfile could not be written: the file system is read-only (EROFS); nothing was written'],
      ['EACCES', 'create', 'Procfile could not be written: permission denied (EACCES); nothing was written'],
      ['EPERM', 'rename', 'Procfile could not be replaced: permission denied (EPERM); nothing was written']
    ])('%s on %s (through the seam, as root cannot be refused otherwise): a FixError, the file unchanged, no temporary file left', async (code, at, message) => {
      const dir = folder(`ro-${code}`)
      cpSync(EXAMPLE, dir, { recursive: true })
      const before = snapshot(dir)
      const fs = failing(code, at as 'create' | 'rename')
      await expect(fixDirectory(dir, options, true, { fs })).rejects.toThrow(new FixError(message))
      expect(snapshot(dir)).toEqual(before)
    })

    test('a really read-only folder (chattr +i as root, chmod 555 otherwise): exit 2, a clear message, nothing written', async () => {
      const repo = folder('readonly')
      gitInit(repo)
      cpSync(EXAMPLE, repo, { recursive: true })
      const before = snapshot(repo)
      const root = process.getuid?.() === 0
      let locked = false
      try {
        if (root) {
          try {
            execFileSync('chattr', ['+i', repo], { stdio: 'ignore' })
            locked = true
          } catch {
            locked = false
          }
        } else {
          chmodSync(repo, 0o555)
          locked = true
        }
        if (!locked) {
          console.warn('SKIPPED: chattr +i is not available here, so a read-only folder cannot be made as root; the seam tests above cover it')
          return
        }
        const r = await cli(repo, '.', '--fix')
        expect(r.code).toBe(2)
        expect(r.err).toMatch(/^rack-check: --fix: Procfile could not be written: permission denied \((EPERM|EACCES)\); nothing was written\n$/)
      } finally {
        if (locked && root) execFileSync('chattr', ['-i', repo])
        else if (locked) chmodSync(repo, 0o755)
      }
      expect(snapshot(repo)).toEqual(before)
    })
  })

  test('--fix-dry-run on a folder with a 512 MB file, 10,000 files and a FIFO: no copy, nothing left behind, the big file not read', async () => {
    const repo = folder('big')
    cpSync(EXAMPLE, repo, { recursive: true })
    mkdirSync(join(repo, 'log'))
    // sparse: 512 MB as the folder says, no disk used
    const fd = openSync(join(repo, 'log', 'production.log'), 'w')
    ftruncateSync(fd, 512 * 1024 * 1024)
    closeSync(fd)
    mkdirSync(join(repo, 'public', 'assets'), { recursive: true })
    for (let i = 0; i < 10_000; i++) writeFileSync(join(repo, 'public', 'assets', `a${i}.js`), '')
    // a copy of the folder would stop here (Node's cp refuses a FIFO; a plain read would block)
    execFileSync('mkfifo', [join(repo, 'log', 'pipe')])
    const before = readdirSync(repo, { recursive: true }).length
    const copies = fixCopies()
    // bytes this process read (proc(5), /proc/self/io `rchar`): the run is in-process, so reading or
    // copying the 512 MB file would add at least 512 MB
    const readSoFar = (): number => Number(/^rchar: (\d+)$/m.exec(readFileSync('/proc/self/io', 'utf8'))?.[1])
    const readBefore = readSoFar()
    const r = await cli(repo, '.', '--fix-dry-run')
    const read = readSoFar() - readBefore
    expect(r.err).toBe('')
    expect(r.out).toContain('+custom_web: bundle exec puma --dir $STACK_PATH -e $RACK_ENV -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n')
    expect(fixCopies()).toEqual(copies)
    expect(readdirSync(repo, { recursive: true }).length).toBe(before)
    expect(readFileSync(join(repo, 'Procfile'), 'utf8')).toBe(readFileSync(join(EXAMPLE, 'Procfile'), 'utf8'))
    expect(read).toBeLessThan(64 * 1024 * 1024)
  })
})

describe('the action writes only under RUNNER_TEMP (a real folder), never into the workspace', () => {
  const saved = { ...process.env }
  let log: string[] = []
  const write = runner.jobLog.write
  beforeEach(() => {
    log = []
    runner.jobLog.write = (text: string) => void log.push(text)
  })
  afterEach(() => {
    runner.jobLog.write = write
    for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k]
    Object.assign(process.env, saved)
    process.exitCode = 0
  })

  /** Runs the action from the sources with these variables; returns its outputs. */
  async function action(env: Record<string, string | undefined>): Promise<Record<string, string>> {
    const out = join(tmp, `out-${n++}`)
    writeFileSync(out, '')
    for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_') || k === 'RUNNER_TEMP') delete process.env[k]
    Object.assign(process.env, { GITHUB_OUTPUT: out, GITHUB_EVENT_NAME: 'push', INPUT_COMMENT: 'never', INPUT_SARIF: 'true' })
    for (const [k, v] of Object.entries(env)) if (v !== undefined) process.env[k] = v
    await runAction()
    const outputs: Record<string, string> = {}
    for (const m of readFileSync(out, 'utf8').matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3]
    return outputs
  }

  function workspace(): string {
    const ws = folder('workspace')
    cpSync(EXAMPLE, ws, { recursive: true })
    return ws
  }

  test('RUNNER_TEMP unset and a committed `.rack-check` link to a folder outside: nothing written there or in the workspace; a warning names the new folder', async () => {
    const away = folder('report-target')
    const ws = workspace()
    symlinkSync(away, join(ws, '.rack-check'))
    const before = snapshot(ws)
    const outputs = await action({ GITHUB_WORKSPACE: ws })
    expect(readdirSync(away)).toEqual([])
    expect(snapshot(ws)).toEqual(before)
    const report = outputs.report
    expect(report.startsWith(ws)).toBe(false)
    expect(report.startsWith(realpathSync(tmpdir()) + '/rack-check-') || report.startsWith(tmpdir() + '/rack-check-')).toBe(true)
    expect(JSON.parse(readFileSync(report, 'utf8')).schemaVersion).toBe(1)
    expect(existsSync(outputs.sarif)).toBe(true)
    expect(log.join('')).toContain(`::warning::rack-check: RUNNER_TEMP is not set, so the report is written to a new folder, ${join(report, '..')}, not into the workspace`)
    rmSync(join(report, '..'), { recursive: true, force: true })
  })

  test('RUNNER_TEMP a link: not written through; a real RUNNER_TEMP is used, and an old report there that is a link is replaced, not followed', async () => {
    const away = folder('runner-temp-target')
    const link = join(folder('runner-temp'), 'temp')
    symlinkSync(away, link)
    const ws = workspace()
    const outputs = await action({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: link })
    expect(readdirSync(away)).toEqual([])
    expect(log.join('')).toContain(`RUNNER_TEMP (${link}) is a symbolic link, which rack-check does not write through`)
    rmSync(join(outputs.report, '..'), { recursive: true, force: true })

    const temp = folder('runner-temp-real')
    const victim = join(away, 'victim.json')
    writeFileSync(victim, 'keep')
    symlinkSync(victim, join(temp, 'rack-check-report.json'))
    const again = await action({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: temp })
    expect(again.report).toBe(join(temp, 'rack-check-report.json'))
    expect(readFileSync(victim, 'utf8')).toBe('keep')
    expect(JSON.parse(readFileSync(again.report, 'utf8')).schemaVersion).toBe(1)
    expect(readdirSync(temp).sort()).toEqual(['rack-check-report.json', 'rack-check.sarif'])
  })

  test('the `config` input through a committed link to a folder outside: not read, the step fails with a message', async () => {
    const away = outside()
    writeFileSync(join(away, 'rack.yml'), 'rules:\n  custom-web-daemonizes: off\n')
    const ws = workspace()
    symlinkSync(away, join(ws, 'ci'))
    await action({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: folder('t'), INPUT_CONFIG: 'ci/rack.yml' })
    expect(process.exitCode).toBe(1)
    expect(log.join('')).toContain('::error::ci/rack.yml: is a symbolic link that leads outside the checked folder; it was not followed')
  })

  test('working-directory: auto with an app deeper than the walk goes: a warning says what was not looked into', async () => {
    const ws = workspace()
    const deep = join(ws, ...Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `d${i}`))
    mkdirSync(deep, { recursive: true })
    writeFileSync(join(deep, 'Procfile'), PUMA_D)
    await action({ GITHUB_WORKSPACE: ws, RUNNER_TEMP: folder('t'), 'INPUT_WORKING-DIRECTORY': 'auto' })
    expect(log.join('')).toContain(`::warning::rack-check: working-directory: auto did not look into 1 folder more than ${MAX_DEPTH} levels deep (below d0/`)
  })
})

describe('--recursive: the depth limit is said, never a silent skip', () => {
  test('an app 33 folders deep: not checked, and a line on stderr says so', async () => {
    const repo = folder('deep')
    gitInit(repo)
    const parts = Array.from({ length: MAX_DEPTH + 1 }, (_, i) => `d${i}`)
    mkdirSync(join(repo, ...parts), { recursive: true })
    writeFileSync(join(repo, ...parts, 'Procfile'), PUMA_D)
    const found = findApps(repo)
    expect(found).toEqual({ apps: [], truncated: false, tooDeep: [parts.slice(0, MAX_DEPTH).join('/')], tooDeepCount: 1 })
    const r = await cli(repo, '.', '--recursive')
    expect(r.err).toBe(`rack-check: --recursive did not look into 1 folder more than ${MAX_DEPTH} levels deep (below ${parts.slice(0, MAX_DEPTH).join('/')}), so an app there is not checked; give its folder explicitly\n`)
    // 32 deep is still found
    const shallow = folder('shallow')
    mkdirSync(join(shallow, ...parts.slice(0, MAX_DEPTH)), { recursive: true })
    writeFileSync(join(shallow, ...parts.slice(0, MAX_DEPTH), 'Procfile'), PUMA_D)
    expect(findApps(shallow)).toMatchObject({ apps: [parts.slice(0, MAX_DEPTH).join('/')], tooDeepCount: 0 })
  })
})
