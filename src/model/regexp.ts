/**
 * Ruby (Onigmo) regexps on ASCII text, matched without catastrophic backtracking (issue 22).
 *
 * The evaluator (ruby/evaluator.ts) used to translate a config's regexp into a JavaScript RegExp and
 * run it on V8's backtracking engine: `"a" * 30 + "!" =~ /^(a+)+$/` ran for seconds, 150 bytes
 * for ever. Here a regexp is parsed (exactly the subset `jsRegExp` accepts, with its reasons for
 * the rest), compiled to a small program and run by a backtracking interpreter that remembers
 * which (instruction, position) pairs it has already tried and failed: the bit-state technique
 * of RE2's BitState (https://github.com/google/re2/blob/main/re2/bitstate.cc), after Russ Cox,
 * "Regular Expression Matching Can Be Simple And Fast" (https://swtch.com/~rsc/regexp/regexp1.html)
 * and "Regular Expression Matching: the Virtual Machine Approach"
 * (https://swtch.com/~rsc/regexp/regexp2.html). A state is tried at most once, so a search costs
 * at most (instructions × (characters + 1)) steps, and the first match found is the one a plain
 * backtracker (Ruby's) finds: leftmost, then by priority of alternatives and quantifiers.
 *
 * Remembering failures is only sound when the future of a state depends on nothing but its
 * instruction and position. Backreferences break that (they read captures), so a regexp with one
 * runs without the memory; the search for a look-around's body too. Both run under the same
 * hard budget of steps: a run that needs more throws RegexpBudgetError, which the evaluator turns
 * into an unknown value. The memory is a bitmap of (characters + 1) × instructions bits; past
 * MEMO_BITS the run goes without it, again under the budget.
 *
 * Ruby semantics, measured on Ruby 3.1.2 where they differ from JavaScript's (the old
 * translation's): `.` matches `\r`; `^` does not match at the end of the text after a final
 * newline; a quantified group keeps its captures from earlier iterations; a loop iteration that
 * matches the empty string ends the loop (Onigmo's empty check) instead of failing; a
 * backreference to a group that did not match fails; with named groups, `( )` does not capture;
 * `x{n}?` is `(?:x{n})?`, not lazy.
 */

/** A regexp rack-check cannot run: the reason, as the evaluator shows it after the regexp's text. */
export type RegexpProblem = string

export class RegexpBudgetError extends Error {
  constructor(readonly limit: number) {
    super(`regexp budget of ${limit} steps exceeded`)
  }
}

/** Steps a run may take; `used` goes up as it runs (shared by the runs of one method call). */
export interface RegexpBudget {
  used: number
  limit: number
}

/** A match: `caps[2g]`, `caps[2g+1]` are group g's start and end (-1 when it did not take part); group 0 is the match. */
export interface RegexpMatch {
  start: number
  end: number
  caps: number[]
  /** group numbers by name */
  names: ReadonlyMap<string, number>
}

/** the most instructions a compiled regexp may have (a regexp repeats its parts for `{n,m}`) */
export const MAX_INSTRUCTIONS = 20_000
/** the largest count in `{n,m}` rack-check expands */
const MAX_COUNT = 1000
/** group nesting: the parser and compiler recurse this deep at most */
const MAX_NESTING = 200
/** the largest bitmap of tried states (bits): 16 MiB */
const MEMO_BITS = 128 * 1024 * 1024

// --- the old translation: which regexps are evaluated, and why not --------------------------

function ascii(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s)
}

/**
 * A Ruby (Onigmo) regexp as a JavaScript RegExp with the same matches on ASCII text, or why not.
 * Translated: `^`/`$` (line anchors in Ruby), `\A`, `\z`, `\Z`, `\h`; flags `i` and `m` (Ruby's
 * `m` is JavaScript's `s`). Not evaluated, because JavaScript reads them differently: `x`, `o`
 * and encoding flags, inline options `(?i)`, atomic and absent groups, possessive quantifiers,
 * `{,n}`, POSIX brackets, nested classes and `&&`, `\G \K \R \X \p{…}` and other escapes.
 *
 * The evaluator no longer runs this RegExp (a backtracking engine, issue 22): it decides which
 * regexps are evaluated, and why not, and the tests compare the matcher below with it.
 */
// sticky (`y`) patterns tested at an index: no slicing of the rest of the source at each `(` or `{`
const GROUP_START = /(:|=|!|<=|<!|<[A-Za-z_]\w*>)/y
const UP_TO = /\{,\d+\}/y
const INTERVAL = /\{(\d+)(,(\d*))?\}/y

