/**
 * The linear-time regexp matcher (src/model/regexp.ts) and the `ignore` glob matcher
 * (src/engine/config.ts globMatcher) against what they replace (issue 22):
 *
 * - fast-check generates small regexps and texts; the matcher must find what the old JavaScript
 *   translation (`jsRegExp`, still exported) finds, except where that translation read Ruby
 *   wrongly (listed in regexp.ts and excluded from this comparison by the generator's flags);
 * - the real Rubies 3.1 to 4.0 (helpers/rubies.ts; skipped where missing, failing with CI=true)
 *   run a fixed list and a random sample, those exceptions included, and the matcher must agree
 *   with each;
 * - hostile regexps take few steps, counted, not timed.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { isDeepStrictEqual } from 'node:util'
import fc from 'fast-check'
import { compileRegexp, jsRegExp, MAX_INSTRUCTIONS, RegexpBudgetError, RegexpSearch, type Program } from '../src/model/regexp.js'
import { globMatcher } from '../src/engine/config.js'
import { eachRuby, isRaised, printCounts, rubyString, type Counts, type RealRuby } from './helpers/rubies.js'

type Result = null | [number, number, ...Array<string | null>]

function ours(src: string, flags: string, text: string, limit = 10_000_000): Result | string {
  const program = compileRegexp(src, flags)
  if (typeof program === 'string') return program
  const m = new RegexpSearch(program, text, { used: 0, limit }).exec(0)
  if (!m) return null
  const groups: Array<string | null> = []
  for (let g = 1; g <= program.groups; g++) groups.push(m.caps[2 * g] < 0 ? null : text.slice(m.caps[2 * g], m.caps[2 * g + 1]))
  return [m.start, m.end, ...groups]
}

function theirs(src: string, flags: string, text: string): Result | string {
  const re = jsRegExp(src, flags)
  if (typeof re === 'string') return re
  const m = re.exec(text)
  return m ? [m.index, m.index + m[0].length, ...m.slice(1).map((x) => x ?? null)] : null
}

/** A generated regexp: its source, and what the JavaScript comparison must leave out. */
interface Gen {
  src: string
  /** can match the empty string */
  nullable: boolean
  /** has a capturing group */
  captures: boolean
  /** uses something the old translation read differently from Ruby (see regexp.ts) */
  rubyOnly: boolean
  /** a capturing group under a quantifier: JavaScript resets it each iteration, Ruby does not */
  repeatedCapture: boolean
  /** an anchor or look-around, which the matcher does not repeat */
  assertion: boolean
  /** a capturing group in a repeated part that can match empty: Onigmo's captures there are not modelled */
  emptyLoopCapture?: boolean
}

const leaf = (src: string, nullable = false, assertion = false): Gen => ({ src, nullable, captures: false, rubyOnly: false, repeatedCapture: false, assertion })
const atoms = fc.constantFrom(
  leaf('a'),
  leaf('b'),
  leaf('-'),
  leaf('.'),
  leaf('[ab]'),
  leaf('[^a]'),
  leaf('[a-c]'),
  leaf('\\w'),
  leaf('\\s'),
  leaf('\\d'),
  leaf('\\h'),
  leaf('\\n'),
  leaf('\\.'),
  leaf('x{'),
  leaf('^', true, true),
  leaf('$', true, true),
  leaf('\\A', true, true),
  leaf('\\z', true, true),
  leaf('\\Z', true, true),
  leaf('\\b', true, true),
  leaf('\\B', true, true),
  leaf('(?<=a)', true, true),
  leaf('(?<!b)', true, true),
  leaf('(?<=ab|c)', true, true)
)
const quantifiers = fc.constantFrom('', '', '', '*', '+', '?', '*?', '+?', '??', '{1,2}', '{2}', '{0,}', '{1,3}?', '{2}?')

const regexp: fc.Arbitrary<Gen> = fc.letrec<{ alt: Gen; seq: Gen; term: Gen }>((tie) => ({
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 2 }).map((seqs) => ({
    src: seqs.map((s) => s.src).join('|'),
    emptyLoopCapture: seqs.some((s) => s.emptyLoopCapture),
    nullable: seqs.some((s) => s.nullable),
    captures: seqs.some((s) => s.captures),
    rubyOnly: seqs.some((s) => s.rubyOnly),
    repeatedCapture: seqs.some((s) => s.repeatedCapture),
    assertion: false
  })),
  seq: fc.array(tie('term'), { minLength: 0, maxLength: 3 }).map((terms) => ({
    src: terms.map((t) => t.src).join(''),
    emptyLoopCapture: terms.some((t) => t.emptyLoopCapture),
    nullable: terms.every((t) => t.nullable),
    captures: terms.some((t) => t.captures),
    rubyOnly: terms.some((t) => t.rubyOnly),
    repeatedCapture: terms.some((t) => t.repeatedCapture),
    assertion: false
  })),
  term: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'group', withCrossShrink: true },
    fc.tuple(atoms, quantifiers).map(([a, q]) => quantify(a, q)),
    fc.tuple(tie('alt'), fc.constantFrom('(', '(?:', '(?=', '(?!'), quantifiers).map(([body, open, q]) => {
      const look = open === '(?=' || open === '(?!'
      const group: Gen = { ...body, src: `${open}${body.src})`, captures: body.captures || open === '(', nullable: look || body.nullable, assertion: look }
      return quantify(group, q)
    })
  )
})).alt

