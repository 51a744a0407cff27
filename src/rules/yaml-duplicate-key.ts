import { defineRule } from './define-rule.js'
import { HOOK_POINTS } from '../model/deploy-hooks.js'

export default defineRule({
  id: 'yaml-duplicate-key',
  severity: 'warning',
  summary: 'A key is written twice in the same mapping of the manifest or the deploy hooks, so the earlier value is lost.',
  messages: {
    lost: '`{key}` is written again on line {line}; YAML keeps only the last value, so this one is lost; merge the two.',
    hooks: '`{key}` is written again on line {line}; YAML keeps only the last list, so the hooks under this one never run; put all of them in one `{key}:` list.'
  },
  check(ctx) {
    const { manifest, deployHooks } = ctx.analysis.app
    for (const d of manifest?.tree.duplicates ?? []) ctx.report(d.lost, 'lost', { key: d.key, line: d.kept.line })
    for (const d of deployHooks?.tree.duplicates ?? []) ctx.report(d.lost, HOOK_POINTS.has(d.key) ? 'hooks' : 'lost', { key: d.key, line: d.kept.line })
  }
})