export function jsRegExp(source: string, flags: string, sticky = false, global = false): RegExp | string {
  const other = flags.replace(/[im]/g, '')
  if (other) return `uses the regexp flag${other.length === 1 ? '' : 's'} \`${other}\`, which rack-check does not evaluate`
  if (!ascii(source)) return 'has non-ASCII text, where Ruby and JavaScript regexps differ'
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      const e = source[i + 1]
      if (e === undefined) return 'ends with a backslash'
      i++
      if (/[dDwWsSbB]/.test(e)) {
        if (inClass && /[bB]/.test(e)) return 'has `\\b` in a character class'
        out += '\\' + e
      } else if (e === 'A' || e === 'z' || e === 'Z') {
        if (inClass) return `has \`\\${e}\` in a character class`
        out += e === 'A' ? '(?<![\\s\\S])' : e === 'z' ? '(?![\\s\\S])' : '(?=\\n?(?![\\s\\S]))'
      } else if (e === 'h') out += inClass ? '0-9a-fA-F' : '[0-9a-fA-F]'
      else if (/[1-9]/.test(e) && !inClass) out += '\\' + e
      else if (e === 'n' || e === 't' || e === 'r' || e === 'f' || e === 'v' || e === '0') out += '\\' + e
      else if (/[^A-Za-z0-9]/.test(e)) out += '\\' + e
      else return `uses \`\\${e}\`, which rack-check does not evaluate`
    } else if (inClass) {
      if (c === '[') return 'has a nested character class or a POSIX bracket'
      if (c === '&' && source[i + 1] === '&') return 'has a character class intersection (`&&`)'
      if (c === ']') inClass = false
      out += c
    } else if (c === '[') {
      inClass = true
      out += c
      if (source[i + 1] === '^') out += source[++i]
      if (source[i + 1] === ']') out += '\\' + source[++i] // `[]a]` in Ruby: `]` first is literal
    } else if (c === '(' && source[i + 1] === '?') {
      GROUP_START.lastIndex = i + 2
      if (!GROUP_START.test(source)) return 'uses a group construct `(?…` that rack-check does not evaluate'
      out += c
    } else if (c === '^') out += '(?:(?<![\\s\\S])|(?<=\\n))'
    else if (c === '$') out += '(?=\\n|(?![\\s\\S]))'
    else if ((c === '*' || c === '+' || c === '?' || c === '}') && source[i + 1] === '+') return 'uses a possessive quantifier'
    else if (c === '{' && ((UP_TO.lastIndex = i), UP_TO.test(source))) return 'uses `{,n}`, which JavaScript reads as text'
    else out += c
  }
  if (inClass) return 'has an unclosed character class'
  const jsFlags = (flags.includes('i') ? 'i' : '') + (flags.includes('m') ? 's' : '') + (sticky ? 'y' : '') + (global ? 'g' : '')
  try {
    return new RegExp(out, jsFlags)
  } catch {
    return 'is not a regexp JavaScript reads the same way'
  }
}

// --- parsing ---------------------------------------------------------------------------------

/** a set of ASCII characters: 128 bits */
type CharSet = Uint32Array

type Node =
  | { t: 'set'; set: CharSet }
  | { t: 'seq'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; cap: number; body: Node }
  | { t: 'repeat'; body: Node; min: number; max: number; greedy: boolean }
  | { t: 'assert'; kind: Assertion }
  | { t: 'look'; behind: boolean; negative: boolean; body: Node; firstGroup: number; lastGroup: number }
  | { t: 'backref'; group: number }

const enum Assertion {
  LineStart,
  LineEnd,
  TextStart,
  TextEnd,
  TextEndOrNewline,
  WordBoundary,
  NotWordBoundary
}

class Problem extends Error {}

const newSet = (): CharSet => new Uint32Array(4)
const add = (s: CharSet, c: number): void => {
  s[c >> 5] |= 1 << (c & 31)
}
const has = (s: CharSet, c: number): boolean => (s[c >> 5] & (1 << (c & 31))) !== 0
const addRange = (s: CharSet, from: number, to: number): void => {
  for (let c = from; c <= to; c++) add(s, c)
}
const union = (s: CharSet, o: CharSet): void => {
  for (let i = 0; i < 4; i++) s[i] |= o[i]
}
const invert = (s: CharSet): CharSet => {
  const r = newSet()
  for (let i = 0; i < 4; i++) r[i] = ~s[i]
  return r
}
const single = (c: number): CharSet => {
  const s = newSet()
  add(s, c)
  return s
}
/** both cases of every ASCII letter in the set (the `i` flag: ASCII case folding) */
const caseClosed = (s: CharSet): CharSet => {
  const r = newSet()
  union(r, s)
  for (let c = 65; c <= 90; c++) {
    if (!has(s, c) && !has(s, c + 32)) continue
    add(r, c)
    add(r, c + 32)
  }
  return r
}

