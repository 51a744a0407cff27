/**
 * Runs the bundled action as the runner does, against a fake GitHub API: an event payload file,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, INPUT_* variables. RACK_CHECK_ACTION_BUNDLE
 * points at a bundle built elsewhere from the sources (for development); dist/ by default.
 */
import { execFile } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { FakeGitHub } from './fake-github.js'
import { PROJECT } from './paths.js'

export const ACTION = process.env.RACK_CHECK_ACTION_BUNDLE || join(PROJECT, 'dist', 'index.js')
export const SHA = (c: string): string => c.repeat(40)

export interface Run {
  code: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
  ms: number
}

export async function runAction(node: string, gh: FakeGitHub, tmp: string, env: Record<string, string>, pr: Record<string, unknown> | null = { number: 7 }): Promise<Run> {
  const id = Math.random().toString(36).slice(2)
  const output = join(tmp, `out-${id}`)
  const summary = join(tmp, `summary-${id}`)
  const event = join(tmp, `event-${id}.json`)
  writeFileSync(output, '')
  writeFileSync(summary, '')
  writeFileSync(event, JSON.stringify(pr ? { pull_request: { base: { sha: SHA('b'), repo: { full_name: 'acme/shop' } }, head: { sha: SHA('c'), repo: { full_name: 'acme/shop' } }, ...pr } } : { ref: 'refs/heads/main' }))
  const fullEnv = {
    PATH: process.env.PATH ?? '',
    GITHUB_WORKSPACE: PROJECT,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: tmp,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: gh.url,
    GITHUB_EVENT_NAME: pr ? 'pull_request' : 'push',
    GITHUB_EVENT_PATH: event,
    'INPUT_GITHUB-TOKEN': 'ghs_secretTokenValue123',
    'INPUT_WORKING-DIRECTORY': 'examples/puma-misconfigured',
    'INPUT_FAIL-ON': 'never',
    // every finding counts, as before filter (issue 26) defaulted to `changed` on pull requests; the adoption tests set it
    INPUT_FILTER: 'all',
    // retries after 10 ms rather than 1 s, 2 s, 4 s
    RACK_CHECK_API_BACKOFF_MS: '10',
    ...env
  }
  const start = Date.now()
  const r = await promisify(execFile)(node, [ACTION], { env: fullEnv, timeout: 60000 }).then(
    (x) => ({ code: 0, stdout: x.stdout, stderr: x.stderr }),
    (e: { code?: number; stdout?: string; stderr?: string }) => ({ code: e.code ?? -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' })
  )
  const ms = Date.now() - start
  const outputs: Record<string, string> = {}
  for (const m of readFileSync(output, 'utf8').matchAll(/^([\w-]+)<<(ghadelimiter_[\w-]+)\n([\s\S]*?)\n\2$/gm)) outputs[m[1]] = m[3]
  return { ...r, ms, outputs, summary: readFileSync(summary, 'utf8') }
}
