import { statSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { Workspace } from '../files/workspace.js'
import { capped, checkDirectory, corrections as verifiedCorrections, failsAt, summarize, TOOL_VERSION, type CheckResult } from '../engine/check.js'
import { findRepository, inFolder, inRepository, readRevision, realpathOr, rootedReport } from '../files/repository.js'
import { formatGithub } from '../reporters/github.js'
import { formatJson } from '../reporters/json.js'
import { formatText } from '../reporters/text.js'
import { parseArgs, UsageError, USAGE } from './args.js'
import { findApps, MAX_FOLDERS, tooDeepNote } from '../engine/apps.js'
import { ConfigError, globMatcher } from '../engine/config.js'
import { appFolders, findConfig, loadConfig } from '../engine/config-file.js'
import { compareFindings } from '../core/finding.js'
import type { Correction } from '../fixes/corrected-line.js'
import type { CheckOptions } from '../core/report.js'
import { append } from '../core/arrays.js'
import { terminalOutput, terminalText } from '../core/neutralise.js'

export interface CliIO {
  stdout(s: string): void
  stderr(s: string): void
  /** asked only when the colour depends on it (finding out costs start-up time) */
  isTTY(): boolean
  env: Record<string, string | undefined>
  /** the current directory (default: the process's): paths outside any git repository are relative to it */
  cwd?: string
}

/** The command line: returns the exit status (contract §1). */
export async function run(argv: string[], given: CliIO): Promise<number> {
  // every message on stderr may quote the repository (a key of .rack-check.yml, a path): the terminal sink
  const io: CliIO = { ...given, stderr: (s) => given.stderr(terminalOutput(s)) }
  let opts
  try {
    opts = parseArgs(argv)
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`rack-check: ${e.message}\n\n${USAGE}`)
      return 2
    }
    throw e
  }
  if (opts.help) {
    io.stdout(USAGE)
    return 0
  }
  if (opts.version) {
    io.stdout(`rack-check ${TOOL_VERSION}\n`)
    return 0
  }
  try {
    const cwd = io.cwd ?? resolve('.')
    // DIR is relative to the current directory (io.cwd when given)
    const dirs = opts.dirs.map((d) => ({ given: d, path: resolve(cwd, d) }))
    for (const d of dirs) {
      let isDir = false
      try {
        isDir = statSync(d.path).isDirectory()
      } catch {
        isDir = false
      }
      if (!isDir) {
        io.stderr(`rack-check: ${d.given} is not a folder\n`)
        return 2
      }
    }
    const repo = findRepository(dirs[0].path, cwd)
    // the folders to check: those given, those below them (--recursive), or the configuration's `apps`
    const explicitConfig = opts.config === null ? null : await loadConfig(resolve(realpathOr(cwd), opts.config), opts.config, repo.root)
    let folders: string[] = dirs.map((d) => d.path)
    const first = explicitConfig ?? (await findConfig(dirs[0].path, repo.root))
    if (opts.recursive) {
      const ignore = (first?.config.ignore ?? []).map(globMatcher)
      folders = []
      for (const d of dirs) {
        const found = findApps(d.path, (rel) => ignore.some((m) => m(slashes(relative(repo.root, join(d.path, rel))))))
        if (found.truncated) io.stderr(`rack-check: --recursive looked at ${MAX_FOLDERS} folders under ${d.given} and stopped there\n`)
        const deep = tooDeepNote(found, d.given)
        if (deep) io.stderr(`rack-check: --recursive ${deep}\n`)
        append(folders, found.apps.map((rel) => join(d.path, rel)))
      }
      if (folders.length === 0) folders = dirs.map((d) => d.path)
    } else if (opts.dirs.length === 1 && opts.dirs[0] === '.' && first?.config.apps?.length) {
      // each a folder of the repository, reached through no link out of it (else exit 2, nothing read there)
      folders = appFolders(first, repo.root)
    }
    folders = [...new Set(folders)]
    const merged: CheckResult = { analyses: [], report: { schemaVersion: 1, tool: { name: 'rack-check', version: TOOL_VERSION }, apps: [], findings: [], summary: { errors: 0, warnings: 0, notices: 0 } } }
    const corrections: Correction[] = []
    let diff = ''
    const sources: Array<{ prefix: string; ws: Workspace }> = []
    for (const folder of folders) {
      const config = explicitConfig ?? (await findConfig(folder, repo.root))
      // command line > .rack-check.yml > defaults
      const options: CheckOptions = {
        environment: opts.given.has('environment') ? opts.environment : (config?.config.environment ?? opts.environment),
        processManager: opts.given.has('processManager') ? opts.processManager : (config?.config.processManager ?? opts.processManager),
        rules: config?.config.rules
      }
      const prefix = findRepository(folder, cwd).prefix
      let base = null
      if (opts.base !== null) {
        const baseCheck = await import('../engine/snapshot.js')
        try {
          base = (await baseCheck.checkBase(await baseCheck.gitBaseSource(folder, opts.base), options)).report
        } catch (e) {
          if (!(e instanceof baseCheck.BaseError)) throw e
          io.stderr(`rack-check: --base: ${e.message}\n`)
          return 2
        }
      }
      if (opts.fix !== null) {
        const { fixDirectory, FixError } = await import('../fixes/apply.js')
        let fixed
        try {
          fixed = await fixDirectory(folder, options, opts.fix === 'write')
        } catch (e) {
          // a file that cannot be written safely (a link, changed since the check, read-only): exit 2, said plainly
          if (!(e instanceof FixError)) throw e
          io.stderr(`rack-check: --fix${prefix ? ` in ${prefix}` : ''}: ${e.message}\n`)
          return 2
        }
        diff += rootedDiff(fixed.diff, prefix)
        if (opts.fix === 'write' && fixed.applied.length) io.stderr(`rack-check: applied ${fixed.applied.length} fix(es) in ${fixed.files.size} file(s)${prefix ? ` of ${prefix}` : ''}\n`)
        for (const u of opts.fix === 'dry-run' ? fixed.unwritable : []) io.stderr(`rack-check: --fix would not write ${inRepository(prefix, u.file)}: it ${u.why}\n`)
      }
      const result = await checkDirectory(folder, { ...options, base })
      if (opts.format === 'text') for (const c of await verifiedCorrections(result, { ...options, base })) corrections.push({ ...c, file: inRepository(prefix, c.file) })
      // every format names files relative to the repository root (contract §5)
      const report = rootedReport(result.report, prefix)
      append(merged.analyses, result.analyses)
      append(merged.report.apps, report.apps)
      append(merged.report.findings, report.findings)
      sources.push({ prefix, ws: new Workspace(folder) })
    }
    merged.report.findings = capped(merged.report.findings.sort(compareFindings))
    merged.report.summary = summarize(merged.report.findings)
    const report = merged.report
    // the checked files, by their repository paths, read as safely as the engine reads: each from
    // the innermost app folder that holds it, found by its path's folders (not by a walk over every
    // app: --recursive over thousands of apps), and each read once
    const byPrefix = new Map(sources.map((s) => [s.prefix, s.ws] as const))
    const texts = new Map<string, string | undefined>()
    const source = (p: string): string | undefined => {
      if (texts.has(p)) return texts.get(p)
      let text: string | undefined
      // the folders of the path, innermost first, then the repository root ('')
      for (let end = p.lastIndexOf('/'); text === undefined; end = p.lastIndexOf('/', end - 1)) {
        const prefix = end < 0 ? '' : p.slice(0, end)
        const ws = byPrefix.get(prefix)
        const inside = ws === undefined ? null : inFolder(prefix, p)
        const r = inside === null ? null : ws!.read(inside)
        if (r?.ok) text = r.file.text
        if (end <= 0) break
      }
      texts.set(p, text)
      return text
    }
    if (opts.fix === 'dry-run') {
      // the diff alone on stdout, as `diff -u` prints it; the exit status is the check's as the files are
      io.stdout(terminalOutput(diff))
      return failsAt(report.findings, opts.failOn) ? 1 : 0
    }
    switch (opts.format) {
      case 'json':
        io.stdout(formatJson(report))
        break
      case 'github':
        io.stdout(formatGithub(report.findings))
        break
      case 'sarif': {
        // loaded only here: the rule pages and node:crypto cost start-up time for every other format
        const { defaultCategory, formatSarif } = await import('../reporters/sarif.js')
        const revision = repo.gitDir ? readRevision(repo.gitDir) : null
        if (repo.gitDirRefused) io.stderr(`rack-check: ${repo.root} is taken as the repository root, but ${repo.gitDirRefused}; it was not read, so the SARIF names no repository, branch or commit\n`)
        io.stdout(formatSarif(report, { source, category: opts.sarifCategory ?? defaultCategory(folders.length === 1 ? sources[0].prefix : repo.prefix), rootUri: pathToFileURL(repo.root + '/').href, revision }))
        break
      }
      default: {
        // asked only for text: finding out whether stdout is a terminal builds Node's stream classes
        const color = opts.color ?? (!io.env.NO_COLOR && io.env.TERM !== 'dumb' && io.isTTY())
        io.stdout(terminalText(formatText(merged, { color, source, corrections, verbose: opts.verbose })))
      }
    }
    return failsAt(report.findings, opts.failOn) ? 1 : 0
  } catch (e) {
    if (e instanceof ConfigError) {
      io.stderr(`rack-check: ${e.message}\n`)
      return 2
    }
    const err = e as Error
    io.stderr(`rack-check: internal error: ${err.message}\n`)
    if (io.env.RACK_CHECK_DEBUG === '1') io.stderr(`${err.stack ?? ''}\n`)
    else io.stderr('Run again with RACK_CHECK_DEBUG=1 for details, and please report it.\n')
    return 2
  }
}

function slashes(p: string): string {
  return p.split(sep).join('/')
}

/** A diff of an app folder's files, with their repository paths. */
function rootedDiff(diff: string, prefix: string): string {
  if (!prefix) return diff
  return diff.replace(/^(---|\+\+\+) ([ab])\//gm, (_m, mark: string, side: string) => `${mark} ${side}/${prefix}/`)
}
