/**
 * POSIX shell word splitting for one Procfile command, with the source offset of every character.
 *
 * Supported: blanks, single and double quotes, backslashes, `$NAME`, `${NAME}`,
 * `${NAME:-word}` and the other default/alternative forms, field splitting of unquoted expansions,
 * leading `NAME=value` assignments, `&&` and `;` lists, redirections and `#` comments.
 * Anything else that changes what runs (pipes, `||`, `&`, subshells, command substitution,
 * `$'…'`, other parameter operators) makes the command "not followable": the caller must not
 * guess what it runs.
 */

export interface Word {
  text: string
  /** source offset of each character of `text` */
  offsets: number[]
  /** source range of the word as written (end exclusive) */
  start: number
  end: number
  /** some part comes from a variable whose value rack-check cannot know */
  unknown: boolean
  unknownVars: string[]
  /** variables whose values went into this word */
  vars: string[]
}

export interface Assignment {
  name: string
  value: Word
  start: number
  end: number
}

export interface SimpleCommand {
  assignments: Assignment[]
  words: Word[]
  start: number
  end: number
}

export interface ShellParse {
  commands: SimpleCommand[]
  /** the first construct that cannot be followed, if any */
  unsupported: { start: number; end: number; what: string } | null
  /** bare `$NAME`/`${NAME}` expansions of variables that are not set (with `unsetBare: 'empty'`), as written */
  unset: Array<{ name: string; start: number; end: number }>
  /** source offset of a `#` comment that ends the line (a suppression may stand there), or null */
  comment: number | null
}

export interface Environment {
  /** value of a variable, or undefined when it is not set */
  get(name: string): string | undefined
  /**
   * What a bare `$NAME` of an unset variable gives: 'empty' (what a shell does) or 'unknown'
   * (an application variable that rack-check cannot see).
   */
  unsetBare: 'empty' | 'unknown'
}

interface Piece {
  text: string
  offsets: number[]
  quoted: boolean
  expanded: boolean
  unknown: boolean
  vars: string[]
  unknownVars: string[]
  srcStart: number
  srcEnd: number
}

class Unsupported extends Error {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly what: string
  ) {
    super(what)
  }
}

const NAME_START = /[A-Za-z_]/
const NAME_CHAR = /[A-Za-z0-9_]/
const BLANK = new Set([' ', '\t'])
const IFS = new Set([' ', '\t', '\n'])
/**
 * Limits of the input rack-check follows (docs/maintainers/robustness.md): past them the command is "not
 * followable" (a notice), never a stack overflow. sh itself has no such limit; no real Procfile
 * comes near them.
 */
export const MAX_EXPANSION_DEPTH = 64
/** simple commands in one line (`cd a && cd b && …`): each `cd` makes a longer path, so more would cost time quadratically */
export const MAX_COMMANDS = 256
// sticky: matched at `lastIndex` without copying the rest of the line (a 1 MB line stays linear)
const REDIRECTION = /(\d*)(>>|>&|>\||<&|<>|<<|>|<|&>>|&>)/y
const DUP_TARGET = /(\d+|-)/y
const EXPANSION_OP = /(:?[-=+?])/y
const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9'])

export function parseShell(src: string, base: number, env: Environment): ShellParse {
  const p = new Parser(src, base, env)
  try {
    p.run()
    return { commands: p.commands, unsupported: null, unset: p.unset, comment: p.comment }
  } catch (e) {
    if (e instanceof Unsupported) return { commands: p.commands, unsupported: { start: e.start, end: e.end, what: e.what }, unset: p.unset, comment: p.comment }
    throw e
  }
}

class Parser {
  i = 0
  commands: SimpleCommand[] = []
  /** how many `${NAME:-…}` words are open around the one being read */
  private depth = 0
  unset: Array<{ name: string; start: number; end: number }> = []
  comment: number | null = null
  private vars = new Map<string, string>()

  constructor(
    private readonly src: string,
    private readonly base: number,
    private readonly env: Environment
  ) {}

  private at(i = this.i): string {
    return this.src[i] ?? ''
  }

  private off(i: number): number {
    return this.base + i
  }

  private lookup(name: string): string | undefined {
    return this.vars.has(name) ? this.vars.get(name) : this.env.get(name)
  }

