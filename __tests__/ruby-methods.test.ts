/**
 * The evaluator's method table (src/model/ruby/methods.ts), called one entry at a time, without a
 * parse. Each fact is a call, Ruby's answer (written here as Ruby 3.1.2 gave it with `ruby -e`)
 * and what the evaluator gives: the same answer, or, where rack-check does not model a call
 * (undefined) or leaves it unknown (non-ASCII text, huge numbers), that, with Ruby's answer still
 * written down. Every fact is asked again of every real Ruby from 3.1 to 4.0 at test time
 * (helpers/rubies.ts), and Ruby's answer must be the one written here, or the recorded change of a
 * later Ruby (`changed`). A float Ruby prints as `1500.0` is the JavaScript number 1500 here.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { isDeepStrictEqual } from 'node:util'
import type { Span } from '../src/core/span.js'
import { ARRAY, basename, BOOLEAN, callMethod, expandPath, INTEGER, NIL, OBJECT, REGEXP, rubyNumber, STRING, SYMBOL, type Call, type RailsState } from '../src/model/ruby/methods.js'
import { known, LIMITS, type RubyScalar, type RubyValue, type Unknown } from '../src/model/ruby/values.js'
import { atOrAfter, eachRuby, isRaised, printCounts, rubyLiteral, rubyString, type Counts, type RealRuby, type RubyAnswer } from './helpers/rubies.js'

const SPAN: Span = { file: 'config/puma.rb', line: 1, column: 1, endLine: 1, endColumn: 4 }

/** A call as the evaluator gives one, with its work counted in `used`. */
interface TestCall extends Call {
  used: number
}

function call(options: { rails?: RailsState; used?: number; ruby?: string } = {}): TestCall {
  const c: TestCall = {
    used: options.used ?? 0,
    text: () => 'x.m',
    receiverText: () => 'x',
    unknown: (why: string): Unknown => ({ known: false, at: SPAN, why }),
    charge(units: number) {
      c.used += units
      return c.used > LIMITS.work ? c.unknown('the work budget is spent') : null
    },
    spend(units: number) {
      c.used += units
    },
    rails: () => options.rails ?? 'absent',
    // the app's Ruby line, as the evaluator's since() answers it; the facts are Ruby 3.1's unless a test says otherwise
    since: (line: string) => atOrAfter(options.ruby ?? '3.1', line),
    sizes: new WeakMap()
  }
  return c
}

const re = (regexp: string, flags?: string) => (flags === undefined ? { regexp } : { regexp, flags })

/** Ruby's answer: a value as helpers/rubies.ts gives it, or the exception (with its message where the evaluator repeats it) */
type RubySays = unknown

interface Fact {
  group: string
  /** the call as Ruby source */
  expr: string
  /** the evaluator's answer, told the app runs this Ruby line (3.1 when not given) */
  ours: (ruby?: string) => RubyValue | undefined
  /** Ruby's answer (Ruby 3.1.2) */
  ruby: RubySays
  /** what the evaluator gives instead: undefined (not modelled), or an unknown value whose why contains this */
  instead?: 'not modelled' | { unknown: string }
  /** the evaluator's why, for a raise */
  why?: string
  /** where a later Ruby answers otherwise: from which Ruby, and what */
  changed?: { since: string; ruby: RubySays; news: string }
}

const FACTS: Fact[] = []
const thrown = (exception: string, message?: string): RubySays => (message === undefined ? { raises: exception } : { raises: exception, message })

/** `self.name(*args)`, dispatched as the evaluator dispatches it; in Ruby `(self).public_send(:name, *args)` */
function fact(group: string, self: RubyScalar, name: string, args: RubyScalar[], ruby: RubySays, more: Partial<Fact> = {}): void {
  const expr = `(${rubyLiteral(self)}).public_send(${[`:${rubyString(name)}`, ...args.map(rubyLiteral)].join(', ')})`
  FACTS.push({ group, expr, ours: (ruby) => callMethod(call(ruby ? { ruby } : {}), self, name, args), ruby, ...more })
}

