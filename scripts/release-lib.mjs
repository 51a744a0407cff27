// The parts of the release process that read and write files (docs/releasing.md), shared by
// scripts/release.mjs (prepares a release), scripts/release-check.mjs (run by the release
// workflow) and the tests. Nothing here runs git or the network.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const REPOSITORY_URL = 'https://github.com/c66/rack-check'

/** X.Y.Z, optionally with a pre-release (-rc.1); no build metadata (semver.org §9). */
export const VERSION = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?$/

/** Compares two versions by semver precedence (§11): negative when a comes first. */
export function compareVersions(a, b) {
  const pa = VERSION.exec(a)
  const pb = VERSION.exec(b)
  if (!pa || !pb) throw new Error(`not a version: ${pa ? b : a}`)
  for (let i = 1; i <= 3; i++) if (pa[i] !== pb[i]) return Number(pa[i]) - Number(pb[i])
  if (pa[4] === pb[4]) return 0
  if (pa[4] === undefined) return 1
  if (pb[4] === undefined) return -1
  const xa = pa[4].split('.')
  const xb = pb[4].split('.')
  for (let i = 0; i < Math.min(xa.length, xb.length); i++) {
    if (xa[i] === xb[i]) continue
    const na = /^\d+$/.test(xa[i])
    const nb = /^\d+$/.test(xb[i])
    if (na && nb) return Number(xa[i]) - Number(xb[i])
    if (na !== nb) return na ? -1 : 1
    return xa[i] < xb[i] ? -1 : 1
  }
  return xa.length - xb.length
}

/**
 * A Keep a Changelog 1.1.0 file: `## [Unreleased]`, then `## [X.Y.Z] - YYYY-MM-DD` sections,
 * newest first, and link references `[X.Y.Z]: url` at the end. Returns the sections in order
 * with their body (the text up to the next `## ` heading or the link references), and the
 * problems found.
 */
export function parseChangelog(text) {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  const sections = []
  const links = new Map()
  const problems = []
  let current = null
  for (const [i, line] of lines.entries()) {
    const link = /^\[([^\]]+)\]:\s*(\S+)\s*$/.exec(line)
    if (link) {
      links.set(link[1], link[2])
      current = null
      continue
    }
    if (line.startsWith('## ')) {
      const m = /^## \[([^\]]+)\](?: - (\d{4}-\d{2}-\d{2}))?\s*$/.exec(line)
      if (!m) {
        problems.push(`line ${i + 1}: a section heading is "## [X.Y.Z] - YYYY-MM-DD" or "## [Unreleased]": ${line}`)
        current = null
        continue
      }
      const [, name, date] = m
      if (name === 'Unreleased') {
        if (date) problems.push(`line ${i + 1}: [Unreleased] has no date`)
      } else if (!VERSION.test(name)) {
        problems.push(`line ${i + 1}: ${name} is not a version`)
      } else if (!date) {
        problems.push(`line ${i + 1}: [${name}] needs its release date (YYYY-MM-DD)`)
      } else if (Number.isNaN(Date.parse(`${date}T00:00:00Z`)) || new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date) {
        problems.push(`line ${i + 1}: ${date} is not a date`)
      }
      current = { name, date: date ?? null, line: i + 1, body: [] }
      sections.push(current)
      continue
    }
    if (current) current.body.push(line)
  }
  const versions = sections.filter((s) => s.name !== 'Unreleased')
  if (sections.length && sections[0].name !== 'Unreleased') problems.push('the first section is ## [Unreleased]')
  if (sections.filter((s) => s.name === 'Unreleased').length > 1) problems.push('more than one [Unreleased] section')
  const seen = new Set()
  for (const s of versions) {
    if (seen.has(s.name)) problems.push(`line ${s.line}: [${s.name}] appears twice`)
    seen.add(s.name)
  }
  for (let i = 1; i < versions.length; i++) {
    if (VERSION.test(versions[i].name) && VERSION.test(versions[i - 1].name) && compareVersions(versions[i - 1].name, versions[i].name) <= 0) {
      problems.push(`line ${versions[i].line}: [${versions[i].name}] comes after [${versions[i - 1].name}]: newest first`)
    }
  }
  for (const s of sections) if (!links.has(s.name)) problems.push(`[${s.name}] has no link reference at the end of the file`)
  return {
    sections: sections.map((s) => ({ name: s.name, date: s.date, line: s.line, body: s.body.join('\n').trim() })),
    links,
    problems
  }
}

/** The notes of one version (its section's body), or null when the CHANGELOG has no such section. */
export function releaseNotes(text, version) {
  return parseChangelog(text).sections.find((s) => s.name === version)?.body ?? null
}

/**
 * Turns `## [Unreleased]` into `## [version] - date` under a new empty Unreleased section, and
 * updates the link references (Unreleased compares from the new tag; the version's compares from
 * the previous one, or is its release page for the first).
 */