  run(): void {
    let rawWords: Piece[][] = []
    let cmdStart = -1
    const finish = (end: number): void => {
      if (rawWords.length > 0 && this.commands.length >= MAX_COMMANDS) {
        throw new Unsupported(this.off(cmdStart), this.off(end), `more than ${MAX_COMMANDS} commands in one line`)
      }
      if (rawWords.length > 0) this.commands.push(this.build(rawWords, cmdStart, end))
      rawWords = []
      cmdStart = -1
    }
    while (this.i < this.src.length) {
      const c = this.at()
      if (BLANK.has(c)) {
        this.i++
        continue
      }
      if (c === '#') {
        // a comment runs to the end of the line
        this.comment = this.off(this.i)
        break
      }
      if (c === '\n') {
        finish(this.i)
        this.i++
        continue
      }
      if (c === ';') {
        if (this.at(this.i + 1) === ';') throw new Unsupported(this.off(this.i), this.off(this.i + 2), '`;;`')
        finish(this.i)
        this.i++
        continue
      }
      if (c === '&' && this.at(this.i + 1) === '&') {
        if (rawWords.length === 0) throw new Unsupported(this.off(this.i), this.off(this.i + 2), 'a `&&` with no command before it')
        finish(this.i)
        this.i += 2
        continue
      }
      if (c === '|') {
        const two = this.at(this.i + 1) === '|'
        throw new Unsupported(this.off(this.i), this.off(this.i + (two ? 2 : 1)), two ? 'an `||` list' : 'a pipe')
      }
      if (c === '&' && this.at(this.i + 1) !== '>') throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a background `&`')
      if (c === '(' || c === ')') throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a subshell')
      if (this.redirection()) continue
      if (cmdStart < 0) cmdStart = this.i
      const word = this.word(false)
      if (word.length === 1 && !word[0].quoted && !word[0].expanded && (word[0].text === '{' || word[0].text === '}') && rawWords.length === 0) {
        throw new Unsupported(word[0].srcStart, word[0].srcEnd, 'a `{ …; }` group')
      }
      rawWords.push(word)
    }
    finish(this.i)
  }

  /** Skips a redirection (`>file`, `2>&1`, `>> log`, `< in`, `&> all`); true when one was read. */
  private redirection(): boolean {
    const m = stickyAt(REDIRECTION, this.src, this.i)
    if (!m) return false
    if (m[2] === '<<') throw new Unsupported(this.off(this.i), this.off(this.i + 2), 'a here-document')
    const start = this.i
    this.i += m[0].length
    while (BLANK.has(this.at())) this.i++
    const dup = m[2] === '>&' || m[2] === '<&' ? stickyAt(DUP_TARGET, this.src, this.i) : null
    if (dup) {
      this.i += dup[0].length
      return true
    }
    if (this.i >= this.src.length || /[;&|<>()\n]/.test(this.at())) {
      throw new Unsupported(this.off(start), this.off(this.i), 'a redirection without a target')
    }
    this.word(false)
    return true
  }

