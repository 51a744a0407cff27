import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'procfile-duplicate-process',
  severity: 'error',
  summary: 'Two Procfile entries have the same name, so one of them is lost.',
  messages: {
    lost: '`{name}` is defined again on line {line}; Procfile readers keep one entry per name (the last), so this one is lost; give each process its own name.'
  },
  check(ctx) {
    for (const p of ctx.analysis.app.procfiles) {
      for (const [lost, kept] of p.duplicates) ctx.report(p.file.span(lost.nameStart, lost.nameEnd), 'lost', { name: lost.name, line: kept.line })
    }
  }
})
