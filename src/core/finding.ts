import type { Severity, Span } from './span.js'

/** One finding, with the fields of the JSON report (contract §2). */
export interface Finding extends Span {
  rule: string
  severity: Severity
  message: string
  docs: string
  /** set when a directive in the file (or the config file) suppresses it; it then counts nowhere */
  suppressed?: { kind: 'inSource' | 'external'; reason: string }
  /** a mechanical fix (`--fix` applies it; the action suggests it on the pull request) */
  fix?: Fix
  /** with a baseline in use (engine/baseline.ts): `known` when the baseline records it; a known finding counts nowhere */
  baseline?: 'new' | 'known'
  /** with `filter: changed`: set when its app is not one the change touched (engine/filter.ts); it then counts nowhere */
  outsideFilter?: true
}

/** A finding set aside by the adoption settings (a known one of the baseline, one outside the filter): listed apart, never failing. */
export function setAside(f: Finding): boolean {
  return f.baseline === 'known' || f.outsideFilter === true
}

/** A finding that counts: not suppressed and not set aside (the summary's counts, `fail-on`). */
export function counts(f: Finding): boolean {
  return !f.suppressed && !setAside(f)
}

/**
 * Edits of a fix. Unlike a finding's span, an edit's range ends *before* `endLine:endColumn`
 * (exclusive, 1-based), so an insertion has an empty range; `text` replaces the range.
 */
export interface Fix {
  description: string
  edits: Array<{ file: string; line: number; column: number; endLine: number; endColumn: number; text: string }>
}

export function compareFindings(a: Finding, b: Finding): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1
  return a.line - b.line || a.column - b.column || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) || a.endLine - b.endLine || a.endColumn - b.endColumn
}