/** Kernel's `Integer(v)` or `Float(v)` */
function kernel(fn: 'Integer' | 'Float', v: RubyScalar, ruby: RubySays, more: Partial<Fact> = {}): void {
  const ours = (ruby?: string): RubyValue | undefined => {
    const r = rubyNumber(v, fn === 'Float', atOrAfter(ruby ?? '3.1', '3.4'))
    if (r === undefined || typeof r === 'number') return r === undefined ? r : known(r)
    return { known: false, at: SPAN, raises: true, exception: r.exception, why: r.message(fn, v) }
  }
  FACTS.push({ group: `Kernel#${fn}`, expr: `${fn}(${rubyLiteral(v)})`, ours, ruby, ...more })
}

const NOT = 'not modelled' as const
const FLOAT_34 = 'NEWS-3.4.0, "Compatibility issues" (Feature #20705)'

// String: strip and friends take ASCII whitespace and NUL, not Unicode spaces
fact('String', '\0 \t hi \n\0', 'strip', [], 'hi')
fact('String', '\0 hi', 'lstrip', [], 'hi')
fact('String', ' hi \0', 'rstrip', [], ' hi')
fact('String', '  \t\n ', 'strip', [], '')
fact('String', '\u00a0x', 'strip', [], '\u00a0x')
fact('String', 'xyx', 'strip', ['x'], thrown('ArgumentError'), { instead: NOT, changed: { since: '4.0', ruby: 'y', news: 'NEWS-4.0.0, "Core classes updates", String (Feature #21552)' } })
// to_i and to_f read a leading number, else 0
fact('String', ' 12_3abc', 'to_i', [], 123)
fact('String', '  -42x', 'to_i', [], -42)
fact('String', '-0x1A', 'to_i', [], 0) // here -0, which prints and compares as 0
fact('String', '1__2', 'to_i', [], 1)
fact('String', '1_000', 'to_i', [], 1000)
fact('String', '99999999999999999999', 'to_i', [], { integer: '99999999999999999999' }, { instead: NOT }) // beyond JavaScript's safe integers
fact('String', '1.5e3x', 'to_f', [], 1500)
fact('String', '.5', 'to_f', [], 0.5)
fact('String', 'abc', 'to_f', [], 0)
fact('String', '1.e3', 'to_f', [], 1, { changed: { since: '3.4', ruby: 1000, news: FLOAT_34 } })
// chomp, delete_prefix, delete_suffix, include?, empty?
fact('String', 'a\r\n', 'chomp', [], 'a')
fact('String', 'a\n\r', 'chomp', [], 'a\n')
fact('String', 'abc', 'chomp', ['c'], 'ab')
fact('String', 'abc', 'delete_prefix', ['ab'], 'c')
fact('String', 'abc', 'delete_suffix', [''], 'abc')
fact('String', 'abc', 'include?', ['bc'], true)
fact('String', '', 'empty?', [], true)
// case and length only for ASCII text (Ruby maps Unicode by its own tables)
fact('String', 'abc-1', 'upcase', [], 'ABC-1')
fact('String', 'ABC', 'downcase', [], 'abc')
fact('String', 'hello', 'length', [], 5)
fact('String', 'ÀB', 'downcase', [], 'àb', { instead: NOT })
fact('String', 'héllo', 'size', [], 5, { instead: NOT })
// start_with? takes strings and regexps anchored at the start; end_with? strings
fact('String', 'bcd', 'start_with?', ['a', re('b')], true)
fact('String', 'abc', 'start_with?', [re('b')], false)
fact('String', 'abc', 'end_with?', [], false)
fact('String', 'abc', 'end_with?', ['x', 'bc'], true)
// sub and gsub: literal strings, regexps, Ruby replacement escapes
fact('String', 'a-b-c', 'gsub', ['-', '_'], 'a_b_c')
fact('String', 'a-b-c', 'sub', ['-', '_'], 'a_b-c')
fact('String', 'hello', 'sub', [re('l(l)'), '<\\1\\0>'], 'he<lll>o')
fact('String', 'abc', 'gsub', [re('x*'), '-'], '-a-b-c-')
fact('String', 'abc', 'sub', [re('b'), "[\\`\\']"], 'a[ac]c')
fact('String', 'k=v', 'sub', [re('(?<key>\\w)=(?<val>\\w)'), '\\k<val>=\\k<key>'], 'v=k')
fact('String', 'abc', 'gsub', [re('b')], { object: 'Enumerator' }, { instead: NOT }) // the block form
// split: awk-style, by a string, by a regexp (groups are fields), trailing empty fields dropped
fact('String', ' a  b ', 'split', [], ['a', 'b'])
fact('String', '   ', 'split', [], [])
fact('String', 'a,b,,', 'split', [','], ['a', 'b'])
fact('String', 'abc', 'split', [''], ['a', 'b', 'c'])
fact('String', 'a1b22c', 'split', [re('\\d+')], ['a', 'b', 'c'])
fact('String', 'a-b', 'split', [re('(-)')], ['a', '-', 'b'])
fact('String', 'a,b,', 'split', [',', -1], ['a', 'b', ''], { instead: NOT }) // a limit keeps trailing empty fields
// + and * and their errors
fact('String', 'ab', '*', [3], 'ababab')
fact('String', 'ab', '+', ['c'], 'abc')
fact('String', 'a', '+', [null], thrown('TypeError', 'no implicit conversion of nil into String'), { why: '`x.m` raises TypeError: no implicit conversion of nil into String' })
fact('String', 'a', '+', [1], thrown('TypeError', 'no implicit conversion of Integer into String'), { why: '`x.m` raises TypeError: no implicit conversion of Integer into String' })
fact('String', 'ab', '*', [-1], thrown('ArgumentError', 'negative argument'), { instead: NOT })
// =~, match?, !~ with regexps; a String pattern
fact('String', 'abc', '=~', [re('b')], 1)
fact('String', 'abc', '!~', [re('z')], true)
fact('String', 'abc', 'match?', ['b'], true)
fact('String', 'abc', '=~', ['b'], thrown('TypeError'))
fact('String', 'ABC', 'match?', [re('b', 'i')], true)
fact('String', 'héllo', '=~', [re('l')], 2, { instead: { unknown: "matches non-ASCII text, where Ruby's and JavaScript's regexps differ" } })
// to_sym, ==, eql?
fact('String', 'abc', 'to_sym', [], { symbol: 'abc' })
fact('String', 'a', '==', ['a'], true)
fact('String', 'a', 'eql?', ['b'], false)

