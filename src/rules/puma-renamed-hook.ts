import { defineRule } from './define-rule.js'
import { serverLabel } from './helpers.js'

/**
 * A Puma hook called by its pre-7.0 name on Puma 7 or later (docs/research/servers.md#puma-renamed-hooks):
 * the old name is an alias of the new one, so the hook runs, and Puma prints a deprecation
 * warning at boot (`Puma.deprecate_method_change`). The new name does not exist before 7.0, so
 * renaming is safe only when Gemfile.lock locks Puma 7 or later.
 */
export default defineRule({
  id: 'puma-renamed-hook',
  severity: 'notice',
  rack: true,
  summary: 'A Puma hook is called by the name Puma 7.0 renamed: it still runs, with a deprecation warning at boot.',
  messages: {
    renamed: 'Puma 7.0 renamed `{old}` to `{new}`: {server} still runs this hook, and prints "Use \'{new}\', \'{old}\' is deprecated" at boot; rename it to `{new}`.',
    unlocked: 'Puma 7.0 renamed `{old}` to `{new}`: Puma 7 and later still run this hook, and print "Use \'{new}\', \'{old}\' is deprecated" at boot; rename it once Gemfile.lock locks Puma 7 or later (before 7.0 `{new}` raises NoMethodError).'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web) return
    // also when the command line stops Puma: the config file is the same once the line is fixed
    for (const n of (web.ifStarted ?? web.facts).flagNotes) {
      if (n.kind === 'puma-renamed-hook') ctx.report(n.at, web.version ? 'renamed' : 'unlocked', { old: n.data.old, new: n.data.new, server: serverLabel(web) })
    }
  }
})
