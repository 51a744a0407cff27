/**
 * A fake GitHub API on 127.0.0.1 for the end-to-end tests: the REST endpoints the action uses
 * (issue comments, pull-request files, git trees, contents, /user) and GraphQL's `viewer`, with
 * pagination, a record of every request, token kinds, and faults on any route: a status with
 * GitHub's own headers and bodies, a delay, a connection dropped before or after the write, a
 * malformed body. The answers follow GitHub's REST description (`@octokit/openapi`): every
 * required field of each schema is there; __tests__/fake-github.test.ts checks them against it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** The account behind a token. */
export interface Account {
  login: string
  type: 'User' | 'Bot'
  /** installation tokens (GITHUB_TOKEN, GitHub Apps) get 403 from GET /user */
  installation: boolean
  /** the GitHub App an installation token belongs to: `performed_via_github_app` of its comments */
  app?: string
  /** how GraphQL's viewer names a bot: without `[bot]` (as GraphQL names bots) unless set */
  viewerLogin?: string
}

/** GITHUB_TOKEN: an installation token of the `github-actions` app. */
export const GITHUB_ACTIONS: Account = { login: 'github-actions[bot]', type: 'Bot', installation: true, app: 'github-actions' }
export const appAccount = (slug: string): Account => ({ login: `${slug}[bot]`, type: 'Bot', installation: true, app: slug })
export const userAccount = (login: string): Account => ({ login, type: 'User', installation: false })

export interface FakeComment {
  id: number
  node_id: string
  url: string
  html_url: string
  issue_url: string
  body: string
  user: Record<string, unknown> & { login: string; type: string }
  created_at: string
  updated_at: string
  author_association: string
  performed_via_github_app: Record<string, unknown> | null
}

/** `pull-request-review-comment` with every required field (and the line fields the action reads). */
export interface FakeReviewComment {
  url: string
  id: number
  node_id: string
  pull_request_review_id: number | null
  diff_hunk: string
  path: string
  commit_id: string
  original_commit_id: string
  user: FakeComment['user']
  body: string
  created_at: string
  updated_at: string
  html_url: string
  pull_request_url: string
  author_association: string
  _links: Record<string, { href: string }>
  /** left out of an outdated comment (the description does not let it be null) */
  line?: number
  original_line: number
  start_line: number | null
  original_start_line: number | null
  side: 'RIGHT'
  start_side: 'RIGHT' | null
}

/** A tree entry that is not a plain file: a symbolic link, a submodule, or a file whose size the tree gives as `size`. */
export type TreeThing = { link: string } | { submodule: string } | { text: string; size: number }

export interface Fault {
  method: string
  path: RegExp
  times: number
  /** answer with this status (and `message`, or `body` as it is) */
  status?: number
  headers?: Record<string, string>
  message?: string
  /** the raw body, e.g. malformed JSON */
  body?: string
  /** wait this long first */
  delayMs?: number
  /** 'before': the connection is dropped without handling; 'after': handled (the write done), then dropped */
  drop?: 'before' | 'after'
}

export interface FakeGitHub {
  url: string
  comments: FakeComment[]
  files: Array<{ filename: string; patch?: string }>
  /** the pull request's review comments (suggested changes among them) */
  reviewComments: FakeReviewComment[]
  /** a review comment as GitHub would return it, written by `who` */
  reviewComment(c: { path: string; line: number | null; start_line?: number | null; body: string; commit_id?: string }, who: Account): FakeReviewComment
  requests: Array<{ method: string; path: string; auth: string | undefined }>
  faults: Fault[]
  /** who every token is (tokens by their value in `tokens` first) */
  account: Account
  tokens: Record<string, Account>
  /** the base commit's files by repository path (git trees and contents API); null: 404 */
  baseTree: Record<string, string> | null
  /** a commit's tree by its sha, before `baseTree`: a file's text, or a link, a submodule or a file of a given size */
  trees: Record<string, Record<string, string | TreeThing>>
  /** a comment as GitHub would return it, written by `who` */
  comment(body: string, who: Account): FakeComment
  close(): Promise<void>
}

const DATE = '2026-01-01T00:00:00Z'

/** `simple-user` with every required field. */
export function simpleUser(login: string, type: string, id = 1): FakeComment['user'] {
  const u = `https://api.github.com/users/${encodeURIComponent(login)}`
  return {
    login,
    id,
    node_id: `U_${id}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: `https://github.com/${encodeURIComponent(login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type,
    site_admin: false
  }
}

