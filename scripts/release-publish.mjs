#!/usr/bin/env node
// Publishes the version package.json names when it has no tag yet (docs/releasing.md). Run by
// .github/workflows/release.yml on every push to main; `npm run release -- --dry-run` runs this very
// code and prints each step instead of taking it.
//   node scripts/release-publish.mjs [--dry-run] [--no-build] [--no-provenance]
//   node scripts/release-publish.mjs --pending     prints release=true|false (and writes it to $GITHUB_OUTPUT)
// When the tag vX.Y.Z exists on origin, it does nothing. Otherwise, on the commit checked out:
//   1. checks: dist/ is what the sources build to (npm run build, then git status; --no-build skips
//      it), and package.json, package-lock.json, src/core/docs-url.ts, the bundle and the newest
//      CHANGELOG section all name X.Y.Z (scripts/release-check.mjs);
//   2. creates the tag vX.Y.Z, and the tag vX.Y.Z-pre-commit at an orphan commit holding only what
//      the pre-commit hook needs (preCommitCommit), and pushes both to origin at once (--atomic);
//   3. moves the major tag (v1 for 1.y.z) there, when X.Y.Z is the newest release of that major
//      and not a pre-release: `uses: c66/rack-check@v1` runs it;
//   4. creates the GitHub release vX.Y.Z with the CHANGELOG section as its notes (REST: POST
//      /repos/{owner}/{repo}/releases; GITHUB_TOKEN, GITHUB_REPOSITORY, GITHUB_API_URL);
//   5. publishes the package to npm with provenance (`npm publish --provenance`; the token is
//      setup-node's NODE_AUTH_TOKEN, the provenance statement needs `id-token: write`).
//      --no-provenance is for the offline tests, whose fake registry has no GitHub OIDC token
//      or Sigstore behind it.
// Every check runs before the first step that changes anything.
import { execFileSync, spawnSync } from 'node:child_process'
import { appendFileSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { compareVersions, isPreCommitTag, preCommitTag, releaseNotes, REPOSITORY_URL, VERSION } from './release-lib.mjs'

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)))
const RELEASED = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/

/** The tags on origin (name → commit), or the local ones when there is no origin. */
export function remoteTags(root) {
  const git = (...a) => spawnSync('git', a, { cwd: root, encoding: 'utf8' })
  const hasOrigin = git('remote', 'get-url', 'origin').status === 0
  const listed = hasOrigin ? git('ls-remote', '--tags', '--refs', 'origin') : git('show-ref', '--tags')
  if (listed.status !== 0 && hasOrigin) throw new Error(`git ls-remote origin: ${listed.stderr.trim()}`)
  const tags = new Map()
  for (const line of listed.stdout.split('\n').filter(Boolean)) {
    const [sha, ref] = line.split(/\s+/)
    tags.set(ref.replace(/^refs\/tags\//, ''), sha)
  }
  return { tags, where: hasOrigin ? 'origin' : 'the local tags (no remote origin)' }
}

/**
 * What a release of `version` does beside the tag, from the released versions: whether the major
 * tag moves (the newest release of that major, not a pre-release), whether the GitHub release is
 * the latest, and npm's dist-tag (latest, next for a pre-release, latest-N for an older major).
 */
export function plan(version, tags) {
  // vX.Y.Z-pre-commit reads as a pre-release of X.Y.Z, but is not a release at all
  const released = [...tags.keys()].flatMap((t) => (RELEASED.test(t) && VERSION.test(t.slice(1)) && !isPreCommitTag(t) ? [t.slice(1)] : []))
  const major = version.split('.')[0]
  const prerelease = version.includes('-')
  const stable = released.filter((v) => !v.includes('-'))
  const newestOfMajor = !prerelease && stable.filter((v) => v.split('.')[0] === major).every((v) => compareVersions(v, version) < 0)
  const newest = !prerelease && stable.every((v) => compareVersions(v, version) < 0)
  return { major: `v${major}`, prerelease, moveMajor: newestOfMajor, latest: newest, distTag: prerelease ? 'next' : newest ? 'latest' : `latest-${major}` }
}

/** The GitHub repository "owner/name": GITHUB_REPOSITORY, else package.json's repository URL. */
function repositoryOf(pkg, env) {
  if (env.GITHUB_REPOSITORY) return env.GITHUB_REPOSITORY
  const m = /github\.com[/:]([^/]+\/[^/.]+)/.exec(pkg.repository?.url ?? '')
  if (!m) throw new Error('no GITHUB_REPOSITORY and no GitHub URL in package.json "repository"')
  return m[1]
}

/** The checks that run before anything is changed; throws with every problem found. */
function check(root, version, { build, log }) {
  const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' })
  if (build) {
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    const stale = git('status', '--porcelain', '--', 'dist').trim()
    if (stale) throw new Error(`dist/ is not what the sources build to (run npm run build and commit):\n${stale}`)
    log('checked: dist/ is what the sources build to')
  } else {
    log('not checked (--no-build): whether dist/ is what the sources build to')
  }
  // the same check as before the workflow moved here: versions, the bundle's --version, the CHANGELOG section
  const checked = spawnSync(process.execPath, [join(root, 'scripts/release-check.mjs'), version], { cwd: root, encoding: 'utf8' })
  if (checked.status !== 0) throw new Error(checked.stderr.trim() || `scripts/release-check.mjs ${version} exited ${checked.status}`)
  const notes = releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version)
  log(`checked: package.json, package-lock.json, src/core/docs-url.ts, dist/ and CHANGELOG.md name ${version}`)
  return notes
}

/** What `npm publish` would upload: the tarball's name, sizes and files (npm pack --dry-run). */
function packed(root, env) {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, env, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`npm pack --dry-run: ${r.stderr.trim()}`)
  const [p] = JSON.parse(r.stdout)
  return { filename: p.filename, size: p.size, unpackedSize: p.unpackedSize, files: p.files.map((f) => f.path).sort() }
}

