import { defineRule } from './define-rule.js'
import { shown } from '../model/yaml-tree.js'

export default defineRule({
  id: 'hooks-not-a-list',
  severity: 'error',
  summary: 'A deploy hook point holds a single mapping or value instead of a list of hooks.',
  messages: {
    mapping: '`{name}` holds a single mapping, but a hook point takes a list of hooks; start the hook with `- ` (e.g. `- command: …`).',
    value: '`{name}` holds {value}, but a hook point takes a list of hooks (`- command: …`, `target: …`).'
  },
  check(ctx) {
    for (const point of ctx.analysis.app.deployHooks?.points ?? []) {
      const v = point.value
      if (!v || v.kind === 'seq' || (v.kind === 'scalar' && v.value === null)) continue
      if (v.kind === 'map') ctx.report(point.keyAt, 'mapping', { name: point.name })
      else ctx.report(v.at, 'value', { name: point.name, value: '`' + shown(v) + '`' })
    }
  }
})
