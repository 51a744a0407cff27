import * as core from './runner.js'
import { closeSync, constants, lstatSync, mkdtempSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { pathToFileURL } from 'node:url'
import { capped, checkDirectory, corrections as verifiedCorrections, failsAt, summarize, TOOL_VERSION, type CheckResult } from '../engine/check.js'
import { Workspace } from '../files/workspace.js'
import { httpsUrl, inFolder, inRepository, normalPrefix, realpathOr, rootedReport } from '../files/repository.js'
import { silenceWasiWarning } from '../io/quiet-wasi.js'
import { formatJson } from '../reporters/json.js'
import { chooseAnnotations, hiddenCount } from '../reporters/annotations.js'
import { commentMarker, MAX_BODY, renderAppsWithin, renderCommentWithin, type AppSection, type Rendered } from '../reporters/comment.js'
import type { Report } from '../engine/check.js'
import type { CheckOptions } from '../core/report.js'
import type { BadEntry } from '../engine/snapshot.js'
import { touchesDeployment, upsertComment } from './comment.js'
import { readEvent, type ActionEvent } from './event.js'
import { ApiProblem } from './api-guard.js'
import { connect, isRateLimit, statusOf, type PullRequestApi } from './github.js'
import { InputError, readInputs, type ActionInputs } from './inputs.js'
import { CONFIG_FILE, ConfigError, globMatcher, withConfig } from '../engine/config.js'
import { findApps, MAX_FOLDERS, tooDeepNote } from '../engine/apps.js'
import { compareFindings } from '../core/finding.js'
import { configFromText, findConfig, loadConfig, type FoundConfig } from '../engine/config-file.js'
import { withoutTrailingSlashes } from '../core/paths.js'
import { append } from '../core/arrays.js'

/** The action (contract §3). Never throws: failures become `setFailed` with a clear message. */
export async function run(): Promise<void> {
  silenceWasiWarning()
  try {
    const inputs = readInputs((n) => core.getInput(n))
    if (inputs.token) core.setSecret(inputs.token)
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const options = { environment: inputs.environment, processManager: inputs.processManager }
    const event = readEvent(process.env)
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '').split('/')
    // the API client is made once, and only when something needs it (octokit is loaded then)
    let client: Promise<PullRequestApi> | null = null
    const reachable = Boolean(owner && repo && inputs.token)
    const connectApi = (): Promise<PullRequestApi> => (client ??= connect(inputs.token, { owner, repo, number: event.pullRequest?.number ?? 0 }, core))
    const api = event.pullRequest && reachable ? connectApi : null

    // several folders, or every app folder (`auto`): one report, one SARIF, one comment (contract §5)
    const several = inputs.auto || inputs.workingDirectories.length > 1
    if (several && inputs.source === 'api') throw new InputError('source: api checks one working-directory; several folders or `auto` need source: checkout (or one job per folder)')
    if (inputs.source === 'api') {
      // the head read through the API: nothing of it is written to the workspace, nothing is run
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
      const configured = withConfig(options, inputs.given, await apiConfig(inputs.config, prefix, (p) => headApi.fileAt(sha, '', p)))
      const base = event.pullRequest ? await baseReport(null, prefix, event.pullRequest.baseSha, configured, api) : null
      const { checkSnapshot } = await import('../engine/snapshot.js')
      await checkSnapshot({ entries, read: (path) => headApi.fileAt(sha, prefix, path) }, { ...configured, base }, async (snapshot) => {
        core.info(`rack-check: commit ${sha.slice(0, 12)} read through the GitHub API (${snapshot.fetched} file${snapshot.fetched === 1 ? '' : 's'}); nothing of it is checked out or run`)
        if (snapshot.skipped.length > 0) {
          const names = snapshot.skipped.slice(0, 10).map((s) => `${inRepository(prefix, s.path)} (${s.why})`)
          const more = snapshot.skipped.length > 10 ? ` and ${snapshot.skipped.length - 10} more` : ''
          core.notice(`rack-check did not read ${names.join(', ')}${more} through the API: links and submodules are never followed and files over 1 MiB are not read; a checkout would not give the engine more.`)
        }
        if (snapshot.bad.length > 0) core.warning(leftOut(snapshot.bad, prefix, `the commit ${sha.slice(0, 12)}`))
        await publish(inputs, event, snapshot.result, { atHead: true, prefix, dir: snapshot.dir, rootUri: null, tmp: reportFolder(), sha, api, options: { ...configured, base } })
      })
      return
    }

    if (several) {
      await runSeveral(inputs, event, workspace, options, api)
      return
    }
    const { dir, prefix } = checkoutFolder(workspace, inputs.workingDirectory)
    // .rack-check.yml: the `config` input, else the app folder's, else the repository root's
    const configured = withConfig(options, inputs.given, await checkoutConfig(workspace, dir, inputs.config))
    const base = event.pullRequest ? await baseReport(dir, prefix, event.pullRequest.baseSha, configured, api) : null
    const result = await checkDirectory(dir, { ...configured, base })
    await publish(inputs, event, result, { prefix, dir, rootUri: pathToFileURL(realpathSync(workspace) + '/').href, tmp: reportFolder(), sha: event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? '', api, options: { ...configured, base } })
  } catch (e) {
    core.setFailed(e instanceof InputError || e instanceof ConfigError ? e.message : `rack-check failed: ${(e as Error).message}`)
  }
}

