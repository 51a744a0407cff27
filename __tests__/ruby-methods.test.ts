/**
 * The evaluator's method table (src/model/ruby/methods.ts), called one entry at a time, without a
 * parse. The expected values are Ruby's own answers (checked on Ruby 3.1.2 with `ruby -e`); where
 * rack-check does not model a call (undefined) or gives an unknown value (the budget, non-ASCII
 * text), the test says so. A float Ruby prints as `1500.0` is the JavaScript number 1500 here.
 */
import { describe, expect, test } from '@jest/globals'
import type { Span } from '../src/core/span.js'
import { ARRAY, basename, BOOLEAN, callMethod, expandPath, INTEGER, NIL, OBJECT, REGEXP, rubyNumber, STRING, SYMBOL, type Call, type RailsState } from '../src/model/ruby/methods.js'
import { known, LIMITS, type RubyScalar, type RubyValue, type Unknown } from '../src/model/ruby/values.js'

const SPAN: Span = { file: 'config/puma.rb', line: 1, column: 1, endLine: 1, endColumn: 4 }

/** A call as the evaluator gives one, with its work counted in `used`. */
interface TestCall extends Call {
  used: number
}

function call(options: { rails?: RailsState; used?: number } = {}): TestCall {
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
    sizes: new WeakMap()
  }
  return c
}

/** `self.name(*args)` through the dispatch (work charged first, as the evaluator calls it) */
const send = (self: RubyScalar, name: string, ...args: RubyScalar[]): RubyValue | undefined => callMethod(call(), self, name, args)
const raises = (exception: string, why?: string) => (why === undefined ? { known: false, raises: true, exception } : { known: false, raises: true, exception, why })
const re = (regexp: string, flags?: string) => (flags === undefined ? { regexp } : { regexp, flags })

