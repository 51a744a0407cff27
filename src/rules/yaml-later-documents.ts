import { defineRule } from './define-rule.js'

/**
 * A YAML file with a second document (`---` after the first). Cloud 66 and Thin load these files
 * with Ruby's `YAML.load`, which returns the first document and never parses the rest (Psych's
 * `parse_stream` stops there; measured with Ruby 3.1 and Psych 4.0.3, docs/rules/yaml-later-documents.md).
 */
export default defineRule({
  id: 'yaml-later-documents',
  severity: 'notice',
  summary: 'A YAML file has more than one document: Ruby loads only the first, so the rest is ignored.',
  messages: {
    ignored: '`{file}` has {count} YAML document(s) after the first, from this `---` on; Ruby\'s `YAML.load_file` reads only the first document, so Cloud 66 ignores everything from here; move what you need into the first document, or delete the `---` line.',
    thin: '`{path}` has {count} YAML document(s) after the first, from this `---` on; Thin loads it with `YAML.load_file`, which reads only the first document, so Thin ignores everything from here.'
  },
  check(ctx) {
    const { app, web } = ctx.analysis
    for (const tree of [app.manifest?.tree, app.deployHooks?.tree]) {
      if (tree?.laterDocuments) ctx.report(tree.laterDocuments.at, 'ignored', { file: tree.file.path, count: tree.laterDocuments.count })
    }
    for (const n of web?.facts.flagNotes ?? []) {
      if (n.kind === 'yaml-later-documents') ctx.report(n.at, 'thin', { path: n.data.path, count: n.data.count })
    }
  }
})
