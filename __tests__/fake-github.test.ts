/**
 * The fake GitHub API answers as GitHub's REST description says (`@octokit/openapi`,
 * api.github.com): each answer the action reads is validated against the operation's response
 * schema (types, required fields, nullable, oneOf/anyOf/allOf), so the end-to-end tests cannot
 * pass on an answer GitHub would never give.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { appAccount, rateLimitFault, startFakeGitHub, userAccount, type FakeGitHub } from './helpers/fake-github.js'

type Schema = Record<string, unknown>
const spec = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json'), 'utf8')) as { paths: Record<string, Record<string, { responses: Record<string, Schema> }>>; components: Record<string, Record<string, Schema>> }

function deref(s: Schema): Schema {
  let out = s
  while (typeof out.$ref === 'string') {
    const [, , kind, name] = (out.$ref as string).split('/')
    out = spec.components[kind][name]
  }
  return out
}

/** Problems of `value` against a JSON-schema subset (what GitHub's description uses for these answers). */
function validate(value: unknown, schema: Schema, at = '$'): string[] {
  const s = deref(schema)
  if (value === null) return s.nullable === true || (Array.isArray(s.type) && s.type.includes('null')) || s.type === 'null' ? [] : [`${at}: null`]
  if (Array.isArray(s.allOf)) return (s.allOf as Schema[]).flatMap((x) => validate(value, x, at))
  for (const key of ['oneOf', 'anyOf']) {
    if (Array.isArray(s[key])) {
      const results = (s[key] as Schema[]).map((x) => validate(value, x, at))
      return results.some((r) => r.length === 0) ? [] : [`${at}: matches none of ${key}: ${results.map((r) => r[0]).join(' | ')}`]
    }
  }
  const types = Array.isArray(s.type) ? (s.type as string[]) : s.type ? [s.type as string] : []
  const actual = Array.isArray(value) ? 'array' : Number.isInteger(value) ? 'integer' : typeof value
  if (types.length && !types.includes(actual) && !(actual === 'integer' && types.includes('number'))) return [`${at}: ${actual}, not ${types.join('|')}`]
  if (Array.isArray(s.enum) && !s.enum.includes(value)) return [`${at}: ${JSON.stringify(value)} not in enum`]
  if (Array.isArray(value)) return s.items ? value.flatMap((v, i) => validate(v, s.items as Schema, `${at}[${i}]`)) : []
  if (typeof value === 'object') {
    const obj = value as Record<string, unknown>
    const props = (s.properties ?? {}) as Record<string, Schema>
    const missing = ((s.required ?? []) as string[]).filter((k) => !(k in obj)).map((k) => `${at}.${k}: missing`)
    return [...missing, ...Object.entries(obj).flatMap(([k, v]) => (props[k] ? validate(v, props[k], `${at}.${k}`) : []))]
  }
  return []
}

function responseSchema(path: string, method: string, status: number): Schema | null {
  const r = deref(spec.paths[path][method].responses[String(status)])
  const c = (r.content as Record<string, { schema: Schema }> | undefined)?.['application/json']
  return c ? c.schema : null
}

let gh: FakeGitHub
beforeAll(async () => {
  gh = await startFakeGitHub()
  gh.baseTree = { 'app/Procfile': 'custom_web: x\n', 'app/config/puma.rb': 'bind "x"\n' }
  // a tree no checkout could have (engine/snapshot.ts leaves such entries out with a warning): still what the description allows
  gh.trees['d'.repeat(40)] = { 'app/Procfile': 'x\n', 'app/Procfile/x': 'both a file and a folder', 'app/a\u0000b': 'a NUL in a path' }
  gh.files = [{ filename: 'app/Procfile', patch: '@@ -1 +1 @@' }, { filename: 'README.md' }]
  gh.comments.push(gh.comment('by a user', userAccount('alice')), gh.comment('by an app', appAccount('acme-ci')))
  gh.tokens.pat = userAccount('alice')
  gh.reviewComments.push(gh.reviewComment({ path: 'app/Procfile', line: 1, body: 'one line' }, userAccount('alice')), gh.reviewComment({ path: 'app/Procfile', line: null, start_line: null, body: 'outdated' }, appAccount('acme-ci')))
})
afterAll(async () => gh.close())

