import { defineRule } from './define-rule.js'
import { COMPONENT_KEYS } from '../model/manifest.js'
import type { YNode } from '../model/yaml-tree.js'

/** top-level keys that hold a mapping of settings (docs/research/cloud66.md#manifest-levels); other components are left to Cloud 66 */
export const MAPPING_KEYS = new Set(['rails', 'rack', 'sinatra', 'padrino', 'procfile_metadata', 'environment_variables'])

/**
 * What Psych makes of a value, in words: YAML 1.1 scalars as Psych loads them (`yes` is true,
 * `<<fs` a string), a list as a list.
 */
function psychValue(v: YNode): string {
  if (v.kind === 'seq') return 'a list'
  if (v.kind === 'map') return 'a mapping'
  if (typeof v.value === 'string') return `the string \`${v.value.length > 40 ? v.value.slice(0, 40) + '…' : v.value}\``
  if (typeof v.value === 'number') return `the number \`${v.value}\``
  return `\`${String(v.value)}\``
}

/**
 * The manifest's or the deploy hooks' top level, or a manifest environment, that Psych loads as
 * something other than a mapping (a string, a number, `true`, a list): nothing under it can be
 * read as settings or hooks. A value holding an ERB output tag is left alone: its value is known
 * only after ERB runs. A warning: what Cloud 66 does with such a file or environment
 * (ignores it, or stops the deploy) is not documented (docs/research/psych.md#what-psych-makes-of-a-value).
 */
export default defineRule({
  id: 'yaml-not-a-mapping',
  severity: 'warning',
  summary: 'Psych loads the manifest or deploy hooks file, or an environment in the manifest, as a string, number or list instead of a mapping.',
  messages: {
    root: 'Ruby\'s `YAML.load_file` (Psych) loads `{file}` as {value}, not a mapping of settings, so none of it applies; what Cloud 66 does with such a file (ignores it or stops the deploy) is not documented; write it as `key:` lines.',
    hooks: 'Ruby\'s `YAML.load_file` (Psych) loads `{file}` as {value}, not a mapping of hook points, so none of it runs as a hook; what Cloud 66 does with such a file (ignores it or stops the deploy) is not documented; write it as `after_rails:` (or another hook point) with a list of hooks under it.',
    environment: 'Ruby\'s `YAML.load_file` (Psych) loads `{key}` as {value}, not a mapping, so no settings apply from it; what Cloud 66 does with such an entry (ignores it or stops the deploy) is not documented; remove the value after `{key}:` and indent its settings under it.'
  },
  check(ctx) {
    const { manifest, deployHooks } = ctx.analysis.app
    for (const [tree, message] of [
      [manifest?.tree, 'root'],
      [deployHooks?.tree, 'hooks']
    ] as const) {
      const root = tree?.root
      if (!tree || !root || root.kind === 'map' || (root.kind === 'scalar' && (root.value === null || root.erb))) continue
      ctx.report(root.at, message, { file: tree.file.path, value: psychValue(root) })
    }
    // a manifest environment (or a component, which takes settings too) that holds a scalar; a
    // list is a documented shape for some top-level keys (`databases:`), so only scalars here
    const root = manifest?.tree.root
    if (root?.kind !== 'map') return
    for (const pair of root.pairs) {
      const v = pair.value
      if (pair.merged || v?.kind !== 'scalar' || v.value === null || v.erb) continue
      if (COMPONENT_KEYS.has(pair.key) && !MAPPING_KEYS.has(pair.key)) continue
      ctx.report(v.at, 'environment', { key: pair.key, value: psychValue(v) })
    }
  }
})
