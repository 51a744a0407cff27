/**
 * Repository-relative paths (issue 13): every output format names a file relative to the git
 * top-level of the checked folder, wherever rack-check is run from; outside any git repository,
 * relative to the current directory. JSON's `apps[].root` says where the app is.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../src/cli/main.js'
import { findRepository, httpsUrl, inFolder, inRepository, normalPrefix, rootedReport } from '../src/files/repository.js'
import { checkDirectory } from '../src/engine/check.js'
import { PROJECT } from './helpers/paths.js'

const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'rack-check-paths-')))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function cli(cwd: string, ...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const code = await run(args, { stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: () => false, env: { NO_COLOR: '1' }, cwd })
  return { code, out, err }
}

const PROCFILE = 'custom_web: bundle exec puma -b unix:///tmp/web_server.sock -d\n'
const LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n\nPLATFORMS\n  ruby\n'

/** Each format's file names, for comparison. */
async function named(cwd: string, dir: string): Promise<Record<string, unknown>> {
  const json = JSON.parse((await cli(cwd, dir, '--format', 'json')).out)
  const github = (await cli(cwd, dir, '--format', 'github')).out.split('\n').filter(Boolean).map((l) => /file=([^,]+)/.exec(l)![1])
  const sarif = JSON.parse((await cli(cwd, dir, '--format', 'sarif')).out).runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri)
  const text = (await cli(cwd, dir, '--format', 'text')).out.split('\n').filter((l) => /^\S+:\d+:\d+: /.test(l)).map((l) => l.split(':')[0])
  return {
    root: json.apps[0].root,
    files: json.apps[0].files,
    webServer: json.apps[0].webServer.file,
    findings: [...new Set(json.findings.map((f: { file: string }) => f.file))],
    github: [...new Set(github)],
    sarif: [...new Set(sarif)],
    text: [...new Set(text)]
  }
}

