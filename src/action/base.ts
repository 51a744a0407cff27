/** The base commit of a pull request, checked to compare with (the switch to or from Passenger). */
import * as core from './runner.js'
import type { Report } from '../engine/check.js'
import type { PullRequestApi } from './github-api.js'
import { apiError, leftOut } from './problems.js'
import { plural } from '../core/text.js'

/**
 * The base commit's report: its deployment files read through the GitHub API at the base sha
 * (one tree listing, then only the files the engine asks for: engine/snapshot.ts), else from the local
 * git history (which a shallow checkout lacks); null with a notice when neither works.
 */
export async function baseReport(dir: string | null, prefix: string, sha: string, options: { environment: string; processManager: 'systemd' | 'bluepill' }, api: (() => Promise<PullRequestApi>) | null): Promise<Report | null> {
  let apiProblem = 'no token'
  // the base is read only on pull requests: its code is loaded then
  const { BaseError, checkBase, gitBaseSource } = await import('../engine/snapshot.js')
  if (api) {
    try {
      const client = await api()
      const entries = await client.treeAt(sha, prefix)
      if (entries) {
        const { report, fetched, bad } = await checkBase({ entries, read: (path) => client.fileAt(sha, prefix, path) }, options)
        core.info(`rack-check: base commit ${sha.slice(0, 12)} read through the GitHub API (${plural(fetched, 'file')})`)
        if (bad.length > 0) core.warning(leftOut(bad, prefix, `the base commit ${sha.slice(0, 12)}`))
        return report
      }
      apiProblem = 'the repository tree is too large for one API answer'
    } catch (e) {
      apiProblem = `the API: ${apiError(e)}`
    }
  }
  // with source: api there is no checkout, so no local history either
  if (dir === null) {
    core.notice(`rack-check could not read the base commit ${sha.slice(0, 12)} (${apiProblem}); the switch to or from Passenger is not checked.`)
    return null
  }
  try {
    const { report, bad } = await checkBase(await gitBaseSource(dir, sha), options)
    if (bad.length > 0) core.warning(leftOut(bad, prefix, `the base commit ${sha.slice(0, 12)}`))
    return report
  } catch (e) {
    if (!(e instanceof BaseError)) throw e
    core.notice(`rack-check could not read the base commit ${sha.slice(0, 12)} (${apiProblem}; git: ${e.message}); the switch to or from Passenger is not checked.`)
    return null
  }
}
