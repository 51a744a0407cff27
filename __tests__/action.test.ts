/**
 * The bundled action (dist/index.js) as the runner starts it: a workspace, an event payload file,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, INPUT_* variables; under this Node and Node 24.
 * These runs need no network: the comment is `never` (the comment itself is tested elsewhere).
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT } from './helpers/paths.js'
import { runtimes } from './helpers/node.js'

// RACK_CHECK_ACTION_BUNDLE: a bundle built elsewhere from the sources (development); dist/ by default
const ACTION = process.env.RACK_CHECK_ACTION_BUNDLE || join(PROJECT, 'dist', 'index.js')
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-action-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const PUMA = 'custom_web: bundle exec puma -e $RACK_ENV -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n'
const LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n\nPLATFORMS\n  ruby\n'

/** A git workspace whose first commit serves with Passenger and whose second adds custom_web. */
function workspace(name: string): { dir: string; base: string; head: string } {
  const dir = join(tmp, name)
  mkdirSync(dir)
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], { cwd: dir, encoding: 'utf8' }).trim()
  git('init', '-q', '-b', 'main')
  writeFileSync(join(dir, 'Procfile'), 'web: bundle exec puma -p $PORT\n')
  writeFileSync(join(dir, 'Gemfile.lock'), LOCK)
  git('add', '-A')
  git('commit', '-q', '-m', 'base')
  const base = git('rev-parse', 'HEAD')
  writeFileSync(join(dir, 'Procfile'), PUMA)
  git('commit', '-q', '-am', 'head')
  return { dir, base, head: git('rev-parse', 'HEAD') }
}

interface Run {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

function runAction(node: string, env: Record<string, string>): Run {
  const id = Math.random().toString(36).slice(2)
  const output = join(tmp, `out-${id}`)
  const summary = join(tmp, `summary-${id}`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  const r = spawnSync(node, [ACTION], { encoding: 'utf8', env: { PATH: process.env.PATH, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: tmp, GITHUB_REPOSITORY: 'acme/shop', GITHUB_SERVER_URL: 'https://github.com', INPUT_COMMENT: 'never', ...env } })
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(output, 'utf8').matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3]
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, outputs, summary: readFileSync(summary, 'utf8') }
}

describe.each(runtimes())('%s', (_label, node) => {
  test('pull_request: the base commit is read from git, the switch from Passenger is reported, summary written', () => {
    const ws = workspace(`pr-${_label.replace(/\W/g, '')}`)
    const event = join(tmp, `event-${_label.replace(/\W/g, '')}.json`)
    writeFileSync(event, JSON.stringify({ pull_request: { number: 7, base: { sha: ws.base, repo: { full_name: 'acme/shop' } }, head: { sha: ws.head, repo: { full_name: 'acme/shop' } } } }))
    const r = runAction(node, { GITHUB_WORKSPACE: ws.dir, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    expect(r.outputs['passenger-transition']).toBe('to-custom')
    expect(r.outputs.server).toBe('puma')
    expect(r.outputs['restart-signal']).toBe('usr2')
    expect(r.stdout).toContain('::warning title=passenger-transition,file=Procfile,line=1,endLine=1,col=1,endColumn=10::This change moves the web server from Passenger to puma')
    expect(r.summary).toContain('> [!WARNING]\n> **Passenger switch** ([Procfile:1](')
    expect(r.summary).toContain('### Restart on deploy: `hot-restart`')
    expect(r.summary).toContain(`(https://github.com/acme/shop/blob/${ws.head}/Procfile#L1)`)
  })

  test('push: no base, no transition; the summary has the restart guidance', () => {
    const r = runAction(node, { GITHUB_WORKSPACE: PROJECT, 'INPUT_WORKING-DIRECTORY': 'examples/puma-phased', GITHUB_EVENT_NAME: 'push', GITHUB_SHA: 'f'.repeat(40) })
    expect(r.status).toBe(0)
    expect(r.outputs['passenger-transition']).toBe('none')
    expect(r.outputs['restart-signal']).toBe('usr1')
    expect(r.summary).toContain('## rack-check — examples/puma-phased')
    expect(r.summary).toContain('### Restart on deploy: `phased-restart`')
  })

  test('a pull request whose base commit is not in the checkout: a notice, the run goes on', () => {
    const ws = workspace(`shallow-${_label.replace(/\W/g, '')}`)
    const event = join(tmp, `event2-${_label.replace(/\W/g, '')}.json`)
    writeFileSync(event, JSON.stringify({ pull_request: { number: 8, base: { sha: 'a'.repeat(40) }, head: { sha: ws.head } } }))
    const r = runAction(node, { GITHUB_WORKSPACE: ws.dir, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event })
    expect(r.status).toBe(0)
    expect(r.stdout).toMatch(/::notice::rack-check could not read the base commit a{12} \(no token; git: /)
    expect(r.outputs['passenger-transition']).toBe('none')
  })

  test('more than 10 errors: 10 annotated, the rest counted in the summary', () => {
    const dir = join(tmp, `many-${_label.replace(/\W/g, '')}`)
    mkdirSync(dir)
    // a line with no colon is an error (it names nothing to start under any reading; docs/contract.md §2.1)
    writeFileSync(join(dir, 'Procfile'), PUMA + Array.from({ length: 13 }, () => 'worker bundle exec sidekiq\n').join(''))
    writeFileSync(join(dir, 'Gemfile.lock'), LOCK)
    const r = runAction(node, { GITHUB_WORKSPACE: dir, GITHUB_EVENT_NAME: 'push' })
    expect(r.status).toBe(1)
    expect(r.stdout.match(/^::error /gm)?.length).toBe(10)
    expect(r.outputs.errors).toBe('13')
    expect(r.summary).toContain('> 3 findings are not annotated on the diff')
  })
})
