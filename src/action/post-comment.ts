/** The pull-request comment, posted or edited (sticky-comment.ts keeps it to one), never failing the run. */
import * as core from './runner.js'
import type { Report } from '../engine/check.js'
import { commentMarker } from '../reporters/comment.js'
import { touchesDeployment, upsertComment } from './sticky-comment.js'
import type { ActionEvent } from './event.js'
import { isRateLimit, statusOf, type PullRequestApi } from './github-api.js'
import type { ActionInputs } from './inputs.js'
import { apiError } from './problems.js'

/** What to do when the token cannot write (pull requests from forks, Dependabot). */
const READ_ONLY_HELP =
  'The token is read-only here (pull requests from forks and Dependabot get a read-only GITHUB_TOKEN), so rack-check cannot comment; the annotations and the job summary are still there. To comment on such pull requests, run rack-check with `source: api` from a pull_request_target workflow with no checkout: it reads the pull request\'s deployment files through the GitHub API and runs nothing from them (see the rack-check README, "Pull requests from forks").'

/** Creates or edits the one comment; returns its URL ('' when there is none). Never throws. */
export async function postComment(inputs: ActionInputs, event: ActionEvent, body: string, prefixes: string[], label: string, report: Report, connectApi: (() => Promise<PullRequestApi>) | null): Promise<string> {
  const pr = event.pullRequest
  if (inputs.comment === 'never' || !pr) return ''
  if (!connectApi) {
    core.notice('rack-check: no repository or token, so no pull-request comment; the job summary has the report.')
    return ''
  }
  if (pr.fromFork && event.name === 'pull_request') {
    core.notice(`rack-check: ${READ_ONLY_HELP}`)
    return ''
  }
  const fallback = 'the annotations and the job summary have the report.'
  try {
    const api = await connectApi()
    const serverConfig = report.apps.flatMap((a) => a.files.serverConfig)
    const create = inputs.comment === 'always' || report.findings.length > 0 || (await api.files().then((files) => prefixes.some((p) => touchesDeployment(files, p, serverConfig))))
    let who
    try {
      who = await api.identity()
    } catch (e) {
      // a login guessed wrong finds no comment and posts another one: skip instead
      core.warning(`rack-check could not tell which account the token belongs to (${apiError(e)}), so it does not comment rather than risk a second comment; ${fallback}`)
      return ''
    }
    const outcome = await upsertComment(api, commentMarker(label), who, body, create)
    core.info(`rack-check: pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ' (the pull request does not touch deployment files and has no findings)'}`)
    return typeof outcome.url === 'string' ? outcome.url : ''
  } catch (e) {
    if (statusOf(e) === 403 && !isRateLimit(e)) core.warning(`rack-check: ${READ_ONLY_HELP} (GitHub answered 403: ${(e as Error).message})`)
    else core.warning(`rack-check could not update the pull-request comment (${apiError(e)}); ${fallback}`)
    return ''
  }
}
