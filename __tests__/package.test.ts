/**
 * The npm package as users get it: `npm pack`, installed offline into an empty folder (the CLI
 * bundle is self-contained, so the package has no dependencies to fetch), then `npx rack-check`.
 * It packs the committed dist/cli, which `npm run build` keeps current.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PROJECT } from './helpers/paths.js'

const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string }
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-package-'))
const app = join(tmp, 'app')
const env = { PATH: process.env.PATH, HOME: tmp, NO_COLOR: '1', npm_config_cache: join(tmp, 'npm-cache'), npm_config_update_notifier: 'false' }
const npm = (cwd: string, ...args: string[]) => spawnSync('npm', args, { cwd, env, encoding: 'utf8', timeout: 60_000 })
// `--` ends npx's own options: with --offline/--no before the name, npx would take --version itself
const npx = (...args: string[]) => spawnSync('npx', ['--offline', '--no', '--', 'rack-check', ...args], { cwd: app, env, encoding: 'utf8', timeout: 30_000 })

beforeAll(() => {
  const packed = npm(PROJECT, 'pack', '--ignore-scripts', '--pack-destination', tmp, '--json')
  expect(packed.status).toBe(0)
  const tarball = join(tmp, (JSON.parse(packed.stdout) as Array<{ filename: string }>)[0].filename)
  writeFileSync(join(tmp, 'package.json'), '{ "name": "user-project", "private": true }\n')
  // an empty cache and --offline: the install must not need the registry at all
  const installed = npm(tmp, 'install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', tarball)
  expect({ status: installed.status, stderr: installed.stderr }).toEqual({ status: 0, stderr: '' })
  cpSync(join(PROJECT, 'examples', 'puma-misconfigured'), app, { recursive: true })
}, 120_000)
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('npm pack, npm install --offline, npx rack-check', () => {
  test('installs the CLI and nothing else', () => {
    expect(readdirSync(join(tmp, 'node_modules')).filter((n) => n !== '.bin' && n !== '.package-lock.json')).toEqual(['rack-check'])
  })

  test('--version', () => {
    const r = npx('--version')
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 0, stdout: `rack-check ${pkg.version}\n` })
  })

  test('checks examples/puma-misconfigured: exit 1 and its findings', () => {
    const r = npx('.', '--format', 'text')
    expect(r.status).toBe(1)
    expect(r.stderr).toBe('')
    const expected = readFileSync(join(PROJECT, '__tests__', 'fixtures', 'examples', 'puma-misconfigured.txt'), 'utf8')
    // the finding lines of the golden output (file:line:col: severity: message [rule])
    const findings = (text: string) => text.split('\n').filter((l) => /^\S+:\d+:\d+: (error|warning|notice): /.test(l))
    // the golden output names the example by its repository path; here the app is the current directory
    expect(findings(r.stdout)).toEqual(findings(expected).map((l) => l.replace(/^examples\/puma-misconfigured\//, '')))
    expect(findings(r.stdout).length).toBeGreaterThan(0)
    expect(r.stdout).toMatch(/^2 errors, 4 warnings, 0 notices$/m)
  })
})