/** A set of the given inclusive code ranges. */
const setOf = (...ranges: Array<[number, number]>): CharSet => {
  const s = newSet()
  for (const [from, to] of ranges) addRange(s, from, to)
  return s
}

const WORD = setOf([48, 57], [65, 90], [97, 122], [95, 95])
const DIGIT = setOf([48, 57])
/** Ruby's `\s` on ASCII: space, \t \n \v \f \r */
const SPACE = setOf([9, 13], [32, 32])
const HEX = setOf([48, 57], [65, 70], [97, 102])
const ESCAPED_CHAR: Record<string, number> = { n: 10, t: 9, r: 13, f: 12, v: 11 }

interface Parsed {
  root: Node
  groups: number
  names: Map<string, number>
  backrefs: boolean
}

/** Parses a regexp `jsRegExp` accepted. Throws Problem for the few it accepts that are not evaluated. */
function parse(source: string, flags: string): Parsed {
  const p = new Parser(source, flags)
  const root = p.parseAlt(0)
  if (p.i < source.length) throw new Problem('is not a regexp JavaScript reads the same way')
  for (const r of p.refs) {
    // Ruby rejects a backreference to a group it does not have, and numbered ones beside named groups
    if (r.group > p.groups || r.digits.length > 1 || p.named) throw new Problem(`uses \`\\${r.digits}\`, which rack-check does not evaluate`)
  }
  return { root, groups: p.groups, names: p.names, backrefs: p.backrefs }
}

/** A recursive-descent parser of one regexp's source: the position and the groups seen as fields. */
class Parser {
  readonly icase: boolean
  readonly dotAll: boolean
  /** Ruby: with named groups, plain `( )` groups do not capture, and named ones are numbered in order */
  readonly named: boolean
  i = 0
  groups = 0
  backrefs = false
  readonly names = new Map<string, number>()
  readonly refs: Array<{ group: number; digits: string }> = []

  constructor(
    readonly source: string,
    flags: string
  ) {
    this.icase = flags.includes('i')
    this.dotAll = flags.includes('m')
    this.named = hasNamedGroup(source)
  }

  peek(k = 0): string | undefined {
    return this.source[this.i + k]
  }

  fold(s: CharSet): CharSet {
    return this.icase ? caseClosed(s) : s
  }

  octal(): number {
    // `\0`, `\0o`, `\0oo` (o an octal digit): NUL or the octal code (both Ruby and JavaScript)
    let v = 0
    for (let k = 0; k < 2 && /[0-7]/.test(this.peek() ?? ''); k++) v = v * 8 + Number(this.source[this.i++])
    return v
  }

  /** an escape inside or outside a class, after the backslash: a set of characters, or null when it is not one */
  classEscape(e: string): CharSet | null {
    switch (e) {
      case 'd':
        return DIGIT
      case 'D':
        return invert(DIGIT)
      case 'w':
        return WORD
      case 'W':
        return invert(WORD)
      case 's':
        return SPACE
      case 'S':
        return invert(SPACE)
      case 'h':
        return HEX
    }
    return null
  }

  escapedChar(e: string): number | null {
    if (e in ESCAPED_CHAR) return ESCAPED_CHAR[e]
    if (e === '0') return this.octal()
    if (/[^A-Za-z0-9]/.test(e)) return e.charCodeAt(0)
    return null
  }

