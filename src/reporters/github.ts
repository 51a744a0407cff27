import { counts, type Finding } from '../core/finding.js'
import { inRepository } from '../files/repository.js'
import { annotationMessage, annotationProperty } from '../core/neutralise.js'
import type { Reporter } from './reporter.js'
import { adoptionLines } from './adoption.js'

const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' } as const

/** Path of a finding as GitHub wants it: repository-relative, `/`, no `./` (paths.ts, shared with the CLI). */
export function annotationPath(prefix: string, file: string): string {
  return inRepository(prefix, file)
}

/**
 * One workflow command, `::command k=v,k=v::message`, escaped, without its line ending;
 * properties without a value are left out (as `@actions/core` writes them). Every message and
 * property passes the annotation sink of neutralise.ts: repository text in them (a file name, a
 * quoted value) can neither end the command nor show a control or bidi character.
 */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${annotationProperty(String(v))}`)
  return `::${command}${props.length > 0 ? ' ' + props.join(',') : ''}::${annotationMessage(message)}`
}

/** One `::error file=…::message` line per finding (columns only on one-line spans). */
export function formatGithub(findings: Finding[], pathPrefix = ''): string {
  // a suppressed finding is not annotated (it stays in the JSON report and the SARIF)
  return findings
    .filter(counts)
    .map((f) => {
      const oneLine = f.line === f.endLine
      const props = { file: annotationPath(pathPrefix, f.file), line: f.line, endLine: f.endLine, col: oneLine ? f.column : undefined, endColumn: oneLine ? f.endColumn : undefined, title: f.rule }
      return workflowCommand(COMMAND[f.severity], props, f.message) + '\n'
    })
    .join('')
}

/**
 * `--format github`: the report's paths are the repository's already. What the adoption settings
 * set aside (issue 26) is said once, in a notice without a file: those findings are not annotated.
 */
export const github: Reporter = (view) => {
  const lines = adoptionLines(view.report)
  return formatGithub(view.report.findings) + (lines.length ? workflowCommand('notice', { title: 'rack-check' }, lines.join(' ')) + '\n' : '')
}
