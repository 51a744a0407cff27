/**
 * The release workflow's steps (scripts/release-publish.mjs, docs/releasing.md), offline: a copy of
 * the package in a temporary git repository whose origin is a bare repository here, a fake GitHub
 * REST API on 127.0.0.1 that checks the release request against GitHub's description
 * (`@octokit/openapi`, operation repos/create-release) and answers with its example, and a fake npm
 * registry on 127.0.0.1 that takes the `npm publish` upload. The dry run (what `npm run release --
 * --dry-run` prints) changes nothing; the real run tags, tags the pre-commit commit, moves the
 * major tag, creates the release and uploads the package; once the tag exists, a run does nothing.
 * With pre-commit installed (required when CI=true), pre-commit itself runs the hook from the
 * pre-commit tag of a bare origin, and its PRE_COMMIT_HOME stays under 5 MB.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { PROJECT } from './helpers/paths.js'

const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { name: string; version: string; files: string[] }
const VERSION = pkg.version
const TAG = `v${VERSION}`
const MAJOR = `v${VERSION.split('.')[0]}`
const HOOK_TAG = `v${VERSION}-pre-commit`
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-release-'))
const work = join(tmp, 'work')

type Operation = { requestBody: { content: Record<string, { schema: object }> }; responses: Record<string, { content: Record<string, { schema: object; examples: Record<string, { value: Record<string, unknown> }> }> }> }
const spec = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.deref.json'), 'utf8')) as { paths: Record<string, Record<string, Operation>> }
const createRelease = spec.paths['/repos/{owner}/{repo}/releases'].post
// GitHub's description is OpenAPI 3.0 (draft-04-like schemas): Ajv's default draft-07 reads them
const Ajv = createRequire(import.meta.url)('ajv').default as new (o: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } }
const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true })
const requestSchema = createRelease.requestBody.content['application/json'].schema as { properties: Record<string, unknown> }
const validRequest = ajv.compile(requestSchema)
const answer = createRelease.responses['201'].content['application/json']
const validAnswer = ajv.compile(answer.schema)

interface Recorded {
  method: string
  url: string
  authorization: string | undefined
  body: string
}
const record = (req: IncomingMessage): Promise<Recorded> =>
  new Promise((done) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => done({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body: Buffer.concat(chunks).toString('utf8') }))
  })

const github: Recorded[] = []
const registry: Recorded[] = []
let githubServer: Server
let registryServer: Server
const url = (s: Server) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`

/** GitHub: POST /repos/c66/rack-check/releases, as the description says; anything else is 404. */
function startGitHub(): Server {
  return createServer((req, res) => {
    void record(req).then((r) => {
      github.push(r)
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      if (r.method !== 'POST' || r.url !== '/repos/c66/rack-check/releases') return send(404, { message: 'Not Found' })
      if (r.authorization !== 'Bearer ghs_release') return send(401, { message: 'Bad credentials' })
      const body = JSON.parse(r.body) as Record<string, unknown>
      if (!validRequest(body)) return send(422, { message: 'Validation Failed', errors: validRequest.errors })
      const example = Object.values(answer.examples)[0].value
      const release = { ...example, tag_name: body.tag_name, name: body.name, body: body.body, target_commitish: body.target_commitish, prerelease: body.prerelease, html_url: `https://github.com/c66/rack-check/releases/tag/${String(body.tag_name)}` }
      if (!validAnswer(release)) return send(500, { message: 'the fake broke the description', errors: validAnswer.errors })
      send(201, release)
    })
  })
}

/** npm: the publish upload (PUT /<name>, a packument with the tarball attached). */
function startRegistry(): Server {
  return createServer((req, res) => {
    void record(req).then((r) => {
      registry.push(r)
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))
      if (r.authorization !== 'Bearer npm_release') return send(401, { error: 'unauthorized' })
      if (r.method === 'PUT' && r.url === `/${pkg.name}`) return send(201, { ok: true })
      send(404, { error: 'not found' })
    })
  })
}

/** The registry's one upload. */
const put = () => registry.find((x) => x.method === 'PUT')!
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim()
let first = ''
let head = ''
const hookCommits: string[] = []

