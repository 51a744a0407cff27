import { defineRule } from './define-rule.js'
import { plural } from '../core/text.js'

/**
 * A YAML file whose first document ends before the end of the file: a second document (`---`
 * after the first), or a line that ends the first document without a marker (a line left of the
 * top level's column, or more text after a top-level flow collection or scalar). Cloud 66 and
 * Thin load these files with Ruby's `YAML.load`, which returns the first document and never
 * parses the rest (Psych's `parse_stream` stops there; measured with Ruby 3.1 and Psych 4.0.3,
 * docs/research/psych.md#where-the-first-document-ends).
 */
export default defineRule({
  id: 'yaml-later-documents',
  severity: 'notice',
  summary: 'A YAML file goes on after its first document ends: Ruby loads only the first, so the rest is ignored.',
  messages: {
    ignored: '`{file}` has {documents} after the first, from this `---` on; Ruby\'s `YAML.load_file` reads only the first document, so Cloud 66 ignores everything from here; move what you need into the first document, or delete the `---` line.',
    dedent: '`{file}` starts its top level at column {column}, and line {line} (`{text}`) starts left of it, which ends the YAML document: Ruby\'s `YAML.load_file` (Psych) loads only lines 1–{last} and ignores everything from line {line} on without an error, so Cloud 66 ignores it too; indent every top-level key at the same column (column 1 is usual).',
    after: '`{file}`\'s top-level value ends before line {line} (`{text}`), which ends the YAML document: Ruby\'s `YAML.load_file` (Psych) loads only lines 1–{last} and ignores everything from line {line} on without an error, so Cloud 66 ignores it too.',
    thin: '`{path}` has {documents} after the first, from this `---` on; Thin loads it with `YAML.load_file`, which reads only the first document, so Thin ignores everything from here.'
  },
  check(ctx) {
    const { app, web } = ctx.analysis
    for (const tree of [app.manifest?.tree, app.deployHooks?.tree]) {
      if (tree?.laterDocuments) ctx.report(tree.laterDocuments.at, 'ignored', { file: tree.file.path, documents: documents(tree.laterDocuments.count) })
      const end = tree?.endsEarly
      if (tree && end) {
        const data = { file: tree.file.path, line: end.at.line, last: end.lastLine, text: end.text }
        if (end.column !== null) ctx.report(end.at, 'dedent', { ...data, column: end.column })
        else ctx.report(end.at, 'after', data)
      }
    }
    for (const n of web?.facts.flagNotes ?? []) {
      if (n.kind === 'yaml-later-documents') ctx.report(n.at, 'thin', { path: n.data.path, documents: documents(Number(n.data.count)) })
    }
  }
})

const documents = (n: number): string => plural(n, 'YAML document')
