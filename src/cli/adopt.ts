/**
 * The command line's side of adoption (issue 26; engine/adopt.ts): `--filter changed` (the files
 * changed since `--base`, from `git diff --name-only REF...HEAD`), `--baseline FILE` (else
 * `.rack-check.yml`'s `baseline`, else `.rack-check-baseline.json` in DIR when it is there) and
 * `--write-baseline [FILE]`, which never writes outside DIR.
 */
import { lstatSync, renameSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import type { CheckedFolder, FoldersResult } from '../engine/check-folders.js'
import type { Adopted, Adoption } from '../engine/adopt.js'
import type { Config } from '../engine/config.js'
import { ConfigError } from '../engine/config.js'
import { realpathOr, within, type Repository } from '../files/repository.js'
import type { CliOptions } from './args.js'
import { Exit } from './folders.js'
import { plural } from '../core/text.js'

type AdoptModule = typeof import('../engine/adopt.js')

/** The default baseline file (engine/adopt.ts BASELINE_FILE, repeated here so that a run without one does not load that module). */
const BASELINE_FILE = '.rack-check-baseline.json'

export interface CliAdoption {
  /** marks the folders' findings before they are merged (check-folders' `adopt`); undefined: nothing to do */
  hook?: (folders: CheckedFolder[]) => Promise<void>
  /** after the merge: the report's record of it (engine/adopt.ts `recordAdoption`) */
  record?: (result: FoldersResult) => Promise<void>
}

/**
 * What the run counts. `dir`: the checked root (the first DIR), where the default baseline is;
 * `config`: the configuration found for it (its `filter` and `baseline` keys).
 */
export async function cliAdoption(opts: CliOptions, dir: string, repo: Repository, found: { folder: string; config: Config } | null, version: string, stderr: (s: string) => void): Promise<CliAdoption> {
  let filter = opts.filter ?? found?.config.filter ?? 'all'
  if (filter === 'changed' && opts.base === null) {
    stderr(`rack-check: filter: changed (${found?.config.path ?? 'configuration'}) needs --base REF on the command line; every finding counts\n`)
    filter = 'all'
  }
  const root = realpathOr(dir)
  const rootPrefix = slashes(relative(repo.root, root))
  const shown = (p: string): string => slashes(relative(repo.root, p)) || p
  const m = (): Promise<AdoptModule> => import('../engine/adopt.js')
  let adoption: Adoption | undefined
  let adopted: Adopted | undefined
  const record = async (r: FoldersResult): Promise<void> => {
    if (adoption && adopted) (await m()).recordAdoption(r, adoption, adopted)
  }
  if (opts.writeBaseline !== null) {
    const target = resolve(dir, opts.writeBaseline || BASELINE_FILE)
    const hook = async (folders: CheckedFolder[]): Promise<void> => {
      const a = await m()
      const text = a.baselineText(await a.baselineOf(folders, rootPrefix), version)
      writeInside(root, target, text, stderr)
      const baseline = a.parseBaseline(shown(target), rootPrefix, text)
      stderr(`rack-check: wrote ${plural(baseline.entries.length, 'finding')} to ${shown(target)}; commit it, and from now on only new findings count\n`)
      // recorded now: every finding is known
      adoption = { changed: null, baseline }
      adopted = await a.adoptFolders(folders, adoption)
    }
    return { hook, record }
  }
  const givenBaseline = opts.baseline !== null ? resolve(dir, opts.baseline) : found?.config.baseline ? resolve(found.folder, found.config.baseline) : null
  const baselinePath = givenBaseline ?? join(root, BASELINE_FILE)
  if (filter === 'all' && givenBaseline === null && !exists(baselinePath)) return {}
  const a = await m()
  // the configuration's `baseline` is a file of the repository: no link on its way leads out of it
  if (opts.baseline === null && givenBaseline !== null && !within(repo.root, realpathOr(dirname(baselinePath)))) throw new ConfigError(`${found?.config.path ?? 'configuration'}: \`baseline\` leads outside the repository`)
  const baseline = a.readBaseline(dirname(baselinePath), basename(baselinePath), shown(baselinePath), rootPrefix, givenBaseline !== null)
  const changed = filter === 'changed' ? await changedFiles(repo.root, opts.base!, stderr) : null
  if (!baseline && !changed) return {}
  adoption = { changed, baseline }
  return { hook: async (folders) => void (adopted = await a.adoptFolders(folders, adoption!)), record }
}

/**
 * The files changed between REF and HEAD, as repository paths: `git diff --name-only -z
 * REF...HEAD` (what a pull request shows: since the merge base), run by this shell with no
 * external diff, text conversion or file-system monitor (nothing of the repository is run).
 */
async function changedFiles(root: string, ref: string, stderr: (s: string) => void): Promise<Set<string>> {
  const { execFileSync } = await import('node:child_process')
  try {
    const out = execFileSync('git', ['-c', 'core.fsmonitor=false', 'diff', '--name-only', '-z', '--no-ext-diff', '--no-textconv', '--no-renames', `${ref}...HEAD`, '--'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 })
    return new Set(out.toString().split('\0').filter(Boolean))
  } catch (e) {
    const msg = (e as { stderr?: Buffer }).stderr?.toString().trim().split('\n')[0]
    stderr(`rack-check: --filter changed: cannot list the files changed since ${ref}${msg ? `: ${msg}` : ''}\n`)
    throw new Exit(2)
  }
}

/**
 * Writes the baseline: only inside the checked folder (real paths), never through a link or onto
 * something that is not a regular file; through a temporary file renamed into place.
 */
function writeInside(root: string, target: string, text: string, stderr: (s: string) => void): void {
  const refuse = (why: string): never => {
    stderr(`rack-check: --write-baseline: ${target} ${why}; nothing was written\n`)
    throw new Exit(2)
  }
  const folder = realpathOr(dirname(target))
  if (!exists(folder)) refuse('is in a folder that does not exist')
  if (!within(root, folder)) refuse(`is outside the checked folder ${root}`)
  const real = join(folder, target.slice(dirname(target).length + 1))
  try {
    if (!lstatSync(real).isFile()) refuse('is a link or not a regular file')
  } catch (e) {
    if (e instanceof Exit) throw e
  }
  const tmp = `${real}.${Math.random().toString(36).slice(2)}.tmp`
  try {
    writeFileSync(tmp, text, { flag: 'wx' })
    renameSync(tmp, real)
  } catch (e) {
    refuse(`cannot be written (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
  }
}

function exists(p: string): boolean {
  try {
    lstatSync(p)
    return true
  } catch {
    return false
  }
}

function slashes(p: string): string {
  return p.split(sep).join('/')
}
