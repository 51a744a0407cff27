/**
 * The documentation as its readers get it (docs/README.md is the index): the user pages — those the
 * index lists under "Using rack-check", and every rule page — name nothing a user cannot open; a
 * run they show (`$ rack-check …`) is what rack-check prints; every relative link of every page
 * leads to a file, and every `docs/….md` that code, tests, scripts and configuration cite exists
 * (a page moved with its citations left behind fails here).
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { run } from '../src/cli/main.js'
import { PROJECT } from './helpers/paths.js'

/** Every file under a folder (relative to the project) with one of the extensions, skipping what is not the project's. */
function filesUnder(dir: string, extensions: string[]): string[] {
  return readdirSync(join(PROJECT, dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir === '.' ? e.name : `${dir}/${e.name}`
    if (e.isDirectory()) return ['node_modules', 'dist', '.git', 'fixtures', 'cases'].includes(e.name) ? [] : filesUnder(path, extensions)
    return extensions.some((x) => e.name.endsWith(x)) ? [path] : []
  })
}

/** docs/README.md, the index: its "Using rack-check" part, then its "Maintaining rack-check" part. */
const INDEX = readFileSync(join(PROJECT, 'docs/README.md'), 'utf8')
const [USING, MAINTAINING] = INDEX.split(/^## Maintaining rack-check$/m)

/** The targets of the relative links of an index part, as project paths. */
function indexed(part: string): string[] {
  return [...part.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((l) => !/^[a-z]+:/.test(l)).map((l) => join('docs', l).split('\\').join('/'))
}

/** The pages written for the people who use rack-check: those the index lists under "Using rack-check", the index itself and every rule page. */
const USER_PAGES = [
  'docs/README.md',
  ...indexed(USING).filter((p) => p.endsWith('.md')),
  ...readdirSync(join(PROJECT, 'docs/rules')).filter((n) => n.endsWith('.md') && n !== 'README.md').map((n) => `docs/rules/${n}`)
]

/** Every Markdown page of the project. */
const ALL_PAGES = [...filesUnder('.', ['.md'])]

/**
 * What a reader of a user page cannot open: the maintainers' shared folder beside the checkout
 * (`../shared/…`), the project's issue tracker ("issue 12", "next issue": nothing a reader can look up),
 * and paths on a maintainer's machine.
 */
const UNREACHABLE: Array<[string, RegExp]> = [
  ['the shared folder beside the checkout', /(?:\.\.\/|\/work\/)shared\b|\bshared\/(?:reference|corpus|servers)\b/],
  ['an issue of the project\'s tracker', /\bissues? #?\d+|\b(?:next|this|that|last|previous) issue\b/i],
  ['a path on a maintainer\'s machine', /(?:^|[\s(`'"])(?:\/work\/|\/tmp\/base|\/home\/|\/root\/|~\/\.cache\/rack-check\/)/m]
]

const CHECKED_USER_PAGES = USER_PAGES

describe('user pages', () => {
  test.each(CHECKED_USER_PAGES)('%s names nothing a user cannot open', (page) => {
    const text = readFileSync(join(PROJECT, page), 'utf8')
    const found: string[] = []
    text.split('\n').forEach((line, i) => {
      for (const [what, pattern] of UNREACHABLE) if (pattern.test(line)) found.push(`${page}:${i + 1}: ${what}: ${line.trim().slice(0, 120)}`)
    })
    expect(found).toEqual([])
  })

  test('the check finds what it looks for', () => {
    const hits = (line: string): string[] => UNREACHABLE.filter(([, p]) => p.test(line)).map(([what]) => what)
    expect(hits('as measured in ../shared/reference/servers.md')).toEqual(['the shared folder beside the checkout'])
    expect(hits('fixed in issue 12, and issues #7')).toEqual(['an issue of the project\'s tracker'])
    expect(hits('These settings decide restart behaviour (next issue).')).toEqual(['an issue of the project\'s tracker'])
    expect(hits('Do not open a public issue for it.')).toEqual([])
    expect(hits('the report in /tmp/base26/corpus.json')).toEqual(['a path on a maintainer\'s machine'])
    expect(hits('see [Puma\'s NEWS](https://github.com/puma/puma/blob/v6.4.3/History.md) and docs/research/servers.md#puma')).toEqual([])
  })

  test('docs/README.md lists every page of docs/ once, as a user page or a maintainer note', () => {
    const linked = [...indexed(USING), ...indexed(MAINTAINING)]
    const pages = filesUnder('docs', ['.md']).filter((p) => p !== 'docs/README.md' && (!/^docs\/(rules|research)\//.test(p) || p.endsWith('/README.md')))
    for (const page of pages) expect({ page, times: linked.filter((l) => l === page).length }).toEqual({ page, times: 1 })
    expect(USER_PAGES).toEqual(expect.arrayContaining(['README.md', 'SECURITY.md', 'docs/contract.md', 'docs/rules/README.md', 'docs/rules/procfile-crlf.md']))
    expect(USER_PAGES.filter((p) => p.startsWith('docs/maintainers/') || p.startsWith('docs/research/'))).toEqual([])
  })
})

/**
 * The fenced blocks of the user pages that show a command and its output: `$ rack-check …`, or
 * `$ node dist/cli/index.js …` in a checkout, as the first line (a block in a list item indented).
 */
const SHOWN_RUNS = USER_PAGES.flatMap((page) =>
  [...readFileSync(join(PROJECT, page), 'utf8').matchAll(/^( *)```[a-z]*\n\1\$ (?:rack-check|node dist\/cli\/index\.js) ([^\n]*)\n([\s\S]*?)^\1```$/gm)].map((m) => ({
    page,
    args: m[2],
    output: m[3].split('\n').map((line) => line.slice(m[1].length)).join('\n')
  }))
)

describe('a run shown in a user page', () => {
  test('the pages show them (the fixes, the restart guidance)', () => {
    expect(SHOWN_RUNS.map((r) => `${r.page}: ${r.args}`)).toEqual(
      expect.arrayContaining(['README.md: examples/puma-misconfigured --fix-dry-run', 'docs/config.md: examples/puma-misconfigured --fix-dry-run', 'docs/restart.md: examples/puma-phased --verbose'])
    )
  })

  test.each(SHOWN_RUNS)('$page: rack-check $args prints what the page shows', async ({ args, output }) => {
    let stdout = ''
    await run(args.split(' '), { stdout: (s) => (stdout += s), stderr: () => {}, isTTY: () => false, env: { NO_COLOR: '1' }, cwd: PROJECT })
    expect(stdout).toBe(output)
  })
})

describe('links and citations', () => {
  test('every relative link of every page leads to a file or folder of the project', () => {
    const broken: string[] = []
    for (const page of ALL_PAGES) {
      const text = readFileSync(join(PROJECT, page), 'utf8').replace(/^(```|~~~)[\s\S]*?^\1/gm, '')
      for (const m of text.matchAll(/\]\(<?([^)\s>]+)>?(?:\s+"[^"]*")?\)/g)) {
        const target = m[1].replace(/#.*$/, '')
        if (!target || /^[a-z][a-z0-9+.-]*:/i.test(target)) continue
        if (!existsSync(resolve(PROJECT, dirname(page), decodeURIComponent(target)))) broken.push(`${page}: ${m[1]}`)
      }
    }
    expect(broken).toEqual([])
  })

  test('every docs/….md that the code, tests, scripts, workflows and configuration cite exists', () => {
    const sources = [
      ...filesUnder('src', ['.ts', '.cjs']),
      ...filesUnder('__tests__', ['.ts', '.mjs', '.json']),
      ...filesUnder('scripts', ['.mjs']),
      ...filesUnder('bench', ['.mjs', '.ts']),
      ...filesUnder('.ci', ['']),
      ...filesUnder('.github', ['.yml', '.yaml']),
      ...['action.yml', 'eslint.config.js', 'jest.config.js', 'jest.live.config.js', 'package.json'].filter((f) => existsSync(join(PROJECT, f))),
      // CHANGELOG.md records each change as it was made, paths included; the research pages cite
      // the servers' own docs folders (Puma's `signals.md` in its own docs folder)
      ...ALL_PAGES.filter((p) => p !== 'CHANGELOG.md' && !p.startsWith('docs/research/'))
    ]
    const missing: string[] = []
    let cited = 0
    for (const file of sources) {
      // this project's pages are lower-case kebab names; the upstream docs that the research cites
      // (Puma's docs/7.0-Upgrade.md, Pitchfork's docs/SIGNALS.md) are not
      for (const m of readFileSync(join(PROJECT, file), 'utf8').matchAll(/(?<![\w./-])docs\/((?:[a-z]+\/)?[a-z0-9-]+\.md)\b/g)) {
        cited++
        if (!existsSync(join(PROJECT, 'docs', m[1]))) missing.push(`${file}: docs/${m[1]}`)
      }
    }
    expect(cited).toBeGreaterThan(100)
    expect(missing).toEqual([])
  })
})
