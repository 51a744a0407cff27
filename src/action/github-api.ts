/**
 * The GitHub API, loaded only when the action needs it (octokit is the heaviest part of the
 * bundle): `@actions/github`'s client pointed at `GITHUB_API_URL` at call time, every request
 * bounded by api-guard.ts. Every answer is checked for the fields the code reads: anything else
 * is an ApiProblem('unexpected-answer'), which the action reports as a warning.
 */
import { ApiProblem, guardRequests, limitsFrom, rateLimitOf } from './api-guard.js'
import type { CommentApi, Identity, IssueComment } from './sticky-comment.js'
import type { ReviewApi, ReviewComment } from './suggestions.js'

export interface PullRequestApi extends CommentApi, ReviewApi {
  /** who the token is (see `identify`) */
  identity(): Promise<Identity>
  /** the files the pull request changes, with their patches */
  files(): Promise<Array<{ path: string; patch?: string }>>
  /** The entries under `prefix` at a commit (git trees API, one request); null when the tree is too large for one answer. */
  treeAt(sha: string, prefix: string): Promise<TreeEntry[] | null>
  /** One file at a commit (contents API), by its app-relative path; null when it is not a file there. */
  fileAt(sha: string, prefix: string, path: string): Promise<Buffer | null>
}

export interface TreeEntry {
  /** relative to the app folder */
  path: string
  kind: 'file' | 'folder' | 'link' | 'submodule'
  size: number
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

/** A rate limit in an error that did not come through the guard's own message (for the warning). */
export function isRateLimit(e: unknown): boolean {
  if (e instanceof ApiProblem) return e.kind === 'rate-limit' || e.kind === 'secondary-rate-limit'
  const err = e as { message?: unknown; response?: { headers?: Record<string, string> } }
  return rateLimitOf(statusOf(e), err?.response?.headers, String(err?.message ?? ''), Date.now()) !== null
}

const unexpected = (what: string): ApiProblem => new ApiProblem('unexpected-answer', `GitHub's answer to ${what} is not what its API describes`)

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)

/** An issue comment (OpenAPI `issue-comment`), or null when the fields the action reads are not there. */
export function commentOf(c: unknown): IssueComment | null {
  if (!isObject(c) || typeof c.id !== 'number' || typeof c.html_url !== 'string') return null
  const user = isObject(c.user) ? c.user : {}
  const app = isObject(c.performed_via_github_app) ? c.performed_via_github_app : null
  return {
    id: c.id,
    body: typeof c.body === 'string' ? c.body : '',
    login: typeof user.login === 'string' ? user.login : '',
    userType: typeof user.type === 'string' ? user.type : '',
    app: app && typeof app.slug === 'string' ? app.slug : null,
    url: c.html_url
  }
}

/** A pull-request review comment (OpenAPI `pull-request-review-comment`), or null when the fields the action reads are not there. */
export function reviewCommentOf(c: unknown): ReviewComment | null {
  if (!isObject(c) || typeof c.id !== 'number' || typeof c.path !== 'string') return null
  const user = isObject(c.user) ? c.user : {}
  const lineOf = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : null)
  return {
    id: c.id,
    body: typeof c.body === 'string' ? c.body : '',
    login: typeof user.login === 'string' ? user.login : '',
    userType: typeof user.type === 'string' ? user.type : '',
    path: c.path,
    line: lineOf(c.line),
    startLine: lineOf(c.start_line)
  }
}

