import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs'
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
 * Read-only access to the checked folder. Paths are relative and "/" separated. Nothing outside
 * the folder is read: a symlink that leads out of it is reported, never followed.
 */
export class Workspace {
  readonly root: string
  private readonly realRoot: string
  private readonly cache = new Map<string, ReadResult>()

  constructor(root: string) {
    this.root = root
    this.realRoot = realpathSync(root)
  }

  /** Where a relative path really leads, or a problem when that is outside the folder. */
  private resolve(rel: string): { path: string } | { missing: true } | { problem: string } {
    if (isAbsolute(rel) || rel.split('/').includes('..')) return { problem: 'is outside the checked folder' }
    const full = join(this.root, ...rel.split('/'))
    try {
      // most probes are for files that are not there: no exception for those (they cost time)
      if (!lstatSync(full, { throwIfNoEntry: false })) return { missing: true }
    } catch {
      return { missing: true }
    }
    let real: string
    try {
      real = realpathSync(full)
    } catch {
      return { problem: 'is a broken symbolic link' }
    }
    const within = relative(this.realRoot, real)
    if (within.startsWith('..' + sep) || within === '..' || isAbsolute(within)) {
      return { problem: 'is a symbolic link that leads outside the checked folder; it was not followed' }
    }
    return { path: real }
  }

  /** a folder inside the checked folder (not followed out of it) */
  isFolder(rel: string): boolean {
    if (rel === '') return true
    const r = this.resolve(rel)
    if (!('path' in r)) return false
    try {
      return statSync(r.path).isDirectory()
    } catch {
      return false
    }
  }

  exists(rel: string): boolean {
    const r = this.resolve(rel)
    if (!('path' in r)) return 'problem' in r
    try {
      return statSync(r.path).isFile()
    } catch {
      return false
    }
  }

  /** Names of the entries of a folder (empty when it is missing or not readable). */
  list(relDir: string): string[] {
    const r = this.resolve(relDir === '' ? '.' : relDir)
    if (!('path' in r)) return []
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
    let fd: number
    try {
      fd = openSync(r.path, 'r')
    } catch (e) {
      return { ok: false, missing: false, problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }
    }
    try {
      const st = fstatSync(fd)
      if (st.isDirectory()) return { ok: false, missing: false, problem: 'is a folder, not a file' }
      if (!st.isFile()) return { ok: false, missing: false, problem: 'is not a regular file' }
      if (st.size > MAX_FILE_BYTES) {
        return { ok: false, missing: false, problem: `is ${st.size} bytes, more than the ${MAX_FILE_BYTES} bytes rack-check reads` }
      }
      const buf = Buffer.alloc(st.size)
      let got = 0
      while (got < st.size) {
        const n = readSync(fd, buf, got, st.size - got, got)
        if (n === 0) break
        got += n
      }
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
      return { ok: false, missing: false, problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` }
    } finally {
      closeSync(fd)
    }
  }
}
