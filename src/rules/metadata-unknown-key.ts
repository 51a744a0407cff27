import { defineRule } from './define-rule.js'
import { didYouMean, metadataSettings, replaceSpan } from './helpers.js'

/** The three documented keys (docs/research/cloud66.md#procfile_metadata-keys). */
export const METADATA_KEYS = ['restart_signal', 'stop_sequence', 'restart_on_deploy']
/** Keys of Maestro's service.yml, a different product (docs/research/cloud66.md#maestro-keys). */
const MAESTRO = new Set(['stop_sign', 'stop_grace', 'pre_stop_sequence'])

export default defineRule({
  id: 'metadata-unknown-key',
  severity: 'warning',
  summary: 'A key under a `procfile_metadata` process that Cloud 66 does not document.',
  messages: {
    unknown: '`{key}` is not a `procfile_metadata` setting, so Cloud 66 ignores it; the settings are `restart_signal`, `stop_sequence` and `restart_on_deploy`.',
    typo: '`{key}` is not a `procfile_metadata` setting, so Cloud 66 ignores it; did you mean `{suggestion}`?',
    maestro: '`{key}` is a setting of Maestro\'s `service.yml` (Docker services), not of `procfile_metadata`, so Cloud 66 ignores it here; use `stop_sequence` (e.g. `term, 90, kill`).',
    legacy: '`web_server_stop_signals` is the 2017 name of `stop_sequence` (renamed in October 2018), and whether Cloud 66 still reads it is not documented; rename it `stop_sequence`.'
  },
  check(ctx) {
    for (const { setting } of metadataSettings(ctx.analysis.app.manifest)) {
      const key = setting.key
      if (METADATA_KEYS.includes(key)) continue
      if (key === 'web_server_stop_signals') ctx.report(setting.keyAt, 'legacy')
      else if (MAESTRO.has(key)) ctx.report(setting.keyAt, 'maestro', { key })
      else {
        const suggestion = didYouMean(key, METADATA_KEYS)
        const file = ctx.analysis.app.manifest!.file
        if (suggestion) ctx.report(setting.keyAt, 'typo', { key, suggestion }, setting.merged ? undefined : { fix: { description: `rename to \`${suggestion}\``, edits: [replaceSpan(file, setting.keyAt, suggestion)] } })
        else ctx.report(setting.keyAt, 'unknown', { key })
      }
    }
  }
})