/** A working-directory line of a checkout: the folder on this machine and its repository path. */
function checkoutFolder(workspace: string, given: string): { dir: string; prefix: string } {
  const dir = resolve(workspace, given)
  const inside = relative(realpathSync(workspace), realpathOr(dir))
  if (inside === '..' || inside.startsWith('..' + sep) || isAbsolute(inside)) throw new InputError(`working-directory "${given}" is outside the workspace`)
  if (!isDirectory(dir)) throw new InputError(`working-directory "${given}" is not a folder`)
  // the workspace is the repository root (actions/checkout puts the repository there)
  return { dir, prefix: inside === '' ? '' : inside.split('\\').join('/') }
}

/**
 * The sections' findings cut to those the merged report kept (check.ts `capped`), the warning
 * that counts the rest in the section of the file it points at: so the comment never promises
 * findings the report does not have.
 */
function keepReported(sections: AppSection[], kept: Report['findings']): void {
  const key = (f: Report['findings'][number], file: string): string => `${file}\0${f.line}\0${f.column}\0${f.rule}\0${f.message}`
  const keys = new Set(kept.map((f) => key(f, f.file)))
  const shown = new Set<string>()
  for (const s of sections) {
    const r = s.result.report
    r.findings = r.findings.filter((f) => {
      const k = key(f, inRepository(s.folder, f.file))
      shown.add(k)
      return keys.has(k)
    })
  }
  // the one finding no app had: the warning that counts what was left out, in the innermost app that holds its file
  for (const f of kept.filter((f) => !shown.has(key(f, f.file)))) {
    const home = sections.filter((s) => inFolder(s.folder, f.file) !== null).sort((a, b) => b.folder.length - a.folder.length)[0]
    if (home) home.result.report.findings.push({ ...f, file: inFolder(home.folder, f.file)! })
  }
  for (const s of sections) {
    s.result.report.findings.sort(compareFindings)
    s.result.report.summary = summarize(s.result.report.findings)
  }
}

/**
 * Several app folders of a checkout: each checked with its own configuration (the `config`
 * input, else its folder's `.rack-check.yml`, else the root's), as one folder is; the reports
 * merged with repository paths, as the CLI merges them (cli/main.ts).
 */
