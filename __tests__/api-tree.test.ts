/**
 * The tree of a commit read through the API (action/github-api.ts `treeAt`, `source: api` and the base read)
 * is parsed once, by JSON.parse without a reviver. Octokit parses JSON answers with
 * json-with-bigint, which on Node 20 copies the text through a regular expression and calls a
 * reviver for every value: for GitHub's largest tree answer (100,000 entries) 1 s and 250 MB more
 * than JSON.parse, which took the action's run on a 100,000-entry head and base to 510 MB
 * (bench/api-tree.mjs). Counted here, not timed: the reviver calls while a 100,000-entry tree is
 * read, through octokit, the request guard and the fake GitHub, as the action reads it.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { connect, type PullRequestApi } from '../src/action/github-api.js'
import { startFakeGitHub, type FakeGitHub } from './helpers/fake-github.js'

// every JSON.parse, and every call of a reviver given to one: installed before octokit (and
// json-with-bigint, which keeps JSON.parse as it finds it) is loaded, by `connect` below
const nativeParse = JSON.parse
const counts = { parses: 0, reviverCalls: 0 }
JSON.parse = function (text: string, reviver?: (this: unknown, key: string, value: unknown) => unknown): unknown {
  counts.parses++
  if (typeof reviver !== 'function') return nativeParse(text)
  return nativeParse(text, function (this: unknown, ...args: [string, unknown]) {
    counts.reviverCalls++
    return reviver.apply(this, args)
  })
} as typeof JSON.parse

const SHA = (c: string): string => c.repeat(40)
const ENTRIES = 100_000

let gh: FakeGitHub
let api: PullRequestApi
const apiUrl = process.env.GITHUB_API_URL
beforeAll(async () => {
  gh = await startFakeGitHub()
  const files: Record<string, string> = { 'apps/web/Procfile': 'web: bundle exec puma -p $PORT\n', 'README.md': 'not wanted' }
  for (let i = 0; i < ENTRIES; i++) files[`apps/web/config/locales/d${i % 100}/l${i}.yml`] = 'en: {}\n'
  gh.trees[SHA('c')] = files
  process.env.GITHUB_API_URL = gh.url
  api = await connect('ghs_secretTokenValue123', { owner: 'acme', repo: 'shop', number: 7 }, { info: () => undefined })
})
afterAll(async () => {
  JSON.parse = nativeParse
  if (apiUrl === undefined) delete process.env.GITHUB_API_URL
  else process.env.GITHUB_API_URL = apiUrl
  await gh.close()
})

describe('treeAt', () => {
  test("octokit's own parse calls a reviver per value (what the count below would see)", async () => {
    counts.parses = counts.reviverCalls = 0
    expect((await api.fileAt(SHA('c'), 'apps/web', 'Procfile'))?.toString()).toBe('web: bundle exec puma -p $PORT\n')
    // the contents answer has 13 fields and a _links object of 3
    expect(counts.reviverCalls).toBeGreaterThan(10)
  })

  test('a tree of 100,000 entries: one JSON.parse, no reviver call, every entry under the folder', async () => {
    counts.parses = counts.reviverCalls = 0
    const entries = await api.treeAt(SHA('c'), 'apps/web')
    expect(gh.requests.filter((q) => q.path === `/repos/acme/shop/git/trees/${SHA('c')}`)).toHaveLength(1)
    expect(counts).toEqual({ parses: 1, reviverCalls: 0 })
    // the files, and the folders config, config/locales and its 100 folders; README.md is outside apps/web
    expect(entries).toHaveLength(ENTRIES + 1 + 102)
    expect(entries).toContainEqual({ path: 'Procfile', kind: 'file', size: 31 })
    expect(entries).toContainEqual({ path: 'config/locales/d7', kind: 'folder', size: 0 })
    expect(entries).toContainEqual({ path: 'config/locales/d7/l99907.yml', kind: 'file', size: 7 })
  })

  test('an answer that is not JSON is an unexpected answer, not retried', async () => {
    gh.requests.length = 0
    gh.faults.push({ method: 'GET', path: new RegExp(`/git/trees/${SHA('c')}$`), body: '{"tree": [', times: 1 })
    await expect(api.treeAt(SHA('c'), 'apps/web')).rejects.toThrow("GitHub's answer to the base commit's tree is not what its API describes")
    expect(gh.requests.filter((q) => q.path.includes('/git/trees/'))).toHaveLength(1)
  })
})
