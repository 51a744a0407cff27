/**
 * The sticky comment end to end: dist/index.js run as the runner runs it, against a fake GitHub
 * API on 127.0.0.1 (GITHUB_API_URL), under this Node and Node 24. Created once, then edited in
 * place; never duplicated, not even by two runs at once; a read-only token and API faults give a
 * warning, never a failed job; push events and `comment: never` make no request.
 */
import { afterAll, afterEach, beforeEach, describe, expect, test } from '@jest/globals'
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startFakeGitHub, userAccount, type FakeGitHub } from './helpers/fake-github.js'
import { PROJECT } from './helpers/paths.js'
import { runtimes } from './helpers/node.js'
import { runAction as runBundle } from './helpers/action-run.js'

// RACK_CHECK_ACTION_BUNDLE: a bundle built elsewhere from the sources (development); dist/ by default
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-comment-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))
const SHA = (c: string): string => c.repeat(40)
const TOKEN = 'ghs_secretTokenValue123'

let gh: FakeGitHub
beforeEach(async () => {
  gh = await startFakeGitHub()
})
afterEach(async () => gh.close())

// the runner's protocol around the bundle: __tests__/helpers/action-run.ts
const runAction = (node: string, env: Record<string, string>, pr: Record<string, unknown> | null = { number: 7 }) => runBundle(node, gh, tmp, env, pr)

// GraphQL's viewer query is a POST that writes nothing
const writes = (): string[] => gh.requests.filter((r) => r.method !== 'GET' && r.path !== '/graphql').map((r) => `${r.method} ${r.path}`)