const call = async (method: string, path: string, token = 'ghs_x', body?: unknown): Promise<{ status: number; json: unknown; headers: Headers }> => {
  const r = await fetch(gh.url + path, { method, headers: { authorization: `token ${token}`, 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  const text = await r.text()
  return { status: r.status, json: text ? JSON.parse(text) : null, headers: r.headers }
}

describe('the fake GitHub API follows @octokit/openapi', () => {
  test.each([
    ['GET', '/user', 'pat', '/user', 'get', undefined],
    ['GET', '/user', 'ghs_x', '/user', 'get', undefined],
    ['GET', '/repos/acme/shop/issues/7/comments?per_page=100', 'ghs_x', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'get', undefined],
    ['POST', '/repos/acme/shop/issues/7/comments', 'ghs_x', '/repos/{owner}/{repo}/issues/{issue_number}/comments', 'post', { body: 'new' }],
    ['PATCH', '/repos/acme/shop/issues/comments/1001', 'ghs_x', '/repos/{owner}/{repo}/issues/comments/{comment_id}', 'patch', { body: 'edited' }],
    ['GET', '/repos/acme/shop/pulls/7/files?per_page=100', 'ghs_x', '/repos/{owner}/{repo}/pulls/{pull_number}/files', 'get', undefined],
    ['GET', `/repos/acme/shop/git/trees/${'b'.repeat(40)}?recursive=true`, 'ghs_x', '/repos/{owner}/{repo}/git/trees/{tree_sha}', 'get', undefined],
    ['GET', `/repos/acme/shop/git/trees/${'d'.repeat(40)}?recursive=true`, 'ghs_x', '/repos/{owner}/{repo}/git/trees/{tree_sha}', 'get', undefined],
    ['GET', `/repos/acme/shop/contents/app%2FProcfile?ref=${'d'.repeat(40)}`, 'ghs_x', '/repos/{owner}/{repo}/contents/{path}', 'get', undefined],
    ['GET', `/repos/acme/shop/contents/app%2Fconfig%2Fpuma.rb?ref=${'b'.repeat(40)}`, 'ghs_x', '/repos/{owner}/{repo}/contents/{path}', 'get', undefined],
    ['GET', '/repos/acme/shop/pulls/7/comments?per_page=100', 'ghs_x', '/repos/{owner}/{repo}/pulls/{pull_number}/comments', 'get', undefined],
    ['POST', '/repos/acme/shop/pulls/7/comments', 'ghs_x', '/repos/{owner}/{repo}/pulls/{pull_number}/comments', 'post', { body: 'x', commit_id: 'c'.repeat(40), path: 'app/Procfile', line: 2, start_line: 1, side: 'RIGHT', start_side: 'RIGHT' }],
    ['POST', '/repos/acme/shop/pulls/7/comments', 'ghs_x', '/repos/{owner}/{repo}/pulls/{pull_number}/comments', 'post', { body: 'no line' }],
    ['PATCH', '/repos/acme/shop/pulls/comments/1002', 'ghs_x', '/repos/{owner}/{repo}/pulls/comments/{comment_id}', 'patch', { body: 'edited' }],
    ['GET', `/repos/acme/shop/contents/app%2Fnone?ref=${'b'.repeat(40)}`, 'ghs_x', '/repos/{owner}/{repo}/contents/{path}', 'get', undefined]
  ])('%s %s (token %s)', async (method, url, token, path, op, body) => {
    const r = await call(method, url, token, body)
    const schema = responseSchema(path, op, r.status)
    expect(schema).not.toBeNull()
    expect(validate(r.json, schema!)).toEqual([])
  })

  test('DELETE answers 204 with no body', async () => {
    const r = await call('DELETE', '/repos/acme/shop/issues/comments/1001')
    expect(r.status).toBe(204)
    expect(Object.keys(spec.paths['/repos/{owner}/{repo}/issues/comments/{comment_id}'].delete.responses)).toContain('204')
  })

  test('review comments: listed across pages, deleted with 204 and then 404', async () => {
    for (let i = 0; i < 3; i++) gh.reviewComments.push(gh.reviewComment({ path: 'app/Procfile', line: 1, body: `r${i}` }, userAccount('bob')))
    const first = await call('GET', '/repos/acme/shop/pulls/7/comments?per_page=2')
    expect(first.headers.get('link')).toMatch(/rel="next"/)
    expect(validate(first.json, responseSchema('/repos/{owner}/{repo}/pulls/{pull_number}/comments', 'get', 200)!)).toEqual([])
    const id = gh.reviewComments[0].id
    expect((await call('DELETE', `/repos/acme/shop/pulls/comments/${id}`)).status).toBe(204)
    expect(Object.keys(spec.paths['/repos/{owner}/{repo}/pulls/comments/{comment_id}'].delete.responses)).toEqual(expect.arrayContaining(['204', '404']))
    const again = await call('DELETE', `/repos/acme/shop/pulls/comments/${id}`)
    expect(again.status).toBe(404)
    expect(validate(again.json, responseSchema('/repos/{owner}/{repo}/pulls/comments/{comment_id}', 'delete', 404)!)).toEqual([])
  })

  test('rate-limit answers carry GitHub\'s headers and a basic-error body', async () => {
    for (const kind of ['primary', 'secondary'] as const) {
      gh.faults.push(rateLimitFault(kind, 'GET', /^\/user$/))
      const r = await call('GET', '/user', 'pat')
      expect(r.status).toBe(403)
      expect(validate(r.json, responseSchema('/user', 'get', 403)!)).toEqual([])
      if (kind === 'primary') expect(r.headers.get('x-ratelimit-remaining')).toBe('0')
      else expect(r.headers.get('retry-after')).toBe('60')
    }
  })
})
