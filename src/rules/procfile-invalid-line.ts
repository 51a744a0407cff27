import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'procfile-invalid-line',
  severity: 'error',
  summary: 'A Procfile line is not a `name: command` entry, so Procfile readers skip it.',
  messages: {
    noColon: 'This line is not a `name: command` entry and Procfile readers skip it; write `name: command`, or start the line with `#` to make it a comment.',
    badName: 'A process name may hold only letters, digits, `_` and `-` in Procfile readers such as foreman, so they skip this line; Cloud 66 documents no rule for process names, so whether it runs it is an open question; rename the process.',
    indented: 'The `{name}` entry is indented, and Procfile readers such as foreman only match entries at the start of a line, so they never start this process; whether Cloud 66 reads an indented entry is not documented; remove the leading whitespace.',
    emptyCommand: 'The `{name}` entry has no command, so it starts nothing; add the command or remove the line.'
  },
  check(ctx) {
    const ids = { 'no-colon': 'noColon', 'bad-name': 'badName', indented: 'indented', 'empty-command': 'emptyCommand' } as const
    for (const p of ctx.analysis.app.procfiles) {
      // a name or an indent that foreman rejects: Cloud 66 documents no Procfile grammar beyond `name: command`
      // (docs/research/cloud66.md#procfile-lines), so a warning; a line with no colon or no command starts nothing under any reading
      for (const bad of p.invalid) ctx.report(p.file.span(bad.start, bad.end), ids[bad.reason], { name: bad.name ?? '' }, bad.reason === 'bad-name' || bad.reason === 'indented' ? { severity: 'warning' } : undefined)
    }
  }
})
