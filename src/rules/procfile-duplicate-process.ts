import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'procfile-duplicate-process',
  // a warning: what Cloud 66 does with two entries of one name is not documented, and Procfile
  // readers differ (docs/research/cloud66.md#two-procfile-entries-with-one-name; docs/contract.md §2.1)
  severity: 'warning',
  summary: 'Two Procfile entries have the same name; what Cloud 66 does with them is not documented.',
  messages: {
    lost: '`{name}` is defined again on line {line}; what Cloud 66 does with two entries of one name is not documented (foreman runs both; on Heroku a process type has one command), so one of them may never run; give each process its own name.'
  },
  check(ctx) {
    for (const p of ctx.analysis.app.procfiles) {
      // the commands each name is written with: whether Cloud 66 runs one entry per name (which?)
      // or both is not documented (docs/research/cloud66.md#two-procfile-entries-with-one-name)
      const commands = new Map<string, Set<string>>()
      for (const e of p.entries) commands.set(e.name, (commands.get(e.name) ?? new Set()).add(e.command))
      for (const [lost, kept] of p.duplicates) {
        // A fix must not change what runs (issue 25): renaming the lost entry would start a process
        // that did not run before (a second Sidekiq), and dropping either entry of two different
        // commands could drop one that Cloud 66 runs. Only a line that repeats the one command
        // written under that name can go: whichever entry is kept, the same command runs.
        const same = commands.get(lost.name)!.size === 1
        const start = p.file.lineOffset(lost.line)
        const end = lost.line < p.file.lineCount ? p.file.lineOffset(lost.line + 1) : p.file.text.length
        const fix = same ? { description: `remove this line (the other \`${lost.name}\` entry runs the same command)`, edits: [{ file: p.file, start, end, text: '' }] } : null
        ctx.report(p.file.span(lost.nameStart, lost.nameEnd), 'lost', { name: lost.name, line: kept.line }, { fix })
      }
    }
  }
})
