import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Stats } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import { SourceFile } from './source-file.js'

/** Files larger than this are not read: deployment files are small, anything bigger is not one. */
export const MAX_FILE_BYTES = 1024 * 1024

export type ReadResult =
  | { ok: true; file: SourceFile }
  | { ok: false; missing: true }
  | { ok: false; missing: false; problem: string }

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/**
 * O_NONBLOCK: opening a FIFO for reading blocks until a writer comes, unless it is set (open(2));
 * O_NOFOLLOW: the path is already resolved, so a link appearing there since is refused (ELOOP).
 * Both are 0 where the platform has no such flag.
 */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0)

type Resolved = { path: string; stats: Stats } | { missing: true } | { problem: string }

const LOOKUP_DENIED = 'is behind a folder that is not readable (permission denied, EACCES)'

/** The kind of a file system entry that is neither a file nor a folder, as a finding says it. */
function oddKind(st: Stats): string {
  if (st.isFIFO()) return 'a named pipe, a FIFO'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device'
  return 'a special file'
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'error'
}

/** A problem for an error of lstat/realpath/open: permission is its own finding, not "missing". */
function errorProblem(e: unknown): string {
  const c = code(e)
  if (c === 'EACCES' || c === 'EPERM') return 'is not readable: permission denied (EACCES)'
  if (c === 'ELOOP') return 'is a symbolic link loop'
  return `cannot be read (${c})`
}

/**
 * Read-only access to the checked folder. Paths are relative and "/" separated. Nothing outside
 * the folder is read: a symlink that leads out of it is reported, never followed. Only regular
 * files are opened, never anything that could block (a FIFO, a socket, a device).
 */
export class Workspace {
  readonly root: string
  private readonly realRoot: string
  private readonly cache = new Map<string, ReadResult>()
  /** what each path resolved to: one run asks about the same paths many times (lstat and realpath were ~10% of a corpus run) */
  private readonly resolved = new Map<string, Resolved>()

  constructor(root: string) {
    this.root = root
    this.realRoot = realpathSync(root)
  }

  /** Where a relative path really leads and what is there, or why it cannot be used (asked once per path). */
  private resolve(rel: string): Resolved {
    let r = this.resolved.get(rel)
    if (!r) this.resolved.set(rel, (r = this.resolveUncached(rel)))
    return r
  }

  private resolveUncached(rel: string): Resolved {
    if (isAbsolute(rel) || rel.split('/').includes('..')) return { problem: 'is outside the checked folder' }
    const full = join(this.root, ...rel.split('/'))
    let own: Stats | undefined
    try {
      // most probes are for files that are not there: no exception for those (they cost time)
      own = lstatSync(full, { throwIfNoEntry: false })
    } catch (e) {
      // ENOTDIR: a part of the path is a file, so the path is not there
      if (code(e) === 'ENOTDIR') return { missing: true }
      // a folder on the way cannot be searched: whether the file is there is not known
      if (code(e) === 'EACCES' || code(e) === 'EPERM') return { problem: LOOKUP_DENIED }
      return { problem: errorProblem(e) }
    }
    if (!own) return { missing: true }
    let real: string
    try {
      real = realpathSync(full)
    } catch (e) {
      const c = code(e)
      if (c === 'ENOENT' || c === 'ENOTDIR') return { problem: 'is a broken symbolic link' }
      return { problem: errorProblem(e) }
    }
    const within = relative(this.realRoot, real)
    if (within.startsWith('..' + sep) || within === '..' || isAbsolute(within)) {
      return { problem: 'is a symbolic link that leads outside the checked folder; it was not followed' }
    }
    // a folder on the way may be a link too: `real` has none left, so lstat is the target's own entry
    if (!own.isSymbolicLink() && real === join(this.realRoot, ...rel.split('/'))) return { path: real, stats: own }
    try {
      return { path: real, stats: lstatSync(real) }
    } catch (e) {
      return { problem: errorProblem(e) }
    }
  }

  /** a folder inside the checked folder (not followed out of it) */
  isFolder(rel: string): boolean {
    if (rel === '') return true
    const r = this.resolve(rel)
    return 'path' in r && r.stats.isDirectory()
  }

  /**
   * There is an entry that is not a folder: a file, or something in its place that `read`
   * reports (a FIFO, a socket, a link out of the folder, an entry that cannot be read). Behind a
   * folder that cannot be searched it may or may not be there: true, so that the caller reads it
   * and reports it unreadable rather than predicting from its absence ("does not exist, so puma
   * exits") — a file that only matters by its presence may then be taken as present.
   */
  exists(rel: string): boolean {
    const r = this.resolve(rel)
    if ('problem' in r) return true
    return 'path' in r && !r.stats.isDirectory()
  }

  /** Names of the entries of a folder (empty when it is missing or not readable). */
  list(relDir: string): string[] {
    const r = this.resolve(relDir === '' ? '.' : relDir)
    if (!('path' in r) || !r.stats.isDirectory()) return []
    try {
      return readdirSync(r.path).sort()
    } catch {
      return []
    }
  }

  read(rel: string): ReadResult {
    const hit = this.cache.get(rel)
    if (hit) return hit
    const result = this.readUncached(rel)
    this.cache.set(rel, result)
    return result
  }

  private readUncached(rel: string): ReadResult {
    const r = this.resolve(rel)
    if ('missing' in r) return { ok: false, missing: true }
    if ('problem' in r) return { ok: false, missing: false, problem: r.problem }
    if (r.stats.isDirectory()) return { ok: false, missing: false, problem: 'is a folder, not a file' }
    // never opened: opening a FIFO or a device can block or have effects
    if (!r.stats.isFile()) return { ok: false, missing: false, problem: `is not a regular file (it is ${oddKind(r.stats)})` }
    if (r.stats.size > MAX_FILE_BYTES) return { ok: false, missing: false, problem: `is ${r.stats.size} bytes, more than the ${MAX_FILE_BYTES} bytes rack-check reads` }
    let fd: number
    try {
      fd = openSync(r.path, OPEN_FLAGS)
    } catch (e) {
      return { ok: false, missing: false, problem: errorProblem(e) }
    }
    try {
      // the entry may have been replaced between lstat and open: check what was opened
      const st = fstatSync(fd)
      if (!st.isFile()) return { ok: false, missing: false, problem: `is not a regular file (it is ${st.isDirectory() ? 'a folder' : oddKind(st)})` }
      // at most one byte more than the cap, whatever the size said (a file can grow while read)
      const buf = Buffer.alloc(Math.min(st.size, MAX_FILE_BYTES) + 1)
      let got = 0
      while (got < buf.length) {
        const n = readSync(fd, buf, got, buf.length - got, got)
        if (n === 0) break
        got += n
      }
      if (got > MAX_FILE_BYTES) return { ok: false, missing: false, problem: `grew past the ${MAX_FILE_BYTES} bytes rack-check reads while it was read` }
      const bytes = buf.subarray(0, got)
      if (bytes.includes(0)) return { ok: false, missing: false, problem: 'is a binary file (it contains NUL bytes)' }
      let text: string
      try {
        text = decoder.decode(bytes)
      } catch {
        return { ok: false, missing: false, problem: 'is not valid UTF-8 text' }
      }
      const hadBom = text.charCodeAt(0) === 0xfeff
      return { ok: true, file: new SourceFile(rel, hadBom ? text.slice(1) : text, hadBom) }
    } catch (e) {
      return { ok: false, missing: false, problem: errorProblem(e) }
    } finally {
      closeSync(fd)
    }
  }
}
