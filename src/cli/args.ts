import type { Severity } from '../model/span.js'
import type { ProcessManager } from '../rules/define-rule.js'

export type Format = 'text' | 'json' | 'github' | 'sarif'
export type FailOn = Severity | 'never'

export interface CliOptions {
  dir: string
  format: Format
  base: string | null
  failOn: FailOn
  processManager: ProcessManager
  environment: string
  color: boolean | null
  help: boolean
  version: boolean
}

export class UsageError extends Error {}

export const USAGE = `Usage: rack-check [DIR] [options]

Checks a Ruby/Rack app's Cloud 66 deployment setup (Procfile, .cloud66/, server configs,
Gemfile.lock) and predicts what the custom_web server will do.

Options:
  --format text|json|github|sarif   output format (default: text)
  --base REF                        git ref to compare with (Passenger transition checks)
  --fail-on error|warning|notice|never
                                    exit 1 when a finding is at or above this level (default: error)
  --process-manager systemd|bluepill
                                    Cloud 66 process manager (default: systemd)
  --environment NAME                manifest environment and RACK_ENV (default: production)
  --no-color                        no colours in text output
  -h, --help                        show this help
  -V, --version                     show the version

Exit status: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error or failure.
`

const CHOICES = {
  format: ['text', 'json', 'github', 'sarif'],
  'fail-on': ['error', 'warning', 'notice', 'never'],
  'process-manager': ['systemd', 'bluepill']
} as const

export function parseArgs(argv: string[]): CliOptions {
  const o: CliOptions = { dir: '.', format: 'text', base: null, failOn: 'error', processManager: 'systemd', environment: 'production', color: null, help: false, version: false }
  let dirSet = false
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
        break
      case '--environment': {
        const v = value()
        if (!/^[A-Za-z0-9_.-]+$/.test(v)) throw new UsageError(`--environment must be a plain name, not "${v}"`)
        o.environment = v
        break
      }
      case '--base':
        o.base = value()
        if (o.base === '' || o.base.startsWith('-')) throw new UsageError('--base needs a git ref')
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
        if (dirSet) throw new UsageError(`only one folder may be checked (got "${o.dir}" and "${a}")`)
        o.dir = a
        dirSet = true
    }
  }
  return o
}