  parseClass(): Node {
    // after `[`
    let negate = false
    if (this.peek() === '^') {
      negate = true
      this.i++
    }
    const set = newSet()
    let first = true
    for (;;) {
      const c = this.source[this.i++]
      if (c === undefined) throw new Problem('has an unclosed character class')
      if (c === ']' && !first) break
      first = false
      let lo: number | null
      if (c === '\\') {
        const e = this.source[this.i++]
        const cls = this.classEscape(e)
        if (cls) {
          if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) throw new Problem('has a range that starts or ends at a class escape such as `\\d`, which Ruby rejects')
          union(set, cls)
          continue
        }
        lo = this.escapedChar(e)
        if (lo === null) throw new Problem(`uses \`\\${e}\`, which rack-check does not evaluate`)
      } else lo = c.charCodeAt(0)
      if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== undefined) {
        this.i++
        let hi: number | null
        const d = this.source[this.i++]
        if (d === '\\') {
          const e = this.source[this.i++]
          if (this.classEscape(e)) throw new Problem('has a range that starts or ends at a class escape such as `\\d`, which Ruby rejects')
          hi = this.escapedChar(e)
          if (hi === null) throw new Problem(`uses \`\\${e}\`, which rack-check does not evaluate`)
        } else hi = d.charCodeAt(0)
        if (hi < lo) throw new Problem('is not a regexp JavaScript reads the same way')
        addRange(set, lo, hi)
      } else add(set, lo)
    }
    const folded = this.fold(set)
    return { t: 'set', set: negate ? invert(folded) : folded }
  }

  parseAlt(depth: number): Node {
    if (depth > MAX_NESTING) throw new Problem(`nests groups more than ${MAX_NESTING} deep, which rack-check does not evaluate`)
    const alts: Node[] = [this.parseSeq(depth)]
    while (this.peek() === '|') {
      this.i++
      alts.push(this.parseSeq(depth))
    }
    return alts.length === 1 ? alts[0] : { t: 'alt', alts }
  }

  parseSeq(depth: number): Node {
    const items: Node[] = []
    while (this.i < this.source.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.parseAtom(depth)
      items.push(this.parseQuantifiers(atom))
    }
    return items.length === 1 ? items[0] : { t: 'seq', items }
  }

  /** `{n}`, `{n,}`, `{n,m}` at i: min, max, the text's length, whether it is `{n}`; null when `{` is a literal */
  interval(): { min: number; max: number; length: number; exact: boolean } | null {
    INTERVAL.lastIndex = this.i
    const m = INTERVAL.exec(this.source)
    if (!m) return null
    const min = Number(m[1])
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])
    return { min, max, length: m[0].length, exact: m[2] === undefined }
  }

  parseQuantifiers(atom: Node): Node {
    let node = atom
    let quantified = false
    for (;;) {
      const c = this.peek()
      let min: number
      let max: number
      let fixed = false
      if (c === '*') [min, max] = [0, Infinity]
      else if (c === '+') [min, max] = [1, Infinity]
      else if (c === '?') [min, max] = [0, 1]
      else if (c === '{') {
        const iv = this.interval()
        if (!iv) return node
        ;({ min, max, exact: fixed } = iv)
        this.i += iv.length - 1
      } else return node
      this.i++
      if (quantified) throw new Problem('is not a regexp JavaScript reads the same way') // JavaScript: nothing to repeat
      if (atom.t === 'assert' || atom.t === 'look') throw new Problem('repeats an anchor or a look-around, which rack-check does not evaluate')
      if (min > MAX_COUNT || (max !== Infinity && max > MAX_COUNT)) throw new Problem(`repeats a part more than ${MAX_COUNT} times, which rack-check does not evaluate`)
      let greedy = true
      if (this.peek() === '?') {
        this.i++
        // Ruby: `x{n}?` is an optional `x{n}`; `x*?`, `x+?`, `x??`, `x{n,m}?` are lazy
        if (fixed) {
          node = { t: 'repeat', body: { t: 'repeat', body: node, min, max, greedy: true }, min: 0, max: 1, greedy: true }
          quantified = true
          continue
        }
        greedy = false
      }
      node = { t: 'repeat', body: node, min, max, greedy }
      quantified = true
    }
  }

  parseAtom(depth: number): Node {
    const c = this.source[this.i++]
    switch (c) {
      case '(': {
        if (this.peek() === '?') {
          const rest = this.source.slice(this.i + 1, this.i + 1 + 260)
          if (rest.startsWith(':')) {
            this.i += 2
            return this.closeGroup(this.parseAlt(depth + 1))
          }
          const look = /^(=|!|<=|<!)/.exec(rest)
          if (look) {
            this.i += 1 + look[0].length
            const firstGroup = this.groups + 1
            const body = this.closeGroup(this.parseAlt(depth + 1))
            return { t: 'look', behind: look[0].startsWith('<'), negative: look[0].endsWith('!'), body, firstGroup, lastGroup: this.groups }
          }
          const name = /^<([A-Za-z_]\w*)>/.exec(rest)!
          this.i += 1 + name[0].length
          const cap = ++this.groups
          this.names.set(name[1], cap)
          return { t: 'group', cap, body: this.closeGroup(this.parseAlt(depth + 1)) }
        }
        if (this.named) return this.closeGroup(this.parseAlt(depth + 1))
        const cap = ++this.groups
        return { t: 'group', cap, body: this.closeGroup(this.parseAlt(depth + 1)) }
      }
      case '[':
        return this.parseClass()
      case '.': {
        const s = invert(newSet())
        if (!this.dotAll) s[0] &= ~(1 << 10) // Ruby's `.` is anything but \n (JavaScript's also leaves out \r)
        return { t: 'set', set: s }
      }
      case '^':
        return { t: 'assert', kind: Assertion.LineStart }
      case '$':
        return { t: 'assert', kind: Assertion.LineEnd }
      case '\\': {
        const e = this.source[this.i++]
        if (e === 'A') return { t: 'assert', kind: Assertion.TextStart }
        if (e === 'z') return { t: 'assert', kind: Assertion.TextEnd }
        if (e === 'Z') return { t: 'assert', kind: Assertion.TextEndOrNewline }
        if (e === 'b') return { t: 'assert', kind: Assertion.WordBoundary }
        if (e === 'B') return { t: 'assert', kind: Assertion.NotWordBoundary }
        const cls = this.classEscape(e)
        if (cls) return { t: 'set', set: this.fold(cls) }
        if (/[1-9]/.test(e)) {
          let digits = e
          while (/[0-9]/.test(this.peek() ?? '')) digits += this.source[this.i++]
          this.backrefs = true
          const node: Node = { t: 'backref', group: Number(digits) }
          this.refs.push({ group: node.group, digits })
          return node
        }
        const code = this.escapedChar(e)
        if (code === null) throw new Problem(`uses \`\\${e}\`, which rack-check does not evaluate`)
        return { t: 'set', set: this.fold(single(code)) }
      }
      default:
        return { t: 'set', set: this.fold(single(c.charCodeAt(0))) }
    }
  }

  closeGroup(body: Node): Node {
    if (this.source[this.i++] !== ')') throw new Problem('is not a regexp JavaScript reads the same way')
    return body
  }
}