function quantify(g: Gen, q: string): Gen {
  if (q === '' || g.assertion) return g
  const min = q.startsWith('+') || q.startsWith('{1') || q.startsWith('{2') ? 1 : 0
  // Ruby ends a loop on an empty iteration (JavaScript rejects the iteration), and `x{n}?` is `(?:x{n})?` in Ruby
  const emptyLoop = g.nullable && q !== '{2}'
  return {
    src: g.src + q,
    emptyLoopCapture: g.emptyLoopCapture || (g.nullable && g.captures),
    nullable: g.nullable || min === 0,
    captures: g.captures,
    rubyOnly: g.rubyOnly || emptyLoop || q === '{2}?',
    repeatedCapture: g.repeatedCapture || g.captures,
    assertion: false
  }
}

const texts = fc.array(fc.constantFrom('a', 'b', 'A', '-', '1', 'c', '\n', ' ', '.'), { maxLength: 8 }).map((cs) => cs.join(''))
const flags = fc.constantFrom('', '', 'i', 'm')

describe('the matcher finds what the old JavaScript translation found', () => {
  test('property: random small regexps and texts', () => {
    fc.assert(
      fc.property(regexp, flags, texts, (re, f, text) => {
        // where the translation read Ruby wrongly: `^` after a final newline, `.` and \r (not generated)
        fc.pre(!re.rubyOnly && !text.endsWith('\n'))
        const a = ours(re.src, f, text)
        const b = theirs(re.src, f, text)
        if (typeof b === 'string') return expect(a).toBe(b) // the same reason
        if (typeof a === 'string') return expect(a).toMatch(/repeats an anchor|look-behind/)
        if (a === null || b === null || re.repeatedCapture) return expect(a?.slice(0, 2) ?? null).toEqual(b?.slice(0, 2) ?? null)
        expect(a).toEqual(b)
      }),
      { numRuns: 3000, seed: 22 }
    )
  })

  test('the reasons for what is not evaluated are the translation’s', () => {
    for (const [src, f] of [
      ['(?i)B', ''],
      ['a++b', ''],
      ['a{,2}', ''],
      ['é', ''],
      ['[[:alpha:]]', ''],
      ['a', 'x'],
      ['[a&&b]', ''],
      ['\\G', ''],
      ['[\\b]', ''],
      ['a**', ''],
      ['(a', ''],
      ['[z-a]', ''],
      ['\\', '']
    ]) {
      expect({ src, reason: compileRegexp(src, f) }).toEqual({ src, reason: jsRegExp(src, f) })
    }
  })
})

/** Ruby's matches on one real Ruby (helpers/rubies.ts): one [src, flags, text] per case; 'error' where Ruby rejects the regexp */
async function rubyResults(ruby: RealRuby, cases: Array<[string, string, string]>): Promise<Array<Result | 'error'>> {
  const answers = await ruby.evaluate(
    cases.map(([src, flags, text]) => {
      const opts = [flags.includes('i') && 'Regexp::IGNORECASE', flags.includes('m') && 'Regexp::MULTILINE'].filter(Boolean).join(' | ') || '0'
      return { expr: `m = Regexp.new(${rubyString(src)}, ${opts}).match(${rubyString(text)}); m && [m.begin(0), m.end(0), *m.captures]` }
    })
  )
  return answers.map((a) => {
    if (isRaised(a)) {
      if (a.raises === 'RegexpError') return 'error'
      throw new Error(`Ruby ${ruby.version} raised ${a.raises}: ${a.message}`)
    }
    return a as Result
  })
}

