import * as core from './runner.js'
import { mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { checkDirectory, failsAt } from '../check.js'
import { silenceWasiWarning } from '../quiet-wasi.js'
import { annotationPath } from '../reporters/github.js'
import { formatJson } from '../reporters/json.js'
import { chooseAnnotations, hiddenCount } from '../reporters/annotations.js'
import { commentMarker, renderComment } from '../reporters/comment.js'
import { BaseError, checkBase, gitBaseSource } from '../cli/base.js'
import type { Report } from '../check.js'
import { touchesDeployment, upsertComment } from './comment.js'
import { readEvent, type ActionEvent } from './event.js'
import { ApiProblem } from './api-guard.js'
import { connect, isRateLimit, statusOf, type PullRequestApi } from './github.js'
import { InputError, readInputs, type ActionInputs } from './inputs.js'

/** The action (contract §3). Never throws: failures become `setFailed` with a clear message. */
export async function run(): Promise<void> {
  silenceWasiWarning()
  try {
    const inputs = readInputs((n) => core.getInput(n))
    if (inputs.token) core.setSecret(inputs.token)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const dir = resolve(workspace, inputs.workingDirectory)
    const inside = relative(realpathSync(workspace), realpathOr(dir))
    if (inside.startsWith('..') || isAbsolute(inside)) throw new InputError(`working-directory "${inputs.workingDirectory}" is outside the workspace`)
    if (!isDirectory(dir)) throw new InputError(`working-directory "${inputs.workingDirectory}" is not a folder`)

    const options = { environment: inputs.environment, processManager: inputs.processManager }
    const event = readEvent(process.env)
    const prefix = inside === '' ? '' : inside.split('\\').join('/')
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
    // the API client is made once, and only when something needs it (octokit is loaded then)
    let client: Promise<PullRequestApi> | null = null
    const api = event.pullRequest && owner && repo && inputs.token ? (): Promise<PullRequestApi> => (client ??= connect(inputs.token, { owner, repo, number: event.pullRequest!.number }, core)) : null
    const base = event.pullRequest ? await baseReport(dir, prefix, event.pullRequest.baseSha, options, api) : null
    const result = await checkDirectory(dir, { ...options, base })
    const { report } = result

    // GitHub shows at most 10 annotations of each severity per step: the most important ones
    const choice = chooseAnnotations(report.findings)
    if (inputs.annotate) {
      for (const f of choice.shown) {
        const props: core.AnnotationProperties = { title: f.rule, file: annotationPath(prefix, f.file), startLine: f.line, endLine: f.endLine }
        if (f.line === f.endLine) Object.assign(props, { startColumn: f.column, endColumn: f.endColumn })
        const send = f.severity === 'error' ? core.error : f.severity === 'warning' ? core.warning : core.notice
        send(f.message, props)
      }
    }
    // with annotate: false nothing is annotated on purpose, and there is nothing to explain
    const hidden = inputs.annotate ? hiddenCount(choice) : 0
    const markdown = renderComment(result, {
      repository: process.env.GITHUB_REPOSITORY ?? '',
      sha: event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? 'HEAD',
      serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
      workingDirectory: prefix,
      hiddenAnnotations: hidden
    })
    try {
      core.appendSummary(markdown)
    } catch (e) {
      core.warning(`rack-check could not write the job summary: ${(e as Error).message}`)
    }

    const tmp = process.env.RUNNER_TEMP || join(workspace, '.rack-check')
    mkdirSync(tmp, { recursive: true })
    const reportPath = join(tmp, 'rack-check-report.json')
    writeFileSync(reportPath, formatJson(report))

    const app = report.apps[0]
    core.setOutput('errors', String(report.summary.errors))
    core.setOutput('warnings', String(report.summary.warnings))
    core.setOutput('notices', String(report.summary.notices))
    core.setOutput('server', app ? (app.webServer?.server ?? 'passenger') : '')
    core.setOutput('restart-signal', app?.restart?.signal ?? '')
    core.setOutput('passenger-transition', result.analyses[0]?.change?.direction ?? 'none')
    core.setOutput('report', reportPath)
    core.setOutput('comment-url', await postComment(inputs, event, markdown, prefix, report, api))

    const s = report.summary
    core.info(`rack-check: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s); report: ${reportPath}`)
    if (failsAt(report.findings, inputs.failOn)) core.setFailed(`rack-check found problems at or above fail-on: ${inputs.failOn}`)
  } catch (e) {
    core.setFailed(e instanceof InputError ? e.message : `rack-check failed: ${(e as Error).message}`)
  }
}

/** What to do when the token cannot write (pull requests from forks, Dependabot). */
const READ_ONLY_HELP =
  'The token is read-only here (pull requests from forks and Dependabot get a read-only GITHUB_TOKEN), so rack-check cannot comment; the annotations and the job summary are still there. To comment on such pull requests, run rack-check from a pull_request_target workflow that checks out the head without running it, or upload the report as an artifact and post it from a workflow_run workflow (see the rack-check README, "Pull requests from forks").'

/** Creates or edits the one comment; returns its URL ('' when there is none). Never throws. */
async function postComment(inputs: ActionInputs, event: ActionEvent, body: string, prefix: string, report: Report, connectApi: (() => Promise<PullRequestApi>) | null): Promise<string> {
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
    const create = inputs.comment === 'always' || report.findings.length > 0 || touchesDeployment(await api.files(), prefix, serverConfig)
    let who
    try {
      who = await api.identity()
    } catch (e) {
      // a login guessed wrong finds no comment and posts another one: skip instead
      core.warning(`rack-check could not tell which account the token belongs to (${apiError(e)}), so it does not comment rather than risk a second comment; ${fallback}`)
      return ''
    }
    const outcome = await upsertComment(api, commentMarker(prefix), who, body, create)
    core.info(`rack-check: pull-request comment ${outcome.action}${outcome.url ? `: ${outcome.url}` : ' (the pull request does not touch deployment files and has no findings)'}`)
    return typeof outcome.url === 'string' ? outcome.url : ''
  } catch (e) {
    if (statusOf(e) === 403 && !isRateLimit(e)) core.warning(`rack-check: ${READ_ONLY_HELP} (GitHub answered 403: ${(e as Error).message})`)
    else core.warning(`rack-check could not update the pull-request comment (${apiError(e)}); ${fallback}`)
    return ''
  }
}

