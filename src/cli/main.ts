import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { TOOL_VERSION } from '../engine/check.js'
import { checkFolders, failedLevels } from '../engine/check-folders.js'
import { corrections } from '../fixes/index.js'
import { readRevision } from '../files/repository.js'
import { FORMATS } from '../reporters/index.js'
import { parseArgs, UsageError, USAGE, usageMessage } from './args.js'
import { appsBelowHint, baseReport, cliFolders, Exit, fixFolder } from './folders.js'
import { cliAdoption } from './adopt.js'
import { ConfigError } from '../engine/config.js'
import { terminalOutput } from '../core/neutralise.js'

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
      // one line and where the help is, never the whole help (it hides the line that matters)
      io.stderr(usageMessage(e))
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
    const { folders, repo, config, found } = await cliFolders(opts, cwd, io.stderr)
    const adoption = await cliAdoption(opts, resolve(cwd, opts.dirs[0]), repo, found, TOOL_VERSION, io.stderr)
    const { base, fix, outputFile } = opts
    const format = FORMATS[opts.format]
    let diff = ''
    // command line > .rack-check.yml > defaults, per folder
    const checked = await checkFolders({
      folders,
      root: repo.root,
      config,
      options: { environment: opts.environment, processManager: opts.processManager, failOn: opts.failOn },
      given: opts.given,
      base: base === null ? undefined : (folder, options) => baseReport(folder, options, base, io.stderr),
      beforeCheck: fix === null ? undefined : async (folder, options) => void (diff += await fixFolder(folder, options, fix, io.stderr)),
      corrections: format.corrections ? corrections : undefined,
      adopt: adoption.hook
    })
    await adoption.record?.(checked)
    const { report } = checked.result
    // each folder at its own level: --fail-on, else its .rack-check.yml's `fail-on`, else error
    const status = failedLevels(checked.folders, opts.failOn).length ? 1 : 0
    if (report.apps.length === 0 && !opts.recursive) await appsBelowHint(opts, cwd, repo.root, config, io.stderr)
    // -o FILE: the output goes there instead (the user's choice of path, as ESLint's -o)
    const out = outputFile === null ? io.stdout : (text: string) => writeOutput(resolve(cwd, outputFile), outputFile, text, io.stderr)
    if (fix === 'dry-run') {
      // the diff alone on stdout, as `diff -u` prints it; the exit status is the check's as the files are
      out(outputFile === null ? terminalOutput(diff) : diff)
      return status
    }
    const reporter = await format.load()
    out(
      reporter(checked.result, {
        source: checked.source,
        corrections: checked.corrections,
        // asked only for text: finding out whether stdout is a terminal builds Node's stream classes
        color: () => opts.color ?? colorFromEnvironment(io.env) ?? (outputFile === null && io.isTTY()),
        verbose: opts.verbose,
        folder: folders.length === 1 ? folders[0].prefix : repo.prefix,
        category: opts.sarifCategory,
        rootUri: pathToFileURL(repo.root + '/').href,
        revision: () => {
          if (repo.gitDirRefused) io.stderr(`rack-check: ${repo.root} is taken as the repository root, but ${repo.gitDirRefused}; it was not read, so the SARIF names no repository, branch or commit\n`)
          return repo.gitDir ? readRevision(repo.gitDir) : null
        }
      })
    )
    return status
  } catch (e) {
    if (e instanceof Exit) return e.code
    if (e instanceof ConfigError) {
      // one line per mistake, every one of them
      io.stderr(e.message.split('\n').map((line) => `rack-check: ${line}\n`).join(''))
      return 2
    }
    const err = e as Error
    io.stderr(`rack-check: internal error: ${err.message}\n`)
    if (io.env.RACK_CHECK_DEBUG === '1') io.stderr(`${err.stack ?? ''}\n`)
    else io.stderr('Run again with RACK_CHECK_DEBUG=1 for details, and please report it.\n')
    return 2
  }
}

/**
 * Colour as Node and chalk read the environment, after --color/--no-color: FORCE_COLOR `''`, `1`,
 * `2`, `3` or `true` turns it on, any other value off, and it wins over NO_COLOR (Node's
 * documentation, "FORCE_COLOR=[1, 2, 3]"); a non-empty NO_COLOR (no-color.org) or TERM=dumb turns
 * it off; null: the terminal decides.
 */
export function colorFromEnvironment(env: Record<string, string | undefined>): boolean | null {
  const force = env.FORCE_COLOR
  if (force !== undefined) return ['', '1', '2', '3', 'true'].includes(force)
  if (env.NO_COLOR || env.TERM === 'dumb') return false
  return null
}

/** `-o FILE`: the output written to the file; a file that cannot be written is exit 2, said plainly. */
function writeOutput(path: string, shown: string, text: string, stderr: (s: string) => void): void {
  try {
    writeFileSync(path, text)
  } catch (e) {
    stderr(`rack-check: cannot write --output-file ${shown}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`)
    throw new Exit(2)
  }
}
