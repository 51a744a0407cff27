/**
 * The GitHub API, loaded only when a comment is wanted (octokit is the heaviest part of the
 * bundle): `@actions/github`'s client with the retry and throttling plugins (github-actions.md
 * §9), pointed at `GITHUB_API_URL` at call time.
 */
import type { CommentApi, IssueComment } from './comment.js'

export interface PullRequestApi extends CommentApi {
  /** the token's own login; `github-actions[bot]` for tokens that cannot read /user */
  login(): Promise<string>
  /** the files the pull request changes, with their patches */
  files(): Promise<Array<{ path: string; patch?: string }>>
}

export interface Target {
  owner: string
  repo: string
  number: number
}

/** An HTTP status from an octokit error, if it has one. */
export function statusOf(e: unknown): number | null {
  const s = (e as { status?: unknown })?.status
  return typeof s === 'number' ? s : null
}

export async function connect(token: string, target: Target, log: { info(s: string): void }): Promise<PullRequestApi> {
  const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([import('@actions/github'), import('@octokit/plugin-retry'), import('@octokit/plugin-throttling')])
  const octokit = getOctokit(
    token,
    {
      baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com',
      retry: { doNotRetry: [400, 401, 403, 404, 410, 422, 451] },
      throttle: {
        onRateLimit: (after: number, _o: unknown, _k: unknown, count: number) => {
          log.info(`rack-check: GitHub rate limit reached; ${count < 2 ? `retrying in ${after} s` : 'giving up'}`)
          return count < 2
        },
        onSecondaryRateLimit: (after: number, _o: unknown, _k: unknown, count: number) => {
          log.info(`rack-check: GitHub secondary rate limit; ${count < 1 ? `retrying in ${after} s` : 'giving up'}`)
          return count < 1
        }
      }
    },
    retry,
    throttling
  )
  const where = { owner: target.owner, repo: target.repo }
  const toComment = (c: { id: number; body?: string | null; user?: { login?: string } | null; html_url: string }): IssueComment => ({ id: c.id, body: c.body ?? '', login: c.user?.login ?? '', url: c.html_url })
  return {
    async login() {
      try {
        return (await octokit.rest.users.getAuthenticated()).data.login
      } catch {
        // installation tokens (GITHUB_TOKEN) cannot read /user; their comments are github-actions[bot]'s
        return 'github-actions[bot]'
      }
    },
    async list() {
      const all = await octokit.paginate(octokit.rest.issues.listComments, { ...where, issue_number: target.number, per_page: 100 })
      return all.map(toComment)
    },
    async create(body) {
      return toComment((await octokit.rest.issues.createComment({ ...where, issue_number: target.number, body })).data)
    },
    async update(id, body) {
      return toComment((await octokit.rest.issues.updateComment({ ...where, comment_id: id, body })).data)
    },
    async remove(id) {
      try {
        await octokit.rest.issues.deleteComment({ ...where, comment_id: id })
      } catch (e) {
        // a run at the same time removed it first
        if (statusOf(e) !== 404) throw e
      }
    },
    async files() {
      const all = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, pull_number: target.number, per_page: 100 })
      return all.map((f) => ({ path: f.filename, patch: f.patch }))
    }
  }
}