// Integer: comparisons and arithmetic, and the errors of a nil or String operand
fact('Integer', 7, '>', [3], true)
fact('Integer', 7, '<=', [3], false)
fact('Integer', 3, '-', [5], -2)
fact('Integer', 6, '*', [7], 42)
fact('Integer', 7, '>', [null], thrown('ArgumentError', 'comparison of Integer with nil failed'), { why: '`x.m` raises ArgumentError: comparison of Integer with nil failed' })
fact('Integer', 7, '>', ['3'], thrown('ArgumentError', 'comparison of Integer with String failed'), { why: '`x.m` raises ArgumentError: comparison of Integer with String failed' })
fact('Integer', 3, '+', ['a'], thrown('TypeError', "String can't be coerced into Integer"), { why: "`x.m` raises TypeError: String can't be coerced into Integer" })
fact('Integer', 3, '+', [null], thrown('TypeError', "nil can't be coerced into Integer"), { why: "`x.m` raises TypeError: nil can't be coerced into Integer" })
fact('Integer', Number.MAX_SAFE_INTEGER, '+', [1], { integer: '9007199254740992' }, { instead: NOT }) // beyond JavaScript's safe integers
// predicates and conversions
fact('Integer', -3, 'abs', [], 3)
fact('Integer', -4, 'even?', [], true)
fact('Integer', 7, 'odd?', [], true)
fact('Integer', 0, 'zero?', [], true)
fact('Integer', 0, 'positive?', [], false)
fact('Integer', 5, 'to_s', [], '5')
fact('Integer', 5, 'to_s', [2], '101', { instead: NOT }) // a base is not modelled