describe('the shipped example, from the repository root', () => {
  test.each(['text', 'json', 'github', 'sarif'])('--format %s names examples/puma-misconfigured/Procfile', async (format) => {
    const { out, code } = await cli(PROJECT, 'examples/puma-misconfigured', '--format', format)
    expect(code).toBe(1)
    expect(out).toContain('examples/puma-misconfigured/Procfile')
    // never the bare name where a location is given
    if (format === 'text') expect(out).not.toMatch(/^Procfile:/m)
    if (format === 'github') expect(out).not.toMatch(/file=Procfile,/)
    if (format === 'json') expect(JSON.parse(out).findings.filter((f: { file: string }) => f.file !== 'examples/puma-misconfigured/Procfile')).toEqual([])
    if (format === 'sarif') expect(JSON.parse(out).runs[0].results.filter((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri !== 'examples/puma-misconfigured/Procfile')).toEqual([])
  })
})

describe('a nested app folder in a git repository', () => {
  const repo = join(tmp, 'mono')
  mkdirSync(join(repo, 'apps', 'web'), { recursive: true })
  execFileSync('git', ['init', '-q'], { cwd: repo })
  writeFileSync(join(repo, 'apps', 'web', 'Procfile'), PROCFILE)
  writeFileSync(join(repo, 'apps', 'web', 'Gemfile.lock'), LOCK)
  const expected = {
    root: 'apps/web',
    files: { procfile: 'apps/web/Procfile', manifest: null, deployHooks: null, serverConfig: [], lockfile: 'apps/web/Gemfile.lock' },
    webServer: 'apps/web/Procfile',
    findings: ['apps/web/Procfile'],
    github: ['apps/web/Procfile'],
    sarif: ['apps/web/Procfile'],
    text: ['apps/web/Procfile']
  }

  test('run from the repository root', async () => {
    expect(await named(repo, 'apps/web')).toEqual(expected)
  })

  test('run from inside apps/, and from outside the repository: the same paths', async () => {
    expect(await named(join(repo, 'apps'), 'web')).toEqual(expected)
    expect(await named(join(repo, 'apps', 'web'), '.')).toEqual(expected)
    expect(await named(tmp, join(repo, 'apps', 'web'))).toEqual(expected)
  })

  test('a `.git` file (a worktree or submodule) marks the top-level too', async () => {
    const wt = join(tmp, 'worktree')
    mkdirSync(join(wt, 'svc'), { recursive: true })
    // the layout `git worktree add` makes: the worktree's git folder names the worktree back (issue 22:
    // a `.git` file pointing at any other git folder marks the root but gives no git information)
    const gitDir = join(repo, '.git', 'worktrees', 'worktree')
    mkdirSync(gitDir, { recursive: true })
    writeFileSync(join(gitDir, 'HEAD'), 'ref: refs/heads/main\n')
    writeFileSync(join(gitDir, 'commondir'), '../..\n')
    writeFileSync(join(gitDir, 'gitdir'), `${join(wt, '.git')}\n`)
    writeFileSync(join(wt, '.git'), `gitdir: ${gitDir}\n`)
    writeFileSync(join(wt, 'svc', 'Procfile'), PROCFILE)
    expect(findRepository(join(wt, 'svc'), tmp)).toEqual({ root: wt, gitDir, prefix: 'svc' })
  })
})

describe('outside any git repository', () => {
  const plain = join(tmp, 'plain')
  mkdirSync(join(plain, 'site'), { recursive: true })
  writeFileSync(join(plain, 'site', 'Procfile'), PROCFILE)

  test('paths are relative to the current directory', async () => {
    // tmpdir() may itself sit in a git repository on some machines: then this case says nothing
    if (findRepository(plain, plain).gitDir !== null) return
    expect((await named(plain, 'site')).findings).toEqual(['site/Procfile'])
    expect((await named(join(plain, 'site'), '.')).findings).toEqual(['Procfile'])
    expect((await named(join(plain, 'site'), '.')).root).toBe('.')
    // a folder beside the current directory: `..` as ESLint prints it
    mkdirSync(join(plain, 'elsewhere'))
    expect((await named(join(plain, 'elsewhere'), '../site')).findings).toEqual(['../site/Procfile'])
  })
})

describe('helpers', () => {
  test('normalPrefix, inRepository and inFolder', () => {
    expect(['.', './', './apps/web/', 'apps\\web', '.cloud66-app'].map(normalPrefix)).toEqual(['', '', 'apps/web', 'apps/web', '.cloud66-app'])
    expect(inRepository('', 'Procfile')).toBe('Procfile')
    expect(inRepository('./apps/web/', 'Procfile')).toBe('apps/web/Procfile')
    expect(inFolder('apps/web', 'apps/web/config/puma.rb')).toBe('config/puma.rb')
    expect(inFolder('apps/web', 'apps/webx/Procfile')).toBeNull()
  })

  test('rootedReport leaves the engine report alone and prefixes every path', async () => {
    const { report } = await checkDirectory(join(PROJECT, 'examples', 'unicorn'), { environment: 'production', processManager: 'systemd' })
    const before = JSON.stringify(report)
    const rooted = rootedReport(report, 'examples/unicorn')
    expect(JSON.stringify(report)).toBe(before)
    expect(rootedReport(report, '')).toBe(report)
    const paths = [rooted.apps[0].root, ...Object.values(rooted.apps[0].files).flat(), rooted.apps[0].webServer?.file, rooted.apps[0].restart?.file, ...rooted.findings.map((f) => f.file)].filter((p): p is string => typeof p === 'string')
    expect(paths.length).toBeGreaterThan(3)
    for (const p of paths) expect(p.startsWith('examples/unicorn')).toBe(true)
  })

  test('httpsUrl: remote URLs as https, credentials dropped', () => {
    expect(httpsUrl('git@github.com:acme/shop.git')).toBe('https://github.com/acme/shop')
    expect(httpsUrl('https://x-access-token:ghs_abc@github.com/acme/shop.git')).toBe('https://github.com/acme/shop')
    expect(httpsUrl('ssh://git@github.example.com:2222/acme/shop.git')).toBe('https://github.example.com/acme/shop')
    expect(httpsUrl('/srv/git/shop.git')).toBeNull()
  })
})
