/** A range in a file: 1-based, end inclusive, path relative to the checked folder, "/" separated. */
export interface Span {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
}

export type Severity = 'error' | 'warning' | 'notice'

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 }

export function compareSpans(a: Span, b: Span): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn
}

export function spanText(s: Span): string {
  return `${s.file}:${s.line}:${s.column}`
}
