import { defineRule } from './define-rule.js'
import { shown } from '../model/yaml-tree.js'

export default defineRule({
  id: 'hooks-not-a-list',
  severity: 'warning', // not an error: Cloud 66 documents only the list form, but its own sample repositories (AbleTech/postgis-sample, babakgh/rails-psql-postgis) use a single mapping, and no source says it is rejected
  summary: 'A deploy hook point holds a single mapping or value instead of the documented list of hooks.',
  messages: {
    mapping: '`{name}` holds a single mapping; Cloud 66 documents a hook point as a list of hooks (`{name}:` then `- command: …` with its `target:` below), and whether it runs a lone mapping is not documented; start the hook with `- `.',
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
