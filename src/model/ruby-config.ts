/**
 * Reads a Ruby config file (Puma's or Unicorn's DSL) the way the server would evaluate it, as
 * far as that can be done without running it: the top-level statements in order, locals and
 * constants, `if`/`unless`/ternaries and `&&`/`||` on values that are known, ENV reads under
 * the prediction environment (contract §4), string interpolation, `Integer()`, `File.join`,
 * `File.expand_path`, `__dir__`. Every receiver-less call is recorded with its evaluated
 * arguments; the server model decides which are directives. Anything else is an unknown value
 * that names its line — never a guess.
 */
import { resolvePath } from './paths.js'
import type { SourceFile } from '../files/source-file.js'
import { kindOf, type RubyNode, type RubyParse } from './ruby.js'
import type { Span } from './span.js'

export type RubyScalar = string | number | boolean | null | { symbol: string } | { hash: true } | { regexp: string } | RubyScalar[]

export type RubyValue = { known: true; value: RubyScalar } | { known: false; at: Span; why: string }

export interface ConfigCall {
  name: string
  args: RubyValue[]
  at: Span
  /** the condition this call depends on when it could not be evaluated; null when it always runs */
  condition: Span | null
  /** ENV variables read while evaluating the arguments that are not set under the prediction environment */
  unsetVariables: string[]
}

export interface RubyConfig {
  file: SourceFile
  calls: ConfigCall[]
  /** statements that may call directives rack-check cannot see (`load`, `eval`, loops, methods defined in the file) */
  opaque: Array<{ at: Span; why: string }>
  syntaxErrors: Array<{ at: Span; message: string }>
}

/** Variables: a string value, null when not set, undefined when not known. */
export interface RubyEnvironment {
  get(name: string): string | null | undefined
  /** the absolute path of the app root, for `Dir.pwd` and relative paths */
  appRoot: string
  /** the absolute path of the config file, for `__FILE__` and `__dir__` */
  filePath: string
}

type N = RubyNode

const LOADERS = new Set(['load', 'eval', 'instance_eval', 'instance_exec', 'class_eval', 'send', '__send__', 'public_send', '_load_from', 'binding'])

