#!/usr/bin/env node
// Prepares a release in one commit (docs/releasing.md):
//   npm run release -- X.Y.Z
// sets the version in package.json, package-lock.json and src/core/docs-url.ts (the docs links);
// moves the comment goldens' links, and the references to pin in README, SECURITY, CONTRIBUTING,
// docs/, examples/ and .pre-commit-hooks.yaml (REFERENCE_PLACES in scripts/release-lib.mjs), to the
// new version; turns CHANGELOG.md's [Unreleased] section into [X.Y.Z] with today's date; rebuilds
// dist/, checks that every place agrees, and commits. It never pushes and never tags: review the
// commit and push it to main, where the release workflow tags, releases and publishes it
// (scripts/release-publish.mjs). --no-commit leaves the changes in the work tree instead;
// `npm run release -- --dry-run` prints the publishing steps without taking them.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { compareVersions, moveReferenceFiles, openRelease, REFERENCE_PLACES, referenceProblemsOf, VERSION, versionProblems } from './release-lib.mjs'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const args = process.argv.slice(2)
// `npm run release -- --dry-run`: the publishing steps the release workflow takes once this commit
// is on main (scripts/release-publish.mjs, the same code), printed instead of taken
if (args.includes('--dry-run')) {
  const { main } = await import('./release-publish.mjs')
  const code = await main(args)
  // process.exit drops what a full pipe has not taken yet (measured: through a 4 KB pipe read late,
  // 4,023 of the 24,166 bytes, exit 0): the callback of an empty write runs once the writes before it are out
  await new Promise((done) => process.stdout.write('', done))
  process.exit(code)
}
const commit = !args.includes('--no-commit')
const version = args.filter((a) => a !== '--no-commit')[0]?.replace(/^v/, '')
const fail = (message, code = 1) => {
  process.stderr.write(`release: ${message}\n`)
  process.exit(code)
}
if (!version || !VERSION.test(version)) fail('usage: npm run release -- X.Y.Z [--no-commit]', 2)

const git = (...a) => execFileSync('git', a, { cwd: root, encoding: 'utf8' })
if (commit && git('status', '--porcelain').trim()) fail('the work tree has changes: commit or set them aside first')
const path = (p) => join(root, p)
const pkg = JSON.parse(readFileSync(path('package.json'), 'utf8'))
const old = pkg.version
if (compareVersions(version, old) <= 0) fail(`${version} is not after the current version ${old}`)

// package.json and package-lock.json keep their formatting: only the version strings change
pkg.version = version
writeFileSync(path('package.json'), JSON.stringify(pkg, null, 2) + '\n')
const lock = JSON.parse(readFileSync(path('package-lock.json'), 'utf8'))
lock.version = version
if (lock.packages?.['']) lock.packages[''].version = version
writeFileSync(path('package-lock.json'), JSON.stringify(lock, null, 2) + '\n')

const docsUrl = readFileSync(path('src/core/docs-url.ts'), 'utf8')
const bumped = docsUrl.replace(/export const TOOL_VERSION = '[^']+'/, `export const TOOL_VERSION = '${version}'`)
if (bumped === docsUrl) fail('src/core/docs-url.ts has no TOOL_VERSION line')
writeFileSync(path('src/core/docs-url.ts'), bumped)

// the comment goldens show the rule links, which name the tag, and the version in their footer
const comments = '__tests__/fixtures/comments'
for (const name of readdirSync(path(comments)).filter((n) => n.endsWith('.md'))) {
  const file = path(join(comments, name))
  writeFileSync(file, readFileSync(file, 'utf8').split(`/blob/v${old}/`).join(`/blob/v${version}/`).split(`<sub>rack-check ${old} `).join(`<sub>rack-check ${version} `))
}

// README, SECURITY, docs, examples and the pre-commit snippet name the version to pin (`uses:
// c66/rack-check@v1`, `rev: v1.2.0`, `npx rack-check@1`): they move with it, as the goldens do
moveReferenceFiles(root, old, version)

const date = new Date().toISOString().slice(0, 10)
writeFileSync(path('CHANGELOG.md'), openRelease(readFileSync(path('CHANGELOG.md'), 'utf8'), version, date))

execFileSync(process.execPath, [path('scripts/build.mjs')], { cwd: root, stdio: 'inherit' })
const problems = [...versionProblems(root, version), ...referenceProblemsOf(root, version)]
if (problems.length) fail(problems.join('\n'))

if (commit) {
  git('add', '--all', '--', 'package.json', 'package-lock.json', 'src/core/docs-url.ts', comments, 'CHANGELOG.md', 'dist', ...REFERENCE_PLACES)
  git('commit', '--quiet', '-m', `Release ${version}`)
  process.stdout.write(`Committed "Release ${version}". Check it and see what the release workflow will do (npm run release -- --dry-run), then push it to main: the workflow tags v${version}, releases and publishes it.\n`)
} else {
  process.stdout.write(`Prepared ${version} in the work tree (not committed).\n`)
}