export async function connect(token: string, target: Target, log: { info(s: string): void }): Promise<PullRequestApi> {
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(token, { baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com' })
  // the only hook: timeouts, retries, rate-limit waits and the run's budget (api-guard.ts)
  octokit.hook.wrap('request', guardRequests(limitsFrom(process.env), log))
  const where = { owner: target.owner, repo: target.repo }
  const one = (data: unknown, what: string): IssueComment => {
    const c = commentOf(data)
    if (!c) throw unexpected(what)
    return c
  }
  const list = async <T>(route: Parameters<typeof octokit.paginate>[0], params: Record<string, unknown>, what: string): Promise<T[]> => {
    const out: T[] = []
    // paginate.iterator: each page checked before the next is asked for
    for await (const page of octokit.paginate.iterator(route as never, params as never) as AsyncIterable<{ data: unknown }>) {
      if (!Array.isArray(page.data)) throw unexpected(what)
      out.push(...(page.data as T[]))
    }
    return out
  }
  let who: ReturnType<typeof identify> | null = null
  let filesOnce: Promise<Array<{ path: string; patch?: string }>> | null = null
  return {
    async identity() {
      // asked for by the comment and by the suggestions: one answer per run
      return (who ??= identify(
        async () => (await octokit.rest.users.getAuthenticated()).data,
        async () => octokit.graphql<{ viewer?: unknown }>('query { viewer { __typename login } }')
      ))
    },
    async list() {
      const all = await list<unknown>(octokit.rest.issues.listComments, { ...where, issue_number: target.number, per_page: 100 }, 'the list of comments')
      // an entry without an id or a URL cannot be ours to edit: it is left out
      return all.map(commentOf).filter((c): c is IssueComment => c !== null)
    },
    async create(body) {
      return one((await octokit.rest.issues.createComment({ ...where, issue_number: target.number, body })).data, 'the new comment')
    },
    async update(id, body) {
      return one((await octokit.rest.issues.updateComment({ ...where, comment_id: id, body })).data, 'the edited comment')
    },
    async remove(id) {
      try {
        await octokit.rest.issues.deleteComment({ ...where, comment_id: id })
      } catch (e) {
        // a run at the same time removed it first
        if (statusOf(e) !== 404) throw e
      }
    },
    async treeAt(sha, prefix) {
      // the answer's text, parsed here with JSON.parse: octokit's own parse of a 100,000-entry tree
      // (json-with-bigint) takes ten times as long and 250 MB more (api-guard.ts, bodyText)
      const text: unknown = (await octokit.rest.git.getTree({ ...where, tree_sha: sha, recursive: 'true', request: { parseSuccessResponseBody: false } })).data
      let tree: unknown
      try {
        tree = typeof text === 'string' ? JSON.parse(text) : null
      } catch {
        tree = null
      }
      if (!isObject(tree) || !Array.isArray(tree.tree)) throw unexpected('the base commit\'s tree')
      if (tree.truncated === true) return null
      const out: TreeEntry[] = []
      for (const e of tree.tree as unknown[]) {
        if (!isObject(e) || typeof e.path !== 'string') continue
        if (prefix && !e.path.startsWith(prefix + '/')) continue
        const path = prefix ? e.path.slice(prefix.length + 1) : e.path
        // git modes: 040000 a folder, 120000 a link, 160000 a submodule (commit)
        const kind = e.type === 'tree' ? 'folder' : e.type === 'commit' ? 'submodule' : e.mode === '120000' ? 'link' : e.type === 'blob' ? 'file' : null
        if (kind) out.push({ path, kind, size: typeof e.size === 'number' ? e.size : 0 })
      }
      return out
    },
    async fileAt(sha, prefix, path) {
      let file: unknown
      try {
        file = (await octokit.rest.repos.getContent({ ...where, path: prefix ? `${prefix}/${path}` : path, ref: sha })).data
      } catch (e) {
        if (statusOf(e) === 404) return null
        throw e
      }
      if (Array.isArray(file) || !isObject(file)) return null
      if (file.type !== 'file') return null
      if (typeof file.content !== 'string' || (file.encoding !== undefined && file.encoding !== 'base64')) throw unexpected(`the contents of ${path}`)
      return Buffer.from(file.content, 'base64')
    },
    async reviewComments() {
      const all = await list<unknown>(octokit.rest.pulls.listReviewComments, { ...where, pull_number: target.number, per_page: 100 }, 'the list of review comments')
      return all.map(reviewCommentOf).filter((c): c is ReviewComment => c !== null)
    },
    async createReviewComment(c) {
      const data = (
        await octokit.rest.pulls.createReviewComment({
          ...where,
          pull_number: target.number,
          commit_id: c.commitId,
          path: c.path,
          line: c.line,
          side: 'RIGHT',
          ...(c.startLine === undefined ? {} : { start_line: c.startLine, start_side: 'RIGHT' as const }),
          body: c.body
        })
      ).data
      const made = reviewCommentOf(data)
      if (!made) throw unexpected('the new review comment')
      return made
    },
    async updateReviewComment(id, body) {
      const made = reviewCommentOf((await octokit.rest.pulls.updateReviewComment({ ...where, comment_id: id, body })).data)
      if (!made) throw unexpected('the edited review comment')
      return made
    },
    async removeReviewComment(id) {
      try {
        await octokit.rest.pulls.deleteReviewComment({ ...where, comment_id: id })
      } catch (e) {
        // a run at the same time removed it first
        if (statusOf(e) !== 404) throw e
      }
    },
    files() {
      // asked by the filter (action/adopt.ts), the comment and the suggestions: listed once
      filesOnce ??= list<unknown>(octokit.rest.pulls.listFiles, { ...where, pull_number: target.number, per_page: 100 }, 'the pull request\'s files').then((all) =>
        all.filter(isObject).flatMap((f) => (typeof f.filename === 'string' ? [{ path: f.filename, patch: typeof f.patch === 'string' ? f.patch : undefined }] : []))
      )
      return filesOnce
    }
  }
}

/**
 * Who the token is, for every kind of token (never a guess: a login taken for the wrong one finds
 * no comment and posts another on every run):
 * - a personal access token, classic or fine-grained, or a user's OAuth token: `GET /user`;
 * - an installation token (GITHUB_TOKEN, a GitHub App's token) cannot read `/user` (403
 *   "Resource not accessible by integration"); GraphQL's `viewer` answers for it, a `Bot`
 *   whose comments the REST API shows as `<login>[bot]`.
 * A `/user` call that keeps failing (5xx, a timeout) is not taken for an installation token:
 * the error goes up and the comment is skipped with a warning rather than duplicated.
 */
export async function identify(user: () => Promise<unknown>, viewer: () => Promise<{ viewer?: unknown }>): Promise<Identity> {
  try {
    const u = await user()
    if (isObject(u) && typeof u.login === 'string' && u.login) return { login: u.login, bot: u.type === 'Bot' }
    throw unexpected('GET /user')
  } catch (e) {
    const status = statusOf(e)
    if (e instanceof ApiProblem || (status !== 401 && status !== 403) || isRateLimit(e)) throw e
  }
  const v = (await viewer()).viewer
  if (!isObject(v) || typeof v.login !== 'string' || !v.login) throw unexpected('the GraphQL viewer query')
  return { login: v.login, bot: v.__typename === 'Bot' || v.login.endsWith('[bot]') }
}