export function evaluateRubyConfig(file: SourceFile, parse: RubyParse, env: RubyEnvironment): RubyConfig {
  const config: RubyConfig = {
    file,
    calls: [],
    opaque: [],
    syntaxErrors: parse.errors.map((e) => ({ at: file.span(e.start, Math.max(e.end, e.start + 1)), message: e.message }))
  }
  if (config.syntaxErrors.length > 0) return config
  const locals = new Map<string, RubyValue>()
  const defined = new Set<string>()
  const absPath = env.filePath
  let unset: string[] = []

  const span = (n: N): Span => {
    const start = parse.offset(n.location.startOffset)
    return file.span(start, Math.max(parse.offset(n.location.startOffset + n.location.length), start + 1))
  }
  const text = (n: N): string => file.textAt(span(n)).split('\n')[0]
  const unknown = (n: N, why: string): RubyValue => ({ known: false, at: span(n), why })
  const known = (value: RubyScalar): RubyValue => ({ known: true, value })
  const child = (n: N, field: string): N | null => (n[field] as N | null) ?? null
  const list = (n: N | null, field: string): N[] => (n ? ((n[field] as N[] | undefined) ?? []) : [])
  const argsOf = (call: N): N[] => list(child(call, 'arguments_'), 'arguments_')
  const truthy = (v: RubyScalar): boolean => v !== null && v !== false
  const toS = (v: RubyScalar): string | null =>
    typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v === null ? '' : typeof v === 'boolean' ? String(v) : !Array.isArray(v) && 'symbol' in v ? v.symbol : null

  const isEnv = (n: N | null): boolean => {
    if (!n) return false
    const k = kindOf(n)
    return (k === 'ConstantRead' || k === 'ConstantPath') && n.name === 'ENV' && (k === 'ConstantRead' || n.parent === null)
  }
  const constName = (n: N | null): string | null => (n && (kindOf(n) === 'ConstantRead' || kindOf(n) === 'ConstantPath') ? (n.name as string) : null)

  const envRead = (name: string, at: N): RubyValue => {
    const v = env.get(name)
    if (v === undefined) return unknown(at, `\`${text(at)}\` reads ${name}, whose value rack-check cannot know`)
    if (v === null) unset.push(name)
    return known(v)
  }

  const lastOf = (body: N | null): RubyValue | null => {
    if (!body) return known(null)
    if (kindOf(body) !== 'Statements') return value(body)
    const stmts = list(body, 'body')
    return stmts.length === 1 ? value(stmts[0]) : null
  }

  const string = (v: RubyValue): string | null => (v.known && typeof v.value === 'string' ? v.value : null)

  const value = (n: N): RubyValue => {
    switch (kindOf(n)) {
      case 'String':
        return known((n.unescaped as { value: string }).value)
      case 'Symbol':
        return known({ symbol: (n.unescaped as { value: string }).value })
      case 'Integer':
      case 'Float':
        return known(Number(n.value))
      case 'True':
        return known(true)
      case 'False':
        return known(false)
      case 'Nil':
        return known(null)
      case 'SourceFile':
        return known(absPath)
      case 'Array': {
        const items = list(n, 'elements').map(value)
        const bad = items.find((v) => !v.known)
        return bad ?? known(items.map((v) => (v as { value: RubyScalar }).value))
      }
      case 'RegularExpression': {
        // only what JavaScript reads the same way: \A and \z anchors, no flags
        const source = (n.unescaped as { value: string }).value
        const flags = text(n).replace(/^.*\//, '')
        if (flags !== '' || /\(\?|\\[hHGRXZ]|\[\[:|\\p\{/.test(source)) return unknown(n, `\`${text(n)}\` is not evaluated by rack-check`)
        return known({ regexp: source.replace(/\\A/g, '^').replace(/\\z/g, '$') })
      }
      case 'KeywordHash':
      case 'Hash':
        return known({ hash: true })
      case 'InterpolatedString':
      case 'InterpolatedSymbol': {
        let out = ''
        for (const part of list(n, 'parts')) {
          const k = kindOf(part)
          const v = k === 'String' ? value(part) : k === 'EmbeddedStatements' ? (lastOf(child(part, 'statements')) ?? unknown(part, `\`${text(part)}\` is not evaluated`)) : k === 'EmbeddedVariable' ? value(child(part, 'variable')!) : unknown(part, `\`${text(part)}\` is not evaluated`)
          if (!v.known) return v
          const s = toS(v.value)
          if (s === null) return unknown(part, `\`${text(part)}\` is not evaluated`)
          out += s
        }
        return kindOf(n) === 'InterpolatedSymbol' ? known({ symbol: out }) : known(out)
      }
      case 'Parentheses':
        return lastOf(child(n, 'body')) ?? unknown(n, `\`${text(n)}\` is not evaluated`)
      case 'LocalVariableRead':
        return locals.get(n.name as string) ?? unknown(n, `\`${n.name as string}\` is not known`)
      case 'ConstantRead':
        return locals.get('::' + (n.name as string)) ?? unknown(n, `\`${n.name as string}\` is not known`)
      case 'And': {
        const l = value(child(n, 'left')!)
        return !l.known ? l : !truthy(l.value) ? l : value(child(n, 'right')!)
      }
      case 'Or': {
        const l = value(child(n, 'left')!)
        return !l.known ? l : truthy(l.value) ? l : value(child(n, 'right')!)
      }
      case 'If':
      case 'Unless': {
        const c = value(child(n, 'predicate')!)
        if (!c.known) return c
        const take = truthy(c.value) === (kindOf(n) === 'If')
        if (take) return lastOf(child(n, 'statements')) ?? unknown(n, `\`${text(n)}\` is not evaluated`)
        const other = child(n, kindOf(n) === 'If' ? 'subsequent' : 'elseClause')
        if (!other) return known(null)
        return kindOf(other) === 'Else' ? (lastOf(child(other, 'statements')) ?? unknown(n, `\`${text(n)}\` is not evaluated`)) : value(other)
      }
      case 'Call':
        return callValue(n)
      default:
        return unknown(n, `\`${text(n)}\` is not evaluated by rack-check`)
    }
  }

  const callValue = (n: N): RubyValue => {
    const name = n.name as string
    const recv = child(n, 'receiver')
    const args = argsOf(n)
    const block = child(n, 'block')
    const opaque = (): RubyValue => unknown(n, `\`${text(n)}\` is not evaluated by rack-check`)

    if (isEnv(recv)) {
      const key = args[0] ? string(value(args[0])) : null
      if (key === null) return opaque()
      if (name === '[]') return envRead(key, n)
      if (name === 'fetch') {
        const v = env.get(key)
        if (v === undefined) return envRead(key, n)
        if (v !== null) return known(v)
        unset.push(key)
        if (args[1]) return value(args[1])
        if (block && kindOf(block) === 'Block') return lastOf(child(block, 'body')) ?? opaque()
        return unknown(n, `\`${text(n)}\` raises KeyError unless ${key} is set, and Cloud 66 does not set it`)
      }
      if (name === 'key?' || name === 'has_key?' || name === 'include?') {
        const v = env.get(key)
        return v === undefined ? envRead(key, n) : known(v !== null)
      }
      return opaque()
    }
    const cls = constName(recv)
    if (cls === 'Dir' && name === 'pwd' && args.length === 0) return known(env.appRoot)
    if (cls === 'File' && (name === 'join' || name === 'expand_path' || name === 'dirname' || name === 'basename')) {
      const vals = args.map(value)
      const bad = vals.find((v) => !v.known)
      if (bad) return bad
      const strs = vals.map((v) => toS((v as { value: RubyScalar }).value))
      if (strs.some((s) => s === null)) return opaque()
      const s = strs as string[]
      if (name === 'join') return known(s.join('/').replace(/\/+/g, '/'))
      if (name === 'dirname') return s.length === 1 ? known(s[0].replace(/\/[^/]*$/, '') || '/') : opaque()
      if (name === 'basename') return s.length === 1 ? known(s[0].replace(/^.*\//, '')) : opaque()
      if (s.length < 1 || s.length > 2) return opaque()
      if (s[0].startsWith('~') || (s[1] ?? '').startsWith('~')) return opaque()
      return known(expandPath(s[0], s[1] ?? env.appRoot, env.appRoot))
    }
    if (recv === null) {
      if (name === '__dir__' && args.length === 0) return known(absPath.replace(/\/[^/]*$/, ''))
      if ((name === 'Integer' || name === 'Float') && args.length >= 1) {
        const v = value(args[0])
        if (!v.known) return v
        const num = rubyNumber(v.value, name === 'Float')
        return num === null ? unknown(n, `\`${text(n)}\` raises on this value`) : known(num)
      }
      if (name === 'String' && args.length === 1) {
        const v = value(args[0])
        if (!v.known) return v
        const s = toS(v.value)
        return s === null ? opaque() : known(s)
      }
      if (args.length === 0 && !block && locals.has(name)) return locals.get(name)!
      return opaque()
    }
    // methods on a value
    const self = value(recv)
    if (!self.known) return self
    const v = self.value
    const other = args[0] ? value(args[0]) : null
    if (other && !other.known) return other
    const o = other ? (other as { value: RubyScalar }).value : undefined
    switch (name) {
      case 'to_s':
      case 'to_str': {
        const s = toS(v)
        return s === null ? opaque() : known(s)
      }
      case 'to_i':
        return typeof v === 'string' ? known(Number(/^\s*[-+]?\d+/.exec(v.replace(/_/g, ''))?.[0] ?? 0)) : typeof v === 'number' ? known(Math.trunc(v)) : v === null ? known(0) : opaque()
      case 'to_sym':
        return typeof v === 'string' ? known({ symbol: v }) : opaque()
      case 'strip':
      case 'downcase':
      case 'upcase':
      case 'freeze':
        return typeof v === 'string' ? known(name === 'strip' ? v.trim() : name === 'downcase' ? v.toLowerCase() : name === 'upcase' ? v.toUpperCase() : v) : name === 'freeze' ? self : opaque()
      case 'nil?':
        return known(v === null)
      case 'positive?':
      case 'negative?':
      case 'zero?':
        if (typeof v !== 'number') return opaque()
        return known(name === 'positive?' ? v > 0 : name === 'negative?' ? v < 0 : v === 0)
      case 'empty?':
        return typeof v === 'string' || Array.isArray(v) ? known(v.length === 0) : opaque()
      case '!':
        return known(!truthy(v))
      case '==':
      case '!=': {
        const eq = JSON.stringify(v) === JSON.stringify(o)
        return known(name === '==' ? eq : !eq)
      }
      case '>':
      case '<':
      case '>=':
      case '<=':
        if (typeof v !== 'number' || typeof o !== 'number') return opaque()
        return known(name === '>' ? v > o : name === '<' ? v < o : name === '>=' ? v >= o : v <= o)
      case '+':
        if (typeof v === 'string' && typeof o === 'string') return known(v + o)
        if (typeof v === 'number' && typeof o === 'number') return known(v + o)
        return opaque()
      case '=~':
      case '!~':
      case 'match?': {
        if (typeof v !== 'string' || o === null || typeof o !== 'object' || Array.isArray(o) || !('regexp' in o)) return opaque()
        const at = new RegExp(o.regexp).exec(v)
        return known(name === '=~' ? (at ? at.index : null) : name === '!~' ? !at : Boolean(at))
      }
      case 'include?':
        if (Array.isArray(v) || typeof v === 'string') return known(Array.isArray(v) ? v.some((x) => JSON.stringify(x) === JSON.stringify(o)) : typeof o === 'string' && v.includes(o))
        return opaque()
      default:
        return opaque()
    }
  }

  /** Walks statements in order; `condition` is set inside a branch whose condition is unknown. */
  const walk = (body: N | null, condition: Span | null): void => {
    if (!body) return
    const k = kindOf(body)
    if (k === 'Statements') {
      for (const s of list(body, 'body')) statement(s, condition)
    } else statement(body, condition)
  }

  const assign = (name: string, v: RubyValue, condition: Span | null, n: N): void => {
    if (condition) {
      const before = locals.get(name)
      const same = before && before.known && v.known && JSON.stringify(before.value) === JSON.stringify(v.value)
      locals.set(name, same ? v : { known: false, at: span(n), why: `\`${name}\` is assigned under a condition rack-check cannot evaluate` })
    } else locals.set(name, v)
  }

  const branch = (predicate: N, then: N | null, otherwise: N | null, unless: boolean, condition: Span | null): void => {
    const c = value(predicate)
    if (c.known) {
      if (truthy(c.value) !== unless) walk(then, condition)
      else walk(otherwise, condition)
    } else {
      walk(then, condition ?? span(predicate))
      walk(otherwise, condition ?? span(predicate))
    }
  }

  const elseBody = (n: N | null): N | null => (!n ? null : kindOf(n) === 'Else' ? child(n, 'statements') : n)

  const statement = (n: N, condition: Span | null): void => {
    switch (kindOf(n)) {
      case 'LocalVariableWrite':
        return assign(n.name as string, value(child(n, 'value')!), condition, n)
      case 'LocalVariableOrWrite': {
        const before = locals.get(n.name as string)
        if (before?.known && truthy(before.value)) return
        return assign(n.name as string, value(child(n, 'value')!), condition, n)
      }
      case 'ConstantWrite':
        return assign('::' + (n.name as string), value(child(n, 'value')!), condition, n)
      case 'If':
        return branch(child(n, 'predicate')!, child(n, 'statements'), elseBody(child(n, 'subsequent')), false, condition)
      case 'Unless':
        return branch(child(n, 'predicate')!, child(n, 'statements'), elseBody(child(n, 'elseClause')), true, condition)
      case 'And':
        return branch(child(n, 'left')!, child(n, 'right'), null, false, condition)
      case 'Or':
        return branch(child(n, 'left')!, child(n, 'right'), null, true, condition)
      case 'Parentheses':
      case 'Begin':
        return walk(child(n, kindOf(n) === 'Begin' ? 'statements' : 'body'), condition)
      case 'Case': {
        // which branch runs is not evaluated: every branch is conditional
        const at = span(n)
        for (const w of list(n, 'conditions')) walk(child(w, 'statements'), condition ?? at)
        walk(elseBody(child(n, 'elseClause')), condition ?? at)
        return
      }
      case 'Def':
        defined.add(n.name as string)
        return
      case 'While':
      case 'Until':
      case 'For':
        if (containsCall(n)) config.opaque.push({ at: span(n), why: `the loop \`${text(n)}\`` })
        return
      case 'Call':
        return call(n, condition)
      default:
        return
    }
  }

  const containsCall = (n: N | null): boolean => {
    if (!n) return false
    if (kindOf(n) === 'Call' && n.receiver === null && !(n.name as string).match(/^(puts|p|print|warn|require|require_relative|raise|sleep|fail)$/)) return true
    const kids = (n as unknown as { compactChildNodes(): N[] }).compactChildNodes()
    return kids.some(containsCall)
  }

  const call = (n: N, condition: Span | null): void => {
    const name = n.name as string
    const recv = child(n, 'receiver')
    const block = child(n, 'block')
    if (recv !== null) {
      // `%w[a b].each { |x| bind x }`: directives inside a block of some other method
      if (block && kindOf(block) === 'Block' && containsCall(child(block, 'body'))) config.opaque.push({ at: span(n), why: `the block of \`${text(n).replace(/\s*(do|\{).*$/, '')}\`` })
      return
    }
    if (LOADERS.has(name) || defined.has(name)) {
      config.opaque.push({ at: span(n), why: `\`${text(n)}\`` })
      return
    }
    unset = []
    const args = argsOf(n)
      .filter((a) => kindOf(a) !== 'BlockArgument')
      .map(value)
    config.calls.push({ name, args, at: span(n), condition, unsetVariables: [...new Set(unset)] })
  }

  walk(child(parse.program as unknown as N, 'statements'), null)
  return config
}

/** Why a call's effect is unknown because of the condition it sits under. */
export function conditionWhy(call: ConfigCall): string {
  return `\`${call.name}\` on line ${call.at.line} runs only under the condition on line ${call.condition!.line}, which rack-check cannot evaluate`
}

/** The first argument whose value is unknown. */
export function firstUnknown(call: ConfigCall): Extract<RubyValue, { known: false }> | undefined {
  return call.args.find((a): a is Extract<RubyValue, { known: false }> => !a.known)
}

/** Ruby's `Integer("…")` / `Float("…")`: strict; null when Ruby would raise. */
function rubyNumber(v: RubyScalar, float: boolean): number | null {
  if (typeof v === 'number') return float ? v : Math.trunc(v)
  if (typeof v !== 'string') return null
  const s = v.trim().replace(/(\d)_(?=\d)/g, '$1')
  if (float ? /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(s) : /^[-+]?\d+$/.test(s)) return Number(s)
  return null
}

/** Ruby's `File.expand_path(path, base)` without `~`. */
function expandPath(p: string, base: string, appRoot: string): string {
  return resolvePath(base.startsWith('/') ? base : appRoot + '/' + base, p)
}
