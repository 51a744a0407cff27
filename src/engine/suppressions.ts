/**
 * Inline suppressions, in each file's own comment syntax (hadolint's `# hadolint ignore=`, ESLint's
 * `eslint-disable-next-line`):
 *
 *     # rack-check: disable=<rule-id>[,<rule-id>…] -- <reason>
 *     # rack-check: disable-file=<rule-id>[,<rule-id>…] -- <reason>
 *
 * `disable` on a line of its own applies to the next line; after other text on a line, to that
 * line. `disable-file` applies to the whole file. Only real comments count: the caller finds them
 * with the file's own tokenizer (the YAML parser's CST, Prism's comment list, the shell's `#` for
 * Procfile lines), so a `#` inside a string is never a directive. A suppressed finding stays in
 * the report with `suppressed: {kind: 'inSource', reason}`; a directive that names an unknown
 * rule, that matches nothing, or that is not written as above is itself a notice.
 */
import type { SourceFile } from '../files/source-file.js'
import type { Finding } from '../core/finding.js'
import type { Span } from '../core/span.js'
import type { Comment } from '../model/comments.js'


export interface Directive {
  at: Span
  scope: 'line' | 'file'
  /** the line whose findings it suppresses (scope 'line') */
  line: number
  rules: Array<{ id: string; at: Span }>
  reason: string
}

export interface Malformed {
  at: Span
  text: string
}

const PREFIX = /^#+\s*rack-check\s*:/

/** The directives among a file's comments, and the comments that start like one but are not. */
export function parseDirectives(file: SourceFile, comments: Comment[]): { directives: Directive[]; malformed: Malformed[] } {
  const directives: Directive[] = []
  const malformed: Malformed[] = []
  for (const c of comments) {
    const text = file.text.slice(c.start, c.end)
    const head = PREFIX.exec(text)
    if (!head) continue
    // trailing blanks cut first, and the reason is the rest of the comment: `(.*?)\s*$` retried
    // the blanks' run from every place in it, quadratic (100,000 spaces: 4 s; found by the fuzz suite)
    const body = text.slice(head[0].length).trimEnd()
    const m = /^\s*(disable-file|disable)\s*=\s*([A-Za-z0-9_-]+(?:\s*,\s*[A-Za-z0-9_-]+)*)\s*(?:--\s*([^]*))?$/.exec(body)
    const at = file.span(c.start, c.end)
    if (!m) {
      malformed.push({ at, text: text.trim() })
      continue
    }
    const rules: Directive['rules'] = []
    const listStart = c.start + head[0].length + body.indexOf(m[2])
    for (const piece of m[2].matchAll(/[A-Za-z0-9_-]+/g)) {
      const s = listStart + piece.index!
      rules.push({ id: piece[0], at: file.span(s, s + piece[0].length) })
    }
    const lineStart = file.lineOffset(at.line)
    const alone = file.text.slice(lineStart, c.start).trim() === ''
    directives.push({ at, scope: m[1] === 'disable-file' ? 'file' : 'line', line: alone ? at.line + 1 : at.line, rules, reason: m[3] ?? '' })
  }
  return { directives, malformed }
}

export interface SuppressionProblem {
  kind: 'unknown-rule' | 'unused' | 'malformed'
  at: Span
  data: Record<string, string>
}

/**
 * Marks the findings the directives of their files suppress (the findings are changed in place:
 * `suppressed` is added) and returns what is wrong with the directives themselves.
 */
export function applyDirectives(findings: Finding[], byFile: Map<string, { directives: Directive[]; malformed: Malformed[] }>, knownRules: Set<string>): SuppressionProblem[] {
  const problems: SuppressionProblem[] = []
  const used = new Set<string>()
  const key = (d: Directive, id: string): string => `${d.at.file}:${d.at.line}:${d.at.column}:${id}`
  for (const f of findings) {
    const entry = byFile.get(f.file)
    if (!entry) continue
    for (const d of entry.directives) {
      if (d.scope === 'line' && d.line !== f.line) continue
      const hit = d.rules.find((r) => r.id === f.rule)
      if (!hit) continue
      used.add(key(d, hit.id))
      f.suppressed ??= { kind: 'inSource', reason: d.reason }
    }
  }
  for (const [, entry] of byFile) {
    for (const m of entry.malformed) problems.push({ kind: 'malformed', at: m.at, data: { text: m.text } })
    for (const d of entry.directives) {
      for (const r of d.rules) {
        if (!knownRules.has(r.id)) problems.push({ kind: 'unknown-rule', at: r.at, data: { id: r.id } })
        else if (!used.has(key(d, r.id))) problems.push({ kind: 'unused', at: r.at, data: { id: r.id, where: d.scope === 'file' ? 'in this file' : `on line ${d.line}` } })
      }
    }
  }
  return problems
}
