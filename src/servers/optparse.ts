/**
 * Ruby OptionParser, as far as it decides what a server receives (docs/research/servers.md#how-command-lines-are-parsed):
 * `--name value`, `--name=value`, `-x value`, `-xvalue`, grouped short switches, `--` and
 * permutation of positional arguments; a long option may be abbreviated to any unambiguous
 * prefix (matched case-insensitively, `_` read as `-`); a short option that is not defined is
 * completed against the long options (how `puma -d` becomes ambiguous on Puma 5+).
 */
import type { Word } from '../model/shell.js'
import { append } from '../core/arrays.js'

export type ArgKind = 'none' | 'required' | 'optional'

export interface OptionSpec {
  /** a stable key for the server model */
  key: string
  short?: string[]
  long?: string[]
  arg: ArgKind
  /** `--[no-]name` */
  negatable?: boolean
}

/** An option that takes a value, with at most one short name and one long name (Thin's and Agoo's tables). */
export const valueOption = (key: string, short: string | null, long: string): OptionSpec => ({ key, short: short ? [short] : [], long: [long], arg: 'required' })
/** An option that takes no value, likewise. */
export const flagOption = (key: string, short: string | null, long: string): OptionSpec => ({ key, short: short ? [short] : [], long: [long], arg: 'none' })

/** Where a value came from: source offsets (end exclusive) of its characters. */
export interface Value {
  text: string
  unknown: boolean
  start: number
  end: number
  word: Word
}

export interface ParsedOption {
  spec: OptionSpec
  /** the option as written (`--pid`, `-d`, `-bunix:///…`) */
  written: string
  /** source range of the option word (the flag itself) */
  start: number
  end: number
  value: Value | null
  negated: boolean
  /** the canonical long name when reached through a prefix or a short completion */
  completedFrom?: string
}

export type OptionErrorKind = 'invalid' | 'ambiguous' | 'missing-argument' | 'needless-argument'

export interface OptionError {
  kind: OptionErrorKind
  written: string
  start: number
  end: number
  candidates?: string[]
}

export interface OptionParse {
  options: ParsedOption[]
  positional: Word[]
  error: OptionError | null
  /** words whose value is unknown and that stand where an option could be */
  uncertain: Word[]
}

const OFFICIOUS: OptionSpec[] = [
  { key: 'help', long: ['help'], arg: 'none' },
  { key: 'version', long: ['version'], arg: 'none' }
]

const isWord = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
/** One character against another, ASCII letters in either case when `icase` (as a regular expression's `i` flag). */
const sameChar = (a: number, b: number, icase: boolean): boolean => a === b || (icase && a < 128 && b < 128 && (a | 32) === (b | 32) && ((a | 32) >= 97 && (a | 32) <= 122))

/**
 * Whether `name` completes `key` as OptionParser#complete's pattern says: `key` with each run of
 * word characters allowed to go on in `name` (`^pid\w*-f\w*` for `pid-f`). Matched by hand, in
 * one pass: the pattern was a regular expression as long as the key, and a key of thousands of
 * characters is a regular expression too large to compile (found by the fuzz suite, seed
 * 20261204). After a run of word characters the next piece of the key is not one, so skipping the
 * name's word characters greedily is all the expression could do.
 */
export function completes(name: string, key: string, icase: boolean): boolean {
  let p = 0
  for (let i = 0; i < key.length; ) {
    const run = isWord(key.charCodeAt(i))
    do {
      if (p >= name.length || !sameChar(key.charCodeAt(i), name.charCodeAt(p), icase)) return false
      i++
      p++
    } while (run && i < key.length && isWord(key.charCodeAt(i)))
    if (run) while (p < name.length && isWord(name.charCodeAt(p))) p++
  }
  return true
}

interface LongName {
  name: string
  spec: OptionSpec
  negated: boolean
}

