/**
 * The comments of each kind of file rack-check reads, found by that file's own tokenizer, so that
 * a `#` inside a string or a block scalar is never taken for one (src/engine/suppressions.ts reads the
 * directives in them).
 */
import type { SourceFile } from '../files/source-file.js'
import type { Procfile } from './procfile.js'
import { parseShell } from './shell.js'
import { MAX_TEXT_NESTING, yamlNestingEstimate, type YamlModule } from './yaml-tree.js'

/** A comment of a file: UTF-16 offsets of its `#` and of its end (exclusive). */
export interface Comment {
  start: number
  end: number
}

/** Procfile: lines that start with `#`, and a shell comment after an entry's command. */
export function procfileComments(procfile: Procfile): Comment[] {
  const { file } = procfile
  const out: Comment[] = []
  for (let line = 1; line <= file.lineCount; line++) {
    const text = file.lineText(line)
    const indent = text.length - text.trimStart().length
    if (text.trimStart().startsWith('#')) out.push({ start: file.lineOffset(line) + indent, end: file.lineOffset(line) + text.length })
  }
  for (const e of procfile.entries) {
    // the command as sh reads it: `#` starts a comment only at the start of a word
    const parse = parseShell(e.command, e.commandStart, { get: () => undefined, unsetBare: 'empty' })
    if (parse.comment !== null) out.push({ start: parse.comment, end: e.commandEnd })
  }
  return out.sort((a, b) => a.start - b.start)
}

/** YAML: the comment tokens of the `yaml` package's concrete syntax tree. */
export function yamlComments(file: SourceFile, yaml: YamlModule): Comment[] {
  const out: Comment[] = []
  // the parser recurses once per level and in its error recovery: not for text the YAML reader refuses (docs/maintainers/robustness.md)
  if (yamlNestingEstimate(file.text) > MAX_TEXT_NESTING) return out
  const walk = (t: unknown, depth: number): void => {
    // the CST nests one level per collection; the YAML reader already stops deep documents
    if (!t || typeof t !== 'object' || depth > 400) return
    if (Array.isArray(t)) {
      for (const x of t) walk(x, depth + 1)
      return
    }
    const token = t as { type?: string; offset?: number; source?: string }
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      out.push({ start: token.offset, end: token.offset + token.source.length })
      return
    }
    for (const [k, v] of Object.entries(t)) if (k !== 'source') walk(v, depth + 1)
  }
  try {
    for (const token of new yaml.Parser().parse(file.text)) walk(token, 0)
  } catch (e) {
    // its stack ran out anyway: the YAML reader reports the file (check-incomplete)
    if ((e as Error).name !== 'RangeError') throw e
  }
  return out.sort((a, b) => a.start - b.start)
}
