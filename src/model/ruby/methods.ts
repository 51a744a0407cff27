/**
 * The methods of Ruby's values that the evaluator (evaluator.ts) computes: String, Integer,
 * Array, Symbol, Regexp, true/false, nil and what every object has, as tables of name → method,
 * plus Kernel's `Integer()`/`Float()` and File's path functions. Each method takes the call (its
 * text for messages, the file's work budget), its receiver's value and its arguments' values, and
 * returns the value Ruby computes, an unknown value that says why (the budget is spent, the text
 * is not ASCII…), a raise, or undefined when rack-check does not model that call (the evaluator
 * then says so). Nothing here reads the syntax tree or keeps state: tests call the entries one by
 * one (__tests__/ruby-methods.test.ts).
 *
 * Every method that may read its receiver's or arguments' characters is charged for them first
 * (`callMethod`, LIMITS.work); regexps run in regexp.ts's bounded matcher, whose steps count too.
 */
import { resolvePath, withoutTrailingSlashes } from '../../core/paths.js'
import { compileRegexp, RegexpBudgetError, RegexpSearch, type RegexpBudget, type RegexpMatch } from '../regexp.js'
import { ascii, awkSplit, isBlank, regexpSplit, replacementParts, replacementPiece, strip } from './scans.js'
import { equal, isRegexp, known, LIMITS, toS, truthy, typeName, type RubyScalar, type RubyValue, type Size, type Unknown } from './values.js'

/** Whether Rails is loaded when the server reads the file (RubyEnvironment.railsLoaded and the file's requires). */
export type RailsState = 'loaded' | 'absent' | 'unknown'

/** What a method needs of the evaluator for one call. */
export interface Call {
  /** the call's source text (its first line, at most 80 characters), for messages */
  text(): string
  /** the receiver's source text, likewise */
  receiverText(): string
  /** an unknown value at the call (the evaluator counts them: a `begin` body with one may have raised) */
  unknown(why: string): Unknown
  /** counts work (LIMITS.work); the unknown value that says so when the file's budget is spent */
  charge(units: number): Unknown | null
  /** counts work without stopping here (regexp steps; the evaluator stops at its next step) */
  spend(units: number): void
  rails(): RailsState
  /** whether the app's Ruby is certainly `line` or later (true), certainly older (false), or not known (null) */
  since(line: string): boolean | null
  /** the sizes of the arrays made in this file (LIMITS.size counts elements through nested arrays) */
  readonly sizes: WeakMap<RubyScalar[], Size>
}

/** A method of values of type T: the value, a raise or an unknown value; undefined when not modelled. */
export type Method<T> = (c: Call, self: T, args: RubyScalar[]) => RubyValue | undefined

type Table<T> = Readonly<Record<string, Method<T>>>

type Re = { regexp: string; flags?: string }

/** Methods of NilClass and Object that rack-check models or that cannot raise on nil. */
const NIL_METHODS = new Set(['to_s', 'to_i', 'to_f', 'to_a', 'inspect', 'nil?', '!', '==', '!=', 'freeze', 'frozen?', 'dup', 'itself', '&', '|'])
/** String/Array methods that nil does not have: calling one on nil raises NoMethodError. */
const NOT_ON_NIL = new Set(['empty?', 'strip', 'lstrip', 'rstrip', 'chomp', 'length', 'size', 'split', 'sub', 'gsub', 'start_with?', 'end_with?', 'include?', 'downcase', 'upcase', 'match?', 'delete_prefix', 'delete_suffix', '+', '-', '*', 'to_sym', '[]', 'join', 'first', 'last', '>', '<', '>=', '<=', 'positive?', 'negative?', 'zero?'])
/** Methods that read nothing of a String or Array receiver but its length: they cost no work (LIMITS.work). */
const O1_METHODS = new Set(['nil?', 'freeze', 'dup', 'itself', 'to_s', 'to_str', 'to_sym', 'intern', '!', 'first', 'last', '[]', 'empty?', 'to_a', 'frozen?'])
/** ActiveSupport's Object extensions: there only when Rails (or ActiveSupport) is loaded. */
const ACTIVE_SUPPORT = new Set(['present?', 'blank?', 'presence'])

// --- values made by methods: bounded by LIMITS.size, charged to LIMITS.work ----------------

export const raising = (c: Call, exception: string, why: string): Unknown => ({ ...c.unknown(why), raises: true, exception })

