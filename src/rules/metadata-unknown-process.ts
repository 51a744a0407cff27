import { defineRule } from './define-rule.js'
import { blockName, didYouMean } from './helpers.js'

export default defineRule({
  id: 'metadata-unknown-process',
  severity: 'warning',
  summary: 'A `procfile_metadata` process that the Procfile does not have (`web` and `custom_web` both mean the custom web server).',
  messages: {
    missing: 'The Procfile has no `{process}` process, so these settings apply to nothing; use the name of a Procfile entry.',
    typo: 'The Procfile has no `{process}` process, so these settings apply to nothing; did you mean `{suggestion}`?',
    noCustomWeb: 'The Procfile has no `custom_web` entry, so Passenger serves the app and these `custom_web` settings apply to nothing.',
    both: '`{block}` names the web server twice, as `web` (line {line}) and as `custom_web`; both mean the `custom_web` process (Cloud 66\'s examples use `web`), and which one wins is not documented; keep one.'
  },
  check(ctx) {
    const { manifest, procfiles, web } = ctx.analysis.app
    if (!manifest || procfiles.length === 0) return
    const names = new Set(procfiles.flatMap((p) => p.entries.map((e) => e.name)))
    for (const block of manifest.metadata) {
      if (block.value?.kind !== 'map') continue
      const webKey = block.value.pairs.find((p) => p.key === 'web')
      for (const process of block.value.pairs) {
        const name = process.key
        if (name === 'custom_web') {
          if (!web) ctx.report(process.keyAt, 'noCustomWeb')
          else if (webKey) ctx.report(process.keyAt, 'both', { block: blockName(block), line: webKey.keyAt.line }, { severity: 'notice' })
          continue
        }
        // Cloud 66's own examples key the custom web server as `web` (docs/research/cloud66.md#the-web-process-key)
        if (name === 'web' || names.has(name)) continue
        const suggestion = didYouMean(name, names)
        if (suggestion) ctx.report(process.keyAt, 'typo', { process: name, suggestion })
        else ctx.report(process.keyAt, 'missing', { process: name })
      }
    }
  }
})