/** An API failure in a few words: the guard's own sentence, else the status and GitHub's message. */
function apiError(e: unknown): string {
  if (e instanceof ApiProblem) return e.message
  const status = statusOf(e)
  const message = String((e as Error)?.message ?? e)
  if (isRateLimit(e)) return `GitHub's rate limit: HTTP ${status}: ${message}`
  return status ? `HTTP ${status}: ${message}` : message
}

/**
 * The base commit's report: its deployment files read through the GitHub API at the base sha
 * (one tree listing, then only the files the engine asks for: cli/base.ts), else from the local
 * git history (which a shallow checkout lacks); null with a notice when neither works.
 */
async function baseReport(dir: string, prefix: string, sha: string, options: { environment: string; processManager: 'systemd' | 'bluepill' }, api: (() => Promise<PullRequestApi>) | null): Promise<Report | null> {
  let apiProblem = 'no token'
  if (api) {
    try {
      const client = await api()
      const entries = await client.treeAt(sha, prefix)
      if (entries) {
        const { report, fetched } = await checkBase({ entries, read: (path) => client.fileAt(sha, prefix, path) }, options)
        core.info(`rack-check: base commit ${sha.slice(0, 12)} read through the GitHub API (${fetched} file${fetched === 1 ? '' : 's'})`)
        return report
      }
      apiProblem = 'the repository tree is too large for one API answer'
    } catch (e) {
      apiProblem = `the API: ${apiError(e)}`
    }
  }
  try {
    return (await checkBase(await gitBaseSource(dir, sha), options)).report
  } catch (e) {
    if (!(e instanceof BaseError)) throw e
    core.notice(`rack-check could not read the base commit ${sha.slice(0, 12)} (${apiProblem}; git: ${e.message}); the switch to or from Passenger is not checked.`)
    return null
  }
}

function realpathOr(p: string): string {
  try {
    return realpathSync(p)
  } catch {
    return p
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}
