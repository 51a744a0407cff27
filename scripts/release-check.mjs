#!/usr/bin/env node
// Run by scripts/release-publish.mjs (the release workflow, on main) before anything is published:
//   node scripts/release-check.mjs X.Y.Z [--notes FILE]
// Fails (exit 1, one line per problem) unless package.json, package-lock.json, src/core/docs-url.ts
// (the docs links), the committed CLI bundle and the newest CHANGELOG section all name X.Y.Z;
// with --notes, writes that CHANGELOG section (the GitHub release's text) to FILE.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { releaseNotes, versionProblems } from './release-lib.mjs'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const args = process.argv.slice(2)
const notesAt = args.indexOf('--notes')
const notesFile = notesAt >= 0 ? args.splice(notesAt, 2)[1] : null
const version = args[0]?.replace(/^v/, '')
if (!version || args.length !== 1 || (notesAt >= 0 && !notesFile)) {
  process.stderr.write('usage: node scripts/release-check.mjs X.Y.Z [--notes FILE]\n')
  process.exit(2)
}
const problems = versionProblems(root, version)
// what the bundle itself says, beside what its text contains
const said = execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), '--version'], { encoding: 'utf8' }).trim()
if (said !== `rack-check ${version}`) problems.push(`dist/cli/index.js --version prints "${said}", not "rack-check ${version}"`)
const notes = releaseNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version)
if (!notes) problems.push(`CHANGELOG.md has no text under [${version}]`)
if (problems.length) {
  for (const p of problems) process.stderr.write(`release ${version}: ${p}\n`)
  process.exit(1)
}
if (notesFile) writeFileSync(notesFile, notes + '\n')
process.stdout.write(`release ${version}: versions agree\n`)
