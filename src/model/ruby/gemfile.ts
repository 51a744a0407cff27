/**
 * The Gemfile's `ruby` line, read on Prism and never run (the Gemfile is the repository's code):
 * `ruby "3.4.1"`, `ruby "~> 3.4"`, `ruby "3.4.1", engine: "ruby"`, or `ruby file: ".ruby-version"`
 * (Bundler 2.4 and later read the version from that file). Only a top-level statement counts: a
 * `ruby` call inside a condition or a block may not run. Bundler's `gemfile(5)`, "RUBY".
 */
import type { SourceFile } from '../../files/source-file.js'
import { requirementOf, type RubyDeclaration } from '../ruby-version.js'
import { kindOf, type RubyNode, type RubyParse } from './prism.js'

type N = RubyNode

/** What the Gemfile's `ruby` line says, or the file it names (`file:`); null when it has none rack-check can read. */
export function gemfileRuby(file: SourceFile, parse: RubyParse): RubyDeclaration | { file: string; at: RubyDeclaration['at'] } | null {
  if (parse.errors.length > 0) return null
  const span = (n: N): RubyDeclaration['at'] => {
    const start = parse.offset(n.location.startOffset)
    return file.span(start, Math.max(parse.offset(n.location.startOffset + n.location.length), start + 1))
  }
  const statements = (parse.program as unknown as N).statements as N | null
  for (const s of ((statements?.body as N[] | undefined) ?? [])) {
    if (kindOf(s) !== 'Call' || s.name !== 'ruby' || s.receiver !== null) continue
    const args = (((s.arguments_ as N | null)?.arguments_ as N[] | undefined) ?? [])
    const strings: string[] = []
    let fileName: string | null = null
    let other = false
    for (const a of args) {
      const k = kindOf(a)
      if (k === 'String') strings.push((a.unescaped as { value: string }).value)
      else if (k === 'KeywordHash') {
        for (const e of (a.elements as N[]) ?? []) {
          const key = e.key as N | undefined
          const value = e.value as N | undefined
          const name = key && kindOf(key) === 'Symbol' ? (key.unescaped as { value: string }).value : null
          const text = value && kindOf(value) === 'String' ? (value.unescaped as { value: string }).value : null
          if (name === 'file' && text !== null) fileName = text
          // another engine (`engine: "jruby"`) is not CRuby: its removals are not these
          else if (name === 'engine' && text !== 'ruby') other = true
        }
      } else other = true
    }
    if (other) return null
    if (fileName !== null && strings.length === 0) return { file: fileName, at: span(s) }
    const requirement = requirementOf(strings)
    if (!requirement) return null
    return { source: 'gemfile', path: file.path, at: span(s), text: strings.join(', '), requirement }
  }
  return null
}