export function measure(sizes: WeakMap<RubyScalar[], Size>, v: RubyScalar): Size {
  if (typeof v === 'string') return { size: v.length, depth: 0 }
  if (!Array.isArray(v)) return { size: 1, depth: 0 }
  return sizes.get(v) ?? { size: v.length, depth: 1 }
}

/** an array value; unknown when it is bigger or deeper than LIMITS allow */
export function array(c: Call, items: RubyScalar[]): RubyValue {
  const sizes = c.sizes
  let size = items.length
  let d = 0
  for (const x of items) {
    const m = measure(sizes, x)
    size += m.size
    d = Math.max(d, m.depth)
  }
  if (size > LIMITS.size) return c.unknown(`\`${c.text()}\` makes an array of more than ${LIMITS.size} elements; rack-check evaluates smaller ones`)
  if (d + 1 > LIMITS.depth) return c.unknown(`\`${c.text()}\` makes arrays nested more than ${LIMITS.depth} deep; rack-check evaluates at most ${LIMITS.depth}`)
  sizes.set(items, { size, depth: d + 1 })
  return c.charge(size) ?? known(items)
}

export const tooLong = (c: Call): Unknown => c.unknown(`\`${c.text()}\` makes a string of more than ${LIMITS.size} characters; rack-check evaluates shorter ones`)

/** a string value; unknown when it is longer than LIMITS.size */
export const str = (c: Call, s: string): RubyValue => (s.length > LIMITS.size ? tooLong(c) : (c.charge(s.length) ?? known(s)))

// --- regexps ---------------------------------------------------------------------------------

/** a search of s with the regexp (regexp.ts); undefined when rack-check does not run it */
function searchOf(re: Re, s: string, budget: RegexpBudget): RegexpSearch | undefined {
  const program = compileRegexp(re.regexp, re.flags ?? '')
  // non-ASCII subjects: Ruby matches characters, and its \s, \w and case folding go beyond ASCII there
  if (typeof program === 'string' || !ascii(s)) return undefined
  return new RegexpSearch(program, s, budget)
}

const firstMatch = (re: Re, s: string, budget: RegexpBudget, sticky = false): RegexpMatch | null | undefined => searchOf(re, s, budget)?.exec(0, sticky)

/**
 * A method that runs regexps: its value, or an unknown one when its searches need more than
 * LIMITS.regexpSteps steps. The steps count toward the file's work.
 */
function withRegexps(c: Call, f: (budget: RegexpBudget) => RubyValue | undefined): RubyValue | undefined {
  const budget = { used: 0, limit: LIMITS.regexpSteps }
  try {
    return f(budget)
  } catch (e) {
    if (!(e instanceof RegexpBudgetError)) throw e
    return c.unknown(`\`${c.text()}\` runs a regexp longer than rack-check's budget of ${LIMITS.regexpSteps} steps`)
  } finally {
    c.spend(budget.used)
  }
}

/** `pattern === subject` (a `case`'s `when`) for the values rack-check models; null when not modelled */
export function caseEqual(c: Call, pattern: RubyScalar, subject: RubyScalar): boolean | null {
  if (isRegexp(pattern)) {
    if (typeof subject !== 'string' && (subject === null || typeof subject !== 'object' || Array.isArray(subject) || !('symbol' in subject))) return false
    const budget = { used: 0, limit: LIMITS.regexpSteps }
    try {
      const m = firstMatch(pattern, typeof subject === 'string' ? subject : subject.symbol, budget)
      return m === undefined ? null : m !== null
    } catch (e) {
      if (e instanceof RegexpBudgetError) return null
      throw e
    } finally {
      c.spend(budget.used)
    }
  }
  if (pattern !== null && typeof pattern === 'object' && !Array.isArray(pattern) && 'hash' in pattern) return null
  c.spend(measure(c.sizes, pattern).size + measure(c.sizes, subject).size)
  return equal(pattern, subject)
}

/** `=~`, `match?`, `===`, `!~` of a regexp and a string */
function matchResult(c: Call, re: Re, s: string, name: string): RubyValue {
  return withRegexps(c, (budget) => {
    const m = firstMatch(re, s, budget)
    if (m === undefined) return c.unknown(`\`${c.text()}\` matches non-ASCII text, where Ruby's and JavaScript's regexps differ`)
    if (name === '=~') return known(m ? m.start : null)
    if (name === '!~') return known(!m)
    return known(Boolean(m))
  })!
}

