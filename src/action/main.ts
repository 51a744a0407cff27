import * as core from '@actions/core'
import { mkdirSync, realpathSync, statSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { checkDirectory } from '../check.js'
import { silenceWasiWarning } from '../quiet-wasi.js'
import { exitCode } from '../cli/main.js'
import { annotationPath } from '../reporters/github.js'
import { formatJson } from '../reporters/json.js'
import { InputError, readInputs } from './inputs.js'

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

    const result = await checkDirectory(dir, { environment: inputs.environment, processManager: inputs.processManager })
    const { report } = result
    const prefix = inside === '' ? '' : inside.split('\\').join('/')

    if (inputs.annotate) {
      for (const f of report.findings) {
        const props: core.AnnotationProperties = { title: f.rule, file: annotationPath(prefix, f.file), startLine: f.line, endLine: f.endLine }
        if (f.line === f.endLine) Object.assign(props, { startColumn: f.column, endColumn: f.endColumn })
        const send = f.severity === 'error' ? core.error : f.severity === 'warning' ? core.warning : core.notice
        send(f.message, props)
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
    core.setOutput('passenger-transition', 'none')
    core.setOutput('report', reportPath)
    core.setOutput('comment-url', '')

    const s = report.summary
    core.info(`rack-check: ${s.errors} error(s), ${s.warnings} warning(s), ${s.notices} notice(s); report: ${reportPath}`)
    if (exitCode(result, inputs.failOn) !== 0) core.setFailed(`rack-check found problems at or above fail-on: ${inputs.failOn}`)
  } catch (e) {
    core.setFailed(e instanceof InputError ? e.message : `rack-check failed: ${(e as Error).message}`)
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
