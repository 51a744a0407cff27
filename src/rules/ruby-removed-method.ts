import { defineRule } from './define-rule.js'
import { serverLabel } from './helpers.js'

/**
 * A server config calls what the app's Ruby removed (`File.exists?` since Ruby 3.2;
 * docs/research/servers.md#ruby-removals): an error where the call certainly runs at boot and
 * certainly raises on the app's Ruby, a warning where either depends on something rack-check
 * does not know (the Ruby, a branch, a hook whose failure was not measured).
 */
export default defineRule({
  id: 'ruby-removed-method',
  severity: 'error',
  rack: true,
  summary: 'A server config calls a method or constant that the app\'s Ruby removed.',
  messages: {
    bootFailure: '`{name}` raises {error} on {ruby}, because Ruby {removedIn} removed it; it is called {where}, so {effect}: {server} does not start; {fix}.',
    mayFail: '`{name}` raises {error} on Ruby {failing} (Ruby {removedIn} removed it), and {state}; it is called {position}, and when it raises there {effect}; {fix}.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web) return
    for (const p of web.facts.bootProblems) if (p.kind === 'ruby-removed') ctx.report(p.at, 'bootFailure', { ...p.data, server: serverLabel(web) })
    for (const n of web.facts.rubyRemoved ?? []) ctx.report(n.at, 'mayFail', n.data, { severity: 'warning' })
  }
})
