/**
 * The parts of the workflow event the action uses, read from `GITHUB_EVENT_PATH` (the payload
 * file the runner writes). Anything missing or malformed reads as "not a pull request".
 */
import { readFileSync } from 'node:fs'

export interface PullRequestEvent {
  number: number
  baseSha: string
  headSha: string
  /** the head repository differs from the base one: the token is read-only */
  fromFork: boolean
}

export interface ActionEvent {
  name: string
  pullRequest: PullRequestEvent | null
}

export function readEvent(env: Record<string, string | undefined>): ActionEvent {
  const name = env.GITHUB_EVENT_NAME ?? ''
  let payload: unknown = null
  try {
    if (env.GITHUB_EVENT_PATH) payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
  } catch {
    payload = null
  }
  const pr = (payload as { pull_request?: Record<string, unknown> } | null)?.pull_request
  if (!pr || (name !== 'pull_request' && name !== 'pull_request_target')) return { name, pullRequest: null }
  const sha = (side: unknown): string => (typeof (side as { sha?: unknown })?.sha === 'string' ? (side as { sha: string }).sha : '')
  const repoOf = (side: unknown): string => String((side as { repo?: { full_name?: unknown } })?.repo?.full_name ?? '')
  const number = Number(pr.number)
  const baseSha = sha(pr.base)
  const headSha = sha(pr.head)
  if (!Number.isInteger(number) || !/^[0-9a-f]{40}$/.test(baseSha) || !/^[0-9a-f]{40}$/.test(headSha)) return { name, pullRequest: null }
  return { name, pullRequest: { number, baseSha, headSha, fromFork: repoOf(pr.head) !== '' && repoOf(pr.head) !== repoOf(pr.base) } }
}
