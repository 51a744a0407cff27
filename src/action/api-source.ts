/**
 * `source: api`: the pull request's head read through the GitHub API into a snapshot
 * (engine/snapshot.ts), checked and published; nothing of it is written to the workspace, nothing is run.
 */
import * as core from './runner.js'
import { withConfig } from '../engine/config.js'
import { mergeFolders } from '../engine/check-folders.js'
import { inRepository } from '../files/repository.js'
import { corrections } from '../fixes/index.js'
import type { ActionEvent } from './event.js'
import type { PullRequestApi } from './github-api.js'
import { InputError, type ActionInputs } from './inputs.js'
import { apiConfig, apiPrefix } from './folders.js'
import { baseReport } from './base.js'
import { apiError, leftOut } from './problems.js'
import { publish } from './publish.js'
import { reportFolder } from './report-files.js'
import { actionAdoption } from './adopt.js'
import { posix } from 'node:path'
import { plural } from '../core/text.js'

export async function checkThroughApi(inputs: ActionInputs, event: ActionEvent, connectApi: () => Promise<PullRequestApi>, api: (() => Promise<PullRequestApi>) | null, reachable: boolean): Promise<void> {
  const options = { environment: inputs.environment, processManager: inputs.processManager, failOn: inputs.failOn }
  const prefix = apiPrefix(inputs.workingDirectory)
  const sha = event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? ''
  if (!reachable) throw new InputError('source: api needs github-token and GITHUB_REPOSITORY to read the commit through the GitHub API')
  if (!/^[0-9a-f]{40}$/.test(sha)) throw new InputError('source: api reads a pull request\'s head (or GITHUB_SHA); this event has neither')
  let entries
  try {
    entries = await (await connectApi()).treeAt(sha, prefix)
  } catch (e) {
    core.warning(`rack-check could not read the commit ${sha.slice(0, 12)} through the GitHub API (${apiError(e)}), so nothing was checked.`)
    return
  }
  if (!entries) {
    core.warning(`rack-check could not read the commit ${sha.slice(0, 12)} through the GitHub API (the repository tree is too large for one API answer), so nothing was checked; use source: checkout.`)
    return
  }
  if (prefix && entries.length === 0) throw new InputError(`working-directory "${inputs.workingDirectory}" is not a folder at ${sha.slice(0, 12)}`)
  const headApi = await connectApi()
  // .rack-check.yml at the head: the `config` input, else the app folder's, else the root's
  const files = new Set(entries.filter((e) => e.kind === 'file').map((e) => e.path))
  const config = await apiConfig(inputs.config, prefix, (p) => headApi.fileAt(sha, '', p), (p) => files.has(p))
  const { failOn, ...configured } = withConfig(options, inputs.given, config)
  // filter and baseline, the baseline read at the head through the API
  const configPrefix = config ? posix.dirname(config.path).replace(/^\.$/, '') : ''
  // a file of the working directory is fetched only when the tree listing has it (no request for a baseline that is not there)
  const listed = new Set(entries.filter((e) => e.kind === 'file').map((e) => inRepository(prefix, e.path)))
  const inside = (p: string): boolean => !prefix || p.startsWith(prefix + '/')
  const read = async (p: string): Promise<string | null> => (inside(p) && !listed.has(p) ? null : ((await headApi.fileAt(sha, '', p))?.toString('utf8') ?? null))
  const adoption = await actionAdoption(inputs, event, { workspace: '', prefix, config: config ? { config, prefix: configPrefix } : null, read }, api)
  const base = event.pullRequest ? await baseReport(null, prefix, event.pullRequest.baseSha, configured, api) : null
  const { checkSnapshot } = await import('../engine/snapshot.js')
  await checkSnapshot({ entries, read: (path) => headApi.fileAt(sha, prefix, path) }, { ...configured, base }, async (snapshot) => {
    core.info(`rack-check: commit ${sha.slice(0, 12)} read through the GitHub API (${plural(snapshot.fetched, 'file')}); nothing of it is checked out or run`)
    if (snapshot.skipped.length > 0) {
      const names = snapshot.skipped.slice(0, 10).map((s) => `${inRepository(prefix, s.path)} (${s.why})`)
      const more = snapshot.skipped.length > 10 ? ` and ${snapshot.skipped.length - 10} more` : ''
      core.notice(`rack-check did not read ${names.join(', ')}${more} through the API: links and submodules are never followed and files over 1 MiB are not read; a checkout would not give the engine more.`)
    }
    if (snapshot.bad.length > 0) core.warning(leftOut(snapshot.bad, prefix, `the commit ${sha.slice(0, 12)}`))
    const checkedOptions = { ...configured, base }
    const folder = { dir: snapshot.dir, prefix, result: snapshot.result, options: checkedOptions, corrections: await corrections(snapshot.result, checkedOptions), failOn }
    await adoption.hook?.([folder])
    const checked = mergeFolders([folder])
    await adoption.record(checked)
    await publish(inputs, event, { checked, label: null, dir: snapshot.dir, rootUri: null, tmp: reportFolder(), sha, api, atHead: true })
  })
}
