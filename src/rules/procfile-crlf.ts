import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'procfile-crlf',
  severity: 'warning',
  summary: 'The Procfile has Windows (CR LF) line endings.',
  messages: {
    crlf: 'This Procfile has CR LF line endings on {count} line(s); a reader that splits on LF keeps the carriage return in the last argument (for example the PID file name); save the file with LF line endings.'
  },
  check(ctx) {
    for (const p of ctx.analysis.app.procfiles) {
      if (p.crlfLines.length === 0) continue
      // each carriage return before a line feed is removed
      const edits = p.crlfLines.map((line) => {
        const at = p.file.lineOffset(line) + p.file.lineText(line).length
        return { file: p.file, start: at, end: at + 1, text: '' }
      })
      ctx.report(p.file.lineSpan(p.crlfLines[0]), 'crlf', { count: p.crlfLines.length }, { fix: { description: 'use LF line endings', edits } })
    }
  }
})
