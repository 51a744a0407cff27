import * as core from '@actions/core'
import { mkdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { checkDirectory } from '../check.js'
import { silenceWasiWarning } from '../quiet-wasi.js'
import { exitCode } from '../cli/main.js'
import { annotationPath } from '../reporters/github.js'
import { formatJson } from '../reporters/json.js'
import { chooseAnnotations, hiddenCount } from '../reporters/annotations.js'
import { renderComment } from '../reporters/comment.js'
import { BaseError, snapshotBase } from '../cli/base.js'
import type { Report } from '../check.js'
import { InputError, readInputs } from './inputs.js'
import { readEvent } from './event.js'

/** The action (contract §3). Never throws: failures become `setFailed` with a clear message. */
export async function run(): Promise<void> {
  silenceWasiWarning()
  try {
    const inputs = readInputs((n) => core.getInput(n))
    const workspace = process.env.GITHUB_WORKSPACE || process.cwd()
    const dir = resolve(workspace, inputs.workingDirectory)
    const inside = relative(realpathSync(workspace), realpathOr(dir))
    if (inside.startsWith('..') || isAbsolute(inside)) throw new InputError(`working-directory "${inputs.workingDirectory}" is outside the workspace`)
    if (!isDirectory(dir)) throw new InputError(`working-directory "${inputs.workingDirectory}" is not a folder`)

    const options = { environment: inputs.environment, processManager: inputs.processManager }
    const event = readEvent(process.env)
    const base = event.pullRequest ? baseReport(dir, event.pullRequest.baseSha, options) : null
    const result = await checkDirectory(dir, { ...options, base: await base })
    const { report } = result
    const prefix = inside === '' ? '' : inside.split('\\').join('/')

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
    const hidden = inputs.annotate ? hiddenCount(choice) : report.findings.length
    const markdown = renderComment(result, {
      repository: process.env.GITHUB_REPOSITORY ?? '',
      sha: event.pullRequest?.headSha ?? process.env.GITHUB_SHA ?? 'HEAD',
      serverUrl: process.env.GITHUB_SERVER_URL || 'https://github.com',
      workingDirectory: prefix,
      hiddenAnnotations: hidden
    })
    if (process.env.GITHUB_STEP_SUMMARY) {
      try {
        await core.summary.addRaw(markdown).write()
      } catch (e) {
        core.warning(`rack-check could not write the job summary: ${(e as Error).message}`)
      }
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
    core.setOutput('comment-url', '')

    const s = report.summary
    core.info(`rack-check: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s); report: ${reportPath}`)
    if (exitCode(result, inputs.failOn) !== 0) core.setFailed(`rack-check found problems at or above fail-on: ${inputs.failOn}`)
  } catch (e) {
    core.setFailed(e instanceof InputError ? e.message : `rack-check failed: ${(e as Error).message}`)
  }
}

/**
 * The base commit's report, read from the local git history (the checkout must contain the base
 * commit, e.g. `fetch-depth: 0`); null with a notice when it cannot be read.
 */
async function baseReport(dir: string, sha: string, options: { environment: string; processManager: 'systemd' | 'bluepill' }): Promise<Report | null> {
  let snapshot: string
  try {
    snapshot = snapshotBase(dir, sha)
  } catch (e) {
    if (!(e instanceof BaseError)) throw e
    core.notice(`rack-check could not read the base commit ${sha.slice(0, 12)} from git (${e.message}); the switch to or from Passenger is not checked. Check out with fetch-depth: 0 to enable it.`)
    return null
  }
  try {
    return (await checkDirectory(snapshot, options)).report
  } finally {
    rmSync(snapshot, { recursive: true, force: true })
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
