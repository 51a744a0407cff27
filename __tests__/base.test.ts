/**
 * `--base REF`: the base's deployment files are read from git (plumbing only) and the transition
 * to or from Passenger is reported. Each test builds a small git repository.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../src/cli/main.js'

const work = mkdtempSync(join(tmpdir(), 'rack-check-base-test-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const PUMA = 'custom_web: bundle exec puma -e $RACK_ENV -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid --dir $STACK_PATH\n'
const UNICORN = 'custom_web: bundle exec unicorn -E $RACK_ENV -l /tmp/web_server.sock -c config/unicorn.rb\n'
const LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n    unicorn (6.1.0)\n\nPLATFORMS\n  ruby\n'

let n = 0
/** A repository with one commit per state: `states[i]` maps paths to contents (null removes). */
function repo(states: Array<Record<string, string | null>>, sub = ''): string {
  const dir = join(work, `r${n++}`)
  mkdirSync(dir)
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, stdio: 'pipe' })
  git('init', '-q', '-b', 'main')
  for (const state of states) {
    for (const [p, text] of Object.entries(state)) {
      const path = join(dir, sub, p)
      mkdirSync(join(path, '..'), { recursive: true })
      if (text === null) rmSync(path, { force: true })
      else writeFileSync(path, text)
    }
    git('add', '-A')
    git('commit', '-q', '--allow-empty', '-m', 'state')
  }
  return join(dir, sub)
}

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: () => false, env: {} })
  return { code, out, err }
}

describe('--base', () => {
  test('Passenger → Puma: transition, passenger-transition warning at the custom_web line', async () => {
    const dir = repo([{ Procfile: 'web: bundle exec puma -p $PORT\n', 'Gemfile.lock': LOCK }, { Procfile: PUMA }])
    const { code, out, err } = await cli(dir, '--base', 'HEAD~1', '--format', 'json')
    expect(err).toBe('')
    expect(code).toBe(0)
    const report = JSON.parse(out)
    expect(report.apps[0].transition).toEqual({ from: 'passenger', to: 'puma', passengerImmutable: true })
    expect(report.findings.map((f: { rule: string; line: number; column: number }) => [f.rule, f.line, f.column])).toEqual([['passenger-transition', 1, 1]])
  })

  test('Puma → Passenger (custom_web removed): warning on line 1 of the Procfile; the text output names the change', async () => {
    const dir = repo([{ Procfile: PUMA + 'worker: bundle exec sidekiq\n', 'Gemfile.lock': LOCK }, { Procfile: 'worker: bundle exec sidekiq\n' }])
    const json = JSON.parse((await cli(dir, '--base', 'HEAD~1', '--format', 'json')).out)
    expect(json.apps[0].transition).toEqual({ from: 'puma', to: 'passenger', passengerImmutable: true })
    expect(json.findings[0]).toMatchObject({ rule: 'passenger-transition', file: 'Procfile', line: 1 })
    expect((await cli(dir, '--base', 'HEAD~1', '--no-color')).out).toContain('Web server change since the base: puma → passenger\n')
  })

  test('Unicorn → Puma: a transition without the Passenger warning; the same server: no change', async () => {
    const dir = repo([{ Procfile: UNICORN, 'config/unicorn.rb': 'pid "/tmp/web_server.pid"\n', 'Gemfile.lock': LOCK }, { Procfile: PUMA }, { 'config/unicorn.rb': null }])
    const json = JSON.parse((await cli(dir, '--base', 'HEAD~2', '--format', 'json')).out)
    expect(json.apps[0].transition).toEqual({ from: 'unicorn', to: 'puma', passengerImmutable: false })
    expect(json.findings).toEqual([])
    expect(JSON.parse((await cli(dir, '--base', 'HEAD~1', '--format', 'json')).out).apps[0].transition).toEqual({ from: 'puma', to: 'puma', passengerImmutable: false })
  })

  test('an app in a subfolder of the repository is compared with the same subfolder', async () => {
    const dir = repo([{ Procfile: 'web: rackup\n' }, { Procfile: PUMA, 'Gemfile.lock': LOCK }], 'apps/web')
    const json = JSON.parse((await cli(dir, '--base', 'HEAD~1', '--format', 'json')).out)
    expect(json.apps[0].transition).toEqual({ from: 'passenger', to: 'puma', passengerImmutable: true })
  })

  test('without --base there is no transition; a ref that is not a commit exits 2 with a message', async () => {
    const dir = repo([{ Procfile: PUMA, 'Gemfile.lock': LOCK }])
    expect(JSON.parse((await cli(dir, '--format', 'json')).out).apps[0].transition).toBeNull()
    const r = await cli(dir, '--base', 'no-such-ref')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/^rack-check: --base: /)
    expect(r.err).not.toMatch(/\n\s+at /)
    const notRepo = join(work, 'plain')
    mkdirSync(notRepo)
    writeFileSync(join(notRepo, 'Procfile'), PUMA)
    expect((await cli(notRepo, '--base', 'main')).code).toBe(2)
  })

  test('a symbolic link in the base is not followed', async () => {
    const dir = repo([{ 'Gemfile.lock': LOCK }])
    symlinkSync('/etc/hostname', join(dir, 'Procfile'))
    execFileSync('git', ['add', 'Procfile'], { cwd: dir })
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'link'], { cwd: dir })
    rmSync(join(dir, 'Procfile'))
    writeFileSync(join(dir, 'Procfile'), PUMA)
    const json = JSON.parse((await cli(dir, '--base', 'HEAD', '--format', 'json')).out)
    // the base has no readable Procfile: Passenger
    expect(json.apps[0].transition).toEqual({ from: 'passenger', to: 'puma', passengerImmutable: true })
  })
})
