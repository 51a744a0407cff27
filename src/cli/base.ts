/**
 * A commit read without a checkout: a pull request's base (`--base`, and the action's base read)
 * and, with the action's `source: api`, its head. The files the engine reads are fetched one by
 * one into a temporary folder (outside the workspace, removed afterwards) so that the same engine
 * can check them. From git, only its plumbing runs (`ls-tree`, `cat-file blob`: no hooks, filters
 * or textconv); links and submodules are never fetched, and neither are files over 1 MiB.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { checkDirectory, type CheckResult, type Report } from '../check.js'
import type { CheckOptions } from '../rules/define-rule.js'
import { MAX_FILE_BYTES } from '../files/workspace.js'
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

/** The snapshot's check: the engine's result, how many files were fetched, what was skipped. */
export interface Snapshot {
  result: CheckResult
  /** the temporary folder the files are in; removed when `use` returns */
  dir: string
  fetched: number
  skipped: Skipped[]
}

/** Checks a base commit (see `checkSnapshot`); returns the report and how many files were fetched. */
export async function checkBase(source: BaseSource, options: CheckOptions): Promise<{ report: Report; fetched: number }> {
  return checkSnapshot(source, options, async (s) => ({ report: s.result.report, fetched: s.fetched }))
}

/**
 * Checks a commit fetching only the files the engine reads (each costs an API request; a
 * `GITHUB_TOKEN` has 1,000 an hour per repository, and an app with 750 locale files is common).
 * The snapshot has the commit's folders, and in place of every file not fetched yet a link that
 * leads nowhere: the engine sees the file exists (as it does in the commit) and, when it tries to
 * read one, notes it as unreadable — that list is what it wanted. Those files are fetched and the
 * check runs again, until it asks for nothing new. A file that cannot be had (too large, a link
 * or submodule in the commit, gone) stays unreadable, as it would be in a checkout.
 * `use` gets the result while the folder still exists (a renderer may read an excerpt); the folder
 * is removed when it returns or throws.
 */
export async function checkSnapshot<T>(source: BaseSource, options: CheckOptions, use: (snapshot: Snapshot) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'rack-check-snapshot-'))
  // never created: the placeholders' target, outside the snapshot
  const nowhere = dir + '.not-fetched'
  const safe = (p: string): boolean => p !== '' && !p.split('/').some((part) => part === '..' || part === '' || part === '.')
  try {
    const placeholders = new Set<string>()
    const fetchable = new Set<string>()
    const kinds = new Map<string, BaseEntry>()
    for (const e of source.entries) {
      if (!safe(e.path)) continue
      kinds.set(e.path, e)
      const target = join(dir, ...e.path.split('/'))
      if (e.kind === 'folder' || e.kind === 'submodule') {
        // a submodule is a folder in a checkout
        mkdirSync(target, { recursive: true })
        continue
      }
      mkdirSync(dirname(target), { recursive: true })
      if (e.kind === 'file' && e.size > MAX_FILE_BYTES) {
        // never fetched: a sparse file of its size (no disk used), so that the engine says what it says of a checkout
        writeFileSync(target, '')
        truncateSync(target, e.size)
        continue
      }
      symlinkSync(join(nowhere, ...e.path.split('/')), target)
      placeholders.add(e.path)
      if (e.kind === 'file') fetchable.add(e.path)
    }
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
        const target = join(dir, ...path.split('/'))
        unlinkSync(target)
        writeFileSync(target, content)
        placeholders.delete(path)
      }
    }
    // what every app reads first (model/app.ts), fetched before the first pass saves one
    await fetch(['Procfile', `Procfile_${options.environment}`, MANIFEST, DEPLOY_HOOKS, 'Gemfile.lock', 'gems.locked'].filter((p) => fetchable.has(p)))
    for (;;) {
      const result = await checkDirectory(dir, options)
      const wanted = [...new Set(result.analyses.flatMap((a) => a.app.unreadable.map((u) => u.path)))]
      const wantedNow = wanted.filter((p) => fetchable.has(p))
      if (wantedNow.length === 0 || fetched >= MAX_BASE_FILES) {
        const skipped: Skipped[] = []
        for (const path of wanted) {
          const e = kinds.get(path)
          const why = failed.get(path) ?? (e?.kind === 'link' ? 'a symbolic link' : e && e.kind === 'file' && e.size > MAX_FILE_BYTES ? 'over 1 MiB' : null)
          if (why) skipped.push({ path, why })
        }
        // a submodule is never read, though a checkout would have its (empty) folder
        for (const e of kinds.values()) if (e.kind === 'submodule') skipped.push({ path: e.path, why: 'a submodule' })
        return await use({ result, dir, fetched, skipped })
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
