import type { Severity } from '../model/span.js'
import type { ProcessManager } from '../rules/define-rule.js'

export type CommentMode = 'changed' | 'always' | 'never'

export interface ActionInputs {
  token: string
  workingDirectory: string
  comment: CommentMode
  failOn: Severity | 'never'
  processManager: ProcessManager
  environment: string
  annotate: boolean
}

export class InputError extends Error {}

/** Reads and validates the inputs of contract §3; `get` is `core.getInput`. */
export function readInputs(get: (name: string) => string): ActionInputs {
  const choice = <T extends string>(name: string, allowed: readonly T[], dflt: T): T => {
    const v = get(name).trim() || dflt
    if (!(allowed as readonly string[]).includes(v)) throw new InputError(`input ${name} must be one of ${allowed.join(', ')}, not "${v}"`)
    return v as T
  }
  const annotate = (get('annotate').trim() || 'true').toLowerCase()
  if (!['true', 'false'].includes(annotate)) throw new InputError(`input annotate must be true or false, not "${annotate}"`)
  const environment = get('environment').trim() || 'production'
  if (!/^[A-Za-z0-9_.-]+$/.test(environment)) throw new InputError(`input environment must be a plain name, not "${environment}"`)
  return {
    token: get('github-token'),
    workingDirectory: get('working-directory').trim() || '.',
    comment: choice('comment', ['changed', 'always', 'never'] as const, 'changed'),
    failOn: choice('fail-on', ['error', 'warning', 'notice', 'never'] as const, 'error'),
    processManager: choice('process-manager', ['systemd', 'bluepill'] as const, 'systemd'),
    environment,
    annotate: annotate === 'true'
  }
}
