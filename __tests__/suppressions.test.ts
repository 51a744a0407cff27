/**
 * Inline suppressions: only real comments count (found by each file's own tokenizer), a directive
 * applies to its line or the next, `disable-file` to the file; stale ones are reported.
 */
import { describe, expect, test } from '@jest/globals'
import { SourceFile } from '../src/files/source-file.js'
import type { Finding } from '../src/core/finding.js'
import { procfileComments, yamlComments } from '../src/model/comments.js'
import { parseProcfile } from '../src/model/procfile.js'
import { loadYaml } from '../src/model/yaml-tree.js'
import { applyDirectives, parseDirectives } from '../src/engine/suppressions.js'

const finding = (rule: string, file: string, line: number): Finding => ({ rule, severity: 'error', file, line, column: 1, endLine: line, endColumn: 1, message: 'm', docs: '' })

describe('comments', () => {
  test('Procfile: whole-line comments and a comment after a command; a `#` inside a word or quotes is not one', () => {
    const f = new SourceFile('Procfile', '# top\ncustom_web: puma -b "a # b" x#y # rack-check: disable=x\nworker: a\n')
    const comments = procfileComments(parseProcfile(f)).map((c) => f.text.slice(c.start, c.end))
    expect(comments).toEqual(['# top', '# rack-check: disable=x'])
  })

  test('YAML: comment tokens only, not a `#` in a quoted string', async () => {
    const f = new SourceFile('m.yml', 'a: "x # y" # one\nb: |\n  # in a block\n# two\n')
    expect(yamlComments(f, await loadYaml()).map((c) => f.text.slice(c.start, c.end))).toEqual(['# one', '# two'])
  })
})

describe('directives', () => {
  const file = new SourceFile('Procfile', 'custom_web: puma -d # rack-check: disable=custom-web-daemonizes -- Bluepill stack\n# rack-check: disable=procfile-duplicate-process,web-without-custom-web\nworker: a\n# rack-check: disable-file=procfile-crlf\n# rack-check: ignore everything\n')
  const comments = procfileComments(parseProcfile(file))
  const parsed = parseDirectives(file, comments)

  test('the line, the next line, the whole file; the reason after `--`', () => {
    expect(parsed.directives.map((d) => [d.scope, d.line, d.rules.map((r) => r.id), d.reason])).toEqual([
      ['line', 1, ['custom-web-daemonizes'], 'Bluepill stack'],
      ['line', 3, ['procfile-duplicate-process', 'web-without-custom-web'], ''],
      ['file', 5, ['procfile-crlf'], '']
    ])
    expect(parsed.malformed.map((m) => m.text)).toEqual(['# rack-check: ignore everything'])
  })

  test('matching findings are marked suppressed; unknown, unused and malformed directives are reported', () => {
    const findings = [finding('custom-web-daemonizes', 'Procfile', 1), finding('procfile-duplicate-process', 'Procfile', 3), finding('procfile-crlf', 'Procfile', 2), finding('custom-web-daemonizes', 'Procfile', 3)]
    const problems = applyDirectives(findings, new Map([['Procfile', parsed]]), new Set(['custom-web-daemonizes', 'procfile-duplicate-process', 'web-without-custom-web', 'procfile-crlf']))
    expect(findings.map((f) => f.suppressed ?? null)).toEqual([{ kind: 'inSource', reason: 'Bluepill stack' }, { kind: 'inSource', reason: '' }, { kind: 'inSource', reason: '' }, null])
    expect(problems.map((p) => [p.kind, p.at.line, p.data.id ?? p.data.text])).toEqual([
      ['malformed', 5, '# rack-check: ignore everything'],
      ['unused', 2, 'web-without-custom-web']
    ])
    const unknown = applyDirectives([], new Map([['Procfile', parseDirectives(file, comments)]]), new Set())
    expect(unknown.filter((p) => p.kind === 'unknown-rule').map((p) => p.data.id)).toEqual(['custom-web-daemonizes', 'procfile-duplicate-process', 'web-without-custom-web', 'procfile-crlf'])
  })
})