/** whether the source has a named group `(?<name>`, outside character classes (a linear scan as jsRegExp's) */
function hasNamedGroup(source: string): boolean {
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') {
      inClass = true
      if (source[i + 1] === '^') i++
      if (source[i + 1] === ']') i++
    } else if (c === '(' && source[i + 1] === '?' && source[i + 2] === '<' && /[A-Za-z_]/.test(source[i + 3] ?? '')) return true
  }
  return false
}

// --- compiling -------------------------------------------------------------------------------

const enum Op {
  Set, // x: set index, y: next
  Split, // x: first choice, y: second
  Save, // x: slot, y: next
  Assert, // x: Assertion, y: next
  Backref, // x: group, y: next when it matched empty, z: next when it matched text
  Look, // x: look index, y: next
  Match
}

interface Look {
  behind: boolean
  negative: boolean
  /** entries of its alternatives (one for a look-ahead), with the length each matches (look-behind) */
  entries: Array<{ pc: number; length: number }>
  firstGroup: number
  lastGroup: number
}

export interface Program {
  op: Int32Array
  x: Int32Array
  y: Int32Array
  z: Int32Array
  sets: CharSet[]
  looks: Look[]
  start: number
  groups: number
  names: Map<string, number>
  backrefs: boolean
  icase: boolean
}

const nullable = (n: Node): boolean => {
  switch (n.t) {
    case 'set':
      return false
    case 'seq':
      return n.items.every(nullable)
    case 'alt':
      return n.alts.some(nullable)
    case 'group':
      return nullable(n.body)
    case 'repeat':
      return n.min === 0 || nullable(n.body)
    default:
      return true
  }
}

/** the one length every match of n has, or null */
const fixedLength = (n: Node): number | null => {
  switch (n.t) {
    case 'set':
      return 1
    case 'seq': {
      let sum = 0
      for (const x of n.items) {
        const l = fixedLength(x)
        if (l === null) return null
        sum += l
      }
      return sum
    }
    case 'alt': {
      const ls = n.alts.map(fixedLength)
      return ls.every((l) => l !== null && l === ls[0]) ? ls[0] : null
    }
    case 'group':
      return fixedLength(n.body)
    case 'repeat': {
      const l = fixedLength(n.body)
      return l !== null && n.min === n.max ? l * n.min : null
    }
    case 'backref':
      return null
    default:
      return 0
  }
}

