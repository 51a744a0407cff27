import { statSync } from 'node:fs'
import { Workspace } from '../files/workspace.js'
import { BaseError, checkBase, gitBaseSource } from './base.js'
import { checkDirectory, failsAt, TOOL_VERSION } from '../check.js'
import { formatGithub } from '../reporters/github.js'
import { formatJson } from '../reporters/json.js'
import { formatSarif } from '../reporters/sarif.js'
import { formatText } from '../reporters/text.js'
import { parseArgs, UsageError, USAGE } from './args.js'

export interface CliIO {
  stdout(s: string): void
  stderr(s: string): void
  /** asked only when the colour depends on it (finding out costs start-up time) */
  isTTY(): boolean
  env: Record<string, string | undefined>
}

/** The command line: returns the exit status (contract §1). */
export async function run(argv: string[], io: CliIO): Promise<number> {
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
    let isDir = false
    try {
      isDir = statSync(opts.dir).isDirectory()
    } catch {
      isDir = false
    }
    if (!isDir) {
      io.stderr(`rack-check: ${opts.dir} is not a folder\n`)
      return 2
    }
    const options = { environment: opts.environment, processManager: opts.processManager }
    let base = null
    if (opts.base !== null) {
      try {
        base = (await checkBase(await gitBaseSource(opts.dir, opts.base), options)).report
      } catch (e) {
        if (!(e instanceof BaseError)) throw e
        io.stderr(`rack-check: --base: ${e.message}\n`)
        return 2
      }
    }
    const result = await checkDirectory(opts.dir, { ...options, base })
    const color = opts.color ?? (!io.env.NO_COLOR && io.env.TERM !== 'dumb' && io.isTTY())
    switch (opts.format) {
      case 'json':
        io.stdout(formatJson(result.report))
        break
      case 'github':
        io.stdout(formatGithub(result.report.findings))
        break
      case 'sarif':
        io.stdout(formatSarif(result.report))
        break
      default: {
        // the excerpt under each finding, read as safely as the engine reads
        const ws = new Workspace(opts.dir)
        const source = (p: string): string | undefined => {
          const r = ws.read(p)
          return r.ok ? r.file.text : undefined
        }
        io.stdout(formatText(result, { color, source }))
      }
    }
    return failsAt(result.report.findings, opts.failOn) ? 1 : 0
  } catch (e) {
    const err = e as Error
    io.stderr(`rack-check: internal error: ${err.message}\n`)
    if (io.env.RACK_CHECK_DEBUG === '1') io.stderr(`${err.stack ?? ''}\n`)
    else io.stderr('Run again with RACK_CHECK_DEBUG=1 for details, and please report it.\n')
    return 2
  }
}