const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`

/**
 * What pre-commit needs from the repository (docs/releasing.md#pre-commit): the hook's definition,
 * the bundle it runs (dist/ without dist/v8-cache/), package.json (the bundle's --version and the
 * bin), LICENSE (the bundle's notices are dist/licenses.txt), and a README.md made here. pre-commit clones the repository at
 * the pinned rev, so a tag at a commit holding only these makes its clone a few MB instead of the
 * whole repository with its tests (pre-commit's own mirrors-* repositories do the same).
 */
export const PRE_COMMIT_FILES = ['.pre-commit-hooks.yaml', 'LICENSE', 'dist', 'package.json']

/** The README.md of the pre-commit tag's commit. */
export function preCommitReadme(version, sha) {
  return [
    `# rack-check ${preCommitTag(version)}`,
    '',
    'This tag is for [pre-commit](https://pre-commit.com) only. It is a commit with no history that holds',
    `what the \`rack-check\` hook runs, as it is in the release v${version} (commit ${sha}):`,
    '`.pre-commit-hooks.yaml`, the bundled CLI (`dist/`, without its V8 code caches, which only speed',
    'up the start), `package.json` and `LICENSE`, so that pre-commit\'s clone is small. The sources, the',
    `tests, the documentation and the GitHub Action are at the tag [v${version}](${REPOSITORY_URL}/tree/v${version}).`,
    '',
    '```yaml',
    'repos:',
    `  - repo: ${REPOSITORY_URL}`,
    `    rev: ${preCommitTag(version)}`,
    '    hooks:',
    '      - id: rack-check',
    '```',
    ''
  ].join('\n')
}

/** The `git ls-tree` lines of PRE_COMMIT_FILES in commit `sha`; throws when one is missing. */
export function preCommitEntries(root, sha) {
  const entries = execFileSync('git', ['ls-tree', sha, '--', ...PRE_COMMIT_FILES], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean)
  const found = entries.map((e) => e.split('\t')[1])
  const missing = PRE_COMMIT_FILES.filter((f) => !found.includes(f))
  if (missing.length) throw new Error(`the pre-commit tag: ${missing.join(', ')} not in ${sha.slice(0, 12)}`)
  return entries
}