const FIXED: Array<[string, string, string]> = [
  ['^b$', '', 'a\nb'],
  ['^$', '', 'a\n'],
  ['\\n^', '', 'a\n'],
  ['^', '', ''],
  ['$\\n', '', 'a\n'],
  ['\\Ab', '', 'a\nb'],
  ['b\\Z', '', 'ab\n'],
  ['b\\z', '', 'ab\n'],
  ['\\Z', '', 'a\n'],
  ['\\h+', '', 'x2fz'],
  ['[\\h-]+', '', 'g-a1'],
  ['b', 'i', 'AB'],
  ['[^a]', 'i', 'A'],
  ['[Z-a]', 'i', 'z'],
  ['a.b', 'm', 'a\nb'],
  ['a.b', '', 'a\nb'],
  ['.', '', '\r'],
  ['(?<x>a)(b)', '', 'ab'],
  ['(?<l>b)(?<r>c)?', '', 'abd'],
  ['(?:(a)|b)+', '', 'ab'],
  ['(a*)*', '', 'b'],
  ['(a*)+', '', 'b'],
  ['(a|)?', '', 'b'],
  ['(a|)*c', '', 'aac'],
  ['(a|)+c', '', 'aac'],
  ['(a|)*?c', '', 'aac'],
  ['(a|b|){1,3}c', '', 'abc'],
  ['(?:a|()){0,3}c', '', 'ac'],
  ['(?:a??)*', '', 'aa'],
  ['(?:a??)?', '', 'aa'],
  ['a{3}?', '', 'aa'],
  ['a{2}?', '', 'aa'],
  ['a{2,}?', '', 'aaaa'],
  ['a{1,3}?', '', 'aaaa'],
  ['a{1,3}', '', 'aaaa'],
  ['x{2', '', 'x{2'],
  ['a*?b', '', 'aaab'],
  ['(a+?)(a*)', '', 'aaa'],
  ['(a)|\\1b', '', 'b'],
  ['(a)?\\1b', '', 'b'],
  ['(a)(?:\\1)*', '', 'aaa'],
  ['(a)\\1', 'i', 'aA'],
  ['()\\1*', '', 'a'],
  ['\\012', '', '\n'],
  ['(?<=ab|c)d', '', 'abd'],
  ['(?<!a)b', '', 'abcb'],
  ['(?=(a+))a*b', '', 'aaab'],
  ['(?!a)\\w', '', 'aab'],
  ['\\bfoo\\b', '', 'a foo.'],
  ['\\Bo', '', 'foo'],
  ['\\Aunix:\\/\\/', '', 'unix:///tmp/x.sock'],
  ['\\A[a-z]+:\\/\\/', '', 'tcp://0.0.0.0:3000'],
  ['^(a+)+$', '', 'a'.repeat(12) + '!'], // (Ruby 3.1 backtracks exponentially: a short text)
  ['[]a]+', '', ']a]'],
  ['[a-]+', '', 'a-a'],
  ['\\s+', '', 'a\t\v b']
]

describe('the matcher finds what each real Ruby from 3.1 to 4.0 finds', () => {
  const counts = new Map<RealRuby, Counts>()
  const count = (ruby: RealRuby, checked: number, agreed: number) => {
    const c = counts.get(ruby) ?? { checked: 0, agreed: 0 }
    counts.set(ruby, { checked: c.checked + checked, agreed: c.agreed + agreed })
  }
  afterAll(() => printCounts('regexp matches (the fixed list and the random cases compared)', counts))

  eachRuby('a fixed list', async (ruby) => {
    const expected = await rubyResults(ruby, FIXED)
    const differ = FIXED.map(([src, f, text], i) => ({ src, f, text, ours: ours(src, f, text), ruby: expected[i] })).filter((d) => !isDeepStrictEqual(d.ours, d.ruby))
    count(ruby, FIXED.length, FIXED.length - differ.length)
    expect(differ).toEqual([])
  })

  eachRuby('random small regexps and texts, where the translation read Ruby wrongly too', async (ruby) => {
    const cases = fc.sample(fc.tuple(regexp, flags, fc.array(fc.constantFrom('a', 'b', 'A', '-', '1', '\n', '\r', ' '), { maxLength: 8 }).map((cs) => cs.join(''))), { numRuns: 3000, seed: 31 })
    const tuples = cases.map(([re, f, text]) => [re.src, f, text] as [string, string, string])
    const expected = await rubyResults(ruby, tuples)
    let compared = 0
    const differ: unknown[] = []
    tuples.forEach(([src, f, text], i) => {
      const a = ours(src, f, text)
      const b = expected[i]
      // what Ruby rejects, and what rack-check leaves unknown, is not compared
      if (b === 'error' || typeof a === 'string') return
      // a group in a repeated part that can match empty: Onigmo's capture history there is not
      // modelled (`((\w)*?){3}\Z` on "b": group 1 is "" in Ruby, "b" here), and Onigmo 6.2 even
      // changes whether it matches by an alternative that never does (`(\w(|(-)){2}){2}` matches
      // "bA", `(\w(|(-)){2}){2}|\)` does not): the fixed list has the common cases
      if (cases[i][0].emptyLoopCapture) return
      compared++
      if (JSON.stringify(a) !== JSON.stringify(b)) differ.push({ src, f, text, ours: a, ruby: b })
    })
    count(ruby, compared, compared - differ.length)
    expect(differ.slice(0, 5)).toEqual([])
    expect(compared).toBeGreaterThan(2000)
  })
})

