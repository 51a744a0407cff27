import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'procfile-commented-custom-web',
  severity: 'notice',
  rack: true,
  summary: 'The only `custom_web` entry is commented out, so Passenger serves the app.',
  messages: {
    commented: 'This `custom_web` entry is commented out, so Cloud 66 serves the app with Passenger; remove the `#` to run this server instead (before the app is first built: a later switch from Passenger is not applied).'
  },
  check(ctx) {
    if (ctx.analysis.app.web) return
    for (const p of ctx.analysis.app.procfiles) {
      for (const c of p.commentedEntries) {
        if (c.name !== 'custom_web') continue
        // the `#`s and the blanks after them
        const hashes = /^#+[ \t]*/.exec(p.file.text.slice(c.start, c.end))![0].length
        ctx.report(p.file.span(c.start, c.end), 'commented', {}, { fix: { description: 'remove the `#`', edits: [{ file: p.file, start: c.start, end: c.start + hashes, text: '' }] } })
      }
    }
  }
})