describe('String', () => {
  test('strip and friends take ASCII whitespace and NUL, not Unicode spaces', () => {
    expect(STRING.strip(call(), '\0 \t hi \n\0', [])).toEqual(known('hi'))
    expect(STRING.lstrip(call(), '\0 hi', [])).toEqual(known('hi'))
    expect(STRING.rstrip(call(), ' hi \0', [])).toEqual(known(' hi'))
    expect(STRING.strip(call(), '  \t\n ', [])).toEqual(known(''))
    expect(STRING.strip(call(), '\u00a0x', [])).toEqual(known('\u00a0x'))
    expect(STRING.strip(call(), 'x', ['y'])).toBeUndefined()
  })

  test('to_i and to_f read a leading number, else 0', () => {
    expect(STRING.to_i(call(), ' 12_3abc', [])).toEqual(known(123))
    expect(STRING.to_i(call(), '  -42x', [])).toEqual(known(-42))
    // Ruby: 0; here -0, which prints and compares as 0
    const zero = STRING.to_i(call(), '-0x1A', [])
    expect(zero?.known && zero.value === 0).toBe(true)
    expect(STRING.to_i(call(), '1__2', [])).toEqual(known(1))
    expect(STRING.to_i(call(), '1_000', [])).toEqual(known(1000))
    // Ruby: 99999999999999999999 (a Bignum); beyond JavaScript's safe integers, so not modelled
    expect(STRING.to_i(call(), '99999999999999999999', [])).toBeUndefined()
    expect(STRING.to_f(call(), '1.5e3x', [])).toEqual(known(1500))
    expect(STRING.to_f(call(), '.5', [])).toEqual(known(0.5))
    expect(STRING.to_f(call(), 'abc', [])).toEqual(known(0))
  })

  test('chomp, delete_prefix, delete_suffix, include?, empty?', () => {
    expect(STRING.chomp(call(), 'a\r\n', [])).toEqual(known('a'))
    expect(STRING.chomp(call(), 'a\n\r', [])).toEqual(known('a\n'))
    expect(STRING.chomp(call(), 'abc', ['c'])).toEqual(known('ab'))
    expect(STRING.delete_prefix(call(), 'abc', ['ab'])).toEqual(known('c'))
    expect(STRING.delete_suffix(call(), 'abc', [''])).toEqual(known('abc'))
    expect(STRING['include?'](call(), 'abc', ['bc'])).toEqual(known(true))
    expect(STRING['empty?'](call(), '', [])).toEqual(known(true))
  })

  test('case and length only for ASCII text (Ruby maps Unicode by its own tables)', () => {
    expect(send('abc-1', 'upcase')).toEqual(known('ABC-1'))
    expect(send('ABC', 'downcase')).toEqual(known('abc'))
    expect(send('hello', 'length')).toEqual(known(5))
    expect(send('ÀB', 'downcase')).toBeUndefined()
    expect(send('héllo', 'size')).toBeUndefined()
  })

  test('start_with? takes strings and regexps anchored at the start; end_with? strings', () => {
    expect(send('bcd', 'start_with?', 'a', re('b'))).toEqual(known(true))
    expect(send('abc', 'start_with?', re('b'))).toEqual(known(false))
    expect(send('abc', 'end_with?')).toEqual(known(false))
    expect(send('abc', 'end_with?', 'x', 'bc')).toEqual(known(true))
  })

  test('sub and gsub: literal strings, regexps, Ruby replacement escapes', () => {
    expect(send('a-b-c', 'gsub', '-', '_')).toEqual(known('a_b_c'))
    expect(send('a-b-c', 'sub', '-', '_')).toEqual(known('a_b-c'))
    expect(send('hello', 'sub', re('l(l)'), '<\\1\\0>')).toEqual(known('he<lll>o'))
    expect(send('abc', 'gsub', re('x*'), '-')).toEqual(known('-a-b-c-'))
    expect(send('abc', 'sub', re('b'), "[\\`\\']")).toEqual(known('a[ac]c'))
    expect(send('k=v', 'sub', re('(?<key>\\w)=(?<val>\\w)'), '\\k<val>=\\k<key>')).toEqual(known('v=k'))
    // a block or a hash replacement is not modelled
    expect(send('abc', 'gsub', re('b'))).toBeUndefined()
  })

  test('split: awk-style, by a string, by a regexp (groups are fields), trailing empty fields dropped', () => {
    expect(send(' a  b ', 'split')).toEqual(known(['a', 'b']))
    expect(send('   ', 'split')).toEqual(known([]))
    expect(send('a,b,,', 'split', ',')).toEqual(known(['a', 'b']))
    expect(send('abc', 'split', '')).toEqual(known(['a', 'b', 'c']))
    expect(send('a1b22c', 'split', re('\\d+'))).toEqual(known(['a', 'b', 'c']))
    expect(send('a-b', 'split', re('(-)'))).toEqual(known(['a', '-', 'b']))
    // a limit keeps trailing empty fields: not modelled
    expect(send('a,b', 'split', ',', 2)).toBeUndefined()
  })

  test('+ and * and their errors', () => {
    expect(send('ab', '*', 3)).toEqual(known('ababab'))
    expect(send('ab', '+', 'c')).toEqual(known('abc'))
    expect(send('a', '+', null)).toMatchObject(raises('TypeError', '`x.m` raises TypeError: no implicit conversion of nil into String'))
    expect(send('a', '+', 1)).toMatchObject(raises('TypeError', '`x.m` raises TypeError: no implicit conversion of Integer into String'))
    // Ruby: ArgumentError (negative argument); not modelled
    expect(send('ab', '*', -1)).toBeUndefined()
  })

  test('=~, match?, !~ with regexps; a String pattern', () => {
    expect(send('abc', '=~', re('b'))).toEqual(known(1))
    expect(send('abc', '!~', re('z'))).toEqual(known(true))
    expect(send('abc', 'match?', 'b')).toEqual(known(true))
    expect(send('abc', '=~', 'b')).toMatchObject(raises('TypeError'))
    expect(send('ABC', 'match?', re('b', 'i'))).toEqual(known(true))
    // non-ASCII subjects: Ruby's and JavaScript's regexps differ there
    expect(send('héllo', '=~', re('l'))).toMatchObject({ known: false, why: "`x.m` matches non-ASCII text, where Ruby's and JavaScript's regexps differ" })
  })

  test('to_sym, ==, eql?', () => {
    expect(send('abc', 'to_sym')).toEqual(known({ symbol: 'abc' }))
    expect(send('a', '==', 'a')).toEqual(known(true))
    expect(send('a', 'eql?', 'b')).toEqual(known(false))
  })
})

