/**
 * Release readiness (docs/releasing.md): one docs-URL function used by every output and pinned to
 * the package version's tag, versions that agree, a Keep a Changelog file the release workflow can
 * read, rule pages that are the generator's output, links to docs/research/ that lead to a heading,
 * the npm package's contents, and workflows (and the workflow snippets in the docs) that pass actionlint.
 */
import { describe, expect, test } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { run } from '../src/cli/main.js'
import { checkDirectory } from '../src/engine/check.js'
import { docsUrl, REPOSITORY_URL, ruleUrl, TOOL_VERSION } from '../src/core/docs-url.js'
import { renderComment } from '../src/reporters/comment.js'
import { RULES } from '../src/rules/index.js'
import { PROJECT } from './helpers/paths.js'

const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as { version: string; files: string[]; bin: Record<string, string>; private?: boolean; dependencies?: object }
const EXAMPLES = readdirSync(join(PROJECT, 'examples'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)
const lib = import(join(PROJECT, 'scripts/release-lib.mjs')) as Promise<{
  parseChangelog(text: string): { sections: Array<{ name: string; date: string | null; body: string }>; problems: string[] }
  releaseNotes(text: string, version: string): string | null
  openRelease(text: string, version: string, date: string): string
  versionProblems(root: string, version?: string): string[]
  compareVersions(a: string, b: string): number
}>

async function cli(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = ''
  let stderr = ''
  const status = await run(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: () => false, env: { NO_COLOR: '1' }, cwd: PROJECT })
  return { status, stdout, stderr }
}

describe('docs links', () => {
  test('are pinned to the tag of the package version', () => {
    expect(TOOL_VERSION).toBe(pkg.version)
    expect(ruleUrl('procfile-crlf')).toBe(`https://github.com/c66/rack-check/blob/v${pkg.version}/docs/rules/procfile-crlf.md`)
    expect(docsUrl('/docs/restart.md')).toBe(`${REPOSITORY_URL}/blob/v${pkg.version}/docs/restart.md`)
  })

  test.each(RULES.map((r) => r.id))('%s has its page', (id) => {
    const prefix = `${REPOSITORY_URL}/blob/v${pkg.version}/`
    expect(ruleUrl(id).startsWith(prefix)).toBe(true)
    expect(readFileSync(join(PROJECT, ruleUrl(id).slice(prefix.length)), 'utf8').startsWith(`# ${id}\n`)).toBe(true)
  })

  test('SARIF helpUri names every rule page by the same URL', async () => {
    const r = await cli('examples/puma-correct', '--format', 'sarif')
    const rules = JSON.parse(r.stdout).runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>
    expect(rules.map((x) => x.id).sort()).toEqual(RULES.map((x) => x.id).sort())
    for (const x of rules) expect(x.helpUri).toBe(ruleUrl(x.id))
  })

  test.each(EXAMPLES)('examples/%s: JSON docsUrl, the comment and SARIF link each finding to the same page', async (name) => {
    const json = JSON.parse((await cli(`examples/${name}`, '--format', 'json')).stdout) as { findings: Array<{ rule: string; docs: string; docsUrl: string }> }
    for (const f of json.findings) {
      expect(f.docs).toBe(`docs/rules/${f.rule}.md`)
      expect(f.docsUrl).toBe(ruleUrl(f.rule))
    }
    const result = await checkDirectory(join(PROJECT, 'examples', name), { environment: 'production', processManager: 'systemd' })
    const body = renderComment(result, { repository: 'acme/shop', sha: '0'.repeat(40), serverUrl: 'https://github.com', workingDirectory: '', hiddenAnnotations: 0 })
    // every link into rack-check's repository is one docsUrl builds
    const links = [...body.matchAll(/\]\((https:\/\/github\.com\/c66\/rack-check\/[^)\s]+)\)/g)].map((m) => m[1])
    expect(links).toContain(docsUrl('docs/rules/README.md'))
    for (const link of links) expect(link.startsWith(`${REPOSITORY_URL}/blob/v${pkg.version}/`)).toBe(true)
    for (const f of json.findings) expect(links).toContain(ruleUrl(f.rule))
    const sarif = JSON.parse((await cli(`examples/${name}`, '--format', 'sarif')).stdout)
    const helpUri = new Map((sarif.runs[0].tool.driver.rules as Array<{ id: string; helpUri: string }>).map((x) => [x.id, x.helpUri]))
    for (const f of json.findings) expect(helpUri.get(f.rule)).toBe(f.docsUrl)
    // text output names the rule id only; nothing there builds a URL of its own
    expect((await cli(`examples/${name}`, '--format', 'text')).stdout).not.toMatch(/blob\/(main|v1)\//)
  })
})