/**
 * Compiles to instructions in continuation-passing style. A continuation is a pair of entries:
 * `s` while the innermost loop iteration has consumed nothing yet, `n` once it has. A loop body
 * ending on `s` ended an empty iteration, which ends the loop (Onigmo's empty check); keeping that
 * in the instruction (not in a register) is what lets a state be (instruction, position) only.
 */
function compile(p: Parsed, icase: boolean): Program {
  const op: number[] = []
  const xs: number[] = []
  const ys: number[] = []
  const zs: number[] = []
  const sets: CharSet[] = []
  const looks: Look[] = []
  const emit = (o: Op, x: number, y: number, z = 0): number => {
    if (op.length >= MAX_INSTRUCTIONS) throw new Problem(`is larger than rack-check's regexp engine takes (${MAX_INSTRUCTIONS} instructions)`)
    op.push(o)
    xs.push(x)
    ys.push(y)
    zs.push(z)
    return op.length - 1
  }
  type K = { s: number; n: number }
  const memo = new Map<Node, Map<string, K>>()

  const gen = (node: Node, k: K): K => {
    // a part that always consumes continues on `n` whatever came before
    if (k.s !== k.n && !nullable(node)) k = { s: k.n, n: k.n }
    let byK = memo.get(node)
    const key = `${k.s},${k.n}`
    const done = byK?.get(key)
    if (done) return done
    const r = genNew(node, k)
    if (!byK) memo.set(node, (byK = new Map()))
    byK.set(key, r)
    return r
  }
  const both = (k: K, f: (next: number) => number): K => {
    const s = f(k.s)
    return { s, n: k.s === k.n ? s : f(k.n) }
  }
  const genNew = (node: Node, k: K): K => {
    switch (node.t) {
      case 'set': {
        sets.push(node.set)
        const pc = emit(Op.Set, sets.length - 1, k.n)
        return { s: pc, n: pc }
      }
      case 'seq': {
        let cur = k
        for (let j = node.items.length - 1; j >= 0; j--) cur = gen(node.items[j], cur)
        return cur
      }
      case 'alt': {
        const entries = node.alts.map((a) => gen(a, k))
        const chain = (pick: (e: K) => number): number => {
          let pc = pick(entries[entries.length - 1])
          for (let j = entries.length - 2; j >= 0; j--) pc = emit(Op.Split, pick(entries[j]), pc)
          return pc
        }
        const s = chain((e) => e.s)
        return { s, n: k.s === k.n ? s : chain((e) => e.n) }
      }
      case 'group': {
        const close = both(k, (next) => emit(Op.Save, 2 * node.cap + 1, next))
        const body = gen(node.body, close)
        return both(body, (next) => emit(Op.Save, 2 * node.cap, next))
      }
      case 'assert':
        return both(k, (next) => emit(Op.Assert, node.kind, next))
      case 'backref':
        return both(k, (next) => emit(Op.Backref, node.group, next, k.n))
      case 'look': {
        const match = emit(Op.Match, 0, 0)
        const alts = node.behind && node.body.t === 'alt' ? node.body.alts : [node.body]
        const entries = alts.map((a) => {
          const length = node.behind ? fixedLength(a) : 0
          if (length === null) throw new Problem('has a look-behind that does not match a fixed length, which Ruby rejects')
          return { pc: gen(a, { s: match, n: match }).s, length }
        })
        looks.push({ behind: node.behind, negative: node.negative, entries, firstGroup: node.firstGroup, lastGroup: node.lastGroup })
        const index = looks.length - 1
        return both(k, (next) => emit(Op.Look, index, next))
      }
      case 'repeat': {
        let cur: K
        if (node.max === Infinity) cur = star(node.body, node.greedy, k)
        else {
          // up to (max − min) more, one inside the other: x(x(x)?)?; `none` is the entry once
          // something was consumed, `some` the one while nothing was
          let none = k.n
          let some = k
          for (let j = 0; j < node.max - node.min; j++) {
            const nextNone = split(gen(node.body, { s: none, n: none }).s, k.n, node.greedy)
            some = k.s === k.n ? { s: nextNone, n: nextNone } : { s: split(gen(node.body, some).s, k.s, node.greedy), n: nextNone }
            none = nextNone
          }
          cur = some
        }
        for (let j = 0; j < node.min; j++) cur = gen(node.body, cur)
        return cur
      }
    }
  }
  const split = (body: number, exit: number, greedy: boolean): number => (greedy ? emit(Op.Split, body, exit) : emit(Op.Split, exit, body))
  /** x* (greedy) or x*? (lazy): an iteration that consumed nothing leaves the loop */
  const star = (body: Node, greedy: boolean, k: K): K => {
    const loop = emit(Op.Split, 0, 0) // patched below: the loop head once something was consumed
    const again = gen(body, { s: k.n, n: loop }).s
    xs[loop] = greedy ? again : k.n
    ys[loop] = greedy ? k.n : again
    if (k.s === k.n) return { s: loop, n: loop }
    const first = gen(body, { s: k.s, n: loop }).s
    return { s: split(first, k.s, greedy), n: loop }
  }

  const match = emit(Op.Match, 0, 0)
  const body = gen(p.root, { s: emit(Op.Save, 1, match), n: emit(Op.Save, 1, match) })
  const start = emit(Op.Save, 0, body.s)
  return {
    op: Int32Array.from(op),
    x: Int32Array.from(xs),
    y: Int32Array.from(ys),
    z: Int32Array.from(zs),
    sets,
    looks,
    start,
    groups: p.groups,
    names: p.names,
    backrefs: p.backrefs,
    icase
  }
}