describe('Integer', () => {
  test('comparisons and arithmetic, and the errors of a nil or String operand', () => {
    expect(INTEGER['>'](call(), 7, [3])).toEqual(known(true))
    expect(INTEGER['<='](call(), 7, [3])).toEqual(known(false))
    expect(INTEGER['-'](call(), 3, [5])).toEqual(known(-2))
    expect(INTEGER['*'](call(), 6, [7])).toEqual(known(42))
    expect(INTEGER['>'](call(), 7, [null])).toMatchObject(raises('ArgumentError', '`x.m` raises ArgumentError: comparison of Integer with nil failed'))
    expect(INTEGER['>'](call(), 7, ['3'])).toMatchObject(raises('ArgumentError', '`x.m` raises ArgumentError: comparison of Integer with String failed'))
    expect(INTEGER['+'](call(), 3, ['a'])).toMatchObject(raises('TypeError', "`x.m` raises TypeError: String can't be coerced into Integer"))
    expect(INTEGER['+'](call(), 3, [null])).toMatchObject(raises('TypeError', "`x.m` raises TypeError: nil can't be coerced into Integer"))
    // Ruby: 9007199254740992 (exact); beyond JavaScript's safe integers, so not modelled
    expect(INTEGER['+'](call(), Number.MAX_SAFE_INTEGER, [1])).toBeUndefined()
  })

  test('predicates and conversions', () => {
    expect(INTEGER.abs(call(), -3, [])).toEqual(known(3))
    expect(INTEGER['even?'](call(), -4, [])).toEqual(known(true))
    expect(INTEGER['odd?'](call(), 7, [])).toEqual(known(true))
    expect(INTEGER['zero?'](call(), 0, [])).toEqual(known(true))
    expect(INTEGER['positive?'](call(), 0, [])).toEqual(known(false))
    expect(INTEGER.to_s(call(), 5, [])).toEqual(known('5'))
    expect(INTEGER.to_s(call(), 5, [2])).toBeUndefined() // a base is not modelled
  })

  test("Kernel's Integer() and Float(): strict, with Ruby's errors", () => {
    expect(rubyNumber('0x1A', false)).toBe(26)
    expect(rubyNumber('0b101', false)).toBe(5)
    expect(rubyNumber('0o17', false)).toBe(15)
    expect(rubyNumber('017', false)).toBe(15)
    expect(rubyNumber('1_000', false)).toBe(1000)
    expect(rubyNumber(' 42\n', false)).toBe(42)
    expect(rubyNumber('-12', false)).toBe(-12)
    expect(rubyNumber(3.9, false)).toBe(3)
    expect(rubyNumber('1.5', true)).toBe(1.5)
    expect(rubyNumber('1e3', true)).toBe(1000)
    expect(rubyNumber('.5', true)).toBe(0.5)
    expect(rubyNumber('1_0.5', true)).toBe(10.5)
    const error = (v: RubyScalar, float: boolean) => {
      const r = rubyNumber(v, float)
      return typeof r === 'object' ? { exception: r.exception, message: r.message(float ? 'Float' : 'Integer', v) } : r
    }
    expect(error('1__0', false)).toEqual({ exception: 'ArgumentError', message: 'invalid value for Integer(): "1__0"' })
    expect(error('', false)).toEqual({ exception: 'ArgumentError', message: 'invalid value for Integer(): ""' })
    expect(error('1.', true)).toEqual({ exception: 'ArgumentError', message: 'invalid value for Float(): "1."' })
    expect(error(null, false)).toEqual({ exception: 'TypeError', message: "can't convert nil into Integer" })
    expect(error({ symbol: 'a' }, false)).toMatchObject({ exception: 'TypeError' })
  })
})

describe('Array', () => {
  test('elements, sizes, folds', () => {
    expect(ARRAY.compact(call(), [1, null, 2], [])).toEqual(known([1, 2]))
    expect(ARRAY.max(call(), [3, 1, 2], [])).toEqual(known(3))
    expect(ARRAY.min(call(), [], [])).toEqual(known(null))
    // Ruby: ArgumentError (comparison of String with 1 failed); not modelled
    expect(ARRAY.max(call(), [1, 'a'], [])).toBeUndefined()
    expect(ARRAY['[]'](call(), [1, 2, 3], [-1])).toEqual(known(3))
    expect(ARRAY['[]'](call(), [1], [5])).toEqual(known(null))
    expect(ARRAY.first(call(), [], [])).toEqual(known(null))
    expect(ARRAY['include?'](call(), [1, null], [null])).toEqual(known(true))
    expect(ARRAY['any?'](call(), [null, false], [])).toEqual(known(false))
    expect(ARRAY['any?'](call(), [null, 1], [])).toEqual(known(true))
    expect(ARRAY.count(call(), [1, 2], [])).toEqual(known(2))
  })

  test('join formats strings, numbers, symbols and nil; nested arrays are not modelled', () => {
    expect(ARRAY.join(call(), ['a', 1, { symbol: 'b' }, null], ['-'])).toEqual(known('a-1-b-'))
    expect(ARRAY.join(call(), ['a', 'b'], [])).toEqual(known('ab'))
    expect(ARRAY.join(call(), [[1]], [])).toBeUndefined()
  })

  test('== compares element by element', () => {
    expect(send([1, [2]], '!=', [1, [2]])).toEqual(known(false))
    expect(send([1, [2]], '==', [1, [3]])).toEqual(known(false))
  })
})