// Kernel's Integer() and Float(): strict, with Ruby's errors
kernel('Integer', '0x1A', 26)
kernel('Integer', '0b101', 5)
kernel('Integer', '0o17', 15)
kernel('Integer', '017', 15)
kernel('Integer', '1_000', 1000)
kernel('Integer', ' 42\n', 42)
kernel('Integer', '-12', -12)
kernel('Integer', 3.9, 3)
kernel('Float', '1.5', 1.5)
kernel('Float', '1e3', 1000)
kernel('Float', '.5', 0.5)
kernel('Float', '1_0.5', 10.5)
kernel('Integer', '1__0', thrown('ArgumentError', 'invalid value for Integer(): "1__0"'), { why: 'invalid value for Integer(): "1__0"' })
kernel('Integer', '', thrown('ArgumentError', 'invalid value for Integer(): ""'), { why: 'invalid value for Integer(): ""' })
kernel('Float', '1.', thrown('ArgumentError', 'invalid value for Float(): "1."'), { why: 'invalid value for Float(): "1."', changed: { since: '3.4', ruby: 1, news: FLOAT_34 } })
kernel('Integer', null, thrown('TypeError', "can't convert nil into Integer"), { why: "can't convert nil into Integer" })
kernel('Integer', { symbol: 'a' }, thrown('TypeError'))

// Array: elements, sizes, folds
fact('Array', [1, null, 2], 'compact', [], [1, 2])
fact('Array', [3, 1, 2], 'max', [], 3)
fact('Array', [], 'min', [], null)
fact('Array', [1, 'a'], 'max', [], thrown('ArgumentError', 'comparison of Integer with String failed'), { instead: NOT })
fact('Array', [1, 2, 3], '[]', [-1], 3)
fact('Array', [1], '[]', [5], null)
fact('Array', [], 'first', [], null)
fact('Array', [1, null], 'include?', [null], true)
fact('Array', [null, false], 'any?', [], false)
fact('Array', [null, 1], 'any?', [], true)
fact('Array', [1, 2], 'count', [], 2)
// join formats strings, numbers, symbols and nil; nested arrays are not modelled
fact('Array', ['a', 1, { symbol: 'b' }, null], 'join', ['-'], 'a-1-b-')
fact('Array', ['a', 'b'], 'join', [], 'ab')
fact('Array', [[1]], 'join', [], '1', { instead: NOT })
// == compares element by element
fact('Array', [1, [2]], '!=', [[1, [2]]], false)
fact('Array', [1, [2]], '==', [[1, [3]]], false)

