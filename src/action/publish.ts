/**
 * What the action makes of a check, for a checkout or an API read alike: the annotations, the job
 * summary, the report and SARIF files, the outputs, the pull-request comment and the suggested
 * changes (contract §3).
 */
import * as core from './runner.js'
import { join } from 'node:path'
import type { Report } from '../engine/check.js'
import { failedLevels, type FoldersResult } from '../engine/check-folders.js'
import { Workspace } from '../files/workspace.js'
import { httpsUrl, inFolder } from '../files/repository.js'
import { withoutTrailingSlashes } from '../core/paths.js'
import { chooseAnnotations, hiddenCount } from '../reporters/annotations.js'
import { MAX_BODY, renderAppsWithin, renderCommentWithin, type AppSection, type Rendered } from '../reporters/comment.js'
import { FORMATS, type ReporterOptions, type ReportView } from '../reporters/index.js'
import { adoptionSection, countedOnly } from '../reporters/adoption-section.js'
import type { ActionEvent } from './event.js'
import type { PullRequestApi } from './github-api.js'
import type { ActionInputs } from './inputs.js'
import { postComment } from './post-comment.js'
import { apiError } from './problems.js'
import { writeReportFile } from './report-files.js'
import { plural } from '../core/text.js'

export interface Where {
  /** the check: its merged result has repository paths; one folder's, or several */
  checked: FoldersResult
  /** several app folders: the set's name in the comment's marker; null for one folder */
  label: string | null
  /** where the files are on this machine: the one folder (the checkout's, or the API snapshot), the workspace for several */
  dir: string
  /** the repository root as a file URI, null without a checkout (SARIF) */
  rootUri: string | null
  /** where the report and the SARIF are written */
  tmp: string
  /** the commit checked */
  sha: string
  api: (() => Promise<PullRequestApi>) | null
  /** the files checked are the pull request head's (`source: api`); a checkout may be the merge with the base */
  atHead?: boolean
}

/** GitHub takes at most 1 MiB of job summary per step (docs/research/github-actions.md#job-summary-size): a margin kept. */
const MAX_SUMMARY_BYTES = 1_000_000
/** Where a cut comment's or summary's missing findings are (the reporters/comment.ts renderers' `elsewhere`). */
const SUMMARY_ELSEWHERE = 'the job summary or the JSON report'
const REPORT_ELSEWHERE = 'the JSON report (the `report` output; upload it as an artifact to keep it)'

/** Annotations, job summary, report, SARIF, outputs and the comment. */
export async function publish(inputs: ActionInputs, event: ActionEvent, where: Where): Promise<void> {
  const { checked, label } = where
  // one folder: its own result (paths relative to it) beside the rooted one; several: the merged result
  const one = label === null ? checked.folders[0] : null
  const prefix = one?.prefix ?? ''
  const result = one?.result ?? checked.result
  const { report } = result
  // every file named as the repository has it (contract §5), as the CLI names them
  const rooted = checked.result
  const hidden = annotate(inputs, rooted.report)
  // the findings the adoption settings set aside are left to their own folded section (reporters/adoption.ts)
  const sections: AppSection[] = checked.folders.map((f) => ({ folder: f.prefix, result: counted(f.result), corrections: f.corrections }))
  const context = {
    repository: process.env.GITHUB_REPOSITORY ?? '',
    sha: where.sha || 'HEAD',
    serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
    workingDirectory: prefix,
    hiddenAnnotations: hidden,
    // the corrected custom_web line, when the engine has verified it (fixes/corrected-line.ts); several folders: each section's own
    corrections: one?.corrections ?? []
  }
  // several folders: one comment, a section per app.
  const aside = adoptionSection(rooted.report)
  const render = (limit: number, elsewhere: string): Rendered => {
    const r = label !== null ? renderAppsWithin(sections, label, { ...context, elsewhere }, limit - aside.length) : renderCommentWithin(counted(result), { ...context, elsewhere }, limit - aside.length)
    return { ...r, body: r.body + aside }
  }
  const markdown = summaryAndComment(render)

  const reportPath = join(where.tmp, 'rack-check-report.json')
  const sarifPath = inputs.sarif ? join(where.tmp, 'rack-check.sarif') : ''
  await writeReports(rooted, reportOptions(inputs, where, prefix), reportPath, sarifPath)

  setOutputs(report, result, label !== null)
  core.setOutput('report', reportPath)
  core.setOutput('sarif', sarifPath)
  core.setOutput('comment-url', await postComment(inputs, event, markdown, label !== null ? sections.map((x) => x.folder) : [prefix], label ?? prefix, report, where.api))
  await suggest(inputs, event, where, label !== null ? sections : [{ folder: prefix, result }], prefix)

  const s = report.summary
  core.info(`rack-check: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}; report: ${reportPath}${sarifPath ? `; SARIF: ${sarifPath}` : ''}`)
  // each folder at its own level: the input, else its .rack-check.yml's `fail-on`, else error
  const failed = failedLevels(checked.folders, inputs.failOn)
  if (failed.length) core.setFailed(`rack-check found problems at or above fail-on: ${failed.join(', ')}`)
}