describe.each(runtimes())('%s', (_label, node) => {
  test('creates the comment, then edits the same one on the next run; the token is sent, never printed', async () => {
    const first = await runAction(node, {})
    expect(first.code).toBe(0)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('<!-- rack-check:sticky-comment working-directory="examples/puma-misconfigured" -->')
    expect(gh.comments[0].body).toContain('### Restart on deploy')
    expect(first.outputs['comment-url']).toBe(gh.comments[0].html_url)
    expect(gh.requests.every((r) => r.auth === `token ${TOKEN}`)).toBe(true)
    // the only place it appears is the runner's masking command, which the runner consumes
    expect(first.stdout.split('\n').filter((l) => l.includes(TOKEN))).toEqual([`::add-mask::${TOKEN}`])

    // unchanged body: no write at all
    const before = writes().length
    await runAction(node, {})
    expect(writes().length).toBe(before)
    // a different body: edited in place
    gh.comments[0].body = gh.comments[0].body.replace('## rack-check', '## old')
    const third = await runAction(node, {})
    expect(gh.comments).toHaveLength(1)
    expect(writes().slice(-1)[0]).toBe(`PATCH /repos/acme/shop/issues/comments/${gh.comments[0].id}`)
    expect(third.outputs['comment-url']).toBe(gh.comments[0].html_url)
  }, 60000)

  test('two runs at once still leave one comment', async () => {
    await Promise.all([runAction(node, {}), runAction(node, {})])
    expect(gh.comments.filter((c) => c.body.includes('rack-check:sticky-comment'))).toHaveLength(1)
  }, 60000)

  test('a marker in someone else\'s comment is not ours: it is left alone', async () => {
    gh.comments.push(gh.comment('<!-- rack-check:sticky-comment working-directory="examples/puma-misconfigured" -->\nhijack', userAccount('mallory')))
    await runAction(node, {})
    expect(gh.comments.map((c) => c.user.login)).toEqual(['mallory', 'github-actions[bot]'])
    expect(gh.comments[0].body).toContain('hijack')
  }, 60000)

  test('comments are found across pages', async () => {
    for (let i = 0; i < 130; i++) gh.comments.push(gh.comment(`chatter ${i}`, userAccount('someone')))
    await runAction(node, {})
    await runAction(node, { 'INPUT_FAIL-ON': 'warning' })
    expect(gh.comments.filter((c) => c.body.includes('rack-check:sticky-comment'))).toHaveLength(1)
  }, 60000)

  test('comment: changed with a clean app that the pull request does not touch: no comment; with a deployment file touched: one', async () => {
    const env = { 'INPUT_WORKING-DIRECTORY': 'examples/puma-correct' }
    gh.files = [{ filename: 'README.md' }]
    const quiet = await runAction(node, env)
    expect(gh.comments).toHaveLength(0)
    expect(quiet.outputs['comment-url']).toBe('')
    gh.files = [{ filename: 'examples/puma-correct/Procfile' }]
    await runAction(node, env)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('✅ **No problems**')
  }, 60000)

  test('a pull request that becomes clean: the existing comment says so', async () => {
    const ws = mkdtempSync(join(tmp, 'clean-'))
    cpSync(join(PROJECT, 'examples', 'puma-misconfigured'), join(ws, 'app'), { recursive: true })
    const env = { GITHUB_WORKSPACE: ws, 'INPUT_WORKING-DIRECTORY': 'app' }
    await runAction(node, env)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('❌ **2 errors')
    cpSync(join(PROJECT, 'examples', 'puma-correct', 'Procfile'), join(ws, 'app', 'Procfile'))
    gh.files = []
    const r = await runAction(node, env)
    expect(gh.comments).toHaveLength(1)
    expect(gh.comments[0].body).toContain('✅ **No problems**')
    expect(r.outputs['comment-url']).toBe(gh.comments[0].html_url)
  }, 60000)

  test('read-only token (403 Resource not accessible by integration): a warning with the source: api recipe; annotations and summary still there; not failed', async () => {
    gh.faults.push({ method: 'POST', path: /comments$/, status: 403, times: 1, message: 'Resource not accessible by integration' })
    const r = await runAction(node, { 'INPUT_FAIL-ON': 'never' })
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/::warning::rack-check: The token is read-only here .*`source: api` from a pull_request_target workflow with no checkout/)
    expect(r.stdout).toContain('::error title=custom-web-fails-to-boot')
    expect(r.summary).toContain('## rack-check')
    expect(r.outputs['comment-url']).toBe('')
  }, 60000)

  test('a fork pull request: no comment call, a notice that explains the recipe', async () => {
    const r = await runAction(node, {}, { number: 7, head: { sha: SHA('c'), repo: { full_name: 'mallory/shop' } } })
    expect(gh.requests.filter((q) => /comments/.test(q.path))).toEqual([])
    expect(r.stdout).toMatch(/::notice::rack-check: The token is read-only here/)
  }, 60000)

  test('502 then success, and 429 with Retry-After then success: retried, one comment', async () => {
    gh.faults.push({ method: 'GET', path: /comments$/, status: 502, times: 1 })
    gh.faults.push({ method: 'POST', path: /comments$/, status: 429, times: 1, headers: { 'retry-after': '1', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 1) } })
    const r = await runAction(node, {})
    expect(r.code).toBe(0)
    expect(gh.comments).toHaveLength(1)
    expect(r.outputs['comment-url']).toBe(gh.comments[0].html_url)
  }, 60000)

  test('an API that keeps failing: a warning, the job is not failed by it', async () => {
    gh.faults.push({ method: 'GET', path: /comments$/, status: 500, times: 100 })
    const r = await runAction(node, {})
    expect(r.code).toBe(0)
    expect(r.stdout).toMatch(/::warning::rack-check could not update the pull-request comment \(HTTP 500/)
  }, 60000)

  test('the base read through the contents API: a switch from Passenger is annotated and explained in the comment', async () => {
    gh.baseTree = { 'examples/puma-misconfigured/Procfile': 'web: bundle exec puma -p $PORT\n', 'examples/puma-misconfigured/Gemfile.lock': readFileSync(join(PROJECT, 'examples', 'puma-misconfigured', 'Gemfile.lock'), 'utf8'), 'README.md': 'not wanted' }
    const r = await runAction(node, {})
    expect(r.outputs['passenger-transition']).toBe('to-custom')
    expect(r.stdout).toContain('::warning title=passenger-transition,file=examples/puma-misconfigured/Procfile,line=2')
    expect(gh.comments[0].body).toContain('> [!WARNING]\n> **Passenger switch** ([Procfile:2](')
    expect(gh.requests.some((q) => q.path === '/repos/acme/shop/contents/README.md')).toBe(false)
  }, 60000)

  test('push events and comment: never make no request', async () => {
    await runAction(node, {}, null)
    expect(gh.requests).toEqual([])
    // a pull request with comment: never still reads its base, and writes nothing
    await runAction(node, { INPUT_COMMENT: 'never' })
    expect(gh.requests.filter((q) => q.method !== 'GET' || /comments|files$/.test(q.path))).toEqual([])
  }, 60000)
})
