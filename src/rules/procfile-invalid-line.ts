import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'procfile-invalid-line',
  severity: 'error',
  summary: 'A Procfile line is not a `name: command` entry, so Procfile readers skip it.',
  messages: {
    noColon: 'This line is not a `name: command` entry and Procfile readers skip it; write `name: command`, or start the line with `#` to make it a comment.',
    badName: 'A process name may hold only letters, digits, `_` and `-`, so Procfile readers skip this line; rename the process.',
    indented: 'The `{name}` entry is indented, and Procfile readers only match entries at the start of a line, so this process is never started; remove the leading whitespace.',
    emptyCommand: 'The `{name}` entry has no command, so it starts nothing; add the command or remove the line.'
  },
  check(ctx) {
    const ids = { 'no-colon': 'noColon', 'bad-name': 'badName', indented: 'indented', 'empty-command': 'emptyCommand' } as const
    for (const p of ctx.analysis.app.procfiles) {
      for (const bad of p.invalid) ctx.report(p.file.span(bad.start, bad.end), ids[bad.reason], { name: bad.name ?? '' })
    }
  }
})