export function openRelease(text, version, date) {
  const parsed = parseChangelog(text)
  if (parsed.problems.length) throw new Error(`CHANGELOG.md: ${parsed.problems.join('; ')}`)
  const unreleased = parsed.sections.find((s) => s.name === 'Unreleased')
  if (!unreleased) throw new Error('CHANGELOG.md has no ## [Unreleased] section')
  if (parsed.sections.some((s) => s.name === version)) throw new Error(`CHANGELOG.md already has [${version}]`)
  if (!unreleased.body) throw new Error('the [Unreleased] section is empty: say what changed first')
  const previous = parsed.sections.find((s) => s.name !== 'Unreleased')?.name
  let out = text.replace(/^## \[Unreleased\][ \t]*$/m, `## [Unreleased]\n\n## [${version}] - ${date}`)
  out = out.replace(/^\[Unreleased\]:.*$/m, `[Unreleased]: ${REPOSITORY_URL}/compare/v${version}...HEAD\n[${version}]: ${previous ? `${REPOSITORY_URL}/compare/v${previous}...v${version}` : `${REPOSITORY_URL}/releases/tag/v${version}`}`)
  return out
}

/** The version each place names; `dist` is the version compiled into the committed CLI bundle. */
export function versionsOf(root) {
  const read = (p) => readFileSync(join(root, p), 'utf8')
  const pkg = JSON.parse(read('package.json'))
  const lock = JSON.parse(read('package-lock.json'))
  const source = /export const TOOL_VERSION = '([^']+)'/.exec(read('src/core/docs-url.ts'))?.[1] ?? null
  let dist
  try {
    // what the committed bundle says it is (it is minified: its text does not name the constant)
    dist = /^rack-check (\S+)$/.exec(execFileSync(process.execPath, [join(root, 'dist', 'cli', 'index.js'), '--version'], { encoding: 'utf8' }).trim())?.[1] ?? null
  } catch {
    dist = null
  }
  const changelog = parseChangelog(read('CHANGELOG.md'))
  const latest = changelog.sections.find((s) => s.name !== 'Unreleased')?.name ?? null
  return { packageJson: pkg.version, packageLock: lock.version, packageLockRoot: lock.packages?.['']?.version ?? null, docsUrl: source, dist, changelog: latest }
}

/** What disagrees with `version` (all of them when version is omitted: with package.json's). */
export function versionProblems(root, version) {
  const v = versionsOf(root)
  const want = version ?? v.packageJson
  const problems = []
  if (!VERSION.test(want)) problems.push(`${want} is not a version (X.Y.Z)`)
  const places = {
    packageJson: 'package.json "version"',
    packageLock: 'package-lock.json "version"',
    packageLockRoot: 'package-lock.json packages[""].version',
    docsUrl: 'TOOL_VERSION in src/core/docs-url.ts (the docs links and --version)',
    dist: 'the bundle in dist/ (run npm run build)',
    changelog: 'the newest section of CHANGELOG.md'
  }
  for (const [key, label] of Object.entries(places)) if (v[key] !== want) problems.push(`${label} is ${v[key] ?? 'missing'}, not ${want}`)
  const notes = parseChangelog(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'))
  for (const p of notes.problems) problems.push(`CHANGELOG.md: ${p}`)
  return problems
}

/**
 * The files users read that name a version of rack-check (a ref to pin, a link, a pre-commit rev):
 * the release keeps them naming versions that exist (issue 26). Folders are read whole.
 */
export const REFERENCE_PLACES = ['README.md', 'SECURITY.md', 'CONTRIBUTING.md', '.pre-commit-hooks.yaml', 'docs', 'examples']

/** The text files of REFERENCE_PLACES under root, relative to it (a file with a NUL byte is not text). */
export function referenceFiles(root) {
  const out = []
  const walk = (rel) => {
    let stat
    try {
      stat = statSync(join(root, rel))
    } catch {
      return
    }
    if (stat.isDirectory()) for (const name of readdirSync(join(root, rel)).sort()) walk(`${rel}/${name}`)
    else if (stat.isFile() && !readFileSync(join(root, rel)).includes(0)) out.push(rel)
  }
  for (const place of REFERENCE_PLACES) walk(place)
  return out
}

/** A ref or version after `@` or in a URL: letters, digits, `.`, `-`, `_`, not ending in `.` (the end of a sentence). */
const REF = String.raw`[\w.-]*[\w-]`
/** A tag-like ref in a URL or `rev:`: only those that start like a version (`blob/main/` names a branch, no release). */
const VTAG = String.raw`v\d(?:${REF})?`
/**
 * Where a text names a version or tag of rack-check, as `kind` tag (a git ref: the action's
 * `uses: c66/rack-check@…`, a URL into the repository at a tag, pre-commit's `rev:`) or npm
 * (`rack-check@1`). A tag is always written with the repository's name beside it, so other
 * projects' versions (`Puma v6.4.3`) are not read as ours.
 */
const PATTERNS = [
  { kind: 'tag', re: new RegExp(String.raw`c66/rack-check@(${REF})`, 'g') },
  { kind: 'npm', re: new RegExp(String.raw`(?<![\w/@.-])rack-check@(${REF})`, 'g') },
  { kind: 'tag', re: new RegExp(String.raw`github\.com/c66/rack-check/(?:blob|tree|raw|releases/tag|releases/download|archive/refs/tags)/(${VTAG})`, 'g') },
  { kind: 'tag', re: new RegExp(String.raw`raw\.githubusercontent\.com/c66/rack-check/(?:refs/tags/)?(${VTAG})`, 'g') },
  // pre-commit's rev: in these files every `rev:` is one of rack-check's hook
  { kind: 'tag', re: new RegExp(String.raw`\brev:[ \t]*["']?(${VTAG})`, 'g') }
]

/** The references of one text: { kind, ref, at (offset of the ref), line }. */
export function versionReferences(text) {
  const found = []
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const at = m.index + m[0].lastIndexOf(m[1])
      found.push({ kind, ref: m[1], at, line: text.slice(0, at).split('\n').length })
    }
  }
  return found.sort((a, b) => a.at - b.at)
}