// --- the tables --------------------------------------------------------------------------------

const noArgs =
  <T>(f: (self: T, c: Call) => RubyValue | undefined): Method<T> =>
  (c, self, a) =>
    a.length === 0 ? f(self, c) : undefined
const oneArg =
  <T>(f: (self: T, o: RubyScalar, c: Call) => RubyValue | undefined): Method<T> =>
  (c, self, a) =>
    a.length === 1 ? f(self, a[0], c) : undefined

/** What every value has (before ActiveSupport's and the type's own methods). */
export const OBJECT: Table<RubyScalar> = {
  '==': oneArg((v, o) => known(equal(v, o))),
  '!=': oneArg((v, o) => known(!equal(v, o))),
  '!': noArgs((v) => known(!truthy(v))),
  'nil?': noArgs((v) => known(v === null)),
  freeze: noArgs((v) => known(v)),
  dup: noArgs((v) => known(v)),
  itself: noArgs((v) => known(v))
}

export const NIL: Table<null> = {
  to_s: noArgs(() => known('')),
  to_i: noArgs(() => known(0)),
  to_f: noArgs(() => known(0)),
  to_a: noArgs(() => known([]))
}

const stringMatch =
  (name: string): Method<string> =>
  (c, v, a) => {
    const o = a[0]
    if (a.length !== 1) return undefined
    if (isRegexp(o)) return matchResult(c, o, v, name)
    if (name === 'match?' && typeof o === 'string') return known(v.includes(o)) // a String pattern is matched literally
    if (name === '=~' && typeof o === 'string') return raising(c, 'TypeError', `\`${c.text()}\` raises TypeError (String =~ String)`)
    return undefined
  }

const caseChange = (upcase: boolean): Method<string> =>
  // Ruby maps Unicode case by its own tables: only ASCII text is certain to match
  noArgs((v, c) => (ascii(v) ? str(c, upcase ? v.toUpperCase() : v.toLowerCase()) : undefined))

