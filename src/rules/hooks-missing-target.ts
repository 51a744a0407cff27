import { defineRule } from './define-rule.js'
import { get } from '../model/yaml-tree.js'
import type { Hook } from '../model/deploy-hooks.js'

/**
 * Cloud 66's deploy hook reference lists `target` among the fields every hook needs, with no
 * default (docs/research/cloud66.md#hook-fields): what Cloud 66 does with a hook that has none
 * (refuse the file, skip the hook, run it on some server) is not documented, so a warning that
 * names that question. One finding per hook point, so that a file of such hooks is one finding a list.
 */
export default defineRule({
  id: 'hooks-missing-target',
  severity: 'warning',
  summary: 'Deploy hooks with no `target:`, a field Cloud 66\'s deploy hook reference lists as required.',
  messages: {
    one: 'This hook in `{point}` has no `target:`; Cloud 66\'s deploy hook reference lists `target` as required, with no default, and what Cloud 66 does with a hook without one is not documented; add the servers it runs on (`target: rails` or another documented target: `any`, `mysql`, `postgresql`, `mongodb`, `redis`, `sinatra`, `padrino`, `custom`).',
    several: '{which} in `{point}` have no `target:` (lines {lines}); Cloud 66\'s deploy hook reference lists `target` as required, with no default, and what Cloud 66 does with a hook without one is not documented; add the servers each runs on (`target: rails` or another documented target: `any`, `mysql`, `postgresql`, `mongodb`, `redis`, `sinatra`, `padrino`, `custom`).'
  },
  check(ctx) {
    const byPoint = new Map<Hook['point'], Hook[]>()
    for (const hook of ctx.analysis.app.deployHooks?.hooks ?? []) {
      const list = byPoint.get(hook.point) ?? []
      list.push(hook)
      byPoint.set(hook.point, list)
    }
    for (const [point, hooks] of byPoint) {
      const missing = hooks.filter((h) => !get(h.map, 'target'))
      if (missing.length === 0) continue
      const name = point.environment === null ? point.name : `${point.environment}.${point.name}`
      const first = missing[0].map.pairs[0]?.keyAt ?? missing[0].map.at
      if (missing.length === 1) ctx.report(first, 'one', { point: name })
      else ctx.report(point.keyAt, 'several', { point: name, which: missing.length === hooks.length ? (hooks.length === 2 ? 'Both hooks' : `All ${hooks.length} hooks`) : `${missing.length} of the ${hooks.length} hooks`, lines: lineList(missing.map((h) => h.map.at.line)) })
    }
  }
})

/** The first lines, then how many more: a file may hold thousands of hooks. */
function lineList(lines: number[]): string {
  const shown = lines.slice(0, 10).join(', ')
  return lines.length > 10 ? `${shown} and ${lines.length - 10} more` : shown
}
