import type { Severity, Span } from './model/span.js'

/** One finding, with the fields of the JSON report (contract §2). */
export interface Finding extends Span {
  rule: string
  severity: Severity
  message: string
  docs: string
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.endLine - b.endLine || a.endColumn - b.endColumn
}