const cache = new Map<string, Program | RegexpProblem>()

/**
 * A Ruby regexp literal's source and flags as a program, or why rack-check does not evaluate it:
 * the old translation's reason where it refused, or one of the few this engine adds (a
 * backreference to a missing group, a look-behind of varying length, a repeat beyond 1000, a
 * program beyond 20,000 instructions, a quantified anchor).
 */
export function compileRegexp(source: string, flags: string): Program | RegexpProblem {
  const key = flags + '/' + source
  const hit = cache.get(key)
  if (hit !== undefined) return hit
  let result: Program | RegexpProblem
  const js = jsRegExp(source, flags)
  if (typeof js === 'string') result = js
  else {
    try {
      result = compile(parse(source, flags), flags.includes('i'))
    } catch (e) {
      if (!(e instanceof Problem)) throw e
      result = e.message
    }
  }
  if (cache.size >= 256) cache.clear()
  cache.set(key, result)
  return result
}

// --- running ---------------------------------------------------------------------------------

const isWord = (s: string, at: number): boolean => at >= 0 && at < s.length && has(WORD, s.charCodeAt(at))

function assertion(kind: Assertion, s: string, pos: number): boolean {
  const n = s.length
  switch (kind) {
    case Assertion.LineStart:
      // Onigmo: at the start, or after a newline that is not the text's last character
      return pos === 0 || (s.charCodeAt(pos - 1) === 10 && pos < n)
    case Assertion.LineEnd:
      return pos === n || s.charCodeAt(pos) === 10
    case Assertion.TextStart:
      return pos === 0
    case Assertion.TextEnd:
      return pos === n
    case Assertion.TextEndOrNewline:
      return pos === n || (pos === n - 1 && s.charCodeAt(pos) === 10)
    case Assertion.WordBoundary:
      return isWord(s, pos - 1) !== isWord(s, pos)
    case Assertion.NotWordBoundary:
      return isWord(s, pos - 1) === isWord(s, pos)
  }
}

/**
 * Searches one text with one program, possibly many times (gsub, split): the tried-states bitmap
 * is kept per search and cleared row by row (a row is a position) when a new run first reaches it.
 */
export class RegexpSearch {
  private readonly words: number
  private readonly memo: Uint32Array | null
  private readonly rowRun: Int32Array | null
  private run = 0
  private readonly lookCache = new Map<number, number[] | null>()

  constructor(
    readonly program: Program,
    readonly text: string,
    readonly budget: RegexpBudget
  ) {
    const m = program.op.length
    this.words = (m + 31) >> 5
    const bits = this.words * 32 * (text.length + 1)
    // memory only when it is sound (no backreferences) and small
    const useMemo = !program.backrefs && bits <= MEMO_BITS
    this.memo = useMemo ? new Uint32Array(this.words * (text.length + 1)) : null
    this.rowRun = useMemo ? new Int32Array(text.length + 1).fill(-1) : null
    this.charge(useMemo ? text.length >> 3 : 0)
  }

  private charge(steps: number): void {
    this.budget.used += steps
    if (this.budget.used > this.budget.limit) throw new RegexpBudgetError(this.budget.limit)
  }

  /** The first match starting at `from` or later (only at `from` when sticky); null when none. */
  exec(from: number, sticky = false): RegexpMatch | null {
    const p = this.program
    this.run++
    const last = sticky ? from : this.text.length
    // a failed run restores every capture it set: one array serves every start
    const caps = new Array<number>(2 * (p.groups + 1)).fill(-1)
    for (let start = from; start <= last; start++) {
      if (this.backtrack(p.start, start, caps, this.memo !== null)) return { start: caps[0], end: caps[1], caps, names: p.names }
    }
    return null
  }

