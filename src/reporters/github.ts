import type { Finding } from '../finding.js'
import { inRepository } from '../paths.js'

/** Workflow-command escaping, as `@actions/core` does it (toolkit `command.ts`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' } as const

/** Path of a finding as GitHub wants it: repository-relative, `/`, no `./` (paths.ts, shared with the CLI). */
export function annotationPath(prefix: string, file: string): string {
  return inRepository(prefix, file)
}

/**
 * One workflow command, `::command k=v,k=v::message`, escaped, without its line ending;
 * properties without a value are left out (as `@actions/core` writes them).
 */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
  return `::${command}${props.length > 0 ? ' ' + props.join(',') : ''}::${escapeData(message)}`
}

/** One `::error file=…::message` line per finding (columns only on one-line spans). */
export function formatGithub(findings: Finding[], pathPrefix = ''): string {
  // a suppressed finding is not annotated (it stays in the JSON report and the SARIF)
  return findings
    .filter((f) => !f.suppressed)
    .map((f) => {
      const oneLine = f.line === f.endLine
      const props = { file: annotationPath(pathPrefix, f.file), line: f.line, endLine: f.endLine, col: oneLine ? f.column : undefined, endColumn: oneLine ? f.endColumn : undefined, title: f.rule }
      return workflowCommand(COMMAND[f.severity], props, f.message) + '\n'
    })
    .join('')
}
