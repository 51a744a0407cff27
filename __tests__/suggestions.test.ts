/** What the suggested changes are made of (src/action/suggestions.ts): the diff's lines, the corrected text, the fence. */
import { describe, expect, test } from '@jest/globals'
import { diffLines, planSuggestions, suggestionMarker } from '../src/action/suggestions.js'
import { applyEdits } from '../src/fixes/apply.js'
import type { Finding } from '../src/finding.js'

const finding = (rule: string, edits: Array<[number, number, number, number, string]>, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: 'error',
  message: 'msg @someone #1',
  docs: '',
  file: 'Procfile',
  line: edits[0][0],
  column: 1,
  endLine: edits[0][0],
  endColumn: 1,
  fix: { description: 'do it', edits: edits.map(([line, column, endLine, endColumn, text]) => ({ file: 'Procfile', line, column, endLine, endColumn, text })) },
  ...extra
})

describe('diffLines', () => {
  test('added and context lines count, by hunk; removed ones and "no newline" do not', () => {
    const patch = '@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n@@ -10,2 +10,3 @@\n x\n+y\n\\ No newline at end of file'
    expect([...diffLines(patch)]).toEqual([[1, 0], [2, 0], [3, 0], [10, 1], [11, 1]])
  })
})

describe('planSuggestions', () => {
  const text = 'one\ntwo `x` ```\nthree\nfour\n'
  const all = '@@ -0,0 +1,4 @@\n+one\n+two\n+three\n+four'
  const plan = (f: Finding[], patch: string | undefined = all, t = text): ReturnType<typeof planSuggestions> => planSuggestions(f, 'app', 'c'.repeat(40), () => t, new Map([['app/Procfile', patch]]), applyEdits)

  test('one line: the corrected line in a fence its backticks cannot close; the message neutralised', () => {
    const { suggestions } = plan([finding('r1', [[2, 1, 2, 4, 'TWO']])])
    expect(suggestions).toHaveLength(1)
    const s = suggestions[0]
    expect([s.path, s.line, s.startLine]).toEqual(['app/Procfile', 2, undefined])
    expect(s.body.split('\n')[0]).toBe(suggestionMarker('r1', 'app'))
    expect(s.body).toContain('````suggestion\nTWO `x` ```\n````')
    expect(s.body).not.toContain('@someone')
    expect(s.body).not.toContain(' #1')
  })

  test('a run of lines: start_line and line; a deleted line gives an empty block', () => {
    const [multi] = plan([finding('r2', [[3, 1, 3, 1, 'x\n'], [4, 1, 4, 5, 'FOUR']])]).suggestions
    expect([multi.startLine, multi.line]).toEqual([3, 4])
    expect(multi.body).toContain('```suggestion\nx\nthree\nFOUR\n```')
    const [gone] = plan([finding('r3', [[1, 1, 2, 1, '']])]).suggestions
    expect([gone.startLine, gone.line]).toEqual([undefined, 1])
    expect(gone.body).toContain('```suggestion\n```')
  })

  test('outside the diff, suppressed, CRLF, several files, two hunks: none', () => {
    expect(plan([finding('r', [[2, 1, 2, 4, 'X']])], '@@ -1 +1 @@\n-o\n+one')).toEqual({ suggestions: [], outsideDiff: 1 })
    // a file the pull request does not change, or one whose patch GitHub leaves out (too large)
    expect(planSuggestions([finding('r', [[2, 1, 2, 4, 'X']])], 'app', 'c'.repeat(40), () => text, new Map(), applyEdits)).toEqual({ suggestions: [], outsideDiff: 1 })
    expect(planSuggestions([finding('r', [[2, 1, 2, 4, 'X']])], 'app', 'c'.repeat(40), () => text, new Map([['app/Procfile', undefined]]), applyEdits)).toEqual({ suggestions: [], outsideDiff: 1 })
    expect(plan([finding('r', [[1, 1, 2, 4, 'X']])], '@@ -1 +1 @@\n+one\n@@ -2 +2 @@\n+two').outsideDiff).toBe(1)
    expect(plan([finding('r', [[2, 1, 2, 4, 'X']], { suppressed: { kind: 'inSource', reason: 'x' } })]).suggestions).toEqual([])
    expect(plan([finding('r', [[1, 1, 1, 4, 'X']])], all, 'one\r\ntwo\r\n').suggestions).toEqual([])
    const two = finding('r', [[1, 1, 1, 2, 'X']])
    two.fix!.edits.push({ ...two.fix!.edits[0], file: 'other' })
    expect(plan([two]).suggestions).toEqual([])
  })

  test('the marker cannot close its HTML comment', () => {
    expect(suggestionMarker('r', 'a-->b')).toBe('<!-- rack-check:suggestion rule="r" working-directory="a-\\u002d\\u003eb" -->')
  })
})
