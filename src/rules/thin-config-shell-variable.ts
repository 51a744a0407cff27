import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'thin-config-shell-variable',
  severity: 'warning',
  rack: true,
  summary: "A shell-style `$VARIABLE` in Thin's YAML config, which Thin does not expand.",
  messages: {
    literal: 'Thin does not expand shell variables in `{path}`: `{key}` is the literal text `{value}`; write the value, or use ERB, which Thin does run (`<%= ENV["{variable}"] %>`).'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web) return
    for (const n of web.facts.flagNotes) {
      if (n.kind !== 'thin-yaml-variable') continue
      const variable = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/.exec(n.data.value)?.[1] ?? 'NAME'
      ctx.report(n.at, 'literal', { path: n.data.path, key: n.data.key, value: n.data.value, variable })
    }
  }
})