  /**
   * Reads one word as pieces. `inBrace` stops at an unquoted `}` (the word of `${X:-word}`),
   * where blanks are part of the word.
   */
  private word(inBrace: boolean): Piece[] {
    const pieces: Piece[] = []
    let lit: Piece | null = null
    const literal = (ch: string, at: number, quoted: boolean): void => {
      if (!lit || lit.quoted !== quoted) {
        lit = { text: '', offsets: [], quoted, expanded: false, unknown: false, vars: [], unknownVars: [], srcStart: this.off(at), srcEnd: this.off(at) }
        pieces.push(lit)
      }
      lit.text += ch
      lit.offsets.push(this.off(at))
      lit.srcEnd = this.off(at + 1)
    }
    const quotedEmpty = (at: number, end: number): void => {
      pieces.push({ text: '', offsets: [], quoted: true, expanded: false, unknown: false, vars: [], unknownVars: [], srcStart: this.off(at), srcEnd: this.off(end) })
      lit = null
    }
    while (this.i < this.src.length) {
      const c = this.at()
      if (inBrace) {
        if (c === '}') break
      } else if (BLANK.has(c) || c === '\n' || /[;&|()<>]/.test(c)) {
        break
      }
      if (c === '\\') {
        const n = this.at(this.i + 1)
        if (n === '') {
          literal('\\', this.i, false)
          this.i++
        } else if (n === '\n') {
          this.i += 2
        } else {
          literal(n, this.i + 1, true)
          this.i += 2
        }
        continue
      }
      if (c === "'") {
        const close = this.src.indexOf("'", this.i + 1)
        if (close < 0) throw new Unsupported(this.off(this.i), this.off(this.src.length), 'an unterminated single quote')
        const before = pieces.length
        if (close === this.i + 1) quotedEmpty(this.i, close + 1)
        for (let k = this.i + 1; k < close; k++) literal(this.src[k], k, true)
        this.cover(pieces, before, this.i, close + 1)
        this.i = close + 1
        lit = null
        continue
      }
      if (c === '"') {
        const open = this.i
        const before = pieces.length
        this.i++
        let any = false
        while (this.i < this.src.length && this.at() !== '"') {
          const d = this.at()
          if (d === '\\' && /[$`"\\\n]/.test(this.at(this.i + 1))) {
            if (this.at(this.i + 1) !== '\n') literal(this.at(this.i + 1), this.i + 1, true)
            this.i += 2
            any = true
            continue
          }
          if (d === '`') throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a command substitution')
          if (d === '$') {
            const exp = this.dollar(true)
            if (exp) {
              for (const e of exp) pieces.push(e)
              lit = null
              any = true
              continue
            }
          }
          literal(d, this.i, true)
          this.i++
          any = true
        }
        if (this.at() !== '"') throw new Unsupported(this.off(open), this.off(this.src.length), 'an unterminated double quote')
        if (!any) quotedEmpty(open, this.i + 1)
        this.cover(pieces, before, open, this.i + 1)
        this.i++
        lit = null
        continue
      }
      if (c === '`') throw new Unsupported(this.off(this.i), this.off(this.i + 1), 'a command substitution')
      if (c === '$') {
        const exp = this.dollar(false)
        if (exp) {
          for (const e of exp) pieces.push(e)
          lit = null
          continue
        }
      }
      literal(c, this.i, false)
      this.i++
    }
    return pieces
  }

  /** Makes the pieces read inside quotes cover the quotes too (a word's span is as written). */
  private cover(pieces: Piece[], from: number, open: number, close: number): void {
    if (pieces.length <= from) return
    pieces[from].srcStart = Math.min(pieces[from].srcStart, this.off(open))
    const last = pieces[pieces.length - 1]
    last.srcEnd = Math.max(last.srcEnd, this.off(close))
  }

  /** Reads an expansion at `$`; null when the `$` is a literal dollar sign. */
  private dollar(quoted: boolean): Piece[] | null {
    const start = this.i
    const n = this.at(start + 1)
    if (n === '(') throw new Unsupported(this.off(start), this.off(start + 2), n + this.at(start + 2) === '((' ? 'an arithmetic expansion' : 'a command substitution')
    if (n === "'" && !quoted) throw new Unsupported(this.off(start), this.off(start + 2), "a `$'…'` string")
    if (n === '"' && !quoted) throw new Unsupported(this.off(start), this.off(start + 2), 'a `$"…"` string')
    if (SPECIAL_PARAMS.has(n)) throw new Unsupported(this.off(start), this.off(start + 2), `the special parameter \`$${n}\``)
    if (NAME_START.test(n)) {
      let j = start + 1
      while (NAME_CHAR.test(this.at(j))) j++
      const name = this.src.slice(start + 1, j)
      this.i = j
      return [this.valuePiece(name, this.lookup(name), quoted, start, j, true)]
    }
    if (n !== '{') return null
    let j = start + 2
    if (!NAME_START.test(this.at(j))) throw new Unsupported(this.off(start), this.off(j + 1), 'a `${…}` form rack-check does not follow')
    while (NAME_CHAR.test(this.at(j))) j++
    const name = this.src.slice(start + 2, j)
    if (this.at(j) === '}') {
      this.i = j + 1
      return [this.valuePiece(name, this.lookup(name), quoted, start, j + 1, true)]
    }
    const op = stickyAt(EXPANSION_OP, this.src, j)
    if (!op) throw new Unsupported(this.off(start), this.off(j + 1), 'a `${…}` form rack-check does not follow')
    if (op[1].endsWith('?')) throw new Unsupported(this.off(start), this.off(j + op[1].length), 'a `${NAME?…}` form')
    this.i = j + op[1].length
    if (++this.depth > MAX_EXPANSION_DEPTH) throw new Unsupported(this.off(start), this.off(j + op[1].length), `parameter expansions nested more than ${MAX_EXPANSION_DEPTH} deep`)
    const inner = this.word(true)
    this.depth--
    if (this.at() !== '}') throw new Unsupported(this.off(start), this.off(this.src.length), 'an unterminated `${`')
    this.i++
    const end = this.i
    const value = this.lookup(name)
    const colon = op[1].startsWith(':')
    const isSet = value !== undefined && (!colon || value !== '')
    const kind = op[1].slice(-1)
    let useWord: boolean
    if (kind === '+') useWord = isSet
    else useWord = !isSet
    if (kind === '=' && useWord) this.vars.set(name, inner.map((q) => q.text).join(''))
    if (!useWord) {
      if (kind === '+') return [this.emptyPiece(quoted, start, end)]
      return [this.valuePiece(name, value, quoted, start, end, false)]
    }
    // the word of `${X:-word}`: inside double quotes it is not split; its own quotes still count
    return inner.map((q) => ({ ...q, quoted: q.quoted || quoted, expanded: true, srcStart: Math.min(q.srcStart, this.off(start)), srcEnd: this.off(end) }))
  }

  private emptyPiece(quoted: boolean, start: number, end: number): Piece {
    return { text: '', offsets: [], quoted, expanded: true, unknown: false, vars: [], unknownVars: [], srcStart: this.off(start), srcEnd: this.off(end) }
  }

  private valuePiece(name: string, value: string | undefined, quoted: boolean, start: number, end: number, bare: boolean): Piece {
    if (value === undefined && bare && this.env.unsetBare === 'unknown') {
      const text = this.src.slice(start, end)
      return {
        text,
        offsets: Array.from(text, (_, k) => this.off(start + k)),
        quoted: true, // an unknown value is kept as one word
        expanded: true,
        unknown: true,
        vars: [name],
        unknownVars: [name],
        srcStart: this.off(start),
        srcEnd: this.off(end)
      }
    }
    if (value === undefined && bare) this.unset.push({ name, start: this.off(start), end: this.off(end) })
    const text = value ?? ''
    return {
      text,
      offsets: Array.from(text, () => this.off(start)),
      quoted,
      expanded: true,
      unknown: false,
      vars: [name],
      unknownVars: [],
      srcStart: this.off(start),
      srcEnd: this.off(end)
    }
  }

  /** Turns raw words into a simple command: assignments first, then fields after splitting. */
  private build(rawWords: Piece[][], start: number, end: number): SimpleCommand {
    const assignments: Assignment[] = []
    const words: Word[] = []
    let k = 0
    for (; k < rawWords.length; k++) {
      const w = rawWords[k]
      const first = w[0]
      const m = first && !first.quoted && !first.expanded ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(first.text) : null
      if (!m) break
      const rest: Piece[] = [{ ...first, text: first.text.slice(m[0].length), offsets: first.offsets.slice(m[0].length) }, ...w.slice(1)]
      const value = joinPieces(rest, first.srcStart + m[0].length, w[w.length - 1].srcEnd)
      assignments.push({ name: m[1], value, start: first.srcStart, end: w[w.length - 1].srcEnd })
    }
    for (; k < rawWords.length; k++) for (const w of splitFields(rawWords[k])) words.push(w)
    // an assignment-only command sets shell variables for what follows
    if (words.length === 0) for (const a of assignments) if (!a.value.unknown) this.vars.set(a.name, a.value.text)
    return { assignments, words, start: this.off(start), end: this.off(end) }
  }
}

function newWord(at: number): Word {
  return { text: '', offsets: [], start: at, end: at, unknown: false, unknownVars: [], vars: [] }
}

function addPiece(w: Word, p: Piece, text: string, offsets: number[]): void {
  if (w.text === '' && w.offsets.length === 0 && w.start === w.end) w.start = p.srcStart
  w.start = Math.min(w.start, p.srcStart)
  w.end = Math.max(w.end, p.srcEnd)
  w.text += text
  // one by one: spreading a long word's offsets would pass more arguments than the stack holds
  for (const o of offsets) w.offsets.push(o)
  if (p.unknown) w.unknown = true
  for (const v of p.unknownVars) if (!w.unknownVars.includes(v)) w.unknownVars.push(v)
  for (const v of p.vars) if (!w.vars.includes(v)) w.vars.push(v)
}

function joinPieces(pieces: Piece[], start: number, end: number): Word {
  const w = newWord(start)
  w.end = end
  for (const p of pieces) addPiece(w, p, p.text, p.offsets)
  w.start = start
  return w
}

/** Field splitting: unquoted expansion results split on blanks; an empty unquoted result vanishes. */
function splitFields(pieces: Piece[]): Word[] {
  const out: Word[] = []
  let cur: Word | null = null
  for (const p of pieces) {
    if (p.expanded && !p.quoted) {
      for (let k = 0; k < p.text.length; k++) {
        const ch = p.text[k]
        if (IFS.has(ch)) {
          if (cur) out.push(cur)
          cur = null
        } else {
          cur ??= newWord(p.srcStart)
          addPiece(cur, p, ch, [p.offsets[k]])
        }
      }
      if (cur) addPiece(cur, p, '', [])
    } else {
      cur ??= newWord(p.srcStart)
      addPiece(cur, p, p.text, p.offsets)
    }
  }
  if (cur) out.push(cur)
  return out
}

/** A sticky pattern's match at `at`, or null. */
function stickyAt(re: RegExp, src: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(src)
}