  /**
   * Runs from (pc, pos) until a Match instruction; true when one is reached (caps then hold the
   * match's groups). Iterative: an explicit stack of states to try and captures to restore.
   */
  private backtrack(pc0: number, pos0: number, caps: number[], memo: boolean): boolean {
    const p = this.program
    const s = this.text
    const n = s.length
    const { op, x, y, z, sets } = p
    const words = this.words
    const bitmap = this.memo
    const rowRun = this.rowRun
    const run = this.run
    const budget = this.budget
    const stack: number[] = [pc0, pos0]
    let steps = 0
    try {
      while (stack.length > 0) {
        let pos = stack.pop()!
        let pc = stack.pop()!
        if (pc < 0) {
          caps[-1 - pc] = pos
          continue
        }
        for (;;) {
          if (++steps >= 4096) {
            budget.used += steps
            steps = 0
            if (budget.used > budget.limit) throw new RegexpBudgetError(budget.limit)
          }
          if (memo) {
            const row = pos * words
            if (rowRun![pos] !== run) {
              bitmap!.fill(0, row, row + words)
              rowRun![pos] = run
              steps += words >> 3
            }
            const w = row + (pc >> 5)
            const bit = 1 << (pc & 31)
            if (bitmap![w] & bit) break
            bitmap![w] |= bit
          }
          switch (op[pc] as Op) {
            case Op.Set:
              if (pos < n && has(sets[x[pc]], s.charCodeAt(pos))) {
                pos++
                pc = y[pc]
                continue
              }
              break
            case Op.Split:
              stack.push(y[pc], pos)
              pc = x[pc]
              continue
            case Op.Save:
              stack.push(-1 - x[pc], caps[x[pc]])
              caps[x[pc]] = pos
              pc = y[pc]
              continue
            case Op.Assert:
              if (assertion(x[pc], s, pos)) {
                pc = y[pc]
                continue
              }
              break
            case Op.Backref: {
              const from = caps[2 * x[pc]]
              const to = caps[2 * x[pc] + 1]
              if (from < 0 || to < 0) break // Ruby: a group that did not match matches nothing
              const len = to - from
              if (pos + len > n) break
              steps += len
              let same = true
              for (let j = 0; j < len && same; j++) {
                let a = s.charCodeAt(from + j)
                let b = s.charCodeAt(pos + j)
                if (p.icase) {
                  if (a >= 65 && a <= 90) a += 32
                  if (b >= 65 && b <= 90) b += 32
                }
                same = a === b
              }
              if (!same) break
              pos += len
              pc = len === 0 ? y[pc] : z[pc]
              continue
            }
            case Op.Look: {
              budget.used += steps
              steps = 0
              if (!this.look(x[pc], pos, caps, stack)) break
              pc = y[pc]
              continue
            }
            case Op.Match:
              return true
          }
          break
        }
      }
      return false
    } finally {
      budget.used += steps
    }
  }

  /** whether look-around `index` holds at pos; a positive one sets its groups (restored on backtracking) */
  private look(index: number, pos: number, caps: number[], stack: number[]): boolean {
    const l = this.program.looks[index]
    // its outcome depends only on the position unless backreferences read the captures
    const key = index * (this.text.length + 1) + pos
    const cacheable = !this.program.backrefs
    let found: number[] | null | undefined = cacheable ? this.lookCache.get(key) : undefined
    if (found === undefined) {
      found = null
      for (const e of l.entries) {
        const at = l.behind ? pos - e.length : pos
        if (at < 0) continue
        const sub = caps.slice()
        if (this.backtrack(e.pc, at, sub, false)) {
          found = sub
          break
        }
      }
      if (cacheable) {
        if (this.lookCache.size >= 1_000_000) this.lookCache.clear()
        this.lookCache.set(key, found)
      }
    }
    if (l.negative) return found === null
    if (found === null) return false
    for (let slot = 2 * l.firstGroup; slot <= 2 * l.lastGroup + 1; slot++) {
      if (caps[slot] === found[slot]) continue
      stack.push(-1 - slot, caps[slot])
      caps[slot] = found[slot]
    }
    return true
  }
}

/** group g of a match: its text, or undefined when it did not take part */
export function group(m: RegexpMatch, text: string, g: number): string | undefined {
  const from = m.caps[2 * g]
  const to = m.caps[2 * g + 1]
  return from < 0 || to < 0 ? undefined : text.slice(from, to)
}