function longNames(specs: OptionSpec[]): LongName[] {
  const out: LongName[] = []
  for (const s of specs) {
    for (const l of s.long ?? []) {
      out.push({ name: l, spec: s, negated: false })
      if (s.negatable) out.push({ name: 'no-' + l, spec: s, negated: true })
    }
  }
  return out
}

type Completion = { hit: LongName } | { ambiguous: string[] } | null

/** OptionParser#complete for long names over one list. */
function completeIn(names: LongName[], key: string, icase: boolean): Completion {
  const exact = names.find((n) => n.name === key)
  if (exact) return { hit: exact }
  const cands = names.filter((n) => completes(n.name, key, icase)).sort((a, b) => a.name.length - b.name.length)
  if (cands.length === 0) return null
  let best = cands[0]
  for (const c of cands.slice(1)) {
    if (c.spec === best.spec) continue
    if (best.name.startsWith(c.name)) {
      best = c
      continue
    }
    if (c.name.startsWith(best.name)) continue
    return { ambiguous: cands.map((x) => '--' + x.name) }
  }
  return { hit: best }
}

function completeLong(specs: OptionSpec[], key: string, icase: boolean): Completion {
  // the program's own options are searched before OptionParser's officious --help/--version
  return completeIn(longNames(specs), key, icase) ?? completeIn(longNames(OFFICIOUS), key, icase)
}

function exactLong(specs: OptionSpec[], key: string): Completion {
  const hit = longNames(specs).find((n) => n.name === key)
  return hit ? { hit } : null
}

function slice(word: Word, from: number, to = word.text.length): Value {
  // a loop, not Math.min(...offsets): a word of 100,000 characters is more arguments than a call takes
  let low = Infinity
  let high = -Infinity
  for (let j = from; j < Math.min(to, word.offsets.length); j++) {
    low = Math.min(low, word.offsets[j])
    high = Math.max(high, word.offsets[j])
  }
  return { text: word.text.slice(from, to), unknown: word.unknown, ...clip(word, low, high), word }
}

/** The source range of characters whose offsets span low…high (none: the word's end), within the word. */
function clip(word: Word, low: number, high: number): { start: number; end: number } {
  const start = low === Infinity ? word.end : low
  const end = high === -Infinity ? word.end : high + 1
  return { start: Math.max(start, word.start), end: Math.min(Math.max(end, start + 1), word.end) }
}

function whole(word: Word): Value {
  return { text: word.text, unknown: word.unknown, start: word.start, end: word.end, word }
}

/** `order`: stop at the first positional argument (Thor-like callers do not use this). */
export interface ParseSettings {
  mode?: 'permute' | 'order'
  /** OptionParser's unique-prefix completion (Thor has none) */
  abbreviations?: boolean
  /**
   * Thor: a value is never taken from a word that starts with `-` ("No value provided for option
   * '--port'", measured with Thor 1.2.1); OptionParser takes the next word whatever it is.
   */
  thor?: boolean
}

