/**
 * A commit read without a checkout: a pull request's base (`--base`, and the action's base read)
 * and, with the action's `source: api`, its head. The files the engine reads are fetched one by
 * one into a temporary folder (outside the workspace, removed afterwards) so that the same engine
 * can check them. From git, only its plumbing runs (`ls-tree`, `cat-file blob`: no hooks, filters
 * or textconv); links and submodules are never fetched, and neither are files over 1 MiB.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, sep } from 'node:path'
import { checkDirectory, type CheckResult, type Report } from './check.js'
import type { CheckOptions } from '../rules/define-rule.js'
import { MAX_FILE_BYTES, Workspace, type ReadResult } from '../files/workspace.js'
import { DEPLOY_HOOKS, MANIFEST } from '../model/app.js'

export class BaseError extends Error {}

/** One entry of the base commit's tree, relative to the app folder. */
export interface BaseEntry {
  path: string
  kind: 'file' | 'folder' | 'link' | 'submodule'
  size: number
}

/** Where a base is read from: its tree (one listing) and its files, one at a time. */
export interface BaseSource {
  entries: BaseEntry[]
  /** a file's bytes; null when it cannot be had */
  read(path: string): Promise<Buffer | null>
}

/** At most this many files of a base are fetched: the engine reads a handful. */
export const MAX_BASE_FILES = 64

/** An entry the engine wanted to read that was not fetched, and why. */
export interface Skipped {
  path: string
  why: 'a symbolic link' | 'a submodule' | 'over 1 MiB' | 'not readable through the API' | 'over the limit of files fetched'
}

/**
 * An entry of the tree that no checkout could have, left out of the snapshot (with everything
 * under it): the check goes on without it, and the caller says so in a warning.
 */
export interface BadEntry {
  /** the path as given, made printable (`sanitisedPath`) */
  path: string
  why: 'both a file and a folder' | 'a NUL character in its name' | 'not a plain relative path' | 'a name too long for a file system'
}

/** The snapshot's check: the engine's result, how many files were fetched, what was skipped. */
export interface Snapshot {
  result: CheckResult
  /** the temporary folder the files are in; removed when `use` returns */
  dir: string
  fetched: number
  skipped: Skipped[]
  /** entries of the tree that were left out (a path both a file and a folder, a NUL in a name…) */
  bad: BadEntry[]
  /** how many entries were made on disk (folders, fetched files, placeholders): only what the check asked about */
  created: number
}

/** Checks a base commit (see `checkSnapshot`); returns the report, how many files were fetched and the entries left out. */
export async function checkBase(source: BaseSource, options: CheckOptions): Promise<{ report: Report; fetched: number; bad: BadEntry[] }> {
  return checkSnapshot(source, options, async (s) => ({ report: s.result.report, fetched: s.fetched, bad: s.bad }))
}

/** At most this many characters of a path are printed in a message. */
const MAX_PRINTED = 200

/**
 * A path from an API answer as it can be printed in a log line or a warning: control characters
 * (NUL included), line and paragraph separators, bidi controls and invisible characters as
 * `\u{…}` escapes, cut to 200 characters.
 */
