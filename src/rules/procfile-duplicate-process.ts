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
      const names = new Set(p.entries.map((e) => e.name))
      // the next suffix to try for each name: counting from 2 for every duplicate was quadratic in them
      const nextSuffix = new Map<string, number>()
      for (const [lost, kept] of p.duplicates) {
        // the lost entry gets a name of its own: `worker_2`, `worker_3`, …
        let k = nextSuffix.get(lost.name) ?? 2
        while (names.has(`${lost.name}_${k}`)) k++
        nextSuffix.set(lost.name, k + 1)
        const name = `${lost.name}_${k}`
        names.add(name)
        ctx.report(p.file.span(lost.nameStart, lost.nameEnd), 'lost', { name: lost.name, line: kept.line }, { fix: { description: `rename it \`${name}\``, edits: [{ file: p.file, start: lost.nameStart, end: lost.nameEnd, text: name }] } })
      }
    }
  }
})
