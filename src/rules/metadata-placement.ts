import { defineRule } from './define-rule.js'
import { blockName } from './helpers.js'
import { shown } from '../model/yaml-tree.js'

export default defineRule({
  id: 'metadata-placement',
  severity: 'warning',
  summary: '`procfile_metadata` at the top level and under an environment: whether Cloud 66 merges them is not documented.',
  messages: {
    conflict: '`{block}.{process}.{key}` is `{value}` here and `{other}` at the top level (line {line}); Cloud 66\'s docs do not say which one wins (rack-check uses the environment\'s); keep one `procfile_metadata`.',
    both: '`procfile_metadata` is set at the top level (line {line}) and under `{environment}`; Cloud 66\'s docs do not say whether the two are merged (rack-check uses the environment\'s block for it); keep one.'
  },
  check(ctx) {
    const manifest = ctx.analysis.app.manifest
    const top = manifest?.metadata.find((b) => b.environment === null)
    if (!manifest || !top) return
    for (const block of manifest.metadata) {
      if (block === top) continue
      let conflicts = 0
      if (block.value?.kind === 'map' && top.value?.kind === 'map') {
        for (const process of block.value.pairs) {
          const same = top.value.pairs.find((p) => p.key === process.key || (['web', 'custom_web'].includes(p.key) && ['web', 'custom_web'].includes(process.key)))
          if (process.value?.kind !== 'map' || same?.value?.kind !== 'map') continue
          for (const setting of process.value.pairs) {
            const other = same.value.pairs.find((p) => p.key === setting.key)
            if (!other || shown(other.value) === shown(setting.value)) continue
            conflicts++
            ctx.report(setting.value?.at ?? setting.keyAt, 'conflict', { block: blockName(block), process: process.key, key: setting.key, value: shown(setting.value), other: shown(other.value), line: other.keyAt.line })
          }
        }
      }
      if (conflicts === 0) ctx.report(block.keyAt, 'both', { line: top.keyAt.line, environment: block.environment ?? '' }, { severity: 'notice' })
    }
  }
})