export function parseOptions(words: Word[], specs: OptionSpec[], settings: ParseSettings = {}): OptionParse {
  const mode = settings.mode ?? 'permute'
  const abbreviations = settings.abbreviations ?? true
  const options: ParsedOption[] = []
  const positional: Word[] = []
  const uncertain: Word[] = []
  const shorts = new Map<string, OptionSpec>()
  for (const s of specs) for (const c of s.short ?? []) shorts.set(c, s)
  const queue = [...words]
  let i = 0
  const fail = (kind: OptionErrorKind, w: Word, written: string, candidates?: string[]): OptionParse => ({
    options,
    positional,
    uncertain,
    error: { kind, written, start: w.start, end: w.end, candidates }
  })
  const takeNext = (): Value | null => {
    if (i >= queue.length) return null
    if (settings.thor && queue[i].text.startsWith('-')) return null
    return whole(queue[i++])
  }

  while (i < queue.length) {
    const w = queue[i++]
    const t = w.text
    if (w.unknown && (t.startsWith('$') || !t.startsWith('-'))) {
      // `$OPTS` could be an option or several: nothing after it can be trusted
      if (t.startsWith('$')) uncertain.push(w)
      positional.push(w)
      if (mode === 'order') break
      continue
    }
    if (t === '--') {
      append(positional, queue.slice(i))
      break
    }
    if (t.startsWith('--')) {
      const eq = t.indexOf('=')
      const rawName = eq < 0 ? t.slice(2) : t.slice(2, eq)
      const name = rawName.replace(/_/g, '-')
      const c = abbreviations ? completeLong(specs, name, true) : exactLong(specs, name)
      if (!c) return fail('invalid', w, t)
      if ('ambiguous' in c) return fail('ambiguous', w, t, c.ambiguous)
      const { spec, negated } = c.hit
      let value: Value | null = null
      if (eq >= 0) {
        if (spec.arg === 'none') return fail('needless-argument', w, t)
        value = slice(w, eq + 1)
      } else if (spec.arg === 'required') {
        value = takeNext()
        if (!value) return fail('missing-argument', w, t)
      }
      options.push({
        spec,
        written: eq < 0 ? t : t.slice(0, eq),
        start: w.start,
        end: eq < 0 ? w.end : slice(w, 0, eq).end,
        value,
        negated,
        completedFrom: c.hit.name !== name ? c.hit.name : undefined
      })
      continue
    }
    if (t.startsWith('-') && t.length > 1) {
      // a run of short options: `-qv`, `-bVALUE`; the range of the run so far grows with k (one
      // pass: a run of 100,000 flags is linear)
      let k = 1
      let low = Infinity
      let high = -Infinity
      let seen = 0
      while (k < t.length) {
        const ch = t[k]
        const spec = shorts.get(ch)
        for (; seen <= k && seen < w.offsets.length; seen++) {
          low = Math.min(low, w.offsets[seen])
          high = Math.max(high, w.offsets[seen])
        }
        const flagEnd = clip(w, low, high).end
        if (!spec) {
          // not a short option: OptionParser completes it against the long options
          const c = abbreviations ? completeLong(specs, ch, false) : null
          if (!c) return fail('invalid', w, '-' + ch)
          if ('ambiguous' in c) return fail('ambiguous', w, '-' + ch, c.ambiguous)
          const rest = t.slice(k + 1)
          let value: Value | null = null
          if (c.hit.spec.arg !== 'none') {
            value = rest ? slice(w, k + 1) : c.hit.spec.arg === 'required' ? takeNext() : null
            if (c.hit.spec.arg === 'required' && !value) return fail('missing-argument', w, '-' + ch)
          } else if (rest) {
            return fail('needless-argument', w, t)
          }
          options.push({ spec: c.hit.spec, written: '-' + ch, start: w.start, end: flagEnd, value, negated: c.hit.negated, completedFrom: c.hit.name })
          break
        }
        const rest = t.slice(k + 1)
        if (spec.arg === 'none') {
          options.push({ spec, written: '-' + ch, start: w.start, end: flagEnd, value: null, negated: false })
          k++
          continue
        }
        let value: Value | null
        if (rest) value = slice(w, k + 1)
        else if (spec.arg === 'required') {
          value = takeNext()
          if (!value) return fail('missing-argument', w, '-' + ch)
        } else value = null
        options.push({ spec, written: '-' + ch, start: w.start, end: flagEnd, value, negated: false })
        break
      }
      continue
    }
    positional.push(w)
    if (mode === 'order') {
      append(positional, queue.slice(i))
      break
    }
  }
  return { options, positional, uncertain, error: null }
}

/** The last occurrence of an option (later ones win in every server studied). */
export function lastOption(p: OptionParse, key: string): ParsedOption | undefined {
  for (let k = p.options.length - 1; k >= 0; k--) if (p.options[k].spec.key === key) return p.options[k]
  return undefined
}

export function allOptions(p: OptionParse, key: string): ParsedOption[] {
  return p.options.filter((o) => o.spec.key === key)
}
