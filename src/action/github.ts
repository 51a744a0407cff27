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
  /**
   * The files under `prefix` at a commit that `wanted` accepts (git trees API, then the contents
   * API for each); null when the tree is too large for one answer.
   */
  filesAt(sha: string, prefix: string, wanted: (appPath: string) => boolean, maxBytes: number): Promise<Array<{ path: string; content: Buffer }> | null>
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
    async filesAt(sha, prefix, wanted, maxBytes) {
      const tree = (await octokit.rest.git.getTree({ ...where, tree_sha: sha, recursive: 'true' })).data
      if (tree.truncated) return null
      const out: Array<{ path: string; content: Buffer }> = []
      for (const entry of tree.tree) {
        // blobs only: no links (mode 120000), no submodules
        if (entry.type !== 'blob' || entry.mode === '120000' || !entry.path) continue
        if (prefix && !entry.path.startsWith(prefix + '/')) continue
        const path = prefix ? entry.path.slice(prefix.length + 1) : entry.path
        if (!wanted(path) || (entry.size ?? 0) > maxBytes) continue
        const file = (await octokit.rest.repos.getContent({ ...where, path: entry.path, ref: sha })).data
        if (Array.isArray(file) || file.type !== 'file' || !('content' in file)) continue
        out.push({ path, content: Buffer.from(file.content, 'base64') })
      }
      return out
    },
    async files() {
      const all = await octokit.paginate(octokit.rest.pulls.listFiles, { ...where, pull_number: target.number, per_page: 100 })
      return all.map((f) => ({ path: f.filename, patch: f.patch }))
    }
  }
}
