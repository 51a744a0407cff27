import { defineRule } from './define-rule.js'
import { metadataSettings, replaceSpan } from './helpers.js'
import { parseStopSequence, readSignal, type SignalWord } from '../model/signals.js'

export default defineRule({
  id: 'metadata-signal-spelling',
  severity: 'warning',
  summary: 'A signal in `procfile_metadata` written in upper case, with `SIG`, or as a Ruby symbol (`:term`).',
  messages: {
    spelling: '`{text}`: Cloud 66\'s examples write signals in lower case without `SIG` or `:` (`{name}`), and whether other spellings are accepted is not documented; write `{name}`.'
  },
  check(ctx) {
    const manifest = ctx.analysis.app.manifest
    if (!manifest) return
    const words: SignalWord[] = []
    for (const { setting } of metadataSettings(manifest)) {
      const v = setting.value
      if (v?.kind !== 'scalar' || typeof v.value !== 'string' || v.erb) continue
      if (setting.key === 'restart_signal') words.push(readSignal(v.value.trim(), v.at))
      if (setting.key === 'stop_sequence' || setting.key === 'web_server_stop_signals') words.push(...parseStopSequence(manifest.file, v).steps.flatMap((s) => (s.signal ? [s.signal] : [])))
    }
    for (const w of words) if (w.name && w.spelling.length) ctx.report(w.at, 'spelling', { text: w.text, name: w.name }, { fix: { description: `write \`${w.name}\``, edits: [replaceSpan(manifest.file, w.at, w.name)] } })
  }
})
