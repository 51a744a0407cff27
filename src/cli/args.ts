/**
 * The command line's options: one table (OPTIONS) gives each option's name, short form, value and
 * help line; Node's own `util.parseArgs` splits the words (`--name=value`, `-o FILE`, grouped
 * short flags, `--` ending the options), and `parseArgs` below checks each value and says what is
 * wrong in one line, with a "did you mean" for a near miss (usage errors, exit 2).
 */
import { parseArgs as splitArgs } from 'node:util'
import type { Severity } from '../core/span.js'
import type { ProcessManager } from '../core/report.js'
import { didYouMean } from '../core/text.js'
import { FORMAT_NAMES, type FormatName } from '../reporters/index.js'

export type Format = FormatName
export type FailOn = Severity | 'never'

export interface CliOptions {
  /** the first folder (kept for callers that check one) */
  dir: string
  /** every folder given, in order (default: `.`) */
  dirs: string[]
  /** also every folder below them with a Procfile or `.cloud66/` (a monorepo) */
  recursive: boolean
  /** `--config PATH`: the configuration file to use instead of the `.rack-check.yml` found */
  config: string | null
  /** `--fix`: apply the findings' fixes; `--fix-dry-run`: print their diff */
  fix: 'write' | 'dry-run' | null
  /** the prediction and the restart details in text output */
  verbose: boolean
  /** the options given on the command line, which win over `.rack-check.yml` */
  given: Set<'environment' | 'processManager' | 'failOn'>
  format: Format
  base: string | null
  /** SARIF `automationDetails.id`; null: `rack-check/` and the app folder */
  sarifCategory: string | null
  failOn: FailOn
  processManager: ProcessManager
  environment: string
  /** `--color` true, `--no-color` false; null: FORCE_COLOR, NO_COLOR, TERM and the terminal decide (main.ts) */
  color: boolean | null
  /** `-o/--output-file FILE`: the report (or the dry run's diff) goes to this file instead of stdout */
  outputFile: string | null
  help: boolean
  version: boolean
  // adoption on a repository with history (issue 26; parsed in parseAdoption below)
  /** `--filter changed|all`; null: `.rack-check.yml`'s `filter`, else `all` */
  filter: 'changed' | 'all' | null
  /** `--baseline FILE`; null: `.rack-check.yml`'s `baseline`, else `.rack-check-baseline.json` in DIR when it exists */
  baseline: string | null
  /** `--write-baseline [FILE]`: record the findings; '' for the default file */
  writeBaseline: string | null
}

/** A mistake on the command line: one line, said with "Run rack-check --help for usage." (exit 2). */
export class UsageError extends Error {}

interface Option {
  /** the word after `--` */
  name: string
  short?: string
  /** the value's placeholder in the help, or its choices; absent for a flag */
  value?: string
  help: string
  /** a value that may be left out (`--write-baseline [FILE.json]`): its placeholder in the help; the option is read as a flag with an optional value */
  optional?: string
  /** the value is one of these */
  choices?: readonly string[]
}

/**
 * Every option, in the help's order. A new option is a row here and a case in `apply`. `-v` is
 * the version, as in ESLint, Node and npm (until 0.1.0 it was --verbose: see `apply`).
 */
