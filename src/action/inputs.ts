import type { Severity } from '../core/span.js'
import type { ProcessManager } from '../core/report.js'

export type CommentMode = 'changed' | 'always' | 'never'

export interface ActionInputs {
  token: string
  /** the working-directory input as given (trimmed); '.' when empty */
  workingDirectory: string
  /**
   * the folders to check, one per line of working-directory (blank lines dropped, duplicates
   * kept once); ['.'] when empty; [] for `auto` (every app folder in the workspace)
   */
  workingDirectories: string[]
  /** working-directory is `auto` */
  auto: boolean
  comment: CommentMode
  failOn: Severity | 'never'
  processManager: ProcessManager
  environment: string
  annotate: boolean
  /** write SARIF under RUNNER_TEMP (output `sarif`) */
  sarif: boolean
  /** SARIF `automationDetails.id`; '' for `rack-check/` and the working directory */
  sarifCategory: string
  /** `checkout`: the workspace; `api`: the pull request's head read through the GitHub API */
  source: 'checkout' | 'api'
  /** post fixes on lines of the pull request's diff as suggested changes (review comments) */
  suggestions: boolean
  /** the configuration file, relative to the workspace; '' to look for `.rack-check.yml` */
  config: string
  /** `filter`: `changed` or `all`; '' when not set (`.rack-check.yml`'s, else `changed` on pull requests) */
  filter: '' | 'changed' | 'all'
  /** `baseline`: the baseline file, relative to the workspace; '' for `.rack-check.yml`'s or the default */
  baseline: string
  /** the inputs set in the workflow, which win over `.rack-check.yml` */
  given: Set<'environment' | 'processManager' | 'failOn'>
}

export class InputError extends Error {}

/** Reads and validates the inputs of contract §3; `get` is `core.getInput`. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const choice = <T extends string>(name: string, allowed: readonly T[], dflt: T): T => {
    const v = get(name).trim() || dflt
    if (!(allowed as readonly string[]).includes(v)) throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${v}"`)
    return v as T
  }
  const flag = (name: string, dflt: 'true' | 'false'): boolean => {
    const v = (get(name).trim() || dflt).toLowerCase()
    if (!['true', 'false'].includes(v)) throw new InputError(`input ${name} must be true or false, not "${v}"`)
    return v === 'true'
  }
  const sarifCategory = get('sarif-category').trim()
  if (sarifCategory && !/^[A-Za-z0-9_.@:+][A-Za-z0-9_.@:+/-]*$/.test(sarifCategory)) throw new InputError(`input sarif-category must be letters, digits and _ . @ : + - /, not "${sarifCategory}"`)
  const workingDirectory = get('working-directory').trim() || '.'
  const lines = [...new Set(workingDirectory.split(/\r?\n/).map((l) => l.trim()).filter(Boolean))]
  const auto = lines.length === 1 && lines[0] === 'auto'
  if (!auto && lines.includes('auto')) throw new InputError('input working-directory is either `auto` alone or folders, one per line')
  const environment = get('environment').trim() || 'production'
  if (!/^[A-Za-z0-9_.-]+$/.test(environment)) throw new InputError(`input environment must be a plain name, not "${environment}"`)
  return {
    token: get('github-token'),
    workingDirectory,
    workingDirectories: auto ? [] : lines,
    auto,
    comment: choice('comment', ['changed', 'always', 'never'] as const, 'changed'),
    failOn: choice('fail-on', ['error', 'warning', 'notice', 'never'] as const, 'error'),
    processManager: choice('process-manager', ['systemd', 'bluepill'] as const, 'systemd'),
    environment,
    annotate: flag('annotate', 'true'),
    sarif: flag('sarif', 'false'),
    sarifCategory,
    source: choice('source', ['checkout', 'api'] as const, 'checkout'),
    config: get('config').trim(),
    suggestions: flag('suggestions', 'true'),
    filter: get('filter').trim() ? choice('filter', ['changed', 'all'] as const, 'all') : '',
    baseline: get('baseline').trim(),
    given: new Set([...(get('environment').trim() ? ['environment' as const] : []), ...(get('process-manager').trim() ? ['processManager' as const] : []), ...(get('fail-on').trim() ? ['failOn' as const] : [])])
  }
}