export const STRING: Table<string> = {
  to_s: noArgs((v) => known(v)),
  to_str: noArgs((v) => known(v)),
  to_i: noArgs((v) => {
    const m = /^[ \t\n\v\f\r]*([-+]?\d+(?:_\d+)*)/.exec(v)
    const num = m ? Number(m[1].replace(/_/g, '')) : 0
    return Number.isSafeInteger(num) ? known(num) : undefined
  }),
  to_f: (c, v, a) => {
    if (a.length > 0) return undefined
    // Ruby 3.4 reads a decimal point with no digits after it before an exponent ("1.e3" is 1000.0;
    // 3.1-3.3 stop at the point: 1.0), docs/research/servers.md#ruby-changes
    const omitted = /^[ \t\n\v\f\r]*[-+]?\d+(?:_\d+)*\.[eE][-+]?\d/.test(v)
    if (omitted && c.since('3.4') === null) return undefined
    const m = omitted && c.since('3.4') ? /^[ \t\n\v\f\r]*([-+]?\d+(?:_\d+)*\.(?:[eE][-+]?\d+)?)/.exec(v) : /^[ \t\n\v\f\r]*([-+]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+)?)/.exec(v)
    const num = m && /\d/.test(m[1]) ? Number(m[1].replace(/_/g, '')) : 0
    return Number.isFinite(num) ? known(num) : undefined
  },
  to_sym: noArgs((v) => known({ symbol: v })),
  intern: noArgs((v) => known({ symbol: v })),
  // Ruby strips ASCII whitespace and NUL, not Unicode spaces (measured on Ruby 3.1)
  strip: noArgs((v) => known(strip(v, true, true))),
  lstrip: noArgs((v) => known(strip(v, true, false))),
  rstrip: noArgs((v) => known(strip(v, false, true))),
  chomp: (_c, v, a) => {
    const o = a[0]
    if (a.length === 0) return known(v.replace(/(\r\n|\n|\r)$/, ''))
    return a.length === 1 && typeof o === 'string' && o !== '' ? known(v.endsWith(o) ? v.slice(0, v.length - o.length) : v) : undefined
  },
  downcase: caseChange(false),
  upcase: caseChange(true),
  'empty?': noArgs((v) => known(v.length === 0)),
  length: noArgs((v) => (ascii(v) ? known(v.length) : undefined)),
  size: noArgs((v) => (ascii(v) ? known(v.length) : undefined)),
  'start_with?': (c, v, a) => {
    if (a.length === 0) return known(false)
    if (!a.every((x) => typeof x === 'string' || isRegexp(x))) return undefined
    return withRegexps(c, (budget) => {
      for (const x of a) {
        if (typeof x === 'string') {
          if (v.startsWith(x)) return known(true)
        } else {
          // a regexp must match at the start (sticky)
          const m = firstMatch(x as Re, v, budget, true)
          if (m === undefined) return undefined
          if (m) return known(true)
        }
      }
      return known(false)
    })
  },
  'end_with?': (_c, v, a) => (a.every((x) => typeof x === 'string') ? known(a.some((x) => v.endsWith(x as string))) : undefined),
  'include?': oneArg((v, o) => (typeof o === 'string' ? known(v.includes(o)) : undefined)),
  delete_prefix: oneArg((v, o) => (typeof o === 'string' ? known(v.startsWith(o) ? v.slice(o.length) : v) : undefined)),
  delete_suffix: oneArg((v, o) => (typeof o === 'string' ? known(o !== '' && v.endsWith(o) ? v.slice(0, v.length - o.length) : v) : undefined)),
  '=~': stringMatch('=~'),
  'match?': stringMatch('match?'),
  '!~': stringMatch('!~'),
  sub: (c, v, a) => (a.length === 2 && typeof a[1] === 'string' ? substitute(c, v, a[0], a[1], false) : undefined),
  gsub: (c, v, a) => (a.length === 2 && typeof a[1] === 'string' ? substitute(c, v, a[0], a[1], true) : undefined),
  split: (c, v, a) => split(c, v, a),
  '+': oneArg((v, o, c) => {
    if (typeof o === 'string') return str(c, v + o)
    return raising(c, 'TypeError', `\`${c.text()}\` raises TypeError: no implicit conversion of ${o === null ? 'nil' : typeName(o)} into String`)
  }),
  '*': oneArg((v, o, c) => {
    if (typeof o !== 'number' || !Number.isInteger(o) || o < 0) return undefined
    return v.length * o > LIMITS.size ? tooLong(c) : str(c, v.repeat(o))
  }),
  '===': oneArg((v, o) => known(equal(v, o))),
  'eql?': oneArg((v, o) => known(equal(v, o)))
}

/**
 * `sub`/`gsub`: the matches found left to right (after an empty match the search goes on one
 * character later, as in Ruby and JavaScript), the result built piece by piece: it stops as soon
 * as it would be longer than LIMITS.size or the file's work is spent, before building it (a
 * `\``, the text before the match, in each of many replacements made gigabytes).
 */
function substitute(c: Call, v: string, pattern: RubyScalar | undefined, replacement: string, all: boolean): RubyValue | undefined {
  if (typeof pattern !== 'string' && !isRegexp(pattern)) return undefined
  return withRegexps(c, (budget) => {
    let find: (from: number) => RegexpMatch | null
    let groups = 0
    if (typeof pattern === 'string') {
      // a String pattern is matched literally
      find = (from) => {
        const at = v.indexOf(pattern, from)
        c.spend((at < 0 ? v.length : at + pattern.length) - from)
        return at < 0 ? null : { start: at, end: at + pattern.length, caps: [at, at + pattern.length], names: new Map() }
      }
    } else {
      const search = searchOf(pattern, v, budget)
      if (!search) return undefined
      find = (from) => search.exec(from)
      groups = search.program.groups
    }
    const parts = replacementParts(replacement)
    const out: string[] = []
    let length = 0
    const append = (piece: string): Unknown | null => {
      length += piece.length
      if (length > LIMITS.size) return tooLong(c)
      out.push(piece)
      return c.charge(piece.length)
    }
    let last = 0
    for (let from = 0; from <= v.length; ) {
      const m = find(from)
      if (!m) break
      const stopped = append(v.slice(last, m.start))
      if (stopped) return stopped
      for (const part of parts) {
        const piece = typeof part === 'string' ? part : replacementPiece(part, m, v, groups)
        const over = append(piece)
        if (over) return over
      }
      last = m.end
      if (!all) break
      from = m.end === m.start ? m.end + 1 : m.end
    }
    return append(v.slice(last)) ?? known(out.join(''))
  })
}

