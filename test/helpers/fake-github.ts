/**
 * A fake GitHub REST API on 127.0.0.1 for the end-to-end tests: the issue-comment and
 * pull-request-files endpoints the action uses, with pagination, a record of every request, and
 * fault injection (a status for the next N matching requests).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface FakeComment {
  id: number
  body: string
  user: { login: string; type: string }
  html_url: string
}

export interface Fault {
  method: string
  path: RegExp
  status: number
  times: number
  headers?: Record<string, string>
  message?: string
}

export interface FakeGitHub {
  url: string
  comments: FakeComment[]
  files: Array<{ filename: string; patch?: string }>
  requests: Array<{ method: string; path: string; auth: string | undefined }>
  faults: Fault[]
  /** null: GET /user answers 403 like an installation token (GITHUB_TOKEN) */
  login: string | null
  /** the base commit's files by repository path (git trees and contents API); null: 404 */
  baseTree: Record<string, string> | null
  close(): Promise<void>
}

export async function startFakeGitHub(): Promise<FakeGitHub> {
  let nextId = 1000
  const fake: FakeGitHub = { url: '', comments: [], files: [], requests: [], faults: [], login: null, baseTree: null, close: async () => undefined }
  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    res.writeHead(status, { 'content-type': 'application/json', ...headers })
    res.end(body === undefined ? '' : JSON.stringify(body))
  }
  const read = (req: IncomingMessage): Promise<Record<string, unknown>> =>
    new Promise((resolve) => {
      let data = ''
      req.on('data', (c: Buffer) => (data += c.toString()))
      req.on('end', () => resolve(data ? (JSON.parse(data) as Record<string, unknown>) : {}))
    })
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const method = req.method ?? 'GET'
    fake.requests.push({ method, path: url.pathname, auth: req.headers.authorization })
    const body = await read(req)
    const fault = fake.faults.find((f) => f.times > 0 && f.method === method && f.path.test(url.pathname))
    if (fault) {
      fault.times--
      return send(res, fault.status, { message: fault.message ?? `fault ${fault.status}` }, fault.headers)
    }
    let m: RegExpMatchArray | null
    if (method === 'GET' && url.pathname === '/user') return fake.login ? send(res, 200, { login: fake.login }) : send(res, 403, { message: 'Resource not accessible by integration' })
    if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/))) {
      if (method === 'POST') {
        const c: FakeComment = { id: nextId++, body: String(body.body), user: { login: fake.login ?? 'github-actions[bot]', type: 'Bot' }, html_url: `https://github.com/acme/shop/pull/${m[1]}#issuecomment-${nextId - 1}` }
        fake.comments.push(c)
        return send(res, 201, c)
      }
      const perPage = Number(url.searchParams.get('per_page') ?? 30)
      const page = Number(url.searchParams.get('page') ?? 1)
      const slice = fake.comments.slice((page - 1) * perPage, page * perPage)
      const last = Math.max(1, Math.ceil(fake.comments.length / perPage))
      const link: Record<string, string> = page < last ? { link: `<${fake.url}${url.pathname}?per_page=${perPage}&page=${page + 1}>; rel="next", <${fake.url}${url.pathname}?per_page=${perPage}&page=${last}>; rel="last"` } : {}
      return send(res, 200, slice, link)
    }
    if ((m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/))) {
      const i = fake.comments.findIndex((c) => c.id === Number(m![1]))
      if (i < 0) return send(res, 404, { message: 'Not Found' })
      if (method === 'PATCH') {
        fake.comments[i] = { ...fake.comments[i], body: String(body.body) }
        return send(res, 200, fake.comments[i])
      }
      if (method === 'DELETE') {
        fake.comments.splice(i, 1)
        return send(res, 204, undefined)
      }
    }
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(url.pathname)) return send(res, 200, fake.files)
    if (method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/git\/trees\/[0-9a-f]+$/.test(url.pathname)) {
      if (!fake.baseTree) return send(res, 404, { message: 'Not Found' })
      const tree = Object.entries(fake.baseTree).map(([path, text]) => ({ path, mode: '100644', type: 'blob', sha: 'f'.repeat(40), size: Buffer.byteLength(text) }))
      return send(res, 200, { sha: 'b'.repeat(40), tree, truncated: false })
    }
    if (method === 'GET' && (m = url.pathname.match(/^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/))) {
      const path = decodeURIComponent(m[1])
      const text = fake.baseTree?.[path]
      if (text === undefined) return send(res, 404, { message: 'Not Found' })
      return send(res, 200, { type: 'file', path, encoding: 'base64', content: Buffer.from(text).toString('base64') })
    }
    send(res, 404, { message: `no route for ${method} ${url.pathname}` })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.close = () => new Promise((resolve) => server.close(() => resolve()))
  return fake
}