// a Hash has Object's methods (its contents are not kept); ActiveSupport's present? is not there before Rails loads
fact('Hash', { hash: true }, 'nil?', [], false)
fact('Hash', { hash: true }, '!', [], false)
fact('Hash', { hash: true }, 'keys', [], [], { instead: NOT })
fact('Hash', { hash: true }, 'present?', [], thrown('NoMethodError'))
// nil: its conversions, and NoMethodError for what it lacks
fact('nil', null, 'to_s', [], '')
fact('nil', null, 'to_a', [], [])
fact('nil', null, 'to_i', [], 0)
fact('nil', null, 'strip', [], thrown('NoMethodError'), { why: '`x.m` raises NoMethodError: `x` is nil here, and nil has no `strip`' })
fact('nil', null, 'inspect', [], 'nil', { instead: NOT })
// Symbol, true and false
fact('Symbol', { symbol: 'abc' }, 'to_s', [], 'abc')
fact('Symbol', { symbol: 'abc' }, 'name', [], 'abc')
fact('Symbol', { symbol: 'a' }, '==', [{ symbol: 'a' }], true)
fact('true/false', true, '&', [null], false)
fact('true/false', false, '|', [1], true)
fact('true/false', true, 'to_s', [], 'true')
// Regexp: =~, match?, ===, !~
fact('Regexp', re('b'), '=~', ['abc'], 1)
fact('Regexp', re('b'), '=~', [null], null)
fact('Regexp', re('b'), 'match?', [null], false)
fact('Regexp', re('z'), '!~', ['abc'], true)
fact('Regexp', re('b'), '===', ['abc'], true)
// Object: freeze, dup and itself give the value back
fact('Object', 'a', 'itself', [], 'a')
fact('Object', null, 'nil?', [], true)
fact('Object', 'a', 'freeze', [1], thrown('ArgumentError'), { instead: NOT })
// a name that is a JavaScript property but no Ruby method is not modelled
fact('Object', 'abc', 'constructor', [], thrown('NoMethodError'), { instead: NOT })
fact('Object', [1], 'toString', [], thrown('NoMethodError'), { instead: NOT })
fact('Object', 1, '__proto__', [], thrown('NoMethodError'), { instead: NOT })
// File: basename and expand_path
FACTS.push({ group: 'File', expr: 'File.basename("/a/b/")', ours: () => known(basename('/a/b/')), ruby: 'b' })
FACTS.push({ group: 'File', expr: 'File.basename("//")', ours: () => known(basename('//')), ruby: '/' })
FACTS.push({ group: 'File', expr: 'File.expand_path("../log", "/app/config")', ours: () => known(expandPath('../log', '/app/config', '/app')), ruby: '/app/log' })

/** what the evaluator must give for a fact */
function evaluatorExpects(f: Fact): unknown {
  if (f.instead === NOT) return undefined
  if (f.instead) return { known: false, why: expect.stringContaining(f.instead.unknown) }
  const r = f.ruby as { raises?: string }
  if (r && typeof r === 'object' && 'raises' in r) return f.why === undefined ? { known: false, raises: true, exception: r.raises } : { known: false, raises: true, exception: r.raises, why: f.why }
  return known(f.ruby as RubyScalar)
}

/** -0 is 0: Ruby has no negative integer zero, and the evaluator's -0 prints as 0 */
const withoutNegativeZero = (v: RubyValue | undefined): RubyValue | undefined => (v?.known && Object.is(v.value, -0) ? known(0) : v)

describe("the method table: each call gives Ruby's answer, or says it does not", () => {
  test.each(FACTS.map((f) => [`${f.group}: ${f.expr}`, f] as const))('%s', (_title, f) => {
    const ours = withoutNegativeZero(f.ours())
    if (ours && !ours.known) expect(ours).toMatchObject(evaluatorExpects(f) as Record<string, unknown>)
    else expect(ours).toEqual(evaluatorExpects(f))
  })

  test("Rails' present?, blank? and presence: NoMethodError before Rails loads, unknown where that is unknown", () => {
    expect(callMethod(call({ rails: 'loaded' }), { hash: true }, 'present?', [])).toBeUndefined()
    expect(callMethod(call({ rails: 'unknown' }), 'x', 'blank?', [])).toMatchObject({ known: false })
    expect(callMethod(call({ rails: 'loaded' }), ' \t', 'blank?', [])).toEqual(known(true))
    expect(callMethod(call({ rails: 'loaded' }), '', 'presence', [])).toEqual(known(null))
  })

  test('the method tables are called directly too (the dispatch adds only the work charge)', () => {
    expect(STRING.strip(call(), ' x ', [])).toEqual(known('x'))
    expect(INTEGER['>'](call(), 7, [3])).toEqual(known(true))
    expect(ARRAY.join(call(), ['a', 'b'], [])).toEqual(known('ab'))
    expect(NIL.to_s(call(), null, [])).toEqual(known(''))
    expect(SYMBOL.name(call(), { symbol: 'abc' }, [])).toEqual(known('abc'))
    expect(BOOLEAN.to_s(call(), true, [])).toEqual(known('true'))
    expect(REGEXP['==='](call(), re('b'), ['abc'])).toEqual(known(true))
    expect(OBJECT.freeze(call(), 'a', [1])).toBeUndefined()
  })
})

