/**
 * `--fix` and `--fix-dry-run`: apply the findings' mechanical fixes (finding.fix), one rule at a
 * time, checking the app again after each rule, because a fix changes what the next one sees (a
 * removed `-d` makes the line start, and only then is its socket judged).
 *
 * Every round works in memory: the engine reads the folder through a Workspace that holds the
 * edited files' new text (no copy of the folder, nothing written while fixing), so the dry run
 * reads exactly what the check reads and writes nothing at all. `--fix` then writes the changed
 * files, and only when each of them is safe to replace:
 * - a regular file inside the checked folder, reached through no symbolic link (the file itself
 *   or a folder on the way), else nothing is written;
 * - read again just before it is replaced, with the same text as when it was checked, else
 *   nothing is written (the edits were computed on the old text);
 * - replaced atomically: every new text is first written to a temporary file beside its file
 *   (created exclusively, never through a link), and only when all of them are written are they
 *   renamed over their files; a write that fails (a read-only folder, permission denied, a full
 *   disk) removes the temporary files and writes nothing.
 * Each refusal is a FixError with a sentence for the user (the command line exits 2 with it),
 * never an internal error. Line endings, the byte order mark, the mode and every byte outside the
 * edits are kept.
 */
import { closeSync, constants, fsyncSync, lstatSync, openSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { checkDirectory } from '../engine/check.js'
import { SourceFile } from '../files/source-file.js'
import { Workspace, type ReadResult } from '../files/workspace.js'
import type { Finding, Fix } from '../core/finding.js'
import type { CheckOptions } from '../core/report.js'
import { unifiedDiff } from './diff.js'

/** More rounds than rules that fix: a fix that does not make its finding go away stops the loop. */
const MAX_ROUNDS = 20

export interface FixResult {
  /** the fixes applied, in order */
  applied: Array<{ rule: string; file: string; line: number; description: string }>
  /** files changed: their text before and after (with the byte order mark, as on disk) */
  files: Map<string, { before: string; after: string }>
  /** unified diff of every changed file */
  diff: string
  /** changed files that `--fix` would refuse to write, and why (the dry run says so) */
  unwritable: Array<{ file: string; why: string }>
}

/** A fix that cannot be applied safely: the message says what and why; nothing was written unless it says so. */
export class FixError extends Error {}

/** What writes the files (tests put a failing one here: a read-only folder cannot be made for root). */
export interface FixFs {
  /** creates `path` (exclusively, not through a link) with `data` and `mode` */
  create(path: string, data: Buffer, mode: number): void
  rename(from: string, to: string): void
  remove(path: string): void
}

/** Test seams: a hook between the check and the writes, and the writing calls. */
export interface FixHooks {
  /** called once the fixes are computed, just before the files are read again and written */
  beforeWrite?: (files: string[]) => void
  fs?: FixFs
}

const CREATE_FLAGS = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0)

const nodeFs: FixFs = {
  create(path, data, mode) {
    const fd = openSync(path, CREATE_FLAGS, mode)
    try {
      let done = 0
      while (done < data.length) done += writeSync(fd, data, done)
      fsyncSync(fd)
    } catch (e) {
      // created here, so removed here: a half-written temporary file is left to no one
      closeSync(fd)
      rmSync(path, { force: true })
      throw e
    }
    closeSync(fd)
  },
  rename: renameSync,
  remove: (path) => rmSync(path, { force: true })
}

/** The checked folder with the fixed files' texts in memory; every other file read from disk as usual. */
class Edited extends Workspace {
  readonly texts = new Map<string, SourceFile>()

  override read(rel: string): ReadResult {
    const file = this.texts.get(rel)
    return file ? { ok: true, file } : super.read(rel)
  }
}

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

/**
 * Fixes the folder `dir`: computes every fix in memory, then (`write`) writes the changed files
 * as the header says. Throws FixError, with nothing written, when a file cannot be written safely.
 */
export async function fixDirectory(dir: string, options: CheckOptions, write: boolean, hooks: FixHooks = {}): Promise<FixResult> {
  const ws = new Edited(dir)
  /** each changed file as it was read before the first fix */
  const original = new Map<string, SourceFile>()
  const applied: FixResult['applied'] = []
  const tried = new Set<string>()
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { report } = await checkDirectory(dir, options, ws)
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
      // the text the engine read (a file it could not read has no finding, so no edit)
      const r = ws.read(file)
      if (!r.ok) throw new FixError(`${file}: ${r.missing ? 'does not exist' : r.problem}; nothing was written`)
      if (!original.has(file)) original.set(file, r.file)
      ws.texts.set(file, new SourceFile(file, applyEdits(r.file.text, edits), r.file.hadBom))
    }
  }
  const files = new Map<string, { before: string; after: string }>()
  for (const [file, before] of original) {
    const after = ws.texts.get(file)!
    if (after.text !== before.text) files.set(file, { before: onDisk(before), after: onDisk(after) })
  }
  const diff = [...files].map(([file, { before, after }]) => unifiedDiff(file, before, after)).join('')
  const root = realpathSync(dir)
  const unwritable = [...files.keys()].flatMap((file) => {
    const why = notWritable(root, file)
    return why ? [{ file, why }] : []
  })
  if (write && files.size > 0) {
    hooks.beforeWrite?.([...files.keys()])
    writeAll(root, [...files.keys()].map((file) => ({ file, before: original.get(file)!, after: files.get(file)!.after })), unwritable, hooks.fs ?? nodeFs)
  }
  return { applied, files, diff, unwritable }
}