beforeAll(async () => {
  githubServer = startGitHub()
  registryServer = startRegistry()
  await Promise.all([githubServer, registryServer].map((s) => new Promise<void>((done) => s.listen(0, '127.0.0.1', done))))
  // what the package and the release steps need: package files, dist/, the release scripts, the version places
  mkdirSync(work)
  git(work, 'init', '--quiet', '--initial-branch=main')
  git(work, 'config', 'user.email', 'release@example.com')
  git(work, 'config', 'user.name', 'release test')
  writeFileSync(join(work, 'old.txt'), 'an older commit\n')
  git(work, 'add', '.')
  git(work, 'commit', '--quiet', '-m', 'older')
  first = git(work, 'rev-parse', 'HEAD')
  for (const p of ['package.json', 'package-lock.json', 'CHANGELOG.md', 'README.md', 'LICENSE', '.pre-commit-hooks.yaml', '.github/rack-check-matcher.json', 'dist', 'src/core/docs-url.ts', 'scripts/release.mjs', 'scripts/release-publish.mjs', 'scripts/release-check.mjs', 'scripts/release-lib.mjs']) {
    cpSync(join(PROJECT, p), join(work, p), { recursive: true })
  }
  git(work, 'add', '.')
  git(work, 'commit', '--quiet', '-m', `Release ${VERSION}`)
  head = git(work, 'rev-parse', 'HEAD')
  writeFileSync(join(tmp, 'npmrc'), `registry=${url(registryServer)}/\n//127.0.0.1:${(registryServer.address() as AddressInfo).port}/:_authToken=npm_release\n`)
}, 60_000)
afterAll(async () => {
  await Promise.all([githubServer, registryServer].map((s) => new Promise((done) => s.close(done))))
  rmSync(tmp, { recursive: true, force: true })
})

let remotes = 0
/** A new bare origin holding main and the given tags (name → commit), and no local tags. */
function origin(tags: Record<string, string>): string {
  const remote = join(tmp, `origin-${++remotes}.git`)
  execFileSync('git', ['init', '--quiet', '--bare', remote])
  if (spawnSync('git', ['remote', 'get-url', 'origin'], { cwd: work }).status === 0) git(work, 'remote', 'remove', 'origin')
  git(work, 'remote', 'add', 'origin', remote)
  git(work, 'push', '--quiet', 'origin', 'main')
  for (const [name, sha] of Object.entries(tags)) git(work, 'push', '--quiet', 'origin', `${sha}:refs/tags/${name}`)
  for (const t of git(work, 'tag', '--list').split('\n').filter(Boolean)) git(work, 'tag', '--delete', t)
  return remote
}
/** The tags of a repository: name → commit (`git show-ref` exits 1 when there are none). */
const tagsOf = (remote: string) =>
  Object.fromEntries(spawnSync('git', ['show-ref', '--tags'], { cwd: remote, encoding: 'utf8' }).stdout.split('\n').filter(Boolean).map((l) => [l.split(' ')[1].replace('refs/tags/', ''), l.split(' ')[0]]))

/** `git ls-tree -r` of a commit: one line per file (mode, blob, path), sorted by path. */
const filesOf = (repo: string, commit: string) => git(repo, 'ls-tree', '-r', commit).split('\n').sort()

/**
 * The pre-commit tag's commit (scripts/release-publish.mjs preCommitCommit): no parent, exactly
 * .pre-commit-hooks.yaml, LICENSE, package.json and dist/ (without v8-cache/) as the release
 * commit has them (same blobs and modes: dist/cli/index.js stays executable), plus README.md; and a
 * checkout of it runs the CLI as the project's dist/ does (the V8 caches only speed up the start).
 */
