/**
 * Several app folders → one result, for both shells (the CLI's DIR… and --recursive, the action's
 * working-directory lines and `auto`): each folder checked with its own configuration (the one
 * given, else its `.rack-check.yml`, else the defaults; the command line's or inputs' options win
 * over the file), the results re-rooted to repository paths (contract §5), merged, capped and
 * summarised. What needs the process or the layers above the engine (the base read through git or
 * the API, `--fix`, the corrected lines of fixes/) comes in as callbacks.
 */
import { compareFindings, type Finding } from '../core/finding.js'
import type { CheckOptions, ProcessManager, Report } from '../core/report.js'
import { append } from '../core/arrays.js'
import { Workspace } from '../files/workspace.js'
import { inFolder, inRepository, rootedReport } from '../files/repository.js'
import { capped, checkDirectory, failsAt, summarize, TOOL_VERSION, type CheckResult, type Correction } from './check.js'
import { withConfig, type Config, type FailOn } from './config.js'
import { findConfig } from './config-file.js'

/** An app folder: where it is on this machine, and its path in the repository ('' at the root). */
export interface Folder {
  dir: string
  prefix: string
}

export interface CheckFolders {
  folders: Folder[]
  /** the repository root: a folder's `.rack-check.yml` is looked for up to it */
  root: string
  /** the configuration given (`--config`, the `config` input), for every folder; null: each folder's own is found */
  config: Config | null
  /** the command line's or the inputs' options; those in `given` win over `.rack-check.yml` */
  options: { environment: string; processManager: ProcessManager; failOn?: FailOn }
  given: ReadonlySet<'environment' | 'processManager' | 'failOn'>
  /** the base commit's report to compare the folder with (`--base`, a pull request's base) */
  base?(folder: Folder, options: CheckOptions): Promise<Report | null>
  /** before a folder is checked (`--fix` writes its fixes then) */
  beforeCheck?(folder: Folder, options: CheckOptions): Promise<void>
  /** the folder's verified corrected lines (fixes/index.ts `corrections`, above the engine) */
  corrections?(result: CheckResult, options: CheckOptions): Promise<Correction[]>
  /** every folder checked, before the merge: the adoption settings mark their findings (engine/adopt.ts) */
  adopt?(folders: CheckedFolder[]): Promise<void>
}

/** One folder's check: its result with paths relative to the folder. */
export interface CheckedFolder extends Folder {
  result: CheckResult
  /** the options it was checked with (the base included) */
  options: CheckOptions
  /** its corrected lines, relative to the folder */
  corrections: Correction[]
  /** the level at which its findings fail the run (--fail-on, the `fail-on` input, else its `.rack-check.yml`); absent: the caller's */
  failOn?: FailOn
}

export interface FoldersResult {
  /** every folder's result merged: repository paths, at most MAX_FINDINGS findings, sorted, summarised */
  result: CheckResult
  /** each folder's own result: past the bound, cut to the findings the merged report kept (keepReported) */
  folders: CheckedFolder[]
  /** every folder's corrected lines, with repository paths */
  corrections: Correction[]
  /** the text of a checked file by its repository path (the text excerpts, the SARIF fingerprints) */
  source(path: string): string | undefined
}

/** Checks each folder in turn, then merges them (mergeFolders). */
export async function checkFolders(input: CheckFolders): Promise<FoldersResult> {
  const checked: CheckedFolder[] = []
  for (const folder of input.folders) {
    const config = input.config ?? (await findConfig(folder.dir, input.root))?.config ?? null
    const { failOn, ...configured }: CheckOptions & { failOn?: FailOn } = withConfig(input.options, input.given, config)
    const base = input.base ? await input.base(folder, configured) : null
    await input.beforeCheck?.(folder, configured)
    const options = { ...configured, base }
    const result = await checkDirectory(folder.dir, options)
    const corrections = input.corrections ? await input.corrections(result, options) : []
    checked.push({ ...folder, result, options, corrections, ...(failOn === undefined ? {} : { failOn }) })
  }
  await input.adopt?.(checked)
  return mergeFolders(checked)
}