/**
 * Writes the pre-commit tag's commit into the repository's object store and returns its id: a
 * tree of PRE_COMMIT_FILES as they are in `sha` (dist/ without v8-cache/) plus preCommitReadme,
 * with no parent, authored and committed as `sha` was (the same release gives the same commit).
 * Touches no ref, index or work-tree file.
 */
export function preCommitCommit(root, sha, version) {
  const git = (args, input, env) => execFileSync('git', args, { cwd: root, encoding: 'utf8', input, env: { ...process.env, ...env } }).trim()
  const entries = preCommitEntries(root, sha)
  // dist/ without its V8 code caches: 1.4 MB of the 5 MB clone, and optional (src/entry.cjs
  // compiles a chunk from its source when it finds no cache, with the same result)
  const dist = git(['ls-tree', `${sha}:dist`]).split('\n').filter((e) => !e.endsWith('\tv8-cache'))
  const distTree = git(['mktree'], dist.join('\n') + '\n')
  const top = entries.map((e) => (e.endsWith('\tdist') ? `040000 tree ${distTree}\tdist` : e))
  const readme = git(['hash-object', '-w', '--stdin'], preCommitReadme(version, sha))
  const tree = git(['mktree'], [...top, `100644 blob ${readme}\tREADME.md`].join('\n') + '\n')
  const [an, ae, ad, cn, ce, cd] = git(['show', '-s', '--format=%an%n%ae%n%aI%n%cn%n%ce%n%cI', sha]).split('\n')
  const identity = { GIT_AUTHOR_NAME: an, GIT_AUTHOR_EMAIL: ae, GIT_AUTHOR_DATE: ad, GIT_COMMITTER_NAME: cn, GIT_COMMITTER_EMAIL: ce, GIT_COMMITTER_DATE: cd }
  return git(['commit-tree', tree, '-F', '-'], `rack-check ${preCommitTag(version)}: what the pre-commit hook needs from v${version} (${sha})\n`, identity)
}

/** POST /repos/{owner}/{repo}/releases (operation repos/create-release). */
async function createRelease({ api, repository, token, request }) {
  const response = await globalThis.fetch(`${api}/repos/${repository}/releases`, {
    method: 'POST',
    headers: { accept: 'application/vnd.github+json', authorization: `Bearer ${token}`, 'content-type': 'application/json', 'x-github-api-version': '2022-11-28', 'user-agent': 'rack-check-release' },
    body: JSON.stringify(request)
  })
  const text = await response.text()
  if (response.status !== 201) throw new Error(`the GitHub release: POST /repos/${repository}/releases answered ${response.status}: ${text.slice(0, 500)}`)
  return JSON.parse(text)
}

/**
 * The release of package.json's version, or nothing when its tag exists. `dryRun` prints each step
 * instead of taking it. Returns what it did (or would do).
 */
