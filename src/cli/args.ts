import type { Severity } from '../core/span.js'
import type { ProcessManager } from '../core/report.js'
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
  given: Set<'environment' | 'processManager'>
  format: Format
  base: string | null
  /** SARIF `automationDetails.id`; null: `rack-check/` and the app folder */
  sarifCategory: string | null
  failOn: FailOn
  processManager: ProcessManager
  environment: string
  color: boolean | null
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

export class UsageError extends Error {}

/** The usage's `--format` line, from the table of formats (reporters/index.ts): the description at column 37, as the other options have it. */
function formatLine(): string {
  const option = `  --format ${FORMAT_NAMES.join('|')}`
  const description = `output format (default: ${FORMAT_NAMES[0]})`
  return option.length < 36 ? option.padEnd(36) + description : `${option}\n${' '.repeat(36)}${description}`
}

export const USAGE = `Usage: rack-check [DIR…] [options]

Checks a Ruby/Rack app's Cloud 66 deployment setup (Procfile, .cloud66/, server configs,
Gemfile.lock) and predicts what the custom_web server will do. Several folders (or --recursive)
are checked in one run and reported together.

Options:
${formatLine()}
  --recursive                       also every folder below DIR with a Procfile or .cloud66/
  --config PATH                     the configuration file (default: .rack-check.yml in the
                                    app folder, else at the repository root)
  --fix                             apply the findings' mechanical fixes, then report
  --fix-dry-run                     print the fixes as a unified diff; change nothing
  -v, --verbose                     the prediction and restart details in text output
  --base REF                        git ref to compare with (Passenger transition checks)
  --sarif-category NAME             SARIF run category (default: rack-check/ and the folder)
  --fail-on error|warning|notice|never
                                    exit 1 when a finding is at or above this level (default: error)
  --process-manager systemd|bluepill
                                    Cloud 66 process manager (default: systemd)
  --environment NAME                manifest environment and RACK_ENV (default: production)
  --filter changed|all              changed: only findings of apps whose deployment files,
                                    server config or server gem changed since --base count
                                    (default: all)
  --baseline FILE                   findings recorded in FILE are known and do not count
                                    (default: .rack-check-baseline.json in DIR, if present)
  --write-baseline [FILE.json]      record today's findings as the baseline (default file:
                                    .rack-check-baseline.json in DIR)
  --no-color                        no colours in text output
  -h, --help                        show this help
  -V, --version                     show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or failure.
`

const CHOICES = {
  format: FORMAT_NAMES,
  'fail-on': ['error', 'warning', 'notice', 'never'],
  'process-manager': ['systemd', 'bluepill']
} as const

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { dir: '.', dirs: [], recursive: false, config: null, fix: null, verbose: false, given: new Set(), format: FORMAT_NAMES[0], base: null, sarifCategory: null, failOn: 'error', processManager: 'systemd', environment: 'production', color: null, help: false, version: false, filter: null, baseline: null, writeBaseline: null }
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]
    const eq = a.startsWith('--') ? a.indexOf('=') : -1
    const name = eq > 0 ? a.slice(0, eq) : a
    const value = (): string => {
      if (eq > 0) return a.slice(eq + 1)
      const v = argv[++i]
      if (v === undefined) throw new UsageError(`${name} needs a value`)
      return v
    }
    const choice = <K extends keyof typeof CHOICES>(key: K): (typeof CHOICES)[K][number] => {
      const v = value()
      if (!(CHOICES[key] as readonly string[]).includes(v)) throw new UsageError(`--${key} must be one of ${CHOICES[key].join(', ')}, not "${v}"`)
      return v as (typeof CHOICES)[K][number]
    }
    switch (name) {
      case '--format':
        o.format = choice('format')
        break
      case '--fail-on':
        o.failOn = choice('fail-on')
        break
      case '--process-manager':
        o.processManager = choice('process-manager')
        o.given.add('processManager')
        break
      case '--environment': {
        const v = value()
        if (!/^[A-Za-z0-9_.-]+$/.test(v)) throw new UsageError(`--environment must be a plain name, not "${v}"`)
        o.environment = v
        o.given.add('environment')
        break
      }
      case '--recursive':
        o.recursive = true
        break
      case '--config':
        o.config = value()
        if (o.config === '') throw new UsageError('--config needs a path')
        break
      case '--fix':
      case '--fix-dry-run':
        if (o.fix !== null && o.fix !== (name === '--fix' ? 'write' : 'dry-run')) throw new UsageError('--fix and --fix-dry-run cannot be used together')
        o.fix = name === '--fix' ? 'write' : 'dry-run'
        break
      case '-v':
      case '--verbose':
        o.verbose = true
        break
      case '--base':
        o.base = value()
        if (o.base === '' || o.base.startsWith('-')) throw new UsageError('--base needs a git ref')
        break
      case '--sarif-category': {
        const v = value()
        // GitHub's category: printable, no leading `-`; `/` separates its parts
        if (!/^[A-Za-z0-9_.@:+][A-Za-z0-9_.@:+/-]*$/.test(v)) throw new UsageError(`--sarif-category must be letters, digits and _ . @ : + - /, not "${v}"`)
        o.sarifCategory = v
        break
      }
      case '--filter':
      case '--baseline':
      case '--write-baseline':
        i = parseAdoption(o, argv, i, name, eq > 0 ? a.slice(eq + 1) : null)
        break
      case '--no-color':
        o.color = false
        break
      case '--color':
        o.color = true
        break
      case '-h':
      case '--help':
        o.help = true
        break
      case '-V':
      case '--version':
        o.version = true
        break
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`)
        o.dirs.push(a)
    }
  }
  if (o.dirs.length === 0) o.dirs.push('.')
  o.dir = o.dirs[0]
  if (o.fix !== null && o.base !== null) throw new UsageError('--fix and --base cannot be used together')
  if (o.filter === 'changed' && o.base === null) throw new UsageError('--filter changed needs --base REF: the changes are those since REF (git diff REF...HEAD)')
  if (o.writeBaseline !== null && o.fix !== null) throw new UsageError('--write-baseline and --fix cannot be used together')
  return o
}

/**
 * The adoption options (issue 26), in a block of their own: `--filter changed|all`, `--baseline
 * FILE`, `--write-baseline` with an optional FILE (`--write-baseline=FILE`, or a next argument
 * ending in `.json`, so that a following DIR is not taken for it). Returns the index of the last
 * argument used.
 */
function parseAdoption(o: CliOptions, argv: string[], i: number, name: string, inline: string | null): number {
  const next = (): string => {
    if (inline !== null) return inline
    const v = argv[++i]
    if (v === undefined) throw new UsageError(`${name} needs a value`)
    return v
  }
  if (name === '--filter') {
    const v = next()
    if (v !== 'changed' && v !== 'all') throw new UsageError(`--filter must be one of changed, all, not "${v}"`)
    o.filter = v
  } else if (name === '--baseline') {
    o.baseline = next()
    if (o.baseline === '' || o.baseline.startsWith('-')) throw new UsageError('--baseline needs a file')
  } else {
    const v = inline ?? (argv[i + 1]?.endsWith('.json') && !argv[i + 1].startsWith('-') ? argv[++i] : '')
    if (inline === '') throw new UsageError('--write-baseline= needs a file')
    o.writeBaseline = v
  }
  return i
}
