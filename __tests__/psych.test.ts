/**
 * rack-check reads `.cloud66/manifest.yml` and `.cloud66/deploy_hooks.yml` as Ruby's Psych does
 * (docs/research/psych.md): every such file of the corpus and of the fixtures is loaded with the
 * real Ruby (Debian's `ruby`, Ruby 3.1 with Psych 4; one process for all files,
 * helpers/psych-load.rb) and rack-check's reading must agree on each: whether the file loads,
 * where the first document ends (what `YAML.load` returns; the rest is ignored), and the kind of
 * the top-level value and of each top-level key's value. Without `ruby` the test is skipped, or
 * fails with CI=true.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { SourceFile } from '../src/files/source-file.js'
import { loadYaml, parseYamlTree, type YNode, type YamlTree } from '../src/model/yaml-tree.js'
import { CORPUS, FIXTURES, PROJECT, corpusPresent } from './helpers/paths.js'

const yaml = await loadYaml()

interface Attempt {
  ok: boolean
  error?: string
  problem?: string
  line?: number
  kind?: string
  keys?: Array<[string, string]>
}

/** one file as Psych loads it (helpers/psych-load.rb) */
interface PsychResult {
  path: string
  /** Psych 3's `YAML.load`, Psych 4's `YAML.unsafe_load`: the reading rack-check follows */
  unsafe_load: Attempt
  /** Psych 4's `YAML.load` (safe: no aliases, basic classes only) */
  load: Attempt
  /** where the parser ends the first document (1-based), null when it raised first or there is no document */
  first_end: { line: number; column: number; implicit: boolean } | null
  /** `YAML.load_stream`: every document, or the first error */
  stream: { ok: boolean; count?: number; problem?: string }
}

/**
 * The files under a folder that rack-check may read as a manifest or deploy hooks: the
 * `.yml`/`.yaml` files of `.cloud66/` folders (not their `files/` copies) and of `cloud66/`
 * folders (read as misplaced Cloud 66 files), and every `manifest.yml`/`manifest.yaml` (a root
 * one is read for its shape: engine/analyze-app.ts strayFiles).
 */
function cloud66Files(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name)
      let directory: boolean
      try {
        directory = statSync(path).isDirectory()
      } catch {
        continue
      }
      if (directory) {
        if (name !== 'node_modules' && name !== '.git') walk(path)
      } else if (/\/\.?cloud66$/.test(dir) ? /\.ya?ml$/.test(name) : /^manifest\.ya?ml$/.test(name)) out.push(path)
    }
  }
  walk(root)
  return out
}

/** Psych's results for the files, from one Ruby process, and which Ruby gave them; null when there is no `ruby`. */
function psychLoad(paths: string[]): { versions: string; results: PsychResult[] } | null {
  const r = spawnSync('ruby', ['-W0', join(PROJECT, '__tests__', 'helpers', 'psych-load.rb')], { input: paths.join('\n') + '\n', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, timeout: 120_000, killSignal: 'SIGKILL' })
  if (r.error && (r.error as NodeJS.ErrnoException).code === 'ENOENT') return null
  if (r.status !== 0) throw new Error(`psych-load.rb failed: ${r.stderr}`)
  const [first, ...lines] = r.stdout.trim().split('\n')
  const v = JSON.parse(first) as { ruby: string; psych: string; libyaml: string }
  return { versions: `Ruby ${v.ruby}, Psych ${v.psych}, libyaml ${v.libyaml}`, results: lines.map((l) => JSON.parse(l) as PsychResult) }
}

function kindOf(node: YNode | null): string {
  if (!node) return 'null'
  if (node.kind !== 'scalar') return node.kind
  const v = node.value
  return v === null ? 'null' : typeof v === 'string' ? 'string' : typeof v === 'number' ? 'number' : 'boolean'
}

/**
 * Psych's scalar classes that rack-check keeps as text: `:sym` (a Symbol) and `2020-01-01` (a
 * Date) are scalars that no rule reads as a mapping or a list.
 */
const TEXT_CLASSES = new Set(['Symbol', 'Date', 'Time', 'DateTime'])

/**
 * Fixtures where rack-check is known to read differently, with the reason; each must still
 * disagree (a fix shows up as a failure here, to be taken off the list).
 */
const KNOWN: Record<string, string> = {
  // libyaml lets a double-quoted scalar's next line start left of the block (then the dedent ends
  // the document); the `yaml` package stops at a missing closing quote. No corpus file does this.
  'psych/quoted-multiline-dedent/.cloud66/manifest.yml': 'a quoted scalar continued left of its block',
  // the same verdict, pointed one line apart: Psych ends the document at the `...` line,
  // rack-check's notice points at the first line of the document after it
  'psych/explicit-end/.cloud66/manifest.yml': 'where an explicit `...` end is pointed at'
}