async function runSeveral(inputs: ActionInputs, event: ActionEvent, workspace: string, options: { environment: string; processManager: 'systemd' | 'bluepill' }, api: (() => Promise<PullRequestApi>) | null): Promise<void> {
  let folders: Array<{ dir: string; prefix: string }>
  if (inputs.auto) {
    // the `ignore` globs of the `config` input, else of the root's .rack-check.yml
    const rootConfig = await checkoutConfig(workspace, workspace, inputs.config)
    const ignore = (rootConfig?.ignore ?? []).map(globMatcher)
    const found = findApps(realpathSync(workspace), (rel) => ignore.some((m) => m(rel)))
    if (found.truncated) core.warning(`rack-check: working-directory: auto looked at ${MAX_FOLDERS} folders and stopped there; list the app folders instead`)
    const deep = tooDeepNote(found, '.')
    if (deep) core.warning(`rack-check: working-directory: auto ${deep}`)
    folders = found.apps.map((rel) => ({ dir: rel ? join(workspace, rel) : workspace, prefix: rel }))
    if (folders.length === 0) folders = [{ dir: workspace, prefix: '' }]
    core.info(`rack-check: working-directory: auto found ${folders.length} app folder${folders.length === 1 ? '' : 's'}: ${folders.map((f) => f.prefix || '.').join(', ')}`)
  } else {
    folders = inputs.workingDirectories.map((given) => checkoutFolder(workspace, given))
    folders = folders.filter((f, i) => folders.findIndex((g) => g.prefix === f.prefix) === i)
  }
  const sha = event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? ''
  const merged: CheckResult = { analyses: [], report: { schemaVersion: 1, tool: { name: 'rack-check', version: TOOL_VERSION }, apps: [], findings: [], summary: { errors: 0, warnings: 0, notices: 0 } } }
  const sections: AppSection[] = []
  for (const { dir, prefix } of folders) {
    const configured = withConfig(options, inputs.given, await checkoutConfig(workspace, dir, inputs.config))
    const base = event.pullRequest ? await baseReport(dir, prefix, event.pullRequest.baseSha, configured, api) : null
    const result = await checkDirectory(dir, { ...configured, base })
    sections.push({ folder: prefix, result, corrections: await verifiedCorrections(result, { ...configured, base }) })
    const rooted = rootedReport(result.report, prefix)
    append(merged.analyses, result.analyses)
    append(merged.report.apps, rooted.apps)
    append(merged.report.findings, rooted.findings)
  }
  const all = merged.report.findings.length
  merged.report.findings = capped(merged.report.findings.sort(compareFindings))
  merged.report.summary = summarize(merged.report.findings)
  // the comment's sections show what the report holds, no more: past the bound, each keeps its findings the report kept
  if (merged.report.findings.length < all) keepReported(sections, merged.report.findings)
  // the marker names the set, so that a one-folder job of the same repository keeps its own comment
  const label = inputs.auto ? 'auto' : folders.map((f) => f.prefix || '.').join(',')
  await publish(inputs, event, merged, { prefix: '', dir: workspace, rootUri: pathToFileURL(realpathSync(workspace) + '/').href, tmp: reportFolder(), sha, api, options, set: { label, sections } })
}

/**
 * Where the report and the SARIF are written: `RUNNER_TEMP` when it is an absolute path to a real
 * folder (not a symbolic link); else a new folder of rack-check's own under the system's
 * temporary folder, named in a warning. Never the workspace: a repository can commit a link
 * where rack-check would write (a `.rack-check/` link once made the report land outside).
 */
function reportFolder(): string {
  const given = process.env.RUNNER_TEMP
  let why = 'RUNNER_TEMP is not set'
  if (given) {
    const st = isAbsolute(given) ? lstatSync(given, { throwIfNoEntry: false }) : undefined
    if (st?.isDirectory()) return given
    why = `RUNNER_TEMP (${given}) is ${!isAbsolute(given) ? 'not an absolute path' : !st ? 'not there' : st.isSymbolicLink() ? 'a symbolic link, which rack-check does not write through' : 'not a folder'}`
  }
  const dir = mkdtempSync(join(tmpdir(), 'rack-check-'))
  core.warning(`rack-check: ${why}, so the report is written to a new folder, ${dir}, not into the workspace`)
  return dir
}

