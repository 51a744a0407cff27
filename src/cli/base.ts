/**
 * The deployment files of a git ref (`--base`), copied into a temporary folder so that the same
 * engine can check them. Only git's plumbing runs (`ls-tree`, `cat-file blob`: no hooks, filters
 * or textconv); links and submodules are skipped, and so are files over 1 MiB.
 */
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, sep } from 'node:path'
import { checkDirectory, type Report } from '../check.js'
import type { CheckOptions } from '../rules/define-rule.js'
import { MAX_FILE_BYTES } from '../files/workspace.js'

export class BaseError extends Error {}

/** The files the engine reads: Procfiles, .cloud66/, server configs, lockfiles. */
export function wanted(path: string): boolean {
  if (/^Procfile([._].*)?$/.test(path)) return true
  if (path.startsWith('.cloud66/')) return true
  if (path === 'Gemfile.lock' || path === 'gems.locked' || path === 'config.ru') return true
  return /^config\/.*\.(rb|ya?ml)$/.test(path)
}

/** Writes files (app-relative paths) into a new temporary folder, refusing paths that leave it. */
export function writeSnapshot(files: Array<{ path: string; content: Buffer }>): string {
  const out = mkdtempSync(join(tmpdir(), 'rack-check-base-'))
  for (const f of files) {
    if (f.path.split('/').some((part) => part === '..' || part === '') || f.content.length > MAX_FILE_BYTES) continue
    const target = join(out, f.path)
    mkdirSync(dirname(target), { recursive: true })
    writeFileSync(target, f.content)
  }
  return out
}

/** Writes the ref's deployment files of the app folder `dir` into a new temporary folder. */
export async function snapshotBase(dir: string, ref: string): Promise<string> {
  // child_process (which loads net, stream and dgram) is start-up time that only a base needs
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
  const listing = git(['ls-tree', '-r', '-z', '--long', '--full-tree', ref, '--', prefix || '.']).toString()
  const files: Array<{ path: string; content: Buffer }> = []
  for (const entry of listing.split('\0')) {
    // <mode> SP <type> SP <object> SP+ <size> TAB <path>
    const m = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t(.*)$/s.exec(entry)
    if (!m || m[2] !== 'blob' || m[1] === '120000') continue
    const path = prefix ? m[5].slice(prefix.length + 1) : m[5]
    if ((prefix && !m[5].startsWith(prefix + '/')) || !wanted(path) || Number(m[4]) > MAX_FILE_BYTES) continue
    files.push({ path, content: git(['cat-file', 'blob', m[3]]) })
  }
  return writeSnapshot(files)
}

/** Checks a snapshot folder and removes it. */
export async function checkSnapshot(snapshot: string, options: CheckOptions): Promise<Report> {
  try {
    return (await checkDirectory(snapshot, options)).report
  } finally {
    rmSync(snapshot, { recursive: true, force: true })
  }
}
