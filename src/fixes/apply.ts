/**
 * `--fix` and `--fix-dry-run`: apply the findings' mechanical fixes (finding.fix), one rule at a
 * time, checking the app again after each rule, because a fix changes what the next one sees (a
 * removed `-d` makes the line start, and only then is its socket judged). Files are written only
 * inside the checked folder, never through a link, each atomically (a temporary file beside it,
 * then a rename), with their line endings, byte order mark and every byte outside the edits kept.
 * The dry run does the same in a copy of the folder and returns the diffs.
 */
import { cpSync, lstatSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { checkDirectory } from '../check.js'
import { SourceFile } from '../files/source-file.js'
import type { Finding, Fix } from '../finding.js'
import type { CheckOptions } from '../report.js'
import { unifiedDiff } from './diff.js'

/** More rounds than rules that fix: a fix that does not make its finding go away stops the loop. */
const MAX_ROUNDS = 20

export interface FixResult {
  /** the fixes applied, in order */
  applied: Array<{ rule: string; file: string; line: number; description: string }>
  /** files changed: their text before and after */
  files: Map<string, { before: string; after: string }>
  /** unified diff of every changed file */
  diff: string
}

export class FixError extends Error {}

/** Applies one fix's edits to a text (offsets from the edits' line/column, end exclusive). */
export function applyEdits(text: string, edits: Fix['edits']): string {
  const file = new SourceFile('', text)
  const ranges = edits
    .map((e) => ({ start: file.lineOffset(e.line) + e.column - 1, end: file.lineOffset(e.endLine) + e.endColumn - 1, text: e.text }))
    .sort((a, b) => b.start - a.start || b.end - a.end)
  let out = text
  let limit = Infinity
  for (const r of ranges) {
    if (r.end > limit || r.start > r.end) throw new FixError('overlapping edits')
    out = out.slice(0, r.start) + r.text + out.slice(r.end)
    limit = r.start
  }
  return out
}

const overlaps = (a: Fix['edits'][number], b: Fix['edits'][number]): boolean => {
  if (a.file !== b.file) return false
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2)
  // touching ranges count: two insertions at one place would depend on their order
  return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn)
}

/** Fixes the folder `dir` in place (`write`), or a copy of it, and says what changed. */
export async function fixDirectory(dir: string, options: CheckOptions, write: boolean): Promise<FixResult> {
  const root = realpathSync(dir)
  const work = write ? root : copyOf(root)
  try {
    const original = new Map<string, string>()
    const applied: FixResult['applied'] = []
    const tried = new Set<string>()
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const { report } = await checkDirectory(work, options)
      const fixable = report.findings.filter((f): f is Finding & { fix: Fix } => f.fix !== undefined && !f.suppressed && !tried.has(keyOf(f)))
      if (fixable.length === 0) break
      // one rule at a time, in the order the report lists findings; its edits must not overlap
      const rule = fixable[0].rule
      const chosen: Array<Finding & { fix: Fix }> = []
      for (const f of fixable.filter((x) => x.rule === rule)) {
        if (chosen.some((c) => c.fix.edits.some((e) => f.fix.edits.some((g) => overlaps(e, g))))) continue
        chosen.push(f)
      }
      const byFile = new Map<string, Fix['edits']>()
      for (const f of chosen) {
        tried.add(keyOf(f))
        for (const e of f.fix.edits) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e])
        applied.push({ rule: f.rule, file: f.file, line: f.line, description: f.fix.description })
      }
      for (const [file, edits] of byFile) {
        const path = inside(work, file)
        const raw = readFileSync(path, 'utf8')
        if (!original.has(file)) original.set(file, raw)
        const bom = raw.startsWith('\uFEFF') ? '\uFEFF' : ''
        writeAtomically(path, bom + applyEdits(raw.slice(bom.length), edits))
      }
    }
    const files = new Map<string, { before: string; after: string }>()
    for (const [file, before] of original) {
      const after = readFileSync(inside(work, file), 'utf8')
      if (after !== before) files.set(file, { before, after })
    }
    const diff = [...files].map(([file, { before, after }]) => unifiedDiff(file, before, after)).join('')
    return { applied, files, diff }
  } finally {
    if (!write) rmSync(work, { recursive: true, force: true })
  }
}

/** A finding's identity across rounds: the same rule at the same place is not tried twice. */
function keyOf(f: Finding): string {
  return `${f.rule}|${f.file}|${f.line}|${f.message}`
}

/** The absolute path of a file of the folder; refuses links and anything outside it. */
function inside(root: string, file: string): string {
  const path = join(root, ...file.split('/'))
  const rel = relative(root, path)
  if (rel.startsWith('..') || rel.split(sep).includes('..') || lstatSync(path).isSymbolicLink() || !lstatSync(path).isFile()) throw new FixError(`${file} is not a regular file inside the checked folder; it was not changed`)
  if (relative(root, realpathSync(path)).startsWith('..')) throw new FixError(`${file} is outside the checked folder; it was not changed`)
  return path
}

function writeAtomically(path: string, text: string): void {
  const temp = `${path}.rack-check-${Math.random().toString(36).slice(2)}.tmp`
  try {
    writeFileSync(temp, text, { mode: statSync(path).mode & 0o7777, flag: 'wx' })
    renameSync(temp, path)
  } finally {
    rmSync(temp, { force: true })
  }
}

/** A copy of the folder for the dry run, without what the checks never read. */
function copyOf(root: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'rack-check-fix-'))
  // what the engine never looks into (folders such as tmp/ stay: a missing one changes predictions)
  const skip = new Set(['.git', 'node_modules', 'vendor'])
  cpSync(root, copy, { recursive: true, verbatimSymlinks: true, filter: (src) => !skip.has(relative(root, src).split(sep)[0]) || relative(root, src) === '' })
  return copy
}