/** Writes a report file without following a link: a new file beside it (created exclusively), renamed over it. */
function writeReportFile(path: string, text: string): void {
  const temp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644)
  try {
    try {
      const bytes = Buffer.from(text, 'utf8')
      let done = 0
      while (done < bytes.length) done += writeSync(fd, bytes, done)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (e) {
    rmSync(temp, { force: true })
    throw e
  }
}

/** The working directory for `source: api`: a plain relative folder of the repository. */
function apiPrefix(workingDirectory: string): string {
  const prefix = normalPrefix(workingDirectory)
  if (workingDirectory.startsWith('/') || prefix.split('/').some((part) => part === '..' || part === '.' || (part === '' && prefix !== ''))) throw new InputError(`working-directory "${workingDirectory}" must be a folder inside the repository, such as apps/web`)
  return prefix
}

interface Where {
  /** the app folder relative to the repository root, '' at the root */
  prefix: string
  /** where the app's files are on this machine (the checkout, or the API snapshot) */
  dir: string
  /** the repository root as a file URI, null without a checkout (SARIF) */
  rootUri: string | null
  /** where the report and the SARIF are written */
  tmp: string
  /** the commit checked */
  sha: string
  api: (() => Promise<PullRequestApi>) | null
  /** the options the app was checked with (the corrected line is checked again with them) */
  options: CheckOptions
  /** the files checked are the pull request head's (`source: api`); a checkout may be the merge with the base */
  atHead?: boolean
  /** several app folders: `result` is their merged, repository-rooted result (prefix ''), `label` names the set in the comment's marker */
  set?: { label: string; sections: AppSection[] }
}

/** Annotations, job summary, report, SARIF, outputs and the comment, for a checkout or an API read alike. */
async function publish(inputs: ActionInputs, event: ActionEvent, result: CheckResult, where: Where): Promise<void> {
  const { prefix } = where
  const { report } = result
  // every file named as the repository has it (contract §5), as the CLI names them
  const rooted = rootedReport(report, prefix)

  // GitHub shows at most 10 annotations of each severity per step: the most important ones
  const choice = chooseAnnotations(rooted.findings)
  if (inputs.annotate) {
    for (const f of choice.shown) {
      const props: core.AnnotationProperties = { title: f.rule, file: f.file, startLine: f.line, endLine: f.endLine }
      if (f.line === f.endLine) Object.assign(props, { startColumn: f.column, endColumn: f.endColumn })
      const send = f.severity === 'error' ? core.error : f.severity === 'warning' ? core.warning : core.notice
      send(f.message, props)
    }
  }
  // with annotate: false nothing is annotated on purpose, and there is nothing to explain
  const hidden = inputs.annotate ? hiddenCount(choice) : 0
  // the corrected custom_web line, when the engine has verified it (fixes/corrected-line.ts)
  const corrections = where.set ? [] : await verifiedCorrections(result, where.options)
  const context = {
    repository: process.env.GITHUB_REPOSITORY ?? '',
    sha: where.sha || 'HEAD',
    serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
    workingDirectory: prefix,
    hiddenAnnotations: hidden,
    corrections
  }
  // several folders: one comment, a section per app (each app's corrected lines were found as it was checked).
  // The job summary has more room than a comment: what a cut comment leaves out, it may list; the
  // cut comment says where its missing findings are, the job summary only when it has them all.
  const render = (limit: number, elsewhere: string): Rendered => (where.set ? renderAppsWithin(where.set.sections, where.set.label, { ...context, elsewhere }, limit) : renderCommentWithin(result, { ...context, elsewhere }, limit))
  let summary = render(MAX_SUMMARY_BYTES, REPORT_ELSEWHERE)
  // characters are counted; GitHub counts bytes (repository text may take several a character)
  const bytes = Buffer.byteLength(summary.body)
  if (bytes > MAX_SUMMARY_BYTES) summary = render(Math.floor((MAX_SUMMARY_BYTES * summary.body.length) / bytes) - 1000, REPORT_ELSEWHERE)
  const summaryComplete = summary.omittedFindings === 0 && summary.omittedApps === 0
  const markdown = summaryComplete && summary.body.length <= MAX_BODY ? summary.body : render(MAX_BODY, summaryComplete ? SUMMARY_ELSEWHERE : REPORT_ELSEWHERE).body
  try {
    core.appendSummary(summary.body)
  } catch (e) {
    core.warning(`rack-check could not write the job summary: ${(e as Error).message}`)
  }

  const reportPath = join(where.tmp, 'rack-check-report.json')
  writeReportFile(reportPath, formatJson(rooted))
  let sarifPath = ''
  if (inputs.sarif) {
    // loaded only when asked for: the rule pages and node:crypto
    const { defaultCategory, formatSarif } = await import('../reporters/sarif.js')
    const ws = new Workspace(where.dir)
    const source = (p: string): string | undefined => {
      const inside = inFolder(prefix, p)
      const r = inside === null ? null : ws.read(inside)
      return r?.ok ? r.file.text : undefined
    }
    const serverUrl = withoutTrailingSlashes(process.env.GITHUB_SERVER_URL || 'https://github.com')
    const repository = process.env.GITHUB_REPOSITORY ?? ''
    const branch = process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || null
    const revision = repository ? { repositoryUri: httpsUrl(`${serverUrl}/${repository}`), revisionId: where.sha || null, branch } : null
    sarifPath = join(where.tmp, 'rack-check.sarif')
    writeReportFile(sarifPath, formatSarif(rooted, { source, category: inputs.sarifCategory || defaultCategory(prefix), rootUri: where.rootUri, revision }))
  }

  const app = report.apps[0]
  core.setOutput('errors', String(report.summary.errors))
  core.setOutput('warnings', String(report.summary.warnings))
  core.setOutput('notices', String(report.summary.notices))
  if (where.set) {
    // several apps: one value per app, in the order of the report's apps[], comma separated
    core.setOutput('server', report.apps.map((a) => a.webServer?.server ?? 'passenger').join(','))
    core.setOutput('restart-signal', report.apps.map((a) => a.restart?.signal ?? '').join(','))
    core.setOutput('passenger-transition', result.analyses.map((a) => a.change?.direction ?? 'none').join(',') || 'none')
  } else {
    core.setOutput('server', app ? (app.webServer?.server ?? 'passenger') : '')
    core.setOutput('restart-signal', app?.restart?.signal ?? '')
    core.setOutput('passenger-transition', result.analyses[0]?.change?.direction ?? 'none')
  }
  core.setOutput('report', reportPath)
  core.setOutput('sarif', sarifPath)
  core.setOutput('comment-url', await postComment(inputs, event, markdown, where.set ? where.set.sections.map((x) => x.folder) : [prefix], where.set?.label ?? prefix, report, where.api))
  // suggested changes (suggestions.ts): each app's own findings, whose fixes name app-relative files;
  // none with `comment: never`, nor with a read-only token (a fork's pull_request)
  const reader = (dir: string) => {
    const ws = new Workspace(dir)
    return (file: string): string | null => {
      const r = ws.read(file)
      return r.ok ? r.file.text : null
    }
  }
  const apps = where.set ? where.set.sections.map((x) => ({ findings: x.result.report.findings, prefix: x.folder, read: reader(join(where.dir, x.folder)) })) : [{ findings: report.findings, prefix, read: reader(where.dir) }]
  const writable = !(event.pullRequest?.fromFork && event.name === 'pull_request')
  const suggest = inputs.suggestions && inputs.comment !== 'never' && writable
  // loaded only when there is an API to post to (a run without a token never needs it)
  if (suggest && where.api) {
    const { publishSuggestions } = await import('./suggestions.js')
    await publishSuggestions(apps, { enabled: true, headSha: event.pullRequest?.headSha ?? '', label: where.set?.label ?? prefix, api: where.api, checkedAtHead: where.atHead === true, log: core, describe: apiError })
  }

  const s = report.summary
  core.info(`rack-check: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s); report: ${reportPath}${sarifPath ? `; SARIF: ${sarifPath}` : ''}`)
  if (failsAt(report.findings, inputs.failOn)) core.setFailed(`rack-check found problems at or above fail-on: ${inputs.failOn}`)
}

/** GitHub takes at most 1 MiB of job summary per step (github-actions.md §7): a margin kept. */
const MAX_SUMMARY_BYTES = 1_000_000
/** Where a cut comment's or summary's missing findings are (the comment.ts renderers' `elsewhere`). */
const SUMMARY_ELSEWHERE = 'the job summary or the JSON report'
const REPORT_ELSEWHERE = 'the JSON report (the `report` output; upload it as an artifact to keep it)'

/** What to do when the token cannot write (pull requests from forks, Dependabot). */
const READ_ONLY_HELP =
  'The token is read-only here (pull requests from forks and Dependabot get a read-only GITHUB_TOKEN), so rack-check cannot comment; the annotations and the job summary are still there. To comment on such pull requests, run rack-check with `source: api` from a pull_request_target workflow with no checkout: it reads the pull request\'s deployment files through the GitHub API and runs nothing from them (see the rack-check README, "Pull requests from forks").'

/** Creates or edits the one comment; returns its URL ('' when there is none). Never throws. */
async function postComment(inputs: ActionInputs, event: ActionEvent, body: string, prefixes: string[], label: string, report: Report, connectApi: (() => Promise<PullRequestApi>) | null): Promise<string> {
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

/**
 * The warning for the entries of a commit's tree that no checkout could have (engine/snapshot.ts): the
 * first ten named (made printable there), the rest counted. The check goes on without them.
 */
function leftOut(bad: BadEntry[], prefix: string, what: string): string {
  const names = bad.slice(0, 10).map((b) => `${inRepository(prefix, b.path)} (${b.why})`)
  const more = bad.length > 10 ? ` and ${bad.length - 10} more` : ''
  return `rack-check left out ${bad.length === 1 ? 'an entry' : `${bad.length} entries`} of the tree of ${what} that no checkout could have: ${names.join(', ')}${more}; the rest was checked without ${bad.length === 1 ? 'it' : 'them'}.`
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
 * (one tree listing, then only the files the engine asks for: engine/snapshot.ts), else from the local
 * git history (which a shallow checkout lacks); null with a notice when neither works.
 */
async function baseReport(dir: string | null, prefix: string, sha: string, options: { environment: string; processManager: 'systemd' | 'bluepill' }, api: (() => Promise<PullRequestApi>) | null): Promise<Report | null> {
  let apiProblem = 'no token'
  // the base is read only on pull requests: its code is loaded then
  const { BaseError, checkBase, gitBaseSource } = await import('../engine/snapshot.js')
  if (api) {
    try {
      const client = await api()
      const entries = await client.treeAt(sha, prefix)
      if (entries) {
        const { report, fetched, bad } = await checkBase({ entries, read: (path) => client.fileAt(sha, prefix, path) }, options)
        core.info(`rack-check: base commit ${sha.slice(0, 12)} read through the GitHub API (${fetched} file${fetched === 1 ? '' : 's'})`)
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

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

/** `.rack-check.yml` of a checkout: the `config` input (relative to the workspace), else the app folder's, else the workspace's. */
async function checkoutConfig(workspace: string, dir: string, input: string): Promise<FoundConfig['config'] | null> {
  if (input) {
    const path = resolve(workspace, input)
    const inside = relative(realpathSync(workspace), path)
    if (inside === '..' || inside.startsWith('..' + sep) || isAbsolute(inside)) throw new InputError(`config "${input}" is outside the workspace`)
    // read through the workspace's Workspace: no link on the way may lead out of it
    return (await loadConfig(path, input, workspace)).config
  }
  return (await findConfig(dir, workspace))?.config ?? null
}

/** `.rack-check.yml` read through the API at the head, as checkoutConfig reads it from a checkout. */
async function apiConfig(input: string, prefix: string, read: (path: string) => Promise<Buffer | null>): Promise<FoundConfig['config'] | null> {
  const candidates = input ? [normalPrefix(input)] : [...(prefix ? [`${prefix}/${CONFIG_FILE}`] : []), CONFIG_FILE]
  for (const path of candidates) {
    const bytes = await read(path)
    if (bytes) return (await configFromText(path, '', bytes.toString('utf8'))).config
    if (input) throw new InputError(`config "${input}" is not a file at the pull request's head`)
  }
  return null
}