/** Psych's reading in the words the comparison uses */
function psychReading(p: PsychResult): Record<string, unknown> {
  const u = p.unsafe_load
  if (!u.ok) return { loads: false, line: u.line }
  const whole = p.stream.ok && (p.stream.count ?? 0) <= 1
  // an empty or comments-only file: no document, `YAML.load` gives false
  const empty = p.stream.ok && p.stream.count === 0
  return {
    loads: true,
    ignoredFrom: whole ? null : p.first_end?.line,
    top: empty ? 'null' : TEXT_CLASSES.has(u.kind ?? '') ? 'string' : u.kind,
    keys: (u.keys ?? []).map(([k, v]) => `${k}: ${TEXT_CLASSES.has(v) ? 'string' : v}`).sort()
  }
}

/** rack-check's reading of the same file */
function ourReading(tree: YamlTree): Record<string, unknown> {
  if (tree.error) return { loads: false, line: tree.error.at.line }
  const root = tree.root
  return {
    loads: true,
    ignoredFrom: tree.endsEarly?.at.line ?? tree.laterDocuments?.at.line ?? null,
    top: kindOf(root),
    keys: root?.kind === 'map' ? root.pairs.map((p) => `${p.key}: ${kindOf(p.value)}`).sort() : []
  }
}

/** Compares every file; the error line is compared only where both raise (the messages differ). */
function agreement(paths: string[], base: string): { versions: string; checked: number; disagreements: string[]; limited: string[]; safeRefuses: string[] } | null {
  const loaded = psychLoad(paths)
  if (!loaded) return null
  const psych = loaded.results
  const disagreements: string[] = []
  const limited: string[] = []
  const safeRefuses: string[] = []
  for (const p of psych) {
    const tree = parseYamlTree(new SourceFile(relative(base, p.path), readFileSync(p.path, 'utf8')), yaml)
    // a limit of rack-check's own (deep nesting, alias bombs: docs/maintainers/robustness.md) is no verdict on the YAML
    if (tree.limit) {
      limited.push(relative(base, p.path))
      continue
    }
    if (p.unsafe_load.ok && !p.load.ok) safeRefuses.push(`${relative(base, p.path)}: ${p.load.error}`)
    const theirs = psychReading(p)
    const ours = ourReading(tree)
    const known = KNOWN[relative(base, p.path)]
    const same = (!theirs.loads && !ours.loads) || JSON.stringify(theirs) === JSON.stringify(ours)
    if (known) {
      if (same) disagreements.push(`${relative(base, p.path)}: listed as a known difference (${known}), but rack-check now agrees with Psych: take it off the list`)
      continue
    }
    if (!same) disagreements.push(`${relative(base, p.path)}\n  Psych:      ${JSON.stringify(theirs)}\n  rack-check: ${JSON.stringify(ours)}`)
  }
  return { versions: loaded.versions, checked: psych.length, disagreements, limited, safeRefuses }
}

function agreeOn(name: string, root: string, present: boolean): void {
  test(`${name}: rack-check reads every manifest and deploy hooks file as Psych loads it`, () => {
    if (!present) return
    const paths = cloud66Files(root)
    expect(paths.length).toBeGreaterThan(0)
    const result = agreement(paths, root)
    if (!result) {
      if (process.env.CI) throw new Error('`ruby` not found: the Psych agreement test needs Debian\'s ruby (CI=true)')
      process.stdout.write(`${name}: \`ruby\` not found; Psych agreement not checked\n`)
      return
    }
    process.stdout.write(`${name}: ${result.checked} files loaded with ${result.versions}: ${result.checked - result.limited.length - Object.keys(KNOWN).filter((k) => paths.includes(join(root, k))).length - result.disagreements.length} agree, ${result.disagreements.length} disagree, ${Object.keys(KNOWN).filter((k) => paths.includes(join(root, k))).length} known differences; ${result.limited.length} stopped at rack-check's limits; Psych 4's YAML.load refuses ${result.safeRefuses.length} that Psych 3's loads\n`)
    expect(result.disagreements).toEqual([])
  })
}

describe('Psych agreement', () => {
  if (!corpusPresent) test.skip(`corpus not found at ${CORPUS}: corpus files not loaded with Psych`, () => undefined)
  agreeOn('corpus', CORPUS, corpusPresent)
  agreeOn('fixtures', FIXTURES, true)
})
