import { defineRule } from './define-rule.js'
import { didYouMean, replaceSpan } from './helpers.js'
import { HOOK_POINTS } from '../model/deploy-hooks.js'

export default defineRule({
  id: 'hooks-unknown-hook-point',
  severity: 'warning',
  summary: 'A deploy hook point that Cloud 66 does not document, so its hooks never run.',
  messages: {
    unknown: '`{name}` is not a Cloud 66 hook point, so these hooks never run; use one of the documented points (e.g. `after_checkout`, `after_bundle`, `before_restart`, `after_rails`, `last_thing`).',
    typo: '`{name}` is not a Cloud 66 hook point, so these hooks never run; did you mean `{suggestion}`?'
  },
  check(ctx) {
    for (const point of ctx.analysis.app.deployHooks?.points ?? []) {
      if (HOOK_POINTS.has(point.name)) continue
      // a top-level key whose value is not a mapping is a hook point with no environment; an
      // environment-level key is always a hook point
      const suggestion = didYouMean(point.name, HOOK_POINTS)
      const file = ctx.analysis.app.deployHooks!.file
      if (suggestion) ctx.report(point.keyAt, 'typo', { name: point.name, suggestion }, { fix: { description: `rename to \`${suggestion}\``, edits: [replaceSpan(file, point.keyAt, suggestion)] } })
      else ctx.report(point.keyAt, 'unknown', { name: point.name })
    }
  }
})