describe('Hash, nil, Symbol, true/false, Regexp, Object', () => {
  test("a Hash has Object's methods (its contents are not kept)", () => {
    expect(send({ hash: true }, 'nil?')).toEqual(known(false))
    expect(send({ hash: true }, '!')).toEqual(known(false))
    expect(send({ hash: true }, 'keys')).toBeUndefined()
    // ActiveSupport's present? is not there before Rails loads: NoMethodError, as plain Ruby says
    expect(callMethod(call({ rails: 'absent' }), { hash: true }, 'present?', [])).toMatchObject(raises('NoMethodError'))
    expect(callMethod(call({ rails: 'loaded' }), { hash: true }, 'present?', [])).toBeUndefined()
    expect(callMethod(call({ rails: 'unknown' }), 'x', 'blank?', [])).toMatchObject({ known: false })
    expect(callMethod(call({ rails: 'loaded' }), ' \t', 'blank?', [])).toEqual(known(true))
    expect(callMethod(call({ rails: 'loaded' }), '', 'presence', [])).toEqual(known(null))
  })

  test('nil: its conversions, and NoMethodError for what it lacks', () => {
    expect(NIL.to_s(call(), null, [])).toEqual(known(''))
    expect(NIL.to_a(call(), null, [])).toEqual(known([]))
    expect(send(null, 'to_i')).toEqual(known(0))
    expect(send(null, 'strip')).toMatchObject(raises('NoMethodError', '`x.m` raises NoMethodError: `x` is nil here, and nil has no `strip`'))
    expect(send(null, 'inspect')).toBeUndefined()
  })

  test('Symbol, true and false', () => {
    expect(SYMBOL.to_s(call(), { symbol: 'abc' }, [])).toEqual(known('abc'))
    expect(SYMBOL.name(call(), { symbol: 'abc' }, [])).toEqual(known('abc'))
    expect(send({ symbol: 'a' }, '==', { symbol: 'a' })).toEqual(known(true))
    expect(BOOLEAN['&'](call(), true, [null])).toEqual(known(false))
    expect(BOOLEAN['|'](call(), false, [1])).toEqual(known(true))
    expect(BOOLEAN.to_s(call(), true, [])).toEqual(known('true'))
  })

  test('Regexp: =~, match?, ===, !~', () => {
    expect(REGEXP['=~'](call(), re('b'), ['abc'])).toEqual(known(1))
    expect(REGEXP['=~'](call(), re('b'), [null])).toEqual(known(null))
    expect(REGEXP['match?'](call(), re('b'), [null])).toEqual(known(false))
    expect(REGEXP['!~'](call(), re('z'), ['abc'])).toEqual(known(true))
    expect(REGEXP['==='](call(), re('b'), ['abc'])).toEqual(known(true))
  })

  test('Object: freeze, dup and itself give the value back', () => {
    expect(OBJECT.itself(call(), 'a', [])).toEqual(known('a'))
    expect(OBJECT['nil?'](call(), null, [])).toEqual(known(true))
    expect(OBJECT.freeze(call(), 'a', [1])).toBeUndefined()
  })

  test('a name that is a JavaScript property but no Ruby method is not modelled', () => {
    expect(send('abc', 'constructor')).toBeUndefined()
    expect(send([1], 'toString')).toBeUndefined()
    expect(send(1, '__proto__')).toBeUndefined()
  })
})

describe('File', () => {
  test('basename and expand_path', () => {
    expect(basename('/a/b/')).toBe('b')
    expect(basename('//')).toBe('/')
    expect(expandPath('../log', '/app/config', '/app')).toBe('/app/log')
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