export const OPTIONS: readonly Option[] = [
  { name: 'format', value: FORMAT_NAMES.join('|'), choices: FORMAT_NAMES, help: `output format (default: ${FORMAT_NAMES[0]})` },
  { name: 'output-file', short: 'o', value: 'FILE', help: 'write the report (or the --fix-dry-run diff) to FILE instead of stdout' },
  { name: 'recursive', help: 'also every folder below DIR with a Procfile or .cloud66/' },
  { name: 'config', value: 'PATH', help: 'the configuration file (default: .rack-check.yml or .rack-check.yaml in the app folder, else at the repository root)' },
  { name: 'fix', help: "apply the findings' mechanical fixes, then report" },
  { name: 'fix-dry-run', help: 'print the fixes as a unified diff; change nothing' },
  { name: 'verbose', help: 'the prediction and restart details in text output' },
  { name: 'base', value: 'REF', help: 'git ref to compare with (Passenger transition checks)' },
  { name: 'sarif-category', value: 'NAME', help: 'SARIF run category (default: rack-check/ and the folder)' },
  { name: 'fail-on', value: 'error|warning|notice|never', choices: ['error', 'warning', 'notice', 'never'], help: "exit 1 when a finding is at or above this level (default: .rack-check.yml's fail-on, else error)" },
  { name: 'process-manager', value: 'systemd|bluepill', choices: ['systemd', 'bluepill'], help: 'Cloud 66 process manager (default: systemd)' },
  { name: 'environment', value: 'NAME', help: 'manifest environment and RACK_ENV (default: production)' },
  { name: 'filter', value: 'changed|all', choices: ['changed', 'all'], help: "changed: only findings of apps whose deployment files, server config or server gem changed since --base count (default: .rack-check.yml's filter, else all)" },
  { name: 'baseline', value: 'FILE', help: 'findings recorded in FILE are known and do not count (default: .rack-check-baseline.json in DIR, if present)' },
  { name: 'write-baseline', optional: 'FILE.json', help: "record today's findings as the baseline (default file: .rack-check-baseline.json in DIR)" },
  { name: 'color', help: 'colours in text output (default: on a terminal; FORCE_COLOR and NO_COLOR are honoured)' },
  { name: 'no-color', help: 'no colours in text output' },
  { name: 'help', short: 'h', help: 'show this help' },
  { name: 'version', short: 'V', help: 'show the version (also -v)' }
]

/** `-v`: the version, as ESLint has it; not in the table, so that it is not taken for a short --verbose. */
const VERSION_SHORT = 'v'

/** One option's help: the option at column 3, its description at column 37 (wrapped at 100). */
function helpLine(o: Option): string {
  const option = `  ${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ' ' + o.value : ''}${o.optional ? ` [${o.optional}]` : ''}`
  const words = o.help.split(' ')
  const lines: string[] = []
  for (const w of words) {
    if (lines.length && lines[lines.length - 1].length + 1 + w.length <= 62) lines[lines.length - 1] += ' ' + w
    else lines.push(w)
  }
  const pad = ' '.repeat(36)
  return (option.length < 36 ? option.padEnd(36) + lines[0] : `${option}\n${pad}${lines[0]}`) + lines.slice(1).map((l) => `\n${pad}${l}`).join('')
}

export const USAGE = `Usage: rack-check [options] [--] [DIR…]

Checks a Ruby/Rack app's Cloud 66 deployment setup (Procfile, .cloud66/, server configs,
Gemfile.lock) and predicts what the custom_web server will do. Several folders (or --recursive)
are checked in one run and reported together.

Options:
${OPTIONS.map(helpLine).join('\n')}

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or failure.
`

const USAGE_HINT = 'Run rack-check --help for usage.'

/** The command line's words → options; a UsageError (one line) for the first mistake. */
export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { dir: '.', dirs: [], recursive: false, config: null, fix: null, verbose: false, given: new Set(), format: FORMAT_NAMES[0], base: null, sarifCategory: null, failOn: 'error', processManager: 'systemd', environment: 'production', color: null, outputFile: null, help: false, version: false, filter: null, baseline: null, writeBaseline: null }
  const table = Object.fromEntries(OPTIONS.map((x) => [x.name, { type: x.value ? ('string' as const) : ('boolean' as const), ...(x.short ? { short: x.short } : {}) }]))
  // not strict: an unknown option is ours to explain (with a did-you-mean), not Node's message
  const { tokens } = splitArgs({ args: argv, options: { ...table, [VERSION_SHORT]: { type: 'boolean', short: VERSION_SHORT } }, allowPositionals: true, strict: false, tokens: true })
  let shortV = false
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t.kind === 'positional') o.dirs.push(t.value)
    else if (t.kind === 'option') {
      if (t.name === VERSION_SHORT && t.rawName === `-${VERSION_SHORT}`) shortV = true
      else if (t.name === 'write-baseline' && t.rawName === '--write-baseline') {
        // an optional value: `--write-baseline=FILE`, or a next word ending in .json (so that a following DIR is not taken for it)
        const next = tokens[i + 1]
        if (t.inlineValue && t.value === '') throw new UsageError('--write-baseline= needs a file')
        o.writeBaseline = t.inlineValue ? (t.value ?? '') : next?.kind === 'positional' && next.value.endsWith('.json') ? (i++, next.value) : ''
      } else apply(o, t.name, t.rawName, t.value)
    }
  }
  // a 0.1.0 script's `rack-check -v DIR` must not turn into a passing version print: refused
  if (shortV && argv.length > 1) throw new UsageError('-v prints the version (as in ESLint); for the prediction and restart details use --verbose')
  if (shortV) o.version = true
  if (o.dirs.length === 0) o.dirs.push('.')
  o.dir = o.dirs[0]
  if (o.fix !== null && o.base !== null) throw new UsageError('--fix and --base cannot be used together')
  if (o.outputFile !== null && o.fix === 'write') throw new UsageError('--output-file and --fix cannot be used together: --fix writes the files it fixes, and its report goes to stdout')
  if (o.filter === 'changed' && o.base === null) throw new UsageError('--filter changed needs --base REF: the changes are those since REF (git diff REF...HEAD)')
  if (o.writeBaseline !== null && o.fix !== null) throw new UsageError('--write-baseline and --fix cannot be used together')
  return o
}

