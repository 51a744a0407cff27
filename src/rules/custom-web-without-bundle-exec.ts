import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'custom-web-without-bundle-exec',
  severity: 'warning',
  rack: true,
  summary: 'The `custom_web` server runs without `bundle exec` or a binstub.',
  messages: {
    bare: '`{program}` runs without `bundle exec`, so the version installed system-wide runs, not the one in Gemfile.lock; write `bundle exec {program}`.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web || !web.command.program || web.command.bundleExec || web.command.binstub || web.model === null) return
    const at = web.command.program.start
    ctx.report(web.procfile.span(at, web.command.program.end), 'bare', { program: web.command.program.text }, { fix: { description: 'add `bundle exec`', edits: [{ file: web.procfile, start: at, end: at, text: 'bundle exec ' }] } })
  }
})