/**
 * The fail-on levels that folders' findings reach, each folder at its own level (else `fallback`);
 * empty when none does. Not empty: the CLI's exit status 1, the action's failure.
 */
export function failedLevels(folders: CheckedFolder[], fallback: FailOn): FailOn[] {
  return [...new Set(folders.filter((f) => failsAt(f.result.report.findings, f.failOn ?? fallback)).map((f) => f.failOn ?? fallback))]
}

/** The folders' results as one, with repository paths (a single folder's too: its files are named as the repository has them). */
export function mergeFolders(folders: CheckedFolder[]): FoldersResult {
  const result: CheckResult = { analyses: [], guidance: [], report: { schemaVersion: 1, tool: { name: 'rack-check', version: TOOL_VERSION }, apps: [], findings: [], summary: { errors: 0, warnings: 0, notices: 0 } } }
  const corrections: Correction[] = []
  for (const f of folders) {
    const report = rootedReport(f.result.report, f.prefix)
    append(result.analyses, f.result.analyses)
    append(result.guidance, f.result.guidance)
    append(result.report.apps, report.apps)
    append(result.report.findings, report.findings)
    for (const c of f.corrections) corrections.push({ ...c, file: inRepository(f.prefix, c.file) })
  }
  const all = result.report.findings.length
  result.report.findings = capped(result.report.findings.sort(compareFindings))
  result.report.summary = summarize(result.report.findings)
  // each folder's own result (the action's comment sections) shows what the report holds, no more
  if (result.report.findings.length < all) keepReported(folders, result.report.findings)
  return { result, folders, corrections, source: sourceReader(folders) }
}

/**
 * The checked files, by their repository paths, read as safely as the engine reads: each from the
 * innermost app folder that holds it, found by its path's folders (not by a walk over every app:
 * --recursive over thousands of apps), and each read once.
 */
function sourceReader(folders: Folder[]): (path: string) => string | undefined {
  const byPrefix = new Map<string, { dir: string; ws?: Workspace }>(folders.map((f) => [f.prefix, { dir: f.dir }]))
  const texts = new Map<string, string | undefined>()
  return (p) => {
    if (texts.has(p)) return texts.get(p)
    let text: string | undefined
    // the folders of the path, innermost first, then the repository root ('')
    for (let end = p.lastIndexOf('/'); text === undefined; end = p.lastIndexOf('/', end - 1)) {
      const prefix = end < 0 ? '' : p.slice(0, end)
      const folder = byPrefix.get(prefix)
      const inside = folder === undefined ? null : inFolder(prefix, p)
      const r = inside === null ? null : (folder!.ws ??= new Workspace(folder!.dir)).read(inside)
      if (r?.ok) text = r.file.text
      if (end <= 0) break
    }
    texts.set(p, text)
    return text
  }
}

/**
 * The folders' findings cut to those the merged report kept (check.ts `capped`), the warning that
 * counts the rest in the folder of the file it points at: so the action's comment never promises
 * findings the report does not have.
 */
export function keepReported(folders: CheckedFolder[], kept: Finding[]): void {
  const key = (f: Finding, file: string): string => `${file}\0${f.line}\0${f.column}\0${f.rule}\0${f.message}`
  const keys = new Set(kept.map((f) => key(f, f.file)))
  const shown = new Set<string>()
  for (const s of folders) {
    const r = s.result.report
    r.findings = r.findings.filter((f) => {
      const k = key(f, inRepository(s.prefix, f.file))
      shown.add(k)
      return keys.has(k)
    })
  }
  // the one finding no app had: the warning that counts what was left out, in the innermost app that holds its file
  for (const f of kept.filter((f) => !shown.has(key(f, f.file)))) {
    const home = folders.filter((s) => inFolder(s.prefix, f.file) !== null).sort((a, b) => b.prefix.length - a.prefix.length)[0]
    if (home) home.result.report.findings.push({ ...f, file: inFolder(home.prefix, f.file)! })
  }
  for (const s of folders) {
    s.result.report.findings.sort(compareFindings)
    s.result.report.summary = summarize(s.result.report.findings)
  }
}