describe('versions', () => {
  test('package.json, package-lock.json, src/core/docs-url.ts and the CHANGELOG agree', async () => {
    const { versionProblems } = await lib
    // the committed bundle is rebuilt by `npm run build`: its version is checked by the release workflow
    expect(versionProblems(PROJECT).filter((p) => !p.startsWith('the CLI bundle'))).toEqual([])
  })

  test('a disagreement is named', async () => {
    const { versionProblems } = await lib
    expect(versionProblems(PROJECT, '9.9.9')).toEqual(expect.arrayContaining([expect.stringContaining('package.json "version" is'), expect.stringContaining(`TOOL_VERSION in src/core/docs-url.ts (the docs links and --version) is ${pkg.version}, not 9.9.9`)]))
  })

  test('semver precedence', async () => {
    const { compareVersions } = await lib
    const sorted = ['1.0.0', '1.0.0-rc.1', '0.10.0', '0.9.1', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.11', '1.0.0-beta.2'].sort(compareVersions)
    expect(sorted).toEqual(['0.9.1', '0.10.0', '1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0'])
  })
})

describe('CHANGELOG.md (Keep a Changelog)', () => {
  const changelog = readFileSync(join(PROJECT, 'CHANGELOG.md'), 'utf8')

  test('parses without problems, Unreleased first, and has the notes of this version', async () => {
    const { parseChangelog, releaseNotes } = await lib
    const parsed = parseChangelog(changelog)
    expect(parsed.problems).toEqual([])
    expect(parsed.sections[0].name).toBe('Unreleased')
    expect(parsed.sections[1].name).toBe(pkg.version)
    expect(parsed.sections[1].date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    // a Keep a Changelog section: its changes under ### Added, Changed, ... (the same test before and after a release)
    expect(releaseNotes(changelog, pkg.version)).toMatch(/^(?:[^\n]+\n\n)?### (Added|Changed|Deprecated|Removed|Fixed|Security)\n/)
  })

  test('problems are found', async () => {
    const { parseChangelog } = await lib
    const bad = '# Changelog\n\n## [0.1.0] - 2026-01-01\n\n## [0.2.0]\n\n## Version 3\n\n## [0.1.0] - 2026-02-30\n\n[0.1.0]: x\n'
    expect(parseChangelog(bad).problems).toEqual([
      'line 5: [0.2.0] needs its release date (YYYY-MM-DD)',
      'line 7: a section heading is "## [X.Y.Z] - YYYY-MM-DD" or "## [Unreleased]": ## Version 3',
      'line 9: 2026-02-30 is not a date',
      'the first section is ## [Unreleased]',
      'line 9: [0.1.0] appears twice',
      'line 5: [0.2.0] comes after [0.1.0]: newest first',
      '[0.2.0] has no link reference at the end of the file'
    ])
  })

  test('a release turns Unreleased into the version section, with its links', async () => {
    const { openRelease, parseChangelog, releaseNotes } = await lib
    // the real CHANGELOG with its Unreleased section replaced by one known entry
    const empty = changelog.replace(/## \[Unreleased\]\n[\s\S]*?(?=\n## \[\d)/, '## [Unreleased]\n')
    const text = empty.replace('## [Unreleased]\n', '## [Unreleased]\n\n### Fixed\n\n- Something.\n')
    // the next minor version after this one (0.1.0 → 0.2.0, 1.0.0 → 1.1.0)
    const [major, minor] = pkg.version.split('.').map(Number)
    const v = `${major}.${minor + 1}.0`
    const now = pkg.version
    const next = openRelease(text, v, '2027-01-02')
    expect(parseChangelog(next).problems).toEqual([])
    expect(next).toContain(`## [Unreleased]\n\n## [${v}] - 2027-01-02\n\n### Fixed\n\n- Something.\n\n## [${now}]`)
    expect(next).toContain(`[Unreleased]: https://github.com/c66/rack-check/compare/v${v}...HEAD\n[${v}]: https://github.com/c66/rack-check/compare/v${now}...v${v}\n[${now}]: `)
    expect(releaseNotes(next, v)).toBe('### Fixed\n\n- Something.')
    expect(() => openRelease(empty, v, '2027-01-02')).toThrow('the [Unreleased] section is empty')
    expect(() => openRelease(text, now, '2027-01-02')).toThrow(`already has [${now}]`)
  })
})

type ReleaseLib = {
  REFERENCE_PLACES: string[]
  referenceFiles(root: string): string[]
  versionReferences(text: string): Array<{ kind: string; ref: string; line: number }>
  referenceProblems(texts: Map<string, string>, version: string, released: string[]): string[]
  referenceProblemsOf(root: string, version: string): string[]
  moveReferenceFiles(root: string, from: string, to: string): string[]
  openRelease(text: string, version: string, date: string): string
}

describe('what README, SECURITY, CONTRIBUTING, docs/, examples/ and .pre-commit-hooks.yaml tell users to pin (issue 26)', () => {
  test('names only versions and tags the release process creates: this version\'s vX.Y.Z and vN, and released versions', async () => {
    const { referenceFiles, referenceProblemsOf, versionReferences } = (await lib) as unknown as ReleaseLib
    const files = referenceFiles(PROJECT)
    expect(files).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md', '.pre-commit-hooks.yaml', 'docs/releasing.md', 'examples/README.md']))
    const refs = files.flatMap((f) => versionReferences(readFileSync(join(PROJECT, f), 'utf8')).map((r) => ({ f, ...r })))
    // the README's action snippets, its pre-commit rev and npx: the test has something to check
    expect(refs.filter((r) => r.f === 'README.md').map((r) => r.kind).sort()).toEqual(expect.arrayContaining(['npm', 'tag', 'tag', 'tag']))
    expect(referenceProblemsOf(PROJECT, pkg.version)).toEqual([])
  })

  test('every form is read, and a version the release does not create is named', async () => {
    const { referenceProblems } = (await lib) as unknown as ReleaseLib
    const text = [
      '- uses: c66/rack-check@v9',
      'pin c66/rack-check@v9.9.9 or c66/rack-check@' + 'a'.repeat(40) + ' (a commit: fine)',
      'run `npx rack-check@9.9.9 .` or `npx rack-check@0.1.0-rc.1`',
      '[page](https://github.com/c66/rack-check/blob/v9.9.9/docs/rules/x.md), https://github.com/c66/rack-check/releases/tag/v2.0.0',
      'https://raw.githubusercontent.com/c66/rack-check/v9.9.9/.github/rack-check-matcher.json',
      '      rev: v9.9.9',
      '      rev: v9.9.9-pre-commit',
      'placeholders: c66/rack-check@vX.Y.Z, rack-check@N, blob/main/: not versions; Puma `v6.4.3` is not ours',
      'fine: c66/rack-check@v1, c66/rack-check@v1.0.0, rack-check@1, rev: v1.0.0, rev: v0.9.0 (released)',
      'fine: rev: v1.0.0-pre-commit, rev: v0.9.0-pre-commit (the pre-commit tags of this version and of a released one)'
    ].join('\n')
    expect(referenceProblems(new Map([['x.md', text]]), '1.0.0', ['0.9.0']).map((p) => p.replace(/ is not .*/, ''))).toEqual([
      'x.md:1: v9',
      'x.md:2: v9.9.9',
      'x.md:3: rack-check@9.9.9',
      'x.md:3: rack-check@0.1.0-rc.1',
      'x.md:4: v9.9.9',
      'x.md:4: v2.0.0',
      'x.md:5: v9.9.9',
      'x.md:6: v9.9.9',
      'x.md:7: v9.9.9-pre-commit'
    ])
  })

  test('the release-prepare step moves them to the next version, after which they name only what that release creates', async () => {
    const { REFERENCE_PLACES, moveReferenceFiles, openRelease, referenceProblemsOf } = (await lib) as unknown as ReleaseLib
    const next = `${Number(pkg.version.split('.')[0]) + 1}.0.0`
    const dir = mkdtempSync(join(tmpdir(), 'rack-check-references-'))
    try {
      for (const place of [...REFERENCE_PLACES, 'CHANGELOG.md']) cpSync(join(PROJECT, place), join(dir, place), { recursive: true })
      const changelog = readFileSync(join(dir, 'CHANGELOG.md'), 'utf8').replace(/## \[Unreleased\]\n[\s\S]*?(?=\n## \[\d)/, '## [Unreleased]\n\n### Fixed\n\n- Something.\n')
      writeFileSync(join(dir, 'CHANGELOG.md'), openRelease(changelog, next, '2027-01-02'))
      // left as they are, they name the version before
      expect(referenceProblemsOf(dir, next).length).toBeGreaterThan(0)
      // what scripts/release.mjs runs
      const changed = moveReferenceFiles(dir, pkg.version, next)
      expect(changed).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md']))
      expect(referenceProblemsOf(dir, next)).toEqual([])
      const readme = readFileSync(join(dir, 'README.md'), 'utf8')
      const major = next.split('.')[0]
      expect(readme).toContain(`uses: c66/rack-check@v${major}\n`)
      // pre-commit's rev is the pre-commit tag (scripts/release-publish.mjs)
      expect(readme).toContain(`rev: v${next}-pre-commit\n`)
      expect(readme).toContain(`npm install --no-save rack-check@${major}\n`)
      // nothing else in the files changed
      for (const f of changed) {
        const before = readFileSync(join(PROJECT, f), 'utf8').split('\n')
        const after = readFileSync(join(dir, f), 'utf8').split('\n')
        expect(after.length).toBe(before.length)
        for (const [i, line] of after.entries()) if (line !== before[i]) expect(line.replace(/(v|@)\d+(\.\d+\.\d+)?/g, '$1#')).toBe(before[i].replace(/(v|@)\d+(\.\d+\.\d+)?/g, '$1#'))
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>()
  for (const line of markdown.split('\n')) {
    const heading = /^#{1,6} (.*)$/.exec(line)
    if (heading) anchors.add(heading[1].trim().toLowerCase().replace(/[^\p{L}\p{N}_\- ]/gu, '').replace(/ /g, '-'))
  }
  return anchors
}

/** Every file under a folder with one of the extensions. */
function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name), extensions) : extensions.some((x) => e.name.endsWith(x)) ? [join(dir, e.name)] : []
  )
}

describe('docs/research', () => {
  test('every heading that the sources, the docs and the scripts cite exists (research/<page>.md#<heading>, and `, #<heading>` after it)', () => {
    const pages = new Map(readdirSync(join(PROJECT, 'docs/research')).map((name) => [name, headingAnchors(readFileSync(join(PROJECT, 'docs/research', name), 'utf8'))]))
    const missing: string[] = []
    let cited = 0
    const files = [...filesUnder(join(PROJECT, 'src'), ['.ts']), ...filesUnder(join(PROJECT, 'docs'), ['.md']), ...filesUnder(join(PROJECT, 'scripts'), ['.mjs']), join(PROJECT, 'README.md'), join(PROJECT, 'CONTRIBUTING.md')]
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/research\/([\w-]+\.md)#([\w-]+)((?:[,;:] (?:measured: )?#[\w-]+)*)/g)) {
        for (const anchor of [m[2], ...[...m[3].matchAll(/#([\w-]+)/g)].map((a) => a[1])]) {
          cited++
          if (!pages.get(m[1])?.has(anchor)) missing.push(`${file.slice(PROJECT.length + 1)}: ${m[1]}#${anchor}`)
        }
      }
    }
    expect(cited).toBeGreaterThan(0)
    expect(missing).toEqual([])
  })
})

describe('the rule pages', () => {
  test('are what scripts/rule-docs.mjs generates (npm run rule-docs)', () => {
    const out = mkdtempSync(join(tmpdir(), 'rack-check-rule-docs-'))
    try {
      execFileSync(process.execPath, [join(PROJECT, 'scripts/rule-docs.mjs'), '--out', out], { encoding: 'utf8' })
      const generated = readdirSync(out).sort()
      expect(generated).toEqual(readdirSync(join(PROJECT, 'docs/rules')).sort())
      for (const name of generated) expect({ name, text: readFileSync(join(PROJECT, 'docs/rules', name), 'utf8') }).toEqual({ name, text: readFileSync(join(out, name), 'utf8') })
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })
})

describe('the npm package', () => {
  test('is publishable and holds only the bundle, its bin, the docs and the schemas', () => {
    expect(pkg.private).toBeUndefined()
    // dist/ is one self-contained ncc bundle (the action's and the CLI's): nothing to install beside it
    expect(pkg.dependencies).toBeUndefined()
    expect(pkg.bin).toEqual({ 'rack-check': 'dist/cli/index.js' })
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT, encoding: 'utf8' })
    expect(r.status).toBe(0)
    const files = (JSON.parse(r.stdout)[0].files as Array<{ path: string }>).map((f) => f.path).sort()
    expect(files).toEqual(expect.arrayContaining(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist/cli/index.js', 'dist/index.js', 'dist/main.js', 'dist/package.json', 'dist/prism.wasm.gz', 'package.json']))
    // and the V8 code cache beside the bundle (src/entry.cjs), one folder per V8 version
    expect(files.filter((f) => f.startsWith('dist/v8-cache/')).length).toBeGreaterThan(0)
    // and the JSON Schemas for editors (README, "Editor support")
    expect(files.filter((f) => f.startsWith('schemas/'))).toEqual(['schemas/config.schema.json', 'schemas/deploy-hooks.schema.json', 'schemas/manifest.schema.json'])
    for (const f of files) expect(f).toMatch(/^(CHANGELOG\.md|LICENSE|README\.md|package\.json|\.github\/rack-check-matcher\.json|dist\/(cli\/)?[^/]+|dist\/v8-cache\/\d+\.\d+\.\d+\.\d+\/[^/]+|schemas\/[\w-]+\.schema\.json)$/)
  })

  test('holds the problem matcher at the path README tells npm users to register', () => {
    const readme = readFileSync(join(PROJECT, 'README.md'), 'utf8')
    const named = [...readme.matchAll(/::add-matcher::node_modules\/rack-check\/(\S+?)"/g)].map((m) => m[1])
    expect(named).toEqual(['.github/rack-check-matcher.json'])
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT, encoding: 'utf8' })
    expect(r.status).toBe(0)
    const files = (JSON.parse(r.stdout)[0].files as Array<{ path: string }>).map((f) => f.path)
    for (const path of named) expect(files).toContain(path)
    // and it is the matcher integrations.test checks against the text output
    expect(JSON.parse(readFileSync(join(PROJECT, named[0]), 'utf8')).problemMatcher[0].owner).toBe('rack-check')
  })
})

describe('workflows', () => {
  test('every workflow and every workflow snippet in README.md and docs/ passes actionlint', () => {
    const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/actionlint.mjs'), '--json'], { cwd: PROJECT, encoding: 'utf8' })
    const { checked, problems } = JSON.parse(r.stdout) as { checked: string[]; problems: unknown[] }
    expect(problems).toEqual([])
    expect(r.status).toBe(0)
    expect(checked).toEqual(expect.arrayContaining(['.github/workflows/ci.yml', '.github/workflows/release.yml', '.github/workflows/codeql.yml']))
    expect(checked.filter((c) => c.startsWith('README.md:')).length).toBeGreaterThanOrEqual(2)
  })

  test('actionlint finds a problem in a snippet, at its line in the Markdown file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rack-check-actionlint-'))
    try {
      const doc = join(dir, 'doc.md')
      writeFileSync(doc, '# x\n\n```yaml\non: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.no_such_field }}\n```\n')
      const r = spawnSync(process.execPath, [join(PROJECT, 'scripts/actionlint.mjs'), '--json', '--file', doc], { cwd: PROJECT, encoding: 'utf8' })
      const { problems } = JSON.parse(r.stdout) as { problems: Array<{ where: string; kind: string }> }
      expect(problems).toEqual([expect.objectContaining({ where: `${doc}:9:23`, kind: 'expression' })])
      expect(r.status).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  test('they read .node-version, and the bundles are tested on Node 20 and 24', () => {
    const ci = readFileSync(join(PROJECT, '.github/workflows/ci.yml'), 'utf8')
    expect(ci).toContain('node-version-file: .node-version')
    expect(ci).toMatch(/node: \[20, 24\]/)
    for (const w of ['check-dist.yml', 'release.yml']) expect(readFileSync(join(PROJECT, '.github/workflows', w), 'utf8')).toContain('node-version-file: .node-version')
  })
})