/** Whether a real Ruby's answer is the one a fact records (the class of a raise, and its message where recorded). */
function rubyAgrees(expected: RubySays, answer: RubyAnswer): boolean {
  const e = expected as { raises?: string; message?: string }
  if (e && typeof e === 'object' && 'raises' in e) return isRaised(answer) && answer.raises === e.raises && (e.message === undefined || answer.message === e.message)
  return !isRaised(answer) && isDeepStrictEqual(answer, expected)
}

describe('every fact on every real Ruby from 3.1 to 4.0 (helpers/rubies.ts)', () => {
  const counts = new Map<RealRuby, Counts>()
  afterAll(() => printCounts('method facts', counts))

  eachRuby('Ruby gives the answer each fact records, and so does the evaluator told the app runs it', async (ruby) => {
    const answers = await ruby.evaluate(FACTS.map((f) => ({ expr: f.expr })))
    const differ: unknown[] = []
    let changed = 0
    FACTS.forEach((f, i) => {
      const later = f.changed && atOrAfter(ruby.line, f.changed.since)
      if (later) changed++
      const expected = later ? f.changed!.ruby : f.ruby
      if (!rubyAgrees(expected, answers[i])) differ.push({ fact: `${f.group}: ${f.expr}`, recorded: expected, ruby: answers[i] })
      // a changed answer the evaluator models must follow the app's Ruby
      if (later && !f.instead) {
        const ours = withoutNegativeZero(f.ours(ruby.line))
        if (!isDeepStrictEqual(ours, evaluatorExpects({ ...f, ruby: expected, why: undefined }))) differ.push({ fact: `${f.group}: ${f.expr}`, evaluator: ours, ruby: answers[i] })
      }
    })
    counts.set(ruby, { checked: FACTS.length, agreed: FACTS.length - differ.length, changed })
    expect(differ).toEqual([])
  })
})

describe('the work budget (LIMITS.work) and the size bound (LIMITS.size)', () => {
  test("a method is charged its receiver's and arguments' characters, and what it writes", () => {
    const c = call()
    expect(callMethod(c, 'abc', 'upcase', [])).toEqual(known('ABC'))
    expect(c.used).toBe(6) // 3 read, 3 written
    const d = call()
    expect(callMethod(d, 'abc', 'include?', ['bc'])).toEqual(known(true))
    expect(d.used).toBe(5)
    const e = call()
    expect(callMethod(e, [1, 2, 3], 'first', [])).toEqual(known(1))
    expect(e.used).toBe(0) // reads only the first element
  })

  test('a method whose charge passes the budget does not run', () => {
    const c = call({ used: LIMITS.work - 2 })
    expect(callMethod(c, 'abc', 'upcase', [])).toEqual({ known: false, at: SPAN, why: 'the work budget is spent' })
  })

  test("a regexp's steps count as work; a search over its own budget is unknown", () => {
    const c = call()
    expect(callMethod(c, 'aaaa', 'gsub', [re('a'), 'b'])).toEqual(known('bbbb'))
    expect(c.used).toBeGreaterThan(4 + 1 + 1 + 4)
    const saved = LIMITS.regexpSteps
    LIMITS.regexpSteps = 1000
    try {
      expect(STRING['=~'](call(), 'a'.repeat(40), [re('^(a|a)*\\1b')])).toEqual({ known: false, at: SPAN, why: "`x.m` runs a regexp longer than rack-check's budget of 1000 steps" })
    } finally {
      LIMITS.regexpSteps = saved
    }
  })

  test('a string longer than LIMITS.size is unknown, before it is made', () => {
    const c = call()
    expect(STRING['*'](c, 'ab', [LIMITS.size])).toEqual({ known: false, at: SPAN, why: `\`x.m\` makes a string of more than ${LIMITS.size} characters; rack-check evaluates shorter ones` })
    expect(c.used).toBe(0)
  })
})
