import { defineRule } from './define-rule.js'
import { blockName, metadataSettings } from './helpers.js'
import { parseStopSequence, readSignal } from '../model/signals.js'
import { shown } from '../model/yaml-tree.js'

/** The open question each of these messages names (docs/research/cloud66.md#procfile_metadata-values). */
const OPEN = 'what Cloud 66 does with a value outside its documented form is not documented'

export default defineRule({
  id: 'metadata-invalid-value',
  // a warning, for the web process and every other: the value is certainly outside the documented
  // form (docs/research/cloud66.md#procfile_metadata-values), but what Cloud 66 then does (reject the
  // manifest, ignore the value, send what it can) is not documented, and for non-web processes only
  // `stop_sequence` and `restart_on_deploy` are shown at all (docs/contract.md §2.1)
  severity: 'warning',
  summary: 'A `procfile_metadata` value outside the form Cloud 66 documents: not a mapping, not a signal, a malformed `stop_sequence`, a `restart_on_deploy` that is not a boolean.',
  messages: {
    notMapping: `\`{where}\` must map each process name to its settings, but it holds {value} (${OPEN}); write e.g. \`web:\` then \`restart_signal: usr1\` indented under it.`,
    processNotMapping: `\`{process}\` must hold settings (\`restart_signal\`, \`stop_sequence\`, \`restart_on_deploy\`), but it holds {value} (${OPEN}); e.g. \`{process}:\` then \`  restart_signal: usr1\`.`,
    notSignal: `\`{text}\` is not a signal name (${OPEN}); \`restart_signal\` takes one signal, written like \`usr1\`, \`usr2\` or \`hup\`.`,
    sequenceNumber: `\`stop_sequence\` is the number {text} (${OPEN}); it must list signals and waits in seconds, e.g. \`term, 90, kill\`.`,
    sequenceNotString: `\`stop_sequence\` must be a string of signals and waits in seconds, e.g. \`term, 90, kill\`, but it holds {value} (${OPEN}).`,
    sequenceWord: `\`{text}\` in \`stop_sequence\` is not a signal name (${OPEN}); the sequence alternates signals and waits in seconds, e.g. \`term, 90, kill\`.`,
    sequenceOrder: `\`stop_sequence\` must alternate signal, seconds, signal, … and end with a signal (e.g. \`term, 90, kill\`); {problem}; ${OPEN}.`,
    loneKill: '`stop_sequence: kill` kills the process at once, with no time to finish its work; start with a signal it stops gracefully on, e.g. `term, 90, kill`.',
    notBoolean: `\`restart_on_deploy\` must be \`true\` or \`false\`, but it is {value} (${OPEN}).`,
    quotedBoolean: '`restart_on_deploy` is the string "{text}", not the boolean; how Cloud 66 reads a quoted value is not documented; write it without quotes.'
  },
  check(ctx) {
    const manifest = ctx.analysis.app.manifest
    if (!manifest) return
    for (const block of manifest.metadata) {
      if (block.value === null || (block.value.kind === 'scalar' && block.value.value === null)) continue
      if (block.value.kind !== 'map') {
        ctx.report(block.value.at, 'notMapping', { where: blockName(block), value: shown(block.value) })
        continue
      }
      for (const p of block.value.pairs) {
        if (p.value && p.value.kind !== 'map' && !(p.value.kind === 'scalar' && p.value.value === null)) ctx.report(p.value.at, 'processNotMapping', { process: p.key, value: describe(p.value) })
      }
    }
    for (const { setting } of metadataSettings(manifest)) {
      const v = setting.value
      if (!v || (v.kind === 'scalar' && (v.value === null || v.erb))) continue
      if (setting.key === 'restart_signal') {
        if (v.kind !== 'scalar') ctx.report(v.at, 'notSignal', { text: shown(v) })
        else if (!readSignal(String(v.value).trim(), v.at).name) ctx.report(v.at, 'notSignal', { text: String(v.value) })
      } else if (setting.key === 'stop_sequence' || setting.key === 'web_server_stop_signals') {
        if (v.kind !== 'scalar') ctx.report(v.at, 'sequenceNotString', { value: shown(v) })
        else if (typeof v.value === 'number' && !v.quoted) ctx.report(v.at, 'sequenceNumber', { text: String(v.value) })
        else if (typeof v.value !== 'string') ctx.report(v.at, 'sequenceNotString', { value: String(v.value) })
        else {
          const seq = parseStopSequence(manifest.file, v)
          const bad = seq.steps.find((s) => s.kind === 'other' && s.word !== '')
          if (bad) ctx.report(bad.at, 'sequenceWord', { text: bad.word })
          else if (seq.problem) ctx.report(seq.problem.at, 'sequenceOrder', { problem: ORDER[seq.problem.kind] })
          else if (seq.steps.length === 1 && seq.steps[0].signal?.name === 'kill') ctx.report(seq.steps[0].at, 'loneKill', {}, { severity: 'notice' })
        }
      } else if (setting.key === 'restart_on_deploy') {
        if (v.kind === 'scalar' && typeof v.value === 'boolean' && !v.quoted) continue
        if (v.kind === 'scalar' && v.quoted && (v.value === 'true' || v.value === 'false')) ctx.report(v.at, 'quotedBoolean', { text: v.value }, { severity: 'warning' })
        else ctx.report(v.at, 'notBoolean', { value: v.kind === 'scalar' ? '`' + String(v.value) + '`' : shown(v) })
      }
    }
  }
})

const ORDER = {
  'empty-step': 'a step is empty (two commas in a row, or a trailing comma)',
  'expected-signal': 'a number stands where a signal belongs',
  'expected-seconds': 'two signals follow each other with no wait between them',
  'ends-with-seconds': 'it ends with a wait instead of a signal'
} as const

function describe(v: { kind: string }): string {
  return v.kind === 'seq' ? 'a list' : 'a single value'
}