/**
 * The tag of the commit pre-commit users pin (`rev: vX.Y.Z-pre-commit`): an orphan commit holding
 * only what the hook needs (scripts/release-publish.mjs, docs/releasing.md#pre-commit). Its name
 * reads as a semver pre-release of X.Y.Z, so the release steps skip it (isPreCommitTag).
 */
export const preCommitTag = (version) => `v${version}-pre-commit`
/** Whether a tag name is one of the pre-commit tags (never a release, never the newest). */
export const isPreCommitTag = (tag) => tag.startsWith('v') && tag.endsWith('-pre-commit')

/**
 * What the release process creates for `version`: the tag vX.Y.Z, its pre-commit tag
 * vX.Y.Z-pre-commit and the major tag vN (npm: X.Y.Z and N), and the versions the CHANGELOG says
 * were released (their vX.Y.Z and vX.Y.Z-pre-commit; not their major, which has moved on once a
 * later major is out).
 */
export function allowedReferences(version, released) {
  const major = version.split('.')[0]
  const versions = [version, ...released]
  return { tag: new Set([`v${major}`, ...versions.flatMap((v) => [`v${v}`, preCommitTag(v)])]), npm: new Set([major, ...versions]) }
}

/** The released versions of a CHANGELOG text. */
export function releasedVersions(changelog) {
  return parseChangelog(changelog).sections.filter((s) => s.name !== 'Unreleased').map((s) => s.name)
}

/** The references of `texts` (path → text) that name a version or tag the release process does not create. */
export function referenceProblems(texts, version, released) {
  const allowed = allowedReferences(version, released)
  const problems = []
  for (const [path, text] of texts) {
    for (const r of versionReferences(text)) {
      // a commit sha pins the action too; a ref without a digit is a placeholder (`vX.Y.Z`, `vN`) or a branch
      if ((r.kind === 'tag' && /^[0-9a-f]{40}$/.test(r.ref)) || !/\d/.test(r.ref)) continue
      if (!allowed[r.kind].has(r.ref)) problems.push(`${path}:${r.line}: ${r.kind === 'npm' ? `rack-check@${r.ref}` : r.ref} is not a ${r.kind === 'npm' ? 'version on npm' : 'tag'} the release of ${version} creates (allowed: ${[...allowed[r.kind]].join(', ')})`)
    }
  }
  return problems
}

/** The text with every reference to `from` (vX.Y.Z, vX.Y.Z-pre-commit, vN, npm X.Y.Z, N) moved to `to`. */
export function moveReferences(text, from, to) {
  const [fromMajor, toMajor] = [from.split('.')[0], to.split('.')[0]]
  const map = { tag: new Map([[`v${from}`, `v${to}`], [preCommitTag(from), preCommitTag(to)], [`v${fromMajor}`, `v${toMajor}`]]), npm: new Map([[from, to], [fromMajor, toMajor]]) }
  let out = ''
  let last = 0
  for (const r of versionReferences(text)) {
    const next = map[r.kind].get(r.ref)
    if (next === undefined || r.at < last) continue
    out += text.slice(last, r.at) + next
    last = r.at + r.ref.length
  }
  return out + text.slice(last)
}

/** Moves the references of every reference file under root from one version to the next; returns the files changed. */
export function moveReferenceFiles(root, from, to) {
  const changed = []
  for (const rel of referenceFiles(root)) {
    const text = readFileSync(join(root, rel), 'utf8')
    const moved = moveReferences(text, from, to)
    if (moved !== text) {
      writeFileSync(join(root, rel), moved)
      changed.push(rel)
    }
  }
  return changed
}

/** referenceProblems for the files under root, with the versions its CHANGELOG.md says were released. */
export function referenceProblemsOf(root, version) {
  const texts = new Map(referenceFiles(root).map((rel) => [rel, readFileSync(join(root, rel), 'utf8')]))
  return referenceProblems(texts, version, releasedVersions(readFileSync(join(root, 'CHANGELOG.md'), 'utf8')))
}
