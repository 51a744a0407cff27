/**
 * Hostile config files against the evaluator's bounds (issue 22, items 2 and 5): a regexp that
 * backtracks exponentially on V8, replacements that build quadratic strings, String work that
 * steps alone did not bound. Each ends in the right answer or an unknown value that says which
 * budget it hit; budgets are shown by counting (the line where the work budget runs out), never
 * by timing.
 */
import { afterEach, beforeAll, describe, expect, test } from '@jest/globals'
import { SourceFile } from '../src/files/source-file.js'
import { loadRubyParser, type RubyParser } from '../src/model/ruby/prism.js'
import { evaluateRubyConfig, LIMITS, type RubyConfig } from '../src/model/ruby/evaluator.js'

let parse: RubyParser
beforeAll(async () => {
  parse = await loadRubyParser()
})
const saved = { ...LIMITS }
afterEach(() => {
  Object.assign(LIMITS, saved)
})

function evaluate(src: string): RubyConfig {
  const f = new SourceFile('config/puma.rb', src)
  return evaluateRubyConfig(f, parse(f), { get: () => null, appRoot: '/app', filePath: '/app/config/puma.rb' })
}
/** the values of the file's `workers` calls: known values, or { unknown: why } */
const workers = (src: string): unknown[] => evaluate(src).calls.map((c) => (c.args[0].known ? c.args[0].value : { unknown: c.args[0].why }))

describe('a regexp that backtracks exponentially on a backtracking engine gets Ruby’s answer', () => {
  // Ruby 3.1: no match for any of these (it takes minutes itself for the long text)
  test.each([30, 100_000])('"a" * %i + "!" against /^(a+)+$/ in every method that runs a regexp', (n) => {
    const x = `x = "a" * ${n} + "!"\n`
    expect(workers(`${x}workers(x =~ /^(a+)+$/)\nworkers(x !~ /^(a+)+$/)\nworkers(x.match?(/^(a+)+$/))\nworkers(/^(a+)+$/ === x)\nworkers(/(a+)+$/ =~ x)\n`)).toEqual([null, true, false, false, null])
    expect(workers(`${x}case x\nwhen /^(a+)+$/ then workers 1\nelse workers 2\nend\n`)).toEqual([2])
    expect(workers(`${x}workers(x.gsub(/^(a+)+$/, "") == x)\nworkers(x.sub(/^(a+)+$/, "") == x)\nworkers(x.split(/^(a+)+$/) == [x])\nworkers(x.start_with?(/(a+)+$/))\n`)).toEqual([true, true, true, false])
  })

  test('a backreference (no memory of tried states) is cut by the regexp budget: an unknown that names it', () => {
    LIMITS.regexpSteps = 100_000
    expect(workers('x = "a" * 40\nworkers(x =~ /^(a|a)*\\1b/)\n')).toEqual([{ unknown: "`x =~ /^(a|a)*\\1b/` runs a regexp longer than rack-check's budget of 100000 steps" }])
  })

  test('gsub and split with the matcher give the old answers on ordinary input', () => {
    expect(workers('workers("a1b22c".gsub(/(\\d)+/, "<\\\\1>"))\nworkers("a,b;c".split(/[,;]/))\nworkers("abc".gsub("", "-"))\nworkers("aaa".gsub(/a*/, "-"))\nworkers("a.b".sub(".", "\\\\`|\\\\\'"))\n')).toEqual(['a<1>b<2>c', ['a', 'b', 'c'], '-a-b-c-', '--', 'aa|bb'])
  })
})

describe('String work is bounded in size and in characters processed', () => {
  test('gsub with \\` (the text before the match) on a large string stops at the size limit before building the result', () => {
    const [v] = workers('x = "a" * 200_000\nworkers(x.gsub(/a/, "\\\\`"))\n')
    expect(v).toEqual({ unknown: `\`x.gsub(/a/, "\\\\\`")\` makes a string of more than ${LIMITS.size} characters; rack-check evaluates shorter ones` })
  })

  test('45,000 `downcase` of a 1 MiB string: the work budget runs out on line 33, counted', () => {
    // line 1 costs 1,000,002 (the string made, the receiver "A" and the count); each downcase 2,000,000
    // (read and written): after line 1 + k the work is 1,000,002 + 2,000,000·k, over 64,000,000 at k = 32
    const c = evaluate(`x = "A" * 1_000_000\n${'y = x.downcase\n'.repeat(45_000)}workers 1\n`)
    expect(c.calls).toEqual([])
    expect(c.opaque).toEqual([{ at: expect.objectContaining({ line: 33 }), why: `\`config/puma.rb\` from line 33 on: it needs more than ${LIMITS.work} characters of string work, and rack-check stops there` }])
  })

  test('the work budget counts interpolation, comparisons and method arguments', () => {
    // `"a" * 300` costs 302 (its receiver, count and result), the interpolation 600, `.size` 600
    // (its receiver), `x == x` 600 (both sides)
    LIMITS.work = 2_000
    expect(workers('x = "a" * 300\nworkers("#{x}#{x}".size)\n')).toEqual([600])
    const c = evaluate('x = "a" * 300\nworkers("#{x}#{x}".size)\nworkers(x == x)\n')
    expect(c.calls.map((k) => k.args[0].known)).toEqual([true, false])
  })

  test('strip, Integer() and split on a long run of blanks are scans', () => {
    expect(workers('x = " " * 1_000_000 + "x"\nworkers(x.strip)\nworkers((x + " " * 40_000 + "y").rstrip.size)\nworkers((" \\t" * 400_000 + "a b").split)\n')).toEqual(['x', 1_040_002, ['a', 'b']])
    expect(evaluate('Integer(" " * 1_000_000 + "x")\n').raises?.why).toMatch(/raises ArgumentError/)
  })
})