describe('hostile regexps cost steps in proportion to instructions × characters', () => {
  const steps = (src: string, text: string, limit = 50_000_000): number => {
    const budget = { used: 0, limit }
    new RegexpSearch(compileRegexp(src, '') as Program, text, budget).exec(0)
    return budget.used
  }
  test.each([
    ['^(a+)+$', 'a'.repeat(10_000) + '!'],
    ['(a|aa)*b', 'a'.repeat(10_000)],
    ['(a*)*b', 'a'.repeat(10_000)],
    ['(\\w+\\s?)*$', 'ab '.repeat(3_000) + '!'],
    ['(?:a|a)*?c', 'a'.repeat(10_000)]
  ])('%s on %#', (src, text) => {
    const program = compileRegexp(src, '') as Program
    expect(steps(src, text)).toBeLessThanOrEqual(2 * program.op.length * (text.length + 1))
  })

  test('a backreference runs without the memory, under the budget: over it, RegexpBudgetError', () => {
    const program = compileRegexp('^(a|a)*\\1b', '') as Program
    expect(() => new RegexpSearch(program, 'a'.repeat(60), { used: 0, limit: 100_000 }).exec(0)).toThrow(RegexpBudgetError)
  })

  test('huge repeats and programs are not evaluated, with the reason', () => {
    expect(compileRegexp('a{1001}', '')).toMatch(/more than 1000 times/)
    expect(compileRegexp('(?:a{1000}){1000}', '')).toMatch(new RegExp(`larger than .* \\(${MAX_INSTRUCTIONS} instructions\\)`))
    expect(compileRegexp('^*', '')).toMatch(/repeats an anchor/)
    expect(compileRegexp('(a)\\2', '')).toMatch(/uses `\\2`/)
    expect(compileRegexp('(?<=a+)b', '')).toMatch(/look-behind/)
  })
})

/** The RegExp-building globMatcher this replaced, as the oracle. */
function oldGlobMatcher(pattern: string): (path: string) => boolean {
  const p = pattern.replace(/^\.\//, '').replace(/\/+$/, '')
  let re = ''
  for (let i = 0; i < p.length; i++) {
    const c = p[i]
    if (c === '*' && p[i + 1] === '*') {
      re += '.*'
      i++
      if (p[i + 1] === '/') i++
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  const anchored = new RegExp(`^${re}(/.*)?$`)
  const anywhere = new RegExp(`(^|/)${re}(/.*)?$`)
  return (path) => (p.includes('/') ? anchored : anywhere).test(path)
}

describe('ignore globs: a scan, with the RegExp semantics it replaced', () => {
  test('property: random short patterns and paths', () => {
    const patternChars = fc.constantFrom('a', 'b', '/', '*', '**', '?', '.', '\n', '[', '+')
    const pathChars = fc.constantFrom('a', 'b', '/', '.', '\n', '\r', '*', '[', 'ab')
    fc.assert(
      fc.property(fc.array(patternChars, { maxLength: 8 }).map((a) => a.join('')), fc.array(pathChars, { maxLength: 10 }).map((a) => a.join('')), (pattern, path) => {
        expect({ pattern, path, match: globMatcher(pattern)(path) }).toEqual({ pattern, path, match: oldGlobMatcher(pattern)(path) })
      }),
      { numRuns: 20_000, seed: 22 }
    )
  })

  test('an evil pattern against a long folder name is answered (a scan of pattern × path steps)', () => {
    const evil = '*a*a*a*a*a*a*a*a*a*b'
    expect(globMatcher(evil)('a'.repeat(5_000))).toBe(false)
    expect(globMatcher(evil)('x/' + 'a'.repeat(5_000) + 'b')).toBe(true)
    expect(globMatcher('**/**/**/**/**/**/**/x')('a/'.repeat(2_000) + 'y')).toBe(false)
    expect(globMatcher('vendor/**')('vendor/bundle/ruby')).toBe(true)
    expect(globMatcher('fixtures')('__tests__/fixtures')).toBe(true)
  })
})
