/**
 * The command line's inputs to engine/check-folders.ts: the folders (those given, those below them
 * with --recursive, or the configuration's `apps`), the configuration given, and the per-folder
 * steps that need git or write files (--base, --fix), each saying its problem on stderr.
 */
import { statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { findRepository, inRepository, realpathOr, type Repository } from '../files/repository.js'
import { appsBelow, findApps, MAX_FOLDERS, tooDeepNote } from '../engine/apps.js'
import { globMatcher, type Config } from '../engine/config.js'
import { appFolders, findConfig, loadConfig } from '../engine/config-file.js'
import type { Folder } from '../engine/check-folders.js'
import type { CheckOptions, Report } from '../core/report.js'
import { append } from '../core/arrays.js'
import type { CliOptions } from './args.js'

/** The run ends with this exit status; its message is on stderr already. */
export class Exit extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`)
  }
}

export interface CliFolders {
  folders: Folder[]
  /** the repository of the first folder */
  repo: Repository
  /** `--config`'s configuration, for every folder */
  config: Config | null
  /** the configuration of the first folder (`--config`'s, else the one found): its run-wide keys (`filter`, `baseline`) */
  found: { folder: string; config: Config } | null
}

/** The folders to check, each with its repository path; Exit(2) when a DIR is not a folder. */
export async function cliFolders(opts: CliOptions, cwd: string, stderr: (s: string) => void): Promise<CliFolders> {
  // DIR is relative to the current directory (io.cwd when given)
  const dirs = opts.dirs.map((d) => ({ given: d, path: resolve(cwd, d) }))
  for (const d of dirs) {
    if (!isDirectory(d.path)) {
      stderr(`rack-check: ${d.given} is not a folder\n`)
      throw new Exit(2)
    }
  }
  const repo = findRepository(dirs[0].path, cwd)
  const explicit = opts.config === null ? null : await loadConfig(resolve(realpathOr(cwd), opts.config), opts.config, repo.root)
  let folders: string[] = dirs.map((d) => d.path)
  const first = explicit ?? (await findConfig(dirs[0].path, repo.root))
  if (opts.recursive) {
    const ignore = (first?.config.ignore ?? []).map(globMatcher)
    folders = []
    for (const d of dirs) {
      const found = findApps(d.path, (rel) => ignore.some((m) => m(slashes(relative(repo.root, join(d.path, rel))))))
      if (found.truncated) stderr(`rack-check: --recursive looked at ${MAX_FOLDERS} folders under ${d.given} and stopped there\n`)
      const deep = tooDeepNote(found, d.given)
      if (deep) stderr(`rack-check: --recursive ${deep}\n`)
      append(folders, found.apps.map((rel) => join(d.path, rel)))
    }
    if (folders.length === 0) folders = dirs.map((d) => d.path)
  } else if (opts.dirs.length === 1 && opts.dirs[0] === '.' && first?.config.apps?.length) {
    // each a folder of the repository, reached through no link out of it (else exit 2, nothing read there)
    folders = appFolders(first, repo.root)
  }
  return { folders: [...new Set(folders)].map((dir) => ({ dir, prefix: findRepository(dir, cwd).prefix })), repo, config: explicit?.config ?? null, found: first }
}

/**
 * Nothing found in the folders given, without --recursive: for each folder given that has app
 * folders below it (a monorepo's root), stderr says how many and how to check them. The exit
 * status stays that of "nothing found" (contract §1: no deployment files, no findings). Not when
 * the configuration's `apps` chose the folders: those were named on purpose.
 */
export async function appsBelowHint(opts: CliOptions, cwd: string, root: string, config: Config | null, stderr: (s: string) => void): Promise<void> {
  for (const given of opts.dirs) {
    const dir = resolve(cwd, given)
    const found = config ?? (await findConfig(dir, root))?.config ?? null
    if (found?.apps?.length && opts.dirs.length === 1 && given === '.') return
    const ignore = (found?.ignore ?? []).map(globMatcher)
    const below = appsBelow(dir, (rel) => ignore.some((m) => m(slashes(relative(root, join(dir, rel))))))
    if (below) stderr(`rack-check: no Cloud 66 deployment files in ${given} itself, but ${below}; check them with rack-check --recursive ${given} (in the GitHub Action: working-directory: auto)\n`)
  }
}

/** `--base REF`: the folder's report at REF, from the local git history; Exit(2) when git cannot give it. */
export async function baseReport(folder: Folder, options: CheckOptions, ref: string, stderr: (s: string) => void): Promise<Report> {
  const { BaseError, checkBase, gitBaseSource } = await import('../engine/snapshot.js')
  try {
    return (await checkBase(await gitBaseSource(folder.dir, ref), options)).report
  } catch (e) {
    if (!(e instanceof BaseError)) throw e
    stderr(`rack-check: --base: ${e.message}\n`)
    throw new Exit(2)
  }
}

/** `--fix` (write) or `--fix-dry-run`: the folder's fixes; returns their diff with repository paths. */
export async function fixFolder(folder: Folder, options: CheckOptions, mode: 'write' | 'dry-run', stderr: (s: string) => void): Promise<string> {
  const { fixDirectory, FixError } = await import('../fixes/apply.js')
  const { prefix } = folder
  let fixed
  try {
    fixed = await fixDirectory(folder.dir, options, mode === 'write')
  } catch (e) {
    // a file that cannot be written safely (a link, changed since the check, read-only): exit 2, said plainly
    if (!(e instanceof FixError)) throw e
    stderr(`rack-check: --fix${prefix ? ` in ${prefix}` : ''}: ${e.message}\n`)
    throw new Exit(2)
  }
  if (mode === 'write' && fixed.applied.length) stderr(`rack-check: applied ${counted(fixed.applied.length, 'fix', 'fixes')} in ${counted(fixed.files.size, 'file', 'files')}${prefix ? ` of ${prefix}` : ''}\n`)
  for (const u of mode === 'dry-run' ? fixed.unwritable : []) stderr(`rack-check: --fix would not write ${inRepository(prefix, u.file)}: it ${u.why}\n`)
  return rootedDiff(fixed.diff, prefix)
}

/** A diff of an app folder's files, with their repository paths. */
function rootedDiff(diff: string, prefix: string): string {
  if (!prefix) return diff
  return diff.replace(/^(---|\+\+\+) ([ab])\//gm, (_m, mark: string, side: string) => `${mark} ${side}/${prefix}/`)
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

function counted(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`
}

function slashes(p: string): string {
  return p.split(sep).join('/')
}