/** Ruby's `split`; JavaScript's algorithm for a regexp (the old translation's results), with the linear matcher */
function split(c: Call, v: string, a: RubyScalar[]): RubyValue | undefined {
  if (a.length > 1) return undefined // a limit keeps trailing empty fields: not modelled
  const sep = a[0]
  let parts: string[]
  if (sep === undefined || sep === null || sep === ' ') parts = awkSplit(v)
  else if (typeof sep === 'string') parts = sep === '' ? [...v] : v.split(sep)
  else if (isRegexp(sep)) {
    const r = withRegexps(c, (budget) => {
      const search = searchOf(sep, v, budget)
      if (!search) return undefined
      return array(c, regexpSplit(search, v))
    })
    if (!r?.known) return r
    parts = r.value as string[]
  } else return undefined
  // Ruby drops trailing empty fields
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
  return array(c, parts)
}

const compare =
  (name: string): Method<number> =>
  (c, v, a) => {
    const o = a[0]
    if (typeof o !== 'number') return a.length === 1 && (o === null || typeof o === 'string') ? raising(c, 'ArgumentError', `\`${c.text()}\` raises ArgumentError: comparison of Integer with ${o === null ? 'nil' : 'String'} failed`) : undefined
    return known(name === '>' ? v > o : name === '<' ? v < o : name === '>=' ? v >= o : v <= o)
  }

const arithmetic =
  (name: string): Method<number> =>
  (c, v, a) => {
    const o = a[0]
    if (typeof o !== 'number') return a.length === 1 && (o === null || typeof o === 'string') ? raising(c, 'TypeError', `\`${c.text()}\` raises TypeError: ${o === null ? 'nil' : 'String'} can't be coerced into Integer`) : undefined
    const r = name === '+' ? v + o : name === '-' ? v - o : v * o
    return Number.isSafeInteger(r) || !Number.isInteger(v) || !Number.isInteger(o) ? known(r) : undefined
  }

const parity = (even: boolean): Method<number> => noArgs((v) => (Number.isInteger(v) ? known((Math.abs(v) % 2 === 0) === even) : undefined))

/** Integer's and Float's methods (a number is an Integer when it is whole) */
export const INTEGER: Table<number> = {
  to_i: noArgs((v) => known(Math.trunc(v))),
  to_int: noArgs((v) => known(Math.trunc(v))),
  floor: noArgs((v) => known(Math.trunc(v))),
  to_f: noArgs((v) => known(v)),
  to_s: noArgs((v) => (Number.isInteger(v) ? known(String(v)) : undefined)),
  'positive?': noArgs((v) => known(v > 0)),
  'negative?': noArgs((v) => known(v < 0)),
  'zero?': noArgs((v) => known(v === 0)),
  'even?': parity(true),
  'odd?': parity(false),
  abs: noArgs((v) => known(Math.abs(v))),
  '>': compare('>'),
  '<': compare('<'),
  '>=': compare('>='),
  '<=': compare('<='),
  '+': arithmetic('+'),
  '-': arithmetic('-'),
  '*': arithmetic('*'),
  '===': oneArg((v, o) => known(equal(v, o))),
  'eql?': oneArg((v, o) => known(equal(v, o)))
}

const extreme = (max: boolean): Method<RubyScalar[]> =>
  noArgs((v) => {
    if (v.length === 0) return known(null)
    if (!v.every((x) => typeof x === 'number')) return undefined
    // a fold, not Math.min(...v): an array of a million elements is more arguments than a call takes
    return known((v as number[]).reduce((a, b) => (max ? Math.max(a, b) : Math.min(a, b))))
  })

export const ARRAY: Table<RubyScalar[]> = {
  first: noArgs((v) => known(v[0] ?? null)),
  last: noArgs((v) => known(v[v.length - 1] ?? null)),
  size: noArgs((v) => known(v.length)),
  length: noArgs((v) => known(v.length)),
  count: noArgs((v) => known(v.length)),
  'empty?': noArgs((v) => known(v.length === 0)),
  'any?': noArgs((v) => known(v.some(truthy))),
  'include?': oneArg((v, o) => known(v.some((x) => equal(x, o ?? null)))),
  compact: noArgs((v, c) => array(c, v.filter((x) => x !== null))),
  '[]': oneArg((v, o) => (typeof o === 'number' && Number.isInteger(o) ? known(v[o < 0 ? v.length + o : o] ?? null) : undefined)),
  min: extreme(false),
  max: extreme(true),
  join: (c, v, a) => {
    const o = a[0]
    const sep = a.length === 0 ? '' : typeof o === 'string' ? o : null
    if (sep === null || a.length > 1) return undefined
    const parts = v.map(toS)
    if (parts.some((p) => p === null)) return undefined
    return str(c, parts.join(sep))
  },
  to_a: noArgs((v) => known(v))
}

