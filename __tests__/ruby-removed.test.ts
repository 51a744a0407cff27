/**
 * The Ruby removals table (src/model/ruby/removed.ts) against the real Rubies 3.1 to 4.0
 * (helpers/rubies.ts): every row's `probe`, after `require` of its `requires`, must raise exactly
 * its `error` on each Ruby at or after `removedIn`, and must not raise on the Rubies before it.
 * Skipped where a Ruby is missing (failing with CI=true): docs/maintainers/testing.md, "The real Rubies".
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { REMOVED, removedOnLine, rubyLine, RUBY_LINES, type RemovedName, type RubyLine } from '../src/model/ruby/removed.js'
import { eachRuby, isRaised, printCounts, type RealRuby, type RubyAnswer } from './helpers/rubies.js'

/** what a row predicts on a Ruby line, and what that Ruby did */
function verdict(row: RemovedName, line: RubyLine, answer: RubyAnswer): { name: string; line: RubyLine; expected: string; ruby: string } {
  const expected = removedOnLine(row, line) ? `raises ${row.error}` : 'does not raise'
  const ruby = isRaised(answer) ? `raises ${answer.raises}` : 'does not raise'
  return { name: row.name, line, expected, ruby }
}

describe('every removal in the table, on every Ruby from 3.1 to 4.0', () => {
  const counts = new Map<RealRuby, { checked: number; agreed: number }>()
  afterAll(() => printCounts('removal facts', counts))

  test('the table covers the Rubies it is checked on, and each probe names what it probes', () => {
    for (const row of REMOVED) {
      expect({ name: row.name, line: RUBY_LINES.includes(row.removedIn) }).toEqual({ name: row.name, line: true })
      const used = row.kind === 'constant' ? row.owner : row.method!
      expect({ name: row.name, probeUses: row.probe.includes(used) }).toEqual({ name: row.name, probeUses: true })
    }
  })

  eachRuby('each probe raises its error from `removedIn` on, and nothing before', async (ruby) => {
    const answers = await ruby.evaluate(REMOVED.map((row) => ({ expr: row.probe, requires: row.requires ? [row.requires] : [] })))
    const line = rubyLine(ruby.version!)
    expect(line).toBe(ruby.line)
    const verdicts = REMOVED.map((row, i) => verdict(row, line!, answers[i]))
    const wrong = verdicts.filter((v) => v.expected !== v.ruby)
    counts.set(ruby, { checked: verdicts.length, agreed: verdicts.length - wrong.length })
    expect(wrong).toEqual([])
  })
})
