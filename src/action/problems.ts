/** How the action says what went wrong with the GitHub API or a commit's tree, in a few words. */
import { inRepository } from '../files/repository.js'
import type { BadEntry } from '../engine/snapshot.js'
import { ApiProblem } from './api-guard.js'
import { isRateLimit, statusOf } from './github-api.js'

/**
 * The warning for the entries of a commit's tree that no checkout could have (engine/snapshot.ts): the
 * first ten named (made printable there), the rest counted. The check goes on without them.
 */
export function leftOut(bad: BadEntry[], prefix: string, what: string): string {
  const names = bad.slice(0, 10).map((b) => `${inRepository(prefix, b.path)} (${b.why})`)
  const more = bad.length > 10 ? ` and ${bad.length - 10} more` : ''
  return `rack-check left out ${bad.length === 1 ? 'an entry' : `${bad.length} entries`} of the tree of ${what} that no checkout could have: ${names.join(', ')}${more}; the rest was checked without ${bad.length === 1 ? 'it' : 'them'}.`
}

/** An API failure in a few words: the guard's own sentence, else the status and GitHub's message. */
export function apiError(e: unknown): string {
  if (e instanceof ApiProblem) return e.message
  const status = statusOf(e)
  const message = String((e as Error)?.message ?? e)
  if (isRateLimit(e)) return `GitHub's rate limit: HTTP ${status}: ${message}`
  return status ? `HTTP ${status}: ${message}` : message
}
