import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'server-gem-not-locked',
  severity: 'error',
  rack: true,
  summary: 'The `custom_web` server runs through Bundler, but Gemfile.lock does not lock its gem.',
  messages: {
    missing: '`{program}` runs through Bundler, but Gemfile.lock does not lock the `{gem}` gem, so Bundler refuses to start it; add `gem "{gem}"` to the Gemfile and run `bundle install`.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    const p = web?.facts.bootProblems.find((b) => b.kind === 'not-bundled')
    if (p) ctx.report(p.at, 'missing', { program: p.data.program, gem: p.data.gem })
  }
})