export const BOOLEAN: Table<boolean> = {
  to_s: noArgs((v) => known(String(v))),
  '&': oneArg((v, o) => known(v && truthy(o))),
  '|': oneArg((v, o) => known(v || truthy(o)))
}

export const SYMBOL: Table<{ symbol: string }> = {
  to_s: noArgs((v) => known(v.symbol)),
  id2name: noArgs((v) => known(v.symbol)),
  name: noArgs((v) => known(v.symbol)),
  to_sym: noArgs((v) => known(v))
}

const regexpMatch =
  (name: string): Method<Re> =>
  (c, v, a) => {
    const o = a[0]
    if (a.length !== 1) return undefined
    if (o === null) return known(name === '=~' ? null : false)
    if (typeof o !== 'string') return undefined
    return matchResult(c, v, o, name)
  }

export const REGEXP: Table<Re> = {
  '=~': regexpMatch('=~'),
  'match?': regexpMatch('match?'),
  '===': regexpMatch('==='),
  '!~': regexpMatch('!~')
}

/** the table's method of that name (own entries only: `constructor` is not a Ruby method) */
function lookup<T>(table: Table<T>, name: string): Method<T> | undefined {
  return Object.hasOwn(table, name) ? table[name] : undefined
}

/** ActiveSupport's `present?`, `blank?`, `presence` */
function activeSupport(c: Call, v: RubyScalar, name: string): RubyValue | undefined {
  const r = c.rails()
  if (r === 'absent') return raising(c, 'NoMethodError', `\`${c.text()}\` raises NoMethodError: \`${name}\` comes from ActiveSupport, which the server has not loaded when it reads this file`)
  if (r === 'unknown') return c.unknown(`\`${c.text()}\`: \`${name}\` comes from ActiveSupport, and rack-check cannot tell whether it is loaded when the server reads this file`)
  const blank = v === null || v === false || (typeof v === 'string' && /^[ \t\n\v\f\r]*$/.test(v)) || (Array.isArray(v) && v.length === 0)
  if (typeof v === 'string' && !ascii(v)) return undefined
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'hash' in v) return undefined
  return known(name === 'blank?' ? blank : name === 'present?' ? !blank : blank ? null : v)
}

/**
 * `v.name(*a)`: the method of v's type, after charging the work it may do (the characters or
 * elements of the receiver and arguments, LIMITS.work); undefined when not modelled.
 */
export function callMethod(c: Call, v: RubyScalar, name: string, a: RubyScalar[]): RubyValue | undefined {
  if (!O1_METHODS.has(name)) {
    const over = c.charge(a.reduce((sum: number, x) => sum + measure(c.sizes, x).size, measure(c.sizes, v).size))
    if (over) return over
  }
  const object = lookup(OBJECT, name)
  if (object) return object(c, v, a)
  if (ACTIVE_SUPPORT.has(name) && a.length === 0) return activeSupport(c, v, name)
  if (v === null) {
    const nil = lookup(NIL, name)
    if (nil && a.length === 0) return nil(c, v, a)
    if (NOT_ON_NIL.has(name) && !NIL_METHODS.has(name)) return raising(c, 'NoMethodError', `\`${c.text()}\` raises NoMethodError: \`${c.receiverText()}\` is nil here, and nil has no \`${name}\``)
    return undefined
  }
  if (typeof v === 'string') return lookup(STRING, name)?.(c, v, a)
  if (typeof v === 'number') return lookup(INTEGER, name)?.(c, v, a)
  if (Array.isArray(v)) return lookup(ARRAY, name)?.(c, v, a)
  if (typeof v === 'boolean') return lookup(BOOLEAN, name)?.(c, v, a)
  if (typeof v === 'object' && 'symbol' in v) return lookup(SYMBOL, name)?.(c, v, a)
  if (isRegexp(v)) return lookup(REGEXP, name)?.(c, v, a)
  return undefined
}