export async function publish({ root = ROOT, dryRun = false, build = true, provenance = true, env = process.env, log = (s) => process.stdout.write(s + '\n') } = {}) {
  const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' }).trim()
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  const version = pkg.version
  const tag = `v${version}`
  const { tags, where } = remoteTags(root)
  if (tags.has(tag)) {
    log(`${tag} exists (${where}, at ${tags.get(tag).slice(0, 12)}): nothing to release`)
    return { released: false, version, tag }
  }
  const sha = git('rev-parse', 'HEAD')
  const repository = repositoryOf(pkg, env)
  log(`release ${version} from ${sha.slice(0, 12)} (${tag} is not in ${where})${dryRun ? ': dry run, nothing is tagged, pushed, released or published' : ''}`)
  const notes = check(root, version, { build, log })
  preCommitEntries(root, sha)
  const p = plan(version, tags)
  const tarball = packed(root, env)
  const npmArgs = ['publish', ...(provenance ? ['--provenance'] : []), '--access', 'public', '--tag', p.distTag, '--ignore-scripts']
  const request = { tag_name: tag, target_commitish: sha, name: tag, body: notes, draft: false, prerelease: p.prerelease, make_latest: p.latest ? 'true' : 'false' }
  const token = env.GITHUB_TOKEN || env.GH_TOKEN
  if (!dryRun && !token) throw new Error('GITHUB_TOKEN is not set: the GitHub release needs it')
  const say = (what) => log(`${dryRun ? 'would ' : ''}${what}`)

  const hookTag = preCommitTag(version)
  say(`create tag ${tag} at ${sha.slice(0, 12)} and push it to origin`)
  say(`create tag ${hookTag} at a commit with no parent holding ${[...PRE_COMMIT_FILES, 'README.md'].sort().join(', ')} without dist/v8-cache (pre-commit's rev) and push it with ${tag}`)
  if (!dryRun) {
    const hookCommit = preCommitCommit(root, sha, version)
    git('tag', tag, sha)
    git('tag', hookTag, hookCommit)
    // both or neither: a rerun sees vX.Y.Z and stops, so it could not add a missing pre-commit tag
    git('push', '--quiet', '--atomic', 'origin', `refs/tags/${tag}`, `refs/tags/${hookTag}`)
  }
  if (p.moveMajor) {
    say(`move ${p.major} from ${tags.get(p.major)?.slice(0, 12) ?? '(none)'} to ${sha.slice(0, 12)} (${tag} is the newest ${p.major} release) and push it`)
    if (!dryRun) {
      git('tag', '--force', p.major, sha)
      git('push', '--quiet', '--force', 'origin', `refs/tags/${p.major}`)
    }
  } else {
    log(`${p.major} stays at ${tags.get(p.major)?.slice(0, 12) ?? '(none)'}: ${p.prerelease ? `${version} is a pre-release` : `${tag} is not the newest ${p.major} release`}`)
  }
  say(`create the GitHub release ${tag} on ${repository}: title "${tag}"${p.prerelease ? ', pre-release' : ''}${p.latest ? ', latest' : ''}, notes from CHANGELOG.md [${version}]:`)
  for (const line of notes.split('\n')) log(`  | ${line}`)
  if (!dryRun) {
    const release = await createRelease({ api: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/$/, ''), repository, token, request })
    log(`created ${release.html_url}`)
  }
  say(`run npm ${npmArgs.join(' ')}: ${tarball.filename}, ${mb(tarball.size)} (${mb(tarball.unpackedSize)} unpacked), ${tarball.files.length} files:`)
  for (const f of tarball.files) log(`  ${f}`)
  if (!dryRun) execFileSync('npm', npmArgs, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] })
  log(dryRun ? `dry run of ${tag}: done, nothing changed` : `released ${tag}`)
  return { released: !dryRun, version, tag, sha, plan: p, request, npmArgs, tarball }
}

/** `--pending`: whether package.json's version has no tag yet. */
export function pending(root = ROOT, env = process.env) {
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version
  const release = !remoteTags(root).tags.has(`v${version}`)
  if (env.GITHUB_OUTPUT) appendFileSync(env.GITHUB_OUTPUT, `release=${release}\nversion=${version}\n`)
  return release
}

/** The command line (this file's, and `npm run release -- --dry-run`'s). */
export async function main(argv) {
  const known = new Set(['--dry-run', '--no-build', '--no-provenance', '--pending'])
  const unknown = argv.filter((a) => !known.has(a))
  if (unknown.length) {
    process.stderr.write(`release: unknown ${unknown.join(' ')}\nusage: node scripts/release-publish.mjs [--dry-run] [--no-build] [--no-provenance] | --pending\n`)
    return 2
  }
  try {
    if (argv.includes('--pending')) {
      process.stdout.write(`release=${pending()}\n`)
      return 0
    }
    await publish({ dryRun: argv.includes('--dry-run'), build: !argv.includes('--no-build'), provenance: !argv.includes('--no-provenance') })
    return 0
  } catch (error) {
    process.stderr.write(`release: ${error instanceof Error ? error.message : String(error)}\n`)
    return 1
  }
}

if (process.argv[1] && pathToFileURL(resolve(process.argv[1])).href === import.meta.url) process.exitCode = await main(process.argv.slice(2))