async function expectHookCommit(remote: string, commit: string): Promise<void> {
  expect(git(remote, 'rev-list', '--parents', '-n', '1', commit)).toBe(commit)
  const released = filesOf(work, head).filter((l) => /\t(\.pre-commit-hooks\.yaml|LICENSE|package\.json|dist\/.*)$/.test(l) && !l.includes('\tdist/v8-cache/'))
  expect(released.length).toBeGreaterThan(20)
  const files = filesOf(remote, commit)
  expect(files.filter((l) => !l.endsWith('\tREADME.md'))).toEqual(released)
  expect(files.filter((l) => l.endsWith('\tREADME.md'))).toHaveLength(1)
  const { preCommitReadme } = (await import(join(PROJECT, 'scripts/release-publish.mjs'))) as { preCommitReadme(version: string, sha: string): string }
  expect(git(remote, 'show', `${commit}:README.md`) + '\n').toBe(preCommitReadme(VERSION, head))
  const checkout = join(tmp, `checkout-${commit}`)
  rmSync(checkout, { recursive: true, force: true })
  git(tmp, '-c', 'advice.detachedHead=false', 'clone', '--quiet', '--branch', HOOK_TAG, remote, checkout)
  const cli = (bin: string, ...args: string[]) => spawnSync(process.execPath, [bin, ...args], { cwd: PROJECT, encoding: 'utf8' })
  for (const args of [['--version'], ['--recursive', 'examples', '--format', 'json']]) {
    const [tagged, project] = [cli(join(checkout, 'dist/cli/index.js'), ...args), cli(join(PROJECT, 'dist/cli/index.js'), ...args)]
    expect(tagged.stdout.length).toBeGreaterThan(0)
    expect({ status: tagged.status, stdout: tagged.stdout, stderr: tagged.stderr }).toEqual({ status: project.status, stdout: project.stdout, stderr: project.stderr })
  }
}

/**
 * Runs the script as the workflow does (with --no-build: dist/ is the project's, copied). A child
 * process that this process waits for without blocking: the fake servers answer from its event loop.
 */
