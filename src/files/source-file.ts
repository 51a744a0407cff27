import type { Span } from '../core/span.js'

/**
 * The text of one file with a line index. Offsets are JavaScript string indices (UTF-16 code
 * units), which is also what the `yaml` package reports; columns count the same units.
 */
export class SourceFile {
  readonly lineStarts: number[]

  constructor(
    readonly path: string,
    readonly text: string,
    /** the file began with a UTF-8 byte order mark, which was removed from `text` */
    readonly hadBom = false
  ) {
    const starts = [0]
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) starts.push(i + 1)
    }
    this.lineStarts = starts
  }

  get lineCount(): number {
    const n = this.lineStarts.length
    // a final newline does not open another line
    return n > 1 && this.lineStarts[n - 1] === this.text.length ? n - 1 : n
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length))
    let lo = 0
    let hi = this.lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (this.lineStarts[mid] <= o) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: o - this.lineStarts[lo] + 1 }
  }

  /** Span from `start` to `end` (exclusive offset); an empty range covers one column. */
  span(start: number, end: number): Span {
    const a = this.position(start)
    const b = this.position(Math.max(start, end - 1))
    return { file: this.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }

  /** Span of a whole line (without its line break). */
  lineSpan(line: number): Span {
    const text = this.lineText(line)
    return { file: this.path, line, column: 1, endLine: line, endColumn: Math.max(1, text.length) }
  }

  lineText(line: number): string {
    const start = this.lineStarts[line - 1]
    if (start === undefined) return ''
    const next = this.lineStarts[line]
    let end = next === undefined ? this.text.length : next - 1
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--
    return this.text.slice(start, end)
  }

  /** Offsets (end exclusive) of a span of this file: the inverse of `span`. */
  offsets(span: Span): [number, number] {
    return [this.lineOffset(span.line) + span.column - 1, this.lineOffset(span.endLine) + span.endColumn]
  }

  /** The text a span covers (within this file). */
  textAt(span: Span): string {
    return this.text.slice(...this.offsets(span))
  }

  /** Offset of the first character of a 1-based line. */
  lineOffset(line: number): number {
    return this.lineStarts[line - 1] ?? this.text.length
  }
}
