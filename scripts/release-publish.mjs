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
//   2. creates the tag vX.Y.Z and pushes it to origin;
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
import { compareVersions, releaseNotes, VERSION } from './release-lib.mjs'

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
  const released = [...tags.keys()].flatMap((t) => (RELEASED.test(t) && VERSION.test(t.slice(1)) ? [t.slice(1)] : []))
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
  const p = plan(version, tags)
  const tarball = packed(root, env)
  const npmArgs = ['publish', ...(provenance ? ['--provenance'] : []), '--access', 'public', '--tag', p.distTag, '--ignore-scripts']
  const request = { tag_name: tag, target_commitish: sha, name: tag, body: notes, draft: false, prerelease: p.prerelease, make_latest: p.latest ? 'true' : 'false' }
  const token = env.GITHUB_TOKEN || env.GH_TOKEN
  if (!dryRun && !token) throw new Error('GITHUB_TOKEN is not set: the GitHub release needs it')
  const say = (what) => log(`${dryRun ? 'would ' : ''}${what}`)

  say(`create tag ${tag} at ${sha.slice(0, 12)} and push it to origin`)
  if (!dryRun) {
    git('tag', tag, sha)
    git('push', '--quiet', 'origin', `refs/tags/${tag}`)
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