async function release(...args: string[]): Promise<{ status: number | null; stdout: string; stderr: string; output: string }> {
  const env = { PATH: process.env.PATH, HOME: tmp, GITHUB_REPOSITORY: 'c66/rack-check', GITHUB_API_URL: url(githubServer), GITHUB_TOKEN: 'ghs_release', GITHUB_OUTPUT: join(tmp, 'output'), npm_config_userconfig: join(tmp, 'npmrc'), npm_config_cache: join(tmp, 'npm-cache'), npm_config_update_notifier: 'false', npm_config_audit: 'false', npm_config_fund: 'false' }
  writeFileSync(env.GITHUB_OUTPUT, '')
  const child = spawn(process.execPath, [join(work, 'scripts/release-publish.mjs'), '--no-build', ...args], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')))
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')))
  const status = await new Promise<number | null>((done) => child.on('close', done))
  return { status, stdout, stderr, output: readFileSync(env.GITHUB_OUTPUT, 'utf8') }
}

describe('the release steps (scripts/release-publish.mjs)', () => {
  test('--pending: a version without its tag is to be released, one with it is not', async () => {
    origin({})
    expect(await release('--pending')).toMatchObject({ status: 0, stdout: 'release=true\n', output: `release=true\nversion=${VERSION}\n` })
    origin({ [TAG]: head })
    expect(await release('--pending')).toMatchObject({ status: 0, stdout: 'release=false\n', output: `release=false\nversion=${VERSION}\n` })
  })

  test('the dry run (npm run release -- --dry-run) prints every step and takes none', () => {
    const remote = origin({ [MAJOR]: first })
    github.length = 0
    registry.length = 0
    const r = spawnSync(process.execPath, [join(work, 'scripts/release.mjs'), '--dry-run', '--no-build'], { cwd: work, env: { PATH: process.env.PATH, HOME: tmp, npm_config_cache: join(tmp, 'npm-cache') }, encoding: 'utf8', timeout: 60_000 })
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' })
    const short = head.slice(0, 12)
    expect(r.stdout).toContain(`would create tag ${TAG} at ${short} and push it to origin\n`)
    expect(r.stdout).toContain(`would create tag ${HOOK_TAG} at a commit with no parent holding .pre-commit-hooks.yaml, LICENSE, README.md, dist, package.json without dist/v8-cache (pre-commit's rev) and push it with ${TAG}\n`)
    expect(r.stdout).toContain(`would move ${MAJOR} from ${first.slice(0, 12)} to ${short} (${TAG} is the newest ${MAJOR} release) and push it\n`)
    expect(r.stdout).toContain(`would create the GitHub release ${TAG} on c66/rack-check: title "${TAG}", latest, notes from CHANGELOG.md [${VERSION}]:\n`)
    expect(r.stdout).toMatch(new RegExp(`would run npm publish --provenance --access public --tag latest --ignore-scripts: ${pkg.name}-${VERSION.replace(/\./g, '\\.')}\\.tgz, \\d+\\.\\d\\d MB \\(\\d+\\.\\d\\d MB unpacked\\), \\d+ files:\\n`))
    for (const f of ['  dist/cli/index.js\n', '  dist/index.js\n', '  .github/rack-check-matcher.json\n', '  package.json\n']) expect(r.stdout).toContain(f)
    // the notes are the CHANGELOG section's first lines
    expect(r.stdout).toContain(`  | ${readFileSync(join(PROJECT, 'CHANGELOG.md'), 'utf8').split(`## [${VERSION}]`)[1].split('\n')[2]}\n`)
    // nothing changed anywhere
    expect(tagsOf(remote)).toEqual({ [MAJOR]: first })
    expect(git(work, 'tag', '--list')).toBe('')
    expect({ github, registry }).toEqual({ github: [], registry: [] })
  }, 60_000)

  test('the release: tag, major tag moved, GitHub release from the CHANGELOG, npm upload; then a run does nothing', async () => {
    const remote = origin({ [MAJOR]: first })
    github.length = 0
    registry.length = 0
    // the fake registry has no GitHub OIDC token or Sigstore behind it: provenance is left out here only
    const r = await release('--no-provenance')
    expect({ status: r.status, stderr: r.stderr.replace(/^npm notice.*\n/gm, '') }).toEqual({ status: 0, stderr: '' })
    const hookCommit = tagsOf(remote)[HOOK_TAG]
    expect(tagsOf(remote)).toEqual({ [TAG]: head, [MAJOR]: head, [HOOK_TAG]: hookCommit })
    await expectHookCommit(remote, hookCommit)
    hookCommits.push(hookCommit)
    expect(github).toHaveLength(1)
    const sent = JSON.parse(github[0].body) as Record<string, unknown>
    const { releaseNotes } = (await import(join(PROJECT, 'scripts/release-lib.mjs'))) as { releaseNotes(text: string, version: string): string }
    const notes = releaseNotes(readFileSync(join(PROJECT, 'CHANGELOG.md'), 'utf8'), VERSION)
    expect(notes.length).toBeGreaterThan(0)
    expect(sent).toEqual({ tag_name: TAG, target_commitish: head, name: TAG, body: notes, draft: false, prerelease: false, make_latest: 'true' })
    expect(Object.keys(sent).filter((k) => !(k in requestSchema.properties))).toEqual([])
    expect(r.stdout).toContain(`created https://github.com/c66/rack-check/releases/tag/${TAG}\n`)
    // npm's upload: the version's manifest and the tarball, as `npm pack` makes it
    // (npm 11 first reads the package's document: 404, a package not published before)
    expect(registry.map((x) => `${x.method} ${x.url}`).filter((x) => x !== `GET /${pkg.name}`)).toEqual([`PUT /${pkg.name}`])
    const upload = JSON.parse(put().body) as { name: string; versions: Record<string, { version: string; bin: object }>; 'dist-tags': Record<string, string>; _attachments: Record<string, { data: string }> }
    expect(upload).toMatchObject({ name: pkg.name, 'dist-tags': { latest: VERSION } })
    expect(upload.versions[VERSION]).toMatchObject({ version: VERSION, bin: { 'rack-check': 'dist/cli/index.js' } })
    const tarball = gunzipSync(Buffer.from(upload._attachments[`${pkg.name}-${VERSION}.tgz`].data, 'base64')).toString('latin1')
    expect(tarball).toContain('package/dist/cli/index.js')
    expect(r.stdout).toContain(`released ${TAG}\n`)

    // the workflow runs on every push to main: with the tag there, nothing happens
    github.length = 0
    registry.length = 0
    const again = await release('--no-provenance')
    expect(again).toMatchObject({ status: 0, stderr: '' })
    expect(again.stdout).toBe(`${TAG} exists (origin, at ${head.slice(0, 12)}): nothing to release\n`)
    expect({ github, registry }).toEqual({ github: [], registry: [] })
    expect(tagsOf(remote)).toEqual({ [TAG]: head, [MAJOR]: head, [HOOK_TAG]: hookCommit })
  }, 120_000)

  test('an older release (a newer one of its major exists): the major tag stays, the release is not the latest, npm keeps latest', async () => {
    const newer = `${MAJOR}.999.0`
    const remote = origin({ [MAJOR]: first, [newer]: first })
    github.length = 0
    registry.length = 0
    const r = await release('--no-provenance')
    expect({ status: r.status, stderr: r.stderr.replace(/^npm notice.*\n/gm, '') }).toEqual({ status: 0, stderr: '' })
    expect(tagsOf(remote)).toEqual({ [MAJOR]: first, [newer]: first, [TAG]: head, [HOOK_TAG]: tagsOf(remote)[HOOK_TAG] })
    await expectHookCommit(remote, tagsOf(remote)[HOOK_TAG])
    // the same release commit gives the same pre-commit commit (its author, committer and dates)
    expect(hookCommits).toEqual([tagsOf(remote)[HOOK_TAG]])
    expect(r.stdout).toContain(`${MAJOR} stays at ${first.slice(0, 12)}: ${TAG} is not the newest ${MAJOR} release\n`)
    expect(JSON.parse(github[0].body)).toMatchObject({ make_latest: 'false', prerelease: false })
    expect(JSON.parse(put().body)).toMatchObject({ 'dist-tags': { [`latest-${VERSION.split('.')[0]}`]: VERSION } })
  }, 120_000)

  test('a failed check changes nothing: a CHANGELOG without the version', async () => {
    const remote = origin({})
    github.length = 0
    registry.length = 0
    const changelog = readFileSync(join(work, 'CHANGELOG.md'), 'utf8')
    try {
      writeFileSync(join(work, 'CHANGELOG.md'), changelog.replace(`## [${VERSION}]`, '## [0.0.1]'))
      const r = await release('--no-provenance')
      expect(r.status).toBe(1)
      expect(r.stderr).toContain(`release ${VERSION}: the newest section of CHANGELOG.md is 0.0.1, not ${VERSION}`)
      expect(tagsOf(remote)).toEqual({})
      expect({ github, registry }).toEqual({ github: [], registry: [] })
    } finally {
      writeFileSync(join(work, 'CHANGELOG.md'), changelog)
    }
  }, 60_000)

  test('a failed check changes nothing: a release commit without a file the pre-commit tag needs', async () => {
    const remote = origin({})
    github.length = 0
    registry.length = 0
    try {
      git(work, 'rm', '--quiet', '.pre-commit-hooks.yaml')
      git(work, 'commit', '--quiet', '-m', 'no hook')
      const r = await release('--no-provenance')
      expect(r.status).toBe(1)
      expect(r.stderr).toBe(`release: the pre-commit tag: .pre-commit-hooks.yaml not in ${git(work, 'rev-parse', 'HEAD').slice(0, 12)}\n`)
      expect(tagsOf(remote)).toEqual({})
      expect(git(work, 'tag', '--list')).toBe('')
      expect({ github, registry }).toEqual({ github: [], registry: [] })
    } finally {
      git(work, 'reset', '--quiet', '--hard', head)
    }
  }, 60_000)

  test('a pre-commit tag is no release: the major tag, the latest release and npm\'s dist-tag ignore it', async () => {
    const { plan } = (await import(join(PROJECT, 'scripts/release-publish.mjs'))) as { plan(version: string, tags: Map<string, string>): object }
    const tags = (...names: string[]) => new Map(names.map((n) => [n, first]))
    const stable = { major: 'v1', prerelease: false, moveMajor: true, latest: true, distTag: 'latest' }
    expect(plan('1.0.1', tags('v1', 'v1.0.0', 'v1.0.0-pre-commit'))).toEqual(stable)
    // even one of a later version (a pre-release of 1.1.0 by semver's reading of the name) leaves 1.0.1 the newest
    expect(plan('1.0.1', tags('v1', 'v1.0.0', 'v1.1.0-pre-commit', 'v2.0.0-pre-commit'))).toEqual(stable)
    expect(plan('1.0.1', tags('v1', 'v1.1.0', 'v1.1.0-pre-commit'))).toEqual({ ...stable, moveMajor: false, latest: false, distTag: 'latest-1' })
  })

  // pre-commit itself, offline: a consumer repository whose hook repository is a bare origin (file://)
  // released by the script; PRE_COMMIT_HOME (pre-commit's clone and its environment) is measured
  const preCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' })
  ;(preCommit.status === 0 || process.env.CI === 'true' ? test : test.skip)('pre-commit runs the hook from the pre-commit tag, and PRE_COMMIT_HOME stays under 5 MB', async () => {
    expect({ status: preCommit.status, error: preCommit.error?.message }).toEqual({ status: 0, error: undefined })
    const remote = origin({})
    const r = await release('--no-provenance')
    expect(r.status).toBe(0)
    const consumer = join(tmp, 'consumer')
    rmSync(consumer, { recursive: true, force: true })
    cpSync(join(PROJECT, 'examples/puma-misconfigured'), consumer, { recursive: true })
    writeFileSync(join(consumer, '.pre-commit-config.yaml'), `repos:\n  - repo: file://${remote}\n    rev: ${HOOK_TAG}\n    hooks:\n      - id: rack-check\n`)
    git(consumer, 'init', '--quiet')
    git(consumer, 'add', '.')
    const home = join(tmp, 'pre-commit-home')
    rmSync(home, { recursive: true, force: true })
    const env = { PATH: process.env.PATH, HOME: tmp, PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never', LANG: 'C.UTF-8' }
    const run = spawnSync('pre-commit', ['run', '--all-files'], { cwd: consumer, env, encoding: 'utf8', timeout: 120_000 })
    // the example has errors: the hook fails with the CLI's own report of the repository
    const expected = spawnSync(process.execPath, [join(PROJECT, 'dist/cli/index.js')], { cwd: consumer, encoding: 'utf8' })
    expect(expected.status).toBe(1)
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: '' })
    expect(run.stdout).toContain('- hook id: rack-check\n- exit code: 1\n')
    expect(run.stdout).toContain(expected.stdout.trim())
    // pre-commit's clone is the pre-commit tag's commit
    const clones = readdirSync(home).filter((name) => name.startsWith('repo'))
    expect(clones).toHaveLength(1)
    expect(git(join(home, clones[0]), 'rev-parse', 'HEAD')).toBe(tagsOf(remote)[HOOK_TAG])
    // what pre-commit keeps: its clone of the tag (and no environment: `language: script`); du -sb counts the same
    const size = (path: string): number => {
      const stat = statSync(path, { throwIfNoEntry: false }) ?? { size: 0, isDirectory: () => false }
      return stat.size + (stat.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0) : 0)
    }
    expect(size(home)).toBeLessThan(5_000_000)

    // `pre-commit autoupdate` takes the newest tag on the default branch (`git describe FETCH_HEAD
    // --tags --abbrev=0`, pre_commit/commands/autoupdate.py): the pre-commit tag's commit is not on
    // it, so autoupdate moves rev to vX.Y.Z, the whole repository (docs/releasing.md#pre-commit)
    execFileSync('git', ['symbolic-ref', 'HEAD', 'refs/heads/main'], { cwd: remote })
    const update = spawnSync('pre-commit', ['autoupdate'], { cwd: consumer, env, encoding: 'utf8', timeout: 120_000 })
    expect(update.status).toBe(0)
    expect(update.stdout).toContain(`updating ${HOOK_TAG} -> ${TAG}`)
    expect(readFileSync(join(consumer, '.pre-commit-config.yaml'), 'utf8')).toContain(`    rev: ${TAG}\n`)
  }, 180_000)
})
