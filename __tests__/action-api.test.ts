/**
 * `source: api` end to end (issue 13): the bundled action in a `pull_request_target` run for a pull
 * request from a fork, with NO checkout — an empty workspace — against the fake GitHub API, which
 * serves the head's and the base's trees and contents. The comment is written, the annotations
 * and outputs name repository paths, the SARIF output is written, a link, a submodule and a huge
 * file in the head are skipped with a notice, and nothing of the head is on disk afterwards.
 * Also: `sarif: true` with a checkout, and the read-only notice pointing at this recipe.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runAction, SHA } from './helpers/action-run.js'
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js'
import { runtimes } from './helpers/node.js'

const tmp = mkdtempSync(join(tmpdir(), 'rack-check-action-api-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

const LOCK = 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.3)\n\nPLATFORMS\n  ruby\n'
const HEAD_PROCFILE = 'custom_web: bundle exec puma -e $RACK_ENV -b unix:///tmp/web_server.sock -d\n'
const FORK_PR = { number: 7, head: { sha: SHA('c'), repo: { full_name: 'fork/shop' } } }

let gh: FakeGitHub
beforeEach(async () => {
  gh = await startFakeGitHub()
  gh.trees[SHA('b')] = { 'apps/web/Procfile': 'web: bundle exec puma -p $PORT\n', 'apps/web/Gemfile.lock': LOCK }
  gh.trees[SHA('c')] = {
    'apps/web/Procfile': HEAD_PROCFILE,
    'apps/web/Gemfile.lock': LOCK,
    // what a checkout would have, and the API read never follows or fetches
    'apps/web/config/puma.rb': { link: '/etc/passwd' },
    'apps/web/vendor/engine': { submodule: SHA('d') },
    'apps/web/.cloud66/manifest.yml': { text: 'production: {}\n', size: 2 * 1024 * 1024 },
    'README.md': 'not wanted'
  }
})
afterEach(async () => gh.close())

/** Every file under a folder, relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => !e.isDirectory()).map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name).slice(dir.length + 1)).sort()
}

describe.each(runtimes())('%s', (label, node) => {
  const id = label.replace(/\W/g, '')

  test('a fork pull request, pull_request_target, no checkout: the comment is written, nothing of the head stays on disk', async () => {
    const workspace = join(tmp, `empty-workspace-${id}`)
    const temp = join(tmp, `tmpdir-${id}`)
    const runnerTemp = join(tmp, `runner-temp-${id}`)
    for (const d of [workspace, temp, runnerTemp]) mkdirSync(d)
    const r = await runAction(node, gh, runnerTemp, {
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: 'pull_request_target',
      INPUT_SOURCE: 'api',
      INPUT_SARIF: 'true',
      'INPUT_WORKING-DIRECTORY': 'apps/web',
      INPUT_COMMENT: 'changed',
      // the snapshot's temporary folder goes here, so that this test sees it all
      TMPDIR: temp
    }, FORK_PR)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    // the comment, on the pull request, for apps/web
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body.split('\n')[0]).toContain('working-directory="apps/web"')
    expect(gh.comments[0].body).toContain('custom-web-fails-to-boot')
    expect(gh.comments[0].body).toContain(`https://github.com/acme/shop/blob/${SHA('c')}/apps/web/Procfile#L1`)
    expect(r.outputs['comment-url']).toMatch(/^https:\/\/github\.com\/acme\/shop\/pull\/7#issuecomment-\d+$/)
    // annotations and outputs as with a checkout; the base read through the API too
    expect(r.stdout).toMatch(/^::error title=custom-web-fails-to-boot,file=apps\/web\/Procfile,line=1,/m)
    expect(r.outputs['passenger-transition']).toBe('to-custom')
    expect(r.outputs.server).toBe('puma')
    expect(JSON.parse(readFileSync(r.outputs.report, 'utf8')).apps[0]).toMatchObject({ root: 'apps/web', files: { procfile: 'apps/web/Procfile', lockfile: 'apps/web/Gemfile.lock' } })
    // the link, the submodule and the huge file: never fetched, named in a notice
    expect(r.stdout).toMatch(/^::notice::rack-check did not read apps\/web\/\.cloud66\/manifest\.yml \(over 1 MiB\), apps\/web\/config\/puma\.rb \(a symbolic link\), apps\/web\/vendor\/engine \(a submodule\) through the API/m)
    // the engine says what it would say of a checkout: the huge file is too large, the link is not followed
    expect(r.stdout).toMatch(/^::(warning|error) title=file-unreadable,file=apps\/web\/\.cloud66\/manifest\.yml,.*::`\.cloud66\/manifest\.yml` is 2097152 bytes, more than the 1048576 bytes rack-check reads/m)
    expect(r.stdout).toMatch(/^::(warning|error) title=file-unreadable,file=apps\/web\/config\/puma\.rb,.*symbolic link/m)
    const contents = gh.requests.filter((q) => q.path.includes('/contents/')).map((q) => decodeURIComponent(q.path.replace('/repos/acme/shop/contents/', '')))
    expect(contents).not.toEqual(expect.arrayContaining(['apps/web/config/puma.rb']))
    expect(contents.filter((p) => /puma\.rb|manifest|engine|README/.test(p))).toEqual([])
    expect(contents).toContain('apps/web/Procfile')
    // SARIF: repository paths, no local root
    const sarif = JSON.parse(readFileSync(r.outputs.sarif, 'utf8'))
    expect(r.outputs.sarif).toBe(join(runnerTemp, 'rack-check.sarif'))
    const uris = sarif.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }> }) => x.locations[0].physicalLocation.artifactLocation)
    expect(uris).toContainEqual({ uri: 'apps/web/Procfile', uriBaseId: '%SRCROOT%' })
    expect(uris.every((u: { uri: string }) => u.uri.startsWith('apps/web/'))).toBe(true)
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toBeUndefined()
    expect(sarif.runs[0].automationDetails.id).toBe('rack-check/apps/web/')
    expect(sarif.runs[0].versionControlProvenance[0]).toMatchObject({ repositoryUri: 'https://github.com/acme/shop', revisionId: SHA('c') })
    // nothing of the head on disk: the workspace and the temporary folder are empty, and the
    // runner's temp folder holds only the run's own files
    expect(filesUnder(workspace)).toEqual([])
    expect(readdirSync(temp)).toEqual([])
    expect(filesUnder(runnerTemp).filter((f) => !/^(out|summary|event)-/.test(f))).toEqual(['rack-check-report.json', 'rack-check.sarif'])
  }, 60000)

  test('five runs: one comment, edited in place', async () => {
    const workspace = join(tmp, `five-${id}`)
    mkdirSync(workspace)
    for (let i = 0; i < 5; i++) {
      const r = await runAction(node, gh, tmp, { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'pull_request_target', INPUT_SOURCE: 'api', 'INPUT_WORKING-DIRECTORY': 'apps/web', TMPDIR: tmp }, FORK_PR)
      expect({ i, code: r.code, stderr: r.stderr }).toEqual({ i, code: 0, stderr: '' })
    }
    expect(gh.comments).toHaveLength(1)
    expect(gh.requests.filter((q) => q.method === 'POST' && q.path.endsWith('/comments'))).toHaveLength(1)
  }, 120000)

  test('odd tree answers (a path both a file and a folder, a NUL in a path): a warning naming them, the rest checked and commented', async () => {
    // the fake lists `apps/web/.cloud66` as a folder (for its manifest) and as a file
    gh.trees[SHA('c')]['apps/web/.cloud66'] = 'a file'
    gh.trees[SHA('c')]['apps/web/config/a\u0000b.rb'] = 'bind "x"\n'
    gh.trees[SHA('b')]['apps/web/Procfile/x'] = 'both'
    const workspace = join(tmp, `odd-${id}`)
    mkdirSync(workspace)
    const r = await runAction(node, gh, tmp, { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'pull_request_target', INPUT_SOURCE: 'api', 'INPUT_WORKING-DIRECTORY': 'apps/web', TMPDIR: tmp }, FORK_PR)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.stdout).not.toMatch(/^::error::/m)
    expect(r.stdout).toContain(`::warning::rack-check left out 2 entries of the tree of the commit ${SHA('c').slice(0, 12)} that no checkout could have: apps/web/config/a\\u{0}b.rb (a NUL character in its name), apps/web/.cloud66 (both a file and a folder); the rest was checked without them.`)
    expect(r.stdout).toContain(`::warning::rack-check left out an entry of the tree of the base commit ${SHA('b').slice(0, 12)} that no checkout could have: apps/web/Procfile (both a file and a folder); the rest was checked without it.`)
    // the rest is checked as before: the Procfile's finding, in the comment
    expect(r.stdout).toMatch(/^::error title=custom-web-fails-to-boot,file=apps\/web\/Procfile,line=1,/m)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('custom-web-fails-to-boot')
  }, 60000)

  test('a head of 100,000 entries: one tree request, only the files the check reads fetched', async () => {
    for (let i = 0; i < 100_000; i++) gh.trees[SHA('c')][`apps/web/config/locales/d${i % 100}/l${i}.yml`] = 'en: {}\n'
    const workspace = join(tmp, `large-${id}`)
    mkdirSync(workspace)
    const r = await runAction(node, gh, tmp, { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'pull_request_target', INPUT_SOURCE: 'api', 'INPUT_WORKING-DIRECTORY': 'apps/web', TMPDIR: tmp }, FORK_PR)
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(gh.requests.filter((q) => q.path.includes(`/git/trees/${SHA('c')}`))).toHaveLength(1)
    const contents = gh.requests.filter((q) => q.path.includes('/contents/')).map((q) => decodeURIComponent(q.path.replace('/repos/acme/shop/contents/', '')))
    expect(contents.filter((p) => p.includes('locales'))).toEqual([])
    expect(contents.length).toBeLessThanOrEqual(6)
    expect(r.stdout).toMatch(/^::error title=custom-web-fails-to-boot,file=apps\/web\/Procfile,line=1,/m)
    expect(gh.comments).toHaveLength(1)
  }, 120000)

  test('a working directory that is not in the head: a clear failure; one that climbs out: refused', async () => {
    const workspace = join(tmp, `missing-${id}`)
    mkdirSync(workspace)
    const missing = await runAction(node, gh, tmp, { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'pull_request_target', INPUT_SOURCE: 'api', 'INPUT_WORKING-DIRECTORY': 'apps/api', TMPDIR: tmp }, FORK_PR)
    expect(missing.stdout).toContain(`::error::working-directory "apps/api" is not a folder at ${SHA('c').slice(0, 12)}`)
    const climbing = await runAction(node, gh, tmp, { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'pull_request_target', INPUT_SOURCE: 'api', 'INPUT_WORKING-DIRECTORY': '../x', TMPDIR: tmp }, FORK_PR)
    expect(climbing.stdout).toContain('::error::working-directory "../x" must be a folder inside the repository')
    expect(gh.requests.filter((q) => q.path.includes('/contents/'))).toEqual([])
  }, 60000)

  test('an API that fails on the head\'s tree: a warning, the job is not failed, nothing is commented', async () => {
    gh.faults.push({ method: 'GET', path: new RegExp(`/git/trees/${SHA('c')}$`), status: 500, times: 100 })
    const workspace = join(tmp, `fault-${id}`)
    mkdirSync(workspace)
    const r = await runAction(node, gh, tmp, { GITHUB_WORKSPACE: workspace, GITHUB_EVENT_NAME: 'pull_request_target', INPUT_SOURCE: 'api', 'INPUT_WORKING-DIRECTORY': 'apps/web', TMPDIR: tmp }, FORK_PR)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^::warning::rack-check could not read the commit c{12} through the GitHub API \(.*\), so nothing was checked\./m)
    expect(gh.comments).toEqual([])
  }, 60000)

  test('a fork pull_request with a checkout: the read-only notice points at the source: api recipe; sarif: true writes the SARIF', async () => {
    const r = await runAction(node, gh, tmp, { INPUT_SARIF: 'true' }, FORK_PR)
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/^::notice::rack-check: The token is read-only here .*`source: api` from a pull_request_target workflow with no checkout/m)
    const sarif = JSON.parse(readFileSync(r.outputs.sarif, 'utf8'))
    expect([...new Set(sarif.runs[0].results.map((x: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => x.locations[0].physicalLocation.artifactLocation.uri))]).toEqual(['examples/puma-misconfigured/Procfile'])
    expect(sarif.runs[0].originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/\/.*\/$/)
    // without the input there is no SARIF, and the output is empty
    const plain = await runAction(node, gh, tmp, {}, FORK_PR)
    expect(plain.outputs.sarif).toBe('')
  }, 60000)
})