/** One option's value into `o`; a UsageError for an unknown option or a bad value. */
function apply(o: CliOptions, name: string, raw: string, given: string | undefined): void {
  const option = OPTIONS.find((x) => x.name === name && (raw === `--${name}` || raw === `-${x.short}`))
  if (!option) {
    const names = OPTIONS.map((x) => x.name)
    const near = raw.startsWith('--') ? (didYouMean(name, names) ?? prefixOf(name, names)) : null
    throw new UsageError(`unknown option ${raw}${near ? `; did you mean --${near}?` : ''}`)
  }
  if (!option.value && given !== undefined) throw new UsageError(`${raw} takes no value`)
  const value = (): string => {
    if (given === undefined || given === '') throw new UsageError(`${raw} needs a value${option.value ? ` (${option.value})` : ''}`)
    if (option.choices && !option.choices.includes(given)) {
      const near = didYouMean(given, option.choices) ?? prefixOf(given, option.choices)
      throw new UsageError(`${raw} must be one of ${option.choices.join(', ')}, not "${given}"${near ? `; did you mean ${near}?` : ''}`)
    }
    return given
  }
  switch (name) {
    case 'format':
      o.format = value() as Format
      break
    case 'output-file':
      o.outputFile = value()
      break
    case 'fail-on':
      o.failOn = value() as FailOn
      o.given.add('failOn')
      break
    case 'process-manager':
      o.processManager = value() as ProcessManager
      o.given.add('processManager')
      break
    case 'environment': {
      const v = value()
      if (!/^[A-Za-z0-9_.-]+$/.test(v)) throw new UsageError(`--environment must be a plain name, not "${v}"`)
      o.environment = v
      o.given.add('environment')
      break
    }
    case 'recursive':
      o.recursive = true
      break
    case 'config':
      o.config = value()
      break
    case 'fix':
    case 'fix-dry-run': {
      const mode = name === 'fix' ? 'write' : 'dry-run'
      if (o.fix !== null && o.fix !== mode) throw new UsageError('--fix and --fix-dry-run cannot be used together')
      o.fix = mode
      break
    }
    case 'verbose':
      o.verbose = true
      break
    case 'base':
      o.base = value()
      if (o.base.startsWith('-')) throw new UsageError('--base needs a git ref')
      break
    case 'sarif-category': {
      const v = value()
      // GitHub's category: printable, no leading `-`; `/` separates its parts
      if (!/^[A-Za-z0-9_.@:+][A-Za-z0-9_.@:+/-]*$/.test(v)) throw new UsageError(`--sarif-category must be letters, digits and _ . @ : + - /, not "${v}"`)
      o.sarifCategory = v
      break
    }
    case 'filter':
      o.filter = value() as 'changed' | 'all'
      break
    case 'baseline':
      o.baseline = value()
      if (o.baseline.startsWith('-')) throw new UsageError('--baseline needs a file')
      break
    case 'no-color':
      o.color = false
      break
    case 'color':
      o.color = true
      break
    case 'help':
      o.help = true
      break
    case 'version':
      o.version = true
      break
  }
}

/** The one name that starts with what was typed (`--fail-on warn` → warning); null when none or several do. */
function prefixOf(typed: string, names: readonly string[]): string | null {
  const found = typed.length >= 3 ? names.filter((x) => x.startsWith(typed)) : []
  return found.length === 1 ? found[0] : null
}

/** A usage error as the CLI prints it: its line, then where the help is. */
export function usageMessage(e: UsageError): string {
  return `rack-check: ${e.message}\n${USAGE_HINT}\n`
}