/** A file's text as stored: with its byte order mark. */
function onDisk(f: SourceFile): string {
  return (f.hadBom ? '\uFEFF' : '') + f.text
}

/** A finding's identity across rounds: the same rule at the same place is not tried twice. */
function keyOf(f: Finding): string {
  return `${f.rule}|${f.file}|${f.line}|${f.message}`
}

/** The path `--fix` writes for a file of the folder (`root` is a real path). */
function pathOf(root: string, file: string): string {
  return join(root, ...file.split('/'))
}

/** Why `--fix` must not replace this file, or null: it must be a regular file of the folder reached through no link. */
function notWritable(root: string, file: string): string | null {
  const parts = file.split('/')
  if (file.startsWith('/') || parts.includes('..') || parts.includes('')) return 'is not inside the checked folder'
  const path = pathOf(root, file)
  let st
  try {
    st = lstatSync(path)
  } catch (e) {
    return `cannot be looked at: ${reason(e)}`
  }
  if (st.isSymbolicLink()) return 'is a symbolic link; --fix writes only regular files, never through a link'
  if (!st.isFile()) return 'is not a regular file'
  try {
    // a folder on the way that is a link: the real path differs
    if (realpathSync(path) !== path) return 'is behind a symbolic link to a folder; --fix writes only regular files, never through a link'
  } catch (e) {
    return `cannot be looked at: ${reason(e)}`
  }
  return null
}

/** An errno in words, for a message. */
function reason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code ?? 'error'
  if (code === 'EROFS') return 'the file system is read-only (EROFS)'
  if (code === 'EACCES' || code === 'EPERM') return `permission denied (${code})`
  if (code === 'ENOSPC' || code === 'EDQUOT') return `no space left (${code})`
  if (code === 'ENOENT') return 'it does not exist (ENOENT)'
  return `${(e as Error).message ?? code}`.split('\n')[0].slice(0, 200)
}

/**
 * Writes the fixed files, all or none: each is checked (a regular file, no link, the text it had
 * when it was checked), each new text goes to a temporary file beside it, and only then are they
 * renamed over their files.
 */
function writeAll(root: string, changes: Array<{ file: string; before: SourceFile; after: string }>, unwritable: FixResult['unwritable'], fs: FixFs): void {
  if (unwritable.length > 0) throw new FixError(`${unwritable.map((u) => `${u.file} ${u.why}`).join('; ')}; nothing was written (--fix-dry-run shows the changes)`)
  // read again now: the edits apply to the text that was checked, not to one changed since
  const fresh = new Workspace(root)
  for (const { file, before } of changes) {
    const why = notWritable(root, file)
    if (why) throw new FixError(`${file} ${why}; nothing was written`)
    const now = fresh.read(file)
    if (!now.ok || now.file.text !== before.text || now.file.hadBom !== before.hadBom) {
      throw new FixError(`${file} changed while rack-check was checking it, so its fixes no longer apply; nothing was written (run rack-check --fix again)`)
    }
  }
  const temps: Array<{ file: string; temp: string; path: string; renamed: boolean }> = []
  try {
    for (const { file, after } of changes) {
      const path = pathOf(root, file)
      const temp = `${path}.rack-check-${Math.random().toString(36).slice(2)}.tmp`
      try {
        fs.create(temp, Buffer.from(after, 'utf8'), lstatSync(path).mode & 0o7777)
      } catch (e) {
        throw new FixError(`${file} could not be written: ${reason(e)}; nothing was written`)
      }
      temps.push({ file, temp, path, renamed: false })
    }
    const done: string[] = []
    for (const t of temps) {
      try {
        fs.rename(t.temp, t.path)
      } catch (e) {
        throw new FixError(`${t.file} could not be replaced: ${reason(e)}; ${done.length ? `already written: ${done.join(', ')}` : 'nothing was written'}`)
      }
      t.renamed = true
      done.push(t.file)
    }
  } finally {
    for (const t of temps) {
      if (t.renamed) continue
      try {
        fs.remove(t.temp)
      } catch {
        // nothing more can be done about a temporary file that cannot be removed
      }
    }
  }
}