export function sanitisedPath(path: string): string {
  // eslint-disable-next-line no-control-regex
  const out = path.replace(/[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200b-\u200f\u061c\u2060-\u2064\ufeff\u00ad\u180e]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`)
  return out.length > MAX_PRINTED ? out.slice(0, MAX_PRINTED) + '…' : out
}

/** The longest name and path the snapshot writes (Linux: NAME_MAX 255 bytes, PATH_MAX 4096 with the temporary folder's own). */
const NAME_MAX = 255
const PATH_MAX = 3800

type Kind = BaseEntry['kind']

/**
 * The tree as a checkout would have it: every entry by its path (folders that only the paths of
 * their entries name included), with the entries no checkout could have left out and named.
 * Building it costs one pass over the entries; nothing is written to disk.
 */
class Tree {
  readonly kinds = new Map<string, BaseEntry>()
  readonly bad: BadEntry[] = []
  private children: Map<string, string[]> | null = null

  constructor(entries: BaseEntry[]) {
    const declared = new Map<string, BaseEntry>()
    const conflicts = new Set<string>()
    const folderish = (k: Kind): boolean => k === 'folder'
    for (const e of entries) {
      const why = badPath(e.path)
      if (why) {
        this.bad.push({ path: sanitisedPath(e.path), why })
        continue
      }
      const size = Number.isSafeInteger(e.size) && e.size >= 0 ? e.size : 0
      const before = declared.get(e.path)
      if (before && before.kind !== e.kind) conflicts.add(e.path)
      else if (!before) declared.set(e.path, { path: e.path, kind: e.kind, size })
    }
    // the folders on the way to each entry: a file, a link or a submodule there is a conflict
    for (const path of declared.keys()) {
      for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
        const up = path.slice(0, i)
        const there = declared.get(up)
        if (!there) declared.set(up, { path: up, kind: 'folder', size: 0 })
        else if (!folderish(there.kind)) conflicts.add(up)
      }
    }
    for (const c of conflicts) this.bad.push({ path: sanitisedPath(c), why: 'both a file and a folder' })
    for (const [path, e] of declared) {
      if (conflicts.size > 0 && underAny(path, conflicts)) continue
      this.kinds.set(path, e)
    }
  }

  /** The names in a folder of the tree ('' the root), sorted as `Workspace.list` sorts them. */
  namesIn(folder: string): string[] {
    if (!this.children) {
      this.children = new Map()
      for (const path of this.kinds.keys()) {
        const i = path.lastIndexOf('/')
        const up = i < 0 ? '' : path.slice(0, i)
        let names = this.children.get(up)
        if (!names) this.children.set(up, (names = []))
        names.push(path.slice(i + 1))
      }
      for (const names of this.children.values()) names.sort()
    }
    return this.children.get(folder) ?? []
  }
}

/** Why a path cannot be in a checkout, or null. */
function badPath(path: string): BadEntry['why'] | null {
  if (path.includes('\0')) return 'a NUL character in its name'
  if (path === '' || path.split('/').some((part) => part === '..' || part === '' || part === '.')) return 'not a plain relative path'
  if (Buffer.byteLength(path) > PATH_MAX || path.split('/').some((part) => Buffer.byteLength(part) > NAME_MAX)) return 'a name too long for a file system'
  return null
}

/** The path is one of `set`, or inside one of them. */
function underAny(path: string, set: Set<string>): boolean {
  if (set.has(path)) return true
  for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) if (set.has(path.slice(0, i))) return true
  return false
}

/** A relative path as the snapshot's tree names it ('' the folder itself), or null when it leaves the folder. */
function treePath(rel: string): string | null {
  const parts = rel.split('/').filter((p) => p !== '' && p !== '.')
  return parts.includes('..') || rel.startsWith('/') ? null : parts.join('/')
}

/**
 * The snapshot's folder on disk, made as the engine asks about it: a path is created (with the
 * folders on its way) the first time the engine asks whether it exists, lists it or reads it;
 * the rest of the tree is never written. A file not fetched yet is a link that leads nowhere: the
 * engine sees that it exists (as it does in the commit) and, when it reads it, notes it as
 * unreadable — that list is what it wanted. A file over 1 MiB is a sparse file of its size.
 */
class Disk {
  /** paths made so far, and how many */
  private readonly made = new Set<string>()
  created = 0
  /** files not fetched yet (every file of the tree until it is asked for) */
  readonly fetchable = new Set<string>()

  constructor(
    readonly dir: string,
    readonly tree: Tree
  ) {
    for (const e of tree.kinds.values()) if (e.kind === 'file' && e.size <= MAX_FILE_BYTES) this.fetchable.add(e.path)
  }

  /** never created: the placeholders' target, outside the snapshot */
  private get nowhere(): string {
    return this.dir + '.not-fetched'
  }

  /** Makes `path` and the folders on its way, as the tree has them (nothing when it is not in the tree). */
  make(path: string): void {
    if (path === '' || this.made.has(path)) return
    for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) this.makeOne(path.slice(0, i))
    this.makeOne(path)
  }

  private makeOne(path: string): void {
    if (this.made.has(path)) return
    this.made.add(path)
    const e = this.tree.kinds.get(path)
    if (!e) return
    const target = join(this.dir, ...path.split('/'))
    try {
      if (e.kind === 'folder' || e.kind === 'submodule') {
        // a submodule is an (empty) folder in a checkout
        mkdirSync(target)
      } else if (e.kind === 'file' && e.size > MAX_FILE_BYTES) {
        // never fetched: a sparse file of its size (no disk used), so that the engine says what it says of a checkout
        writeFileSync(target, '')
        try {
          truncateSync(target, e.size)
        } catch {
          // larger than the file system allows: still over the limit
          truncateSync(target, MAX_FILE_BYTES + 1)
        }
      } else {
        symlinkSync(join(this.nowhere, ...path.split('/')), target)
      }
      this.created++
    } catch {
      // whatever the file system refuses (a name it cannot hold): the entry is not there
      this.tree.kinds.delete(path)
      this.fetchable.delete(path)
      this.tree.bad.push({ path: sanitisedPath(path), why: 'a name too long for a file system' })
    }
  }

  /** Writes a fetched file in place of its placeholder. */
  write(path: string, content: Buffer): void {
    this.make(path)
    const target = join(this.dir, ...path.split('/'))
    rmSync(target, { force: true })
    writeFileSync(target, content)
  }
}

/** The engine's view of the snapshot: each path it asks about is made on disk first (`Disk`), then read as a checkout is. */
class SnapshotWorkspace extends Workspace {
  constructor(private readonly disk: Disk) {
    super(disk.dir)
  }

  private touch(rel: string): void {
    const path = treePath(rel)
    if (path !== null) this.disk.make(path)
  }

  override isFolder(rel: string): boolean {
    this.touch(rel)
    return super.isFolder(rel)
  }

  override exists(rel: string): boolean {
    this.touch(rel)
    return super.exists(rel)
  }

  override list(relDir: string): string[] {
    // the names come from the tree: listing a folder makes none of its entries
    const path = treePath(relDir)
    if (path === null || !this.isFolder(relDir)) return []
    return this.disk.tree.namesIn(path)
  }

  override read(rel: string): ReadResult {
    this.touch(rel)
    return super.read(rel)
  }
}

/**
 * Checks a commit fetching only the files the engine reads (each costs an API request; a
 * `GITHUB_TOKEN` has 1,000 an hour per repository, and an app with 750 locale files is common),
 * and making on disk only the paths it asks about (a tree of 100,000 entries makes a dozen).
 * When the engine reads a file not fetched yet, it notes it as unreadable: those files are
 * fetched and the check runs again, until it asks for nothing new. A file that cannot be had
 * (too large, a link or submodule in the commit, gone) stays unreadable, as it would be in a
 * checkout. Entries no checkout could have (a path that is both a file and a folder, a NUL in a
 * name) are left out and listed in `bad`.
 * `use` gets the result while the folder still exists (a renderer may read an excerpt); the folder
 * is removed when it returns or throws.
 */
export async function checkSnapshot<T>(source: BaseSource, options: CheckOptions, use: (snapshot: Snapshot) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'rack-check-snapshot-'))
  try {
    const tree = new Tree(source.entries)
    const disk = new Disk(dir, tree)
    const { fetchable } = disk
    let fetched = 0
    const failed = new Map<string, Skipped['why']>()
    const fetch = async (paths: string[]): Promise<void> => {
      for (const path of paths) {
        // asked for once: whatever the answer, it is not asked for again
        fetchable.delete(path)
        if (fetched >= MAX_BASE_FILES) {
          failed.set(path, 'over the limit of files fetched')
          continue
        }
        fetched++
        const content = await source.read(path)
        if (content === null || content.length > MAX_FILE_BYTES) {
          failed.set(path, content === null ? 'not readable through the API' : 'over 1 MiB')
          continue
        }
        disk.write(path, content)
      }
    }
    // what every app reads first (model/app.ts), fetched before the first pass saves one
    await fetch(['Procfile', `Procfile_${options.environment}`, MANIFEST, DEPLOY_HOOKS, 'Gemfile.lock', 'gems.locked'].filter((p) => fetchable.has(p)))
    for (;;) {
      const result = await checkDirectory(dir, options, new SnapshotWorkspace(disk))
      const wanted = [...new Set(result.analyses.flatMap((a) => a.app.unreadable.map((u) => u.path)))]
      const wantedNow = wanted.filter((p) => fetchable.has(p))
      if (wantedNow.length === 0 || fetched >= MAX_BASE_FILES) {
        const skipped: Skipped[] = []
        for (const path of wanted) {
          const e = tree.kinds.get(path)
          const why = failed.get(path) ?? (e?.kind === 'link' ? 'a symbolic link' : e && e.kind === 'file' && e.size > MAX_FILE_BYTES ? 'over 1 MiB' : null)
          if (why) skipped.push({ path, why })
        }
        // a submodule is never read, though a checkout would have its (empty) folder
        for (const e of tree.kinds.values()) if (e.kind === 'submodule') skipped.push({ path: e.path, why: 'a submodule' })
        return await use({ result, dir, fetched, skipped, bad: tree.bad, created: disk.created })
      }
      await fetch(wantedNow)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The base as the local git history has it: `ls-tree` for the entries, `cat-file blob` per file. */
export async function gitBaseSource(dir: string, ref: string): Promise<BaseSource> {
  const { execFileSync } = await import('node:child_process')
  const git = (args: string[]): Buffer => execFileSync('git', ['-c', 'core.fsmonitor=false', ...args], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
  let top: string
  try {
    top = git(['rev-parse', '--show-toplevel']).toString().trim()
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`])
  } catch (e) {
    const msg = (e as { stderr?: Buffer }).stderr?.toString().trim()
    throw new BaseError(msg ? `cannot read ${ref}: ${msg.split('\n')[0]}` : `${ref} is not a commit of the git repository at ${dir}`)
  }
  const prefix = relative(realpathSync(top), realpathSync(dir)).split(sep).join('/')
  // -t: the folders too (the engine asks whether some exist)
  const listing = git(['ls-tree', '-r', '-t', '-z', '--long', '--full-tree', ref, '--', prefix || '.']).toString()
  const entries: BaseEntry[] = []
  const blobs = new Map<string, string>()
  for (const entry of listing.split('\0')) {
    // <mode> SP <type> SP <object> SP+ <size> TAB <path>
    const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t(.*)$/s.exec(entry)
    if (!m || (prefix && !m[5].startsWith(prefix + '/'))) continue
    const path = prefix ? m[5].slice(prefix.length + 1) : m[5]
    const kind = m[2] === 'tree' ? 'folder' : m[2] === 'commit' ? 'submodule' : m[1] === '120000' ? 'link' : 'file'
    entries.push({ path, kind, size: m[4] === '-' ? 0 : Number(m[4]) })
    if (kind === 'file') blobs.set(path, m[3])
  }
  return {
    entries,
    read: async (path) => {
      const object = blobs.get(path)
      return object ? git(['cat-file', 'blob', object]) : null
    }
  }
}
