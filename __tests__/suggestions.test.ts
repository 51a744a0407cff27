/** What the suggested changes are made of (src/action/suggestions.ts): the diff's lines, the corrected text, the fence. */
import { describe, expect, test } from '@jest/globals'
import { diffLines, MAX_SUGGESTIONS, planSuggestions, suggestionMarker } from '../src/action/suggestions.js'
import { applyEdits } from '../src/fixes/apply.js'
import type { Finding } from '../src/core/finding.js'

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
    expect(plan([finding('r', [[2, 1, 2, 4, 'X']])], '@@ -1 +1 @@\n-o\n+one')).toMatchObject({ suggestions: [], outsideDiff: 1 })
    // a file the pull request does not change, or one whose patch GitHub leaves out (too large)
    expect(planSuggestions([finding('r', [[2, 1, 2, 4, 'X']])], 'app', 'c'.repeat(40), () => text, new Map(), applyEdits)).toMatchObject({ suggestions: [], outsideDiff: 1 })
    expect(planSuggestions([finding('r', [[2, 1, 2, 4, 'X']])], 'app', 'c'.repeat(40), () => text, new Map([['app/Procfile', undefined]]), applyEdits)).toMatchObject({ suggestions: [], outsideDiff: 1 })
    expect(plan([finding('r', [[1, 1, 2, 4, 'X']])], '@@ -1 +1 @@\n+one\n@@ -2 +2 @@\n+two').outsideDiff).toBe(1)
    expect(plan([finding('r', [[2, 1, 2, 4, 'X']], { suppressed: { kind: 'inSource', reason: 'x' } })]).suggestions).toEqual([])
    expect(plan([finding('r', [[1, 1, 1, 4, 'X']])], all, 'one\r\ntwo\r\n').suggestions).toEqual([])
    const two = finding('r', [[1, 1, 1, 2, 'X']])
    two.fix!.edits.push({ ...two.fix!.edits[0], file: 'other' })
    expect(plan([two]).suggestions).toEqual([])
  })

  test('with the head\'s text: posted at the head\'s line when it holds the checked lines, moved to the one place it has them, else not posted', () => {
    const headPatch = '@@ -0,0 +1,4 @@\n+one\n+two\n+three\n+four'
    const withHead = (f: Finding[], head: string | null, checked = text): ReturnType<typeof planSuggestions> => planSuggestions(f, 'app', 'c'.repeat(40), () => checked, new Map([['app/Procfile', headPatch]]), applyEdits, 'app', new Map([['app/Procfile', head]]))
    // the same lines at the head
    const same = withHead([finding('r', [[3, 1, 3, 6, 'THREE']])], 'one\ntwo `x` ```\nthree\nfour\n')
    expect(same.suggestions.map((s) => [s.line, s.startLine])).toEqual([[3, undefined]])
    expect(same.moved).toBe(0)
    // the checkout is the merge: the base added a line above, so the checked line 3 is the head's line 2
    const merged = 'base line\none\nthree\nfour\n'
    const moved = withHead([finding('r', [[3, 1, 3, 6, 'THREE']])], 'one\nthree\nfour\n', merged)
    expect(moved.suggestions.map((s) => [s.line, s.startLine])).toEqual([[2, undefined]])
    expect(moved.suggestions[0].body).toContain('```suggestion\nTHREE\n```')
    expect(moved.moved).toBe(1)
    // a run of lines moves as one
    const run = withHead([finding('r', [[3, 1, 3, 1, 'x\n'], [4, 1, 4, 5, 'FOUR']])], 'one\nthree\nfour\n', merged)
    expect(run.suggestions.map((s) => [s.startLine, s.line])).toEqual([[2, 3]])
    // the checked line is at the head twice, or not at all, or the head could not be read: none
    expect(withHead([finding('r', [[3, 1, 3, 6, 'THREE']])], 'three\none\nfour\nthree\n', merged)).toMatchObject({ suggestions: [], notAtHead: [{ rule: 'r', path: 'app/Procfile', line: 3, why: 'moved' }] })
    expect(withHead([finding('r', [[3, 1, 3, 6, 'THREE']])], 'one\nthr3e\nfour\n', merged).notAtHead).toHaveLength(1)
    expect(withHead([finding('r', [[3, 1, 3, 6, 'THREE']])], null, merged)).toMatchObject({ suggestions: [], notAtHead: [{ why: 'unread' }] })
  })

  test('140,000 fixes in one file: one pass, at most MAX_SUGGESTIONS suggestions, the rest counted', () => {
    const lines = 140_000
    const big = 'w: x\n'.repeat(lines)
    const findings = Array.from({ length: lines }, (_, i) => finding('procfile-duplicate-process', [[i + 1, 1, i + 1, 2, 'w_2']]))
    const patch = `@@ -0,0 +1,${lines} @@\n` + '+w: x\n'.repeat(lines).slice(0, -1)
    const p = planSuggestions(findings, 'app', 'c'.repeat(40), () => big, new Map([['app/Procfile', patch]]), applyEdits, 'app', new Map([['app/Procfile', big]]))
    expect(p.suggestions).toHaveLength(MAX_SUGGESTIONS)
    expect(p.overLimit).toBe(lines - MAX_SUGGESTIONS)
    expect(p.suggestions[0].body).toContain('```suggestion\nw_2: x\n```')
  })

  test('the marker cannot close its HTML comment', () => {
    expect(suggestionMarker('r', 'a-->b')).toBe('<!-- rack-check:suggestion rule="r" working-directory="a-\\u002d\\u003eb" -->')
  })
})