/** A result without the findings the adoption settings set aside (its summary already leaves them out). */
function counted<R extends ReportView>(result: R): R {
  const findings = countedOnly(result.report.findings)
  return findings.length === result.report.findings.length ? result : { ...result, report: { ...result.report, findings } }
}

/** The annotations, when asked for; returns how many findings GitHub will not show (its limits). */
function annotate(inputs: ActionInputs, rooted: Report): number {
  // GitHub shows at most 10 annotations of each severity per step: the most important ones
  const choice = chooseAnnotations(rooted.findings)
  if (!inputs.annotate) return 0 // nothing is annotated on purpose, and there is nothing to explain
  for (const f of choice.shown) {
    const props: core.AnnotationProperties = { title: f.rule, file: f.file, startLine: f.line, endLine: f.endLine }
    if (f.line === f.endLine) Object.assign(props, { startColumn: f.column, endColumn: f.endColumn })
    const send = f.severity === 'error' ? core.error : f.severity === 'warning' ? core.warning : core.notice
    send(f.message, props)
  }
  return hiddenCount(choice)
}

/**
 * Writes the job summary and returns the comment's body. The job summary has more room than a
 * comment: what a cut comment leaves out, it may list; the cut comment says where its missing
 * findings are, the job summary only when it has them all.
 */
function summaryAndComment(render: (limit: number, elsewhere: string) => Rendered): string {
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
  return markdown
}

/** The reporters' options: the files read as the check read them (the checkout, or the API snapshot), the commit from the runner's variables. */
function reportOptions(inputs: ActionInputs, where: Where, prefix: string): ReporterOptions {
  let ws: Workspace | undefined
  return {
    source: (p) => {
      const inside = inFolder(prefix, p)
      const r = inside === null ? null : (ws ??= new Workspace(where.dir)).read(inside)
      return r?.ok ? r.file.text : undefined
    },
    corrections: [],
    color: () => false,
    verbose: false,
    folder: prefix,
    category: inputs.sarifCategory || null,
    rootUri: where.rootUri,
    revision: () => {
      const serverUrl = withoutTrailingSlashes(process.env.GITHUB_SERVER_URL || 'https://github.com')
      const repository = process.env.GITHUB_REPOSITORY ?? ''
      const branch = process.env.GITHUB_HEAD_REF || process.env.GITHUB_REF_NAME || null
      return repository ? { repositoryUri: httpsUrl(`${serverUrl}/${repository}`), revisionId: where.sha || null, branch } : null
    }
  }
}

/** The JSON report, and the SARIF when `sarifPath` is set (its reporter is loaded only then). */
async function writeReports(view: ReportView, options: ReporterOptions, reportPath: string, sarifPath: string): Promise<void> {
  writeReportFile(reportPath, (await FORMATS.json.load())(view, options))
  if (sarifPath) writeReportFile(sarifPath, (await FORMATS.sarif.load())(view, options))
}

function setOutputs(report: Report, result: ReportView, several: boolean): void {
  core.setOutput('errors', String(report.summary.errors))
  core.setOutput('warnings', String(report.summary.warnings))
  core.setOutput('notices', String(report.summary.notices))
  if (several) {
    // several apps: one value per app, in the order of the report's apps[], comma separated
    core.setOutput('server', report.apps.map((a) => a.webServer?.server ?? 'passenger').join(','))
    core.setOutput('restart-signal', report.apps.map((a) => a.restart?.signal ?? '').join(','))
    core.setOutput('passenger-transition', result.analyses.map((a) => a.change?.direction ?? 'none').join(',') || 'none')
  } else {
    const app = report.apps[0]
    core.setOutput('server', app ? (app.webServer?.server ?? 'passenger') : '')
    core.setOutput('restart-signal', app?.restart?.signal ?? '')
    core.setOutput('passenger-transition', result.analyses[0]?.change?.direction ?? 'none')
  }
}

/**
 * Suggested changes (suggestions.ts): each app's own findings, whose fixes name app-relative files;
 * none with `comment: never`, nor with a read-only token (a fork's pull_request).
 */
async function suggest(inputs: ActionInputs, event: ActionEvent, where: Where, sections: AppSection[], prefix: string): Promise<void> {
  const reader = (dir: string) => {
    const ws = new Workspace(dir)
    return (file: string): string | null => {
      const r = ws.read(file)
      return r.ok ? r.file.text : null
    }
  }
  const apps = where.label !== null ? sections.map((x) => ({ findings: x.result.report.findings, prefix: x.folder, read: reader(join(where.dir, x.folder)) })) : [{ findings: sections[0].result.report.findings, prefix, read: reader(where.dir) }]
  const writable = !(event.pullRequest?.fromFork && event.name === 'pull_request')
  const suggest = inputs.suggestions && inputs.comment !== 'never' && writable
  // loaded only when there is an API to post to (a run without a token never needs it)
  if (suggest && where.api) {
    const { publishSuggestions } = await import('./suggestions.js')
    await publishSuggestions(apps, { enabled: true, headSha: event.pullRequest?.headSha ?? '', label: where.label ?? prefix, api: where.api, checkedAtHead: where.atHead === true, log: core, describe: apiError })
  }
}