/** `integration` (a GitHub App) with every required field. */
function integration(slug: string): Record<string, unknown> {
  return {
    id: 15368,
    slug,
    node_id: 'MDM6QXBwMTUzNjg=',
    owner: simpleUser('github', 'Organization', 9919),
    name: slug,
    description: '',
    external_url: `https://github.com/apps/${slug}`,
    html_url: `https://github.com/apps/${slug}`,
    created_at: DATE,
    updated_at: DATE,
    permissions: { issues: 'write', pull_requests: 'write' },
    events: []
  }
}

/** GitHub's documented rate-limit answers (REST docs, "Rate limits for the REST API"). */
export function rateLimitFault(kind: 'primary' | 'secondary', method: string, path: RegExp, opts: { times?: number; resetIn?: number; retryAfter?: number; status?: 403 | 429 } = {}): Fault {
  const reset = String(Math.floor(Date.now() / 1000) + (opts.resetIn ?? 3600))
  if (kind === 'primary') {
    return {
      method,
      path,
      times: opts.times ?? 1,
      status: opts.status ?? 403,
      headers: { 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '0', 'x-ratelimit-used': '1000', 'x-ratelimit-reset': reset, 'x-ratelimit-resource': 'core' },
      body: JSON.stringify({ message: 'API rate limit exceeded for installation ID 4242.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-primary-rate-limits' })
    }
  }
  return {
    method,
    path,
    times: opts.times ?? 1,
    status: opts.status ?? 403,
    headers: { 'retry-after': String(opts.retryAfter ?? 60), 'x-ratelimit-limit': '1000', 'x-ratelimit-remaining': '900', 'x-ratelimit-reset': reset },
    body: JSON.stringify({ message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000.', documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits' })
  }
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000
  const fake: FakeGitHub = {
    url: '',
    comments: [],
    files: [],
    reviewComments: [],
    reviewComment(c, who) {
      const id = nextId++
      const api = `https://api.github.com/repos/acme/shop/pulls/comments/${id}`
      const html = `https://github.com/acme/shop/pull/7#discussion_r${id}`
      const start = c.start_line ?? null
      return {
        url: api,
        id,
        node_id: `PRRC_${id}`,
        pull_request_review_id: id + 50000,
        diff_hunk: '@@ -1 +1 @@',
        path: c.path,
        commit_id: c.commit_id ?? 'c'.repeat(40),
        original_commit_id: c.commit_id ?? 'c'.repeat(40),
        user: simpleUser(who.login, who.type, who.type === 'Bot' ? 41898282 : 583231),
        body: c.body,
        created_at: DATE,
        updated_at: DATE,
        html_url: html,
        pull_request_url: 'https://api.github.com/repos/acme/shop/pulls/7',
        author_association: who.type === 'Bot' ? 'NONE' : 'MEMBER',
        _links: { self: { href: api }, html: { href: html }, pull_request: { href: 'https://api.github.com/repos/acme/shop/pulls/7' } },
        ...(c.line === null ? {} : { line: c.line }),
        original_line: c.line ?? 1,
        start_line: start,
        original_start_line: start,
        side: 'RIGHT',
        start_side: start === null ? null : 'RIGHT'
      }
    },
    requests: [],
    faults: [],
    account: GITHUB_ACTIONS,
    tokens: {},
    baseTree: null,
    trees: {},
    comment(body, who) {
      const id = nextId++
      return {
        id,
        node_id: `IC_${id}`,
        url: `https://api.github.com/repos/acme/shop/issues/comments/${id}`,
        html_url: `https://github.com/acme/shop/pull/7#issuecomment-${id}`,
        issue_url: 'https://api.github.com/repos/acme/shop/issues/7',
        body,
        user: simpleUser(who.login, who.type, who.type === 'Bot' ? 41898282 : 583231),
        created_at: DATE,
        updated_at: DATE,
        author_association: who.type === 'Bot' ? 'NONE' : 'MEMBER',
        performed_via_github_app: who.installation && who.app ? integration(who.app) : null
      }
    },
    close: async () => undefined
  }
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers })
    res.end(body === undefined ? '' : JSON.stringify(body))
  }
  const read = (req: IncomingMessage): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      let data = ''
      req.on('data', (c: Buffer) => (data += c.toString()))
      req.on('end', () => {
        try {
          resolve(data ? (JSON.parse(data) as Record<string, unknown>) : {})
        } catch {
          resolve({})
        }
      })
    })
  const sha = (text: string): string => Buffer.from(text).toString('hex').padEnd(40, '0').slice(0, 40)

  /** the real answer to a request, as [status, body, headers] */
  const handle = (method: string, url: URL, body: Record<string, unknown>, who: Account): [number, unknown, Record<string, string>?] => {
    let m: RegExpMatchArray | null
    if (method === 'GET' && url.pathname === '/user') {
      if (who.installation) return [403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest/users/users#get-the-authenticated-user', status: '403' }]
      return [200, { ...simpleUser(who.login, who.type, 583231), name: null, company: null, blog: '', location: null, email: null, hireable: null, bio: null, public_repos: 1, public_gists: 0, followers: 0, following: 0, created_at: DATE, updated_at: DATE }]
    }
    if (method === 'POST' && url.pathname === '/graphql') {
      if (!/\bviewer\b/.test(String(body.query))) return [200, { errors: [{ message: 'unsupported query' }] }]
      const login = who.viewerLogin ?? who.login.replace(/\[bot\]$/, '')
      return [200, { data: { viewer: { __typename: who.type, login } } }]
    }
    if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      if (method === 'POST') {
        const c = fake.comment(String(body.body), who)
        fake.comments.push(c)
        return [201, c]
      }
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const slice = fake.comments.slice((page - 1) * perPage, page * perPage)
      const last = Math.max(1, Math.ceil(fake.comments.length / perPage))
      const link: Record<string, string> = page < last ? { link: `<${fake.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${fake.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"` } : {}
      return [200, slice, link]
    }
    if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      const i = fake.comments.findIndex((c) => c.id === Number(m![1]))
      if (i < 0) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }]
      // a token with write access may edit anyone's comment, as maintainers can: the tests look at
      // every comment's body afterwards to see that only rack-check's own was touched
      if (method === 'PATCH') {
        fake.comments[i] = { ...fake.comments[i], body: String(body.body), updated_at: DATE }
        return [200, fake.comments[i]]
      }
      if (method === 'DELETE') {
        fake.comments.splice(i, 1)
        return [204, undefined]
      }
    }
    if (/^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/comments$/.test(url.pathname)) {
      if (method === 'POST') {
        // GitHub's own checks of a new review comment: the fields it requires, a line on the RIGHT side
        if (typeof body.body !== 'string' || typeof body.commit_id !== 'string' || typeof body.path !== 'string' || typeof body.line !== 'number' || body.side !== 'RIGHT') return [422, { message: 'Validation Failed', documentation_url: 'https://docs.github.com/rest/pulls/comments#create-a-review-comment-for-a-pull-request', status: '422' }]
        const c = fake.reviewComment({ path: body.path, line: body.line, start_line: typeof body.start_line === 'number' ? body.start_line : null, body: body.body, commit_id: body.commit_id }, who)
        fake.reviewComments.push(c)
        return [201, c]
      }
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const slice = fake.reviewComments.slice((page - 1) * perPage, page * perPage)
      const last = Math.max(1, Math.ceil(fake.reviewComments.length / perPage))
      const link: Record<string, string> = page < last ? { link: `<${fake.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${fake.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"` } : {}
      return [200, slice, link]
    }
    if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/))) {
      const i = fake.reviewComments.findIndex((c) => c.id === Number(m![1]))
      if (i < 0) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }]
      if (method === 'PATCH') {
        fake.reviewComments[i] = { ...fake.reviewComments[i], body: String(body.body), updated_at: DATE }
        return [200, fake.reviewComments[i]]
      }
      if (method === 'DELETE') {
        fake.reviewComments.splice(i, 1)
        return [204, undefined]
      }
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(url.pathname)) {
      const files = fake.files.map((f) => ({ sha: sha(f.filename), filename: f.filename, status: 'modified', additions: 1, deletions: 1, changes: 2, blob_url: `https://github.com/acme/shop/blob/c/${f.filename}`, raw_url: `https://github.com/acme/shop/raw/c/${f.filename}`, contents_url: `https://api.github.com/repos/acme/shop/contents/${f.filename}?ref=c`, ...(f.patch === undefined ? {} : { patch: f.patch }) }))
      return [200, files]
    }
    if (method === 'GET' && (m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/git\/trees\/([0-9a-f]+)$/))) {
      const files = fake.trees[m[1]] ?? fake.baseTree
      if (!files) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }]
      const folders = new Set<string>()
      for (const p of Object.keys(files)) for (let i = p.indexOf('/'); i > 0; i = p.indexOf('/', i + 1)) folders.add(p.slice(0, i))
      // git modes: 120000 a symbolic link (a blob), 160000 a submodule (a commit, no size)
      const entry = (path: string, v: string | TreeThing): Record<string, unknown> =>
        typeof v === 'string'
          ? { path, mode: '100644', type: 'blob', sha: sha(path), size: Buffer.byteLength(v), url: `https://api.github.com/repos/acme/shop/git/blobs/${sha(path)}` }
          : 'link' in v
            ? { path, mode: '120000', type: 'blob', sha: sha(path), size: Buffer.byteLength(v.link), url: `https://api.github.com/repos/acme/shop/git/blobs/${sha(path)}` }
            : 'submodule' in v
              ? { path, mode: '160000', type: 'commit', sha: v.submodule }
              : { path, mode: '100644', type: 'blob', sha: sha(path), size: v.size, url: `https://api.github.com/repos/acme/shop/git/blobs/${sha(path)}` }
      const tree = [
        ...[...folders].map((path) => ({ path, mode: '040000', type: 'tree', sha: sha(path), url: `https://api.github.com/repos/acme/shop/git/trees/${sha(path)}` })),
        ...Object.entries(files).map(([path, v]) => entry(path, v))
      ].sort((a, b) => (String(a.path) < String(b.path) ? -1 : 1))
      return [200, { sha: m[1], url: `https://api.github.com/repos/acme/shop/git/trees/${m[1]}`, tree, truncated: false }]
    }
    if (method === 'GET' && (m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/))) {
      const path = decodeURIComponent(m[1])
      const ref = url.searchParams.get('ref') ?? ''
      const found = (fake.trees[ref] ?? fake.baseTree)?.[path]
      if (found === undefined) return [404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }]
      const text = typeof found === 'string' ? found : 'text' in found ? found.text : 'link' in found ? found.link : ''
      const type = typeof found === 'string' || 'text' in found ? 'file' : 'link' in found ? 'symlink' : 'submodule'
      const api = `https://api.github.com/repos/acme/shop/contents/${path}?ref=${ref}`
      const html = `https://github.com/acme/shop/blob/${ref}/${path}`
      const git = `https://api.github.com/repos/acme/shop/git/blobs/${sha(path)}`
      if (type === 'submodule') return [200, { type, submodule_git_url: 'https://github.com/acme/engine.git', size: 0, name: path.split('/').pop(), path, sha: (found as { submodule: string }).submodule, url: api, git_url: null, html_url: null, download_url: null, _links: { self: api, git: null, html: null } }]
      if (type === 'symlink') return [200, { type, target: text, size: Buffer.byteLength(text), name: path.split('/').pop(), path, sha: sha(path), url: api, git_url: git, html_url: html, download_url: null, _links: { self: api, git, html } }]
      return [200, { type: 'file', encoding: 'base64', size: Buffer.byteLength(text), name: path.split('/').pop(), path, content: Buffer.from(text).toString('base64'), sha: sha(path), url: api, git_url: git, html_url: html, download_url: null, _links: { self: api, git, html } }]
    }
    return [404, { message: `no route for ${method} ${url.pathname}`, documentation_url: 'https://docs.github.com/rest', status: '404' }]
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const method = req.method ?? 'GET'
    const auth = req.headers.authorization
    fake.requests.push({ method, path: url.pathname, auth })
    const body = await read(req)
    const token = auth?.replace(/^(token|bearer) /i, '') ?? ''
    const who = fake.tokens[token] ?? fake.account
    const fault = fake.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname))
    if (fault) fault.times--
    if (fault?.delayMs) {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs))
      // the client gave up meanwhile: nothing to answer
      if (res.destroyed || req.socket.destroyed) return
    }
    if (fault?.drop === 'before') return void req.socket.destroy()
    if (fault?.status !== undefined && fault.drop === undefined) {
      res.writeHead(fault.status, { 'content-type': 'application/json; charset=utf-8', ...fault.headers })
      return void res.end(fault.body ?? JSON.stringify({ message: fault.message ?? `fault ${fault.status}`, documentation_url: 'https://docs.github.com/rest', status: String(fault.status) }))
    }
    if (fault?.body !== undefined && fault.drop === undefined) {
      // the real answer's status with a body of the fault's (a 201 that is not JSON, …)
      const [status] = handle(method, url, body, who)
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...fault.headers })
      return void res.end(fault.body)
    }
    const [status, answer, headers] = handle(method, url, body, who)
    if (fault?.drop === 'after') return void req.socket.destroy()
    send(res, status, answer, headers)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.close = () =>
    new Promise((resolve) => {
      server.closeAllConnections()
      server.close(() => resolve())
    })
  return fake
}