// --- Kernel and File ---------------------------------------------------------------------------

/** Ruby's File.basename of one argument: the last part, trailing slashes ignored; "/" for a root. */
export function basename(p: string): string {
  const t = withoutTrailingSlashes(p)
  return t === '' ? (p.startsWith('/') ? '/' : '') : t.slice(t.lastIndexOf('/') + 1)
}

export type NumberError = { exception: string; message(fn: string, v: RubyScalar): string }
const invalidValue: NumberError = { exception: 'ArgumentError', message: (fn, v) => `invalid value for ${fn}(): ${JSON.stringify(v)}` }
const notConvertible: NumberError = { exception: 'TypeError', message: (fn, v) => `can't convert ${v === null ? 'nil' : typeof v === 'boolean' ? String(v) : 'this value'} into ${fn}` }

/**
 * Ruby's `Integer(…)` / `Float(…)` (Kernel, measured on Ruby 3.1 to 4.0): strict. A number, the error
 * Ruby raises, or undefined when rack-check does not model the value (hex floats, huge numbers).
 * `since34`: whether the app's Ruby is 3.4 or later (null: not known), for the one form 3.4 changed.
 */
export function rubyNumber(v: RubyScalar, float: boolean, since34: boolean | null = false): number | NumberError | undefined {
  if (typeof v === 'number') return float ? v : Number.isFinite(v) ? Math.trunc(v) : undefined
  if (v === null || typeof v === 'boolean') return notConvertible
  if (typeof v !== 'string') return Array.isArray(v) || 'symbol' in v ? notConvertible : undefined
  // leading and trailing whitespace is allowed; underscores only between digits
  let s = v
  let from = 0
  let to = s.length
  while (from < to && s.charCodeAt(from) !== 0 && isBlank(s.charCodeAt(from))) from++
  while (to > from && s.charCodeAt(to - 1) !== 0 && isBlank(s.charCodeAt(to - 1))) to--
  s = s.slice(from, to)
  if (/[^\x20-\x7e]/.test(s)) return invalidValue
  const sign = s.startsWith('-') ? -1 : 1
  const body = s.replace(/^[-+]/, '')
  let num: number | null = null
  const digits = (d: string): string => `[${d}]+(?:_[${d}]+)*`
  if (new RegExp(`^0[xX]${digits('0-9a-fA-F')}$`).test(body)) num = parseInt(body.slice(2).replace(/_/g, ''), 16)
  else if (!float && new RegExp(`^0[bB]${digits('01')}$`).test(body)) num = parseInt(body.slice(2).replace(/_/g, ''), 2)
  else if (!float && new RegExp(`^0[oO]?_?${digits('0-7')}$`).test(body)) num = parseInt(body.replace(/^0[oO]?_?/, '').replace(/_/g, ''), 8)
  else if (!float && new RegExp(`^0[dD]${digits('0-9')}$`).test(body)) num = Number(body.slice(2).replace(/_/g, ''))
  else if (!float && new RegExp(`^(0|[1-9](?:_?[0-9])*)$`).test(body)) num = Number(body.replace(/_/g, ''))
  else if (float && new RegExp(`^(${digits('0-9')})?(\\.${digits('0-9')})?([eE][-+]?${digits('0-9')})?$`).test(body) && /^\.?\d/.test(body)) num = Number(body.replace(/_/g, ''))
  else if (float && new RegExp(`^${digits('0-9')}\\.([eE][-+]?${digits('0-9')})?$`).test(body)) {
    // "1." and "1.e3": an ArgumentError before Ruby 3.4, a number from 3.4 on (Feature #20705,
    // docs/research/servers.md#ruby-changes); not known when the app's Ruby is not
    if (since34 === null) return undefined
    if (since34) num = Number(body.replace(/_/g, ''))
  } else if (float && /[pP]/.test(body) && /^0[xX]/.test(body)) return undefined
  if (num === null) return invalidValue
  num *= sign
  if (!Number.isFinite(num) || (!float && !Number.isSafeInteger(num))) return undefined
  return num
}

/** Ruby's `File.expand_path(path, base)` without `~`. */
export function expandPath(p: string, base: string, appRoot: string): string {
  return resolvePath(base.startsWith('/') ? base : appRoot + '/' + base, p)
}
