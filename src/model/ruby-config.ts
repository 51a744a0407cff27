/**
 * Reads a Ruby config file (Puma's or Unicorn's DSL) the way the server would evaluate it, as
 * far as that can be done without running it: the top-level statements in order, locals,
 * instance variables and constants, `if`/`unless`/`case`/ternaries/`&&`/`||` on values that are
 * known, `begin`/`rescue`, ENV reads and writes under the prediction environment (contract §4),
 * the String, Integer, Array and Regexp methods real configs use, `Integer()`/`Float()` with
 * Ruby's errors, `File.exist?` and friends answered from the checked folder, `Rails.env` where
 * Rails is loaded, `defined?`. Every receiver-less call is recorded with its evaluated arguments;
 * the server model decides which are directives. Anything else is an unknown value whose `why`
 * names the construct — never a guess. docs/ruby-config-survey.md lists what real configs use.
 *
 * Bounds (issue 12): expressions and statements nested deeper than `LIMITS.depth` levels, more
 * than `LIMITS.steps` evaluation steps, and values larger than `LIMITS.size` characters or
 * elements are not evaluated; the result then says so (an unknown value, or an `opaque` entry
 * when statements were skipped). Nothing here recurses deeper than `LIMITS.depth`.
 */
import { resolvePath, withoutTrailingSlashes } from '../core/paths.js'
import type { SourceFile } from '../files/source-file.js'
import { kindOf, type RubyNode, type RubyParse } from './ruby.js'
// the engine loads the evaluator and Prism's loader together, as one chunk (check.ts loadNeeded)
export { loadRubyParser } from './ruby.js'
import type { Span } from '../core/span.js'
import { compileRegexp, group, RegexpBudgetError, RegexpSearch, type RegexpBudget, type RegexpMatch } from './regexp.js'
// the old translation decides which regexps are evaluated; tests compare the matcher with it
export { jsRegExp } from './regexp.js'

export type RubyScalar = string | number | boolean | null | { symbol: string } | { hash: true } | { regexp: string; flags?: string } | RubyScalar[]

/**
 * A value. Unknown values say why; `raises` marks one whose evaluation certainly raises under
 * the prediction environment (Ruby would stop loading the file there), `exception` its class.
 */
export type RubyValue = { known: true; value: RubyScalar } | { known: false; at: Span; why: string; raises?: boolean; exception?: string }

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
  /** statements that may call directives rack-check cannot see (`load`, `eval`, loops, methods defined in the file, the limits) */
  opaque: Array<{ at: Span; why: string }>
  syntaxErrors: Array<{ at: Span; message: string }>
  /**
   * The statement where loading certainly stops with an exception under the prediction
   * environment (`Integer("")`, `ENV.fetch("PORT")` with PORT unset, `Rails.env` under `puma`):
   * the server exits at start. Calls after it are not recorded; `opaque` also names it, for
   * readers that do not look here.
   */
  raises: { at: Span; why: string } | null
  /** statements that raise when a condition rack-check cannot evaluate holds */
  mayRaise: Array<{ at: Span; why: string }>
}

/** Variables: a string value, null when not set, undefined when not known. */
export interface RubyEnvironment {
  get(name: string): string | null | undefined
  /** the absolute path of the app root, for `Dir.pwd` and relative paths */
  appRoot: string
  /** the absolute path of the config file, for `__FILE__` and `__dir__` */
  filePath: string
  /**
   * What is at an absolute path, read-only from the checked folder: `missing` = not in the
   * repository (it may still exist on the server); undefined = rack-check cannot know (outside
   * the app). Without it every `File.exist?` is unknown.
   */
  pathKind?(absolutePath: string): 'file' | 'folder' | 'missing' | undefined
  /**
   * Whether Rails is loaded when the file is read: true under `rails server` (it requires
   * config/application.rb before it starts Puma), false when the server reads its config before
   * any app code (`puma`, `unicorn`: `Rails.env` raises NameError there, measured on Puma
   * 5.6.5), undefined when rack-check cannot tell.
   */
  railsLoaded?: boolean
}

/** How far the evaluator goes (issue 12): deeper, longer or bigger input gets an unknown result that says so. */
export const LIMITS = {
  /** nesting of expressions and statements */
  depth: 100,
  /** evaluation steps per file (a 1 MiB file has at most about 500,000 nodes) */
  steps: 2_000_000,
  /** characters of a string, elements (counted through nested arrays) of an array */
  size: 1_048_576,
  /** steps of one method's regexp searches (regexp.ts): a search costs at most instructions × (characters + 1) steps */
  regexpSteps: 5_000_000,
  /**
   * work per file: characters that String and Array methods, interpolation and comparisons read
   * or write, and regexp steps (issue 22: steps alone let 45,000 `downcase` of a 1 MiB string run
   * for minutes)
   */
  work: 64_000_000
}

type N = RubyNode
type Unknown = Extract<RubyValue, { known: false }>
type Raise = { at: Span; why: string; exception: string }

/** The assignments (`x = …`, `x ||= …`, `x += …`) to the variables the evaluator keeps. */
const WRITES = new Set([
  'LocalVariableWrite',
  'InstanceVariableWrite',
  'GlobalVariableWrite',
  'ConstantWrite',
  'LocalVariableOrWrite',
  'InstanceVariableOrWrite',
  'GlobalVariableOrWrite',
  'ConstantOrWrite',
  'LocalVariableAndWrite',
  'InstanceVariableAndWrite',
  'LocalVariableOperatorWrite',
  'InstanceVariableOperatorWrite'
])

const LOADERS = new Set(['load', 'eval', 'instance_eval', 'instance_exec', 'class_eval', 'send', '__send__', 'public_send', '_load_from', 'binding'])
/** Calls that print or require: never directives, and loops calling only these change nothing. */
const HARMLESS = new Set(['puts', 'p', 'pp', 'print', 'warn', 'require', 'require_relative', 'raise', 'sleep', 'fail'])
/** Constants every Ruby process has (`defined?` says "constant"). */
const CORE_CONSTANTS = new Set(['ENV', 'File', 'Dir', 'Integer', 'Float', 'String', 'Array', 'Hash', 'Symbol', 'Regexp', 'Process', 'Kernel', 'Object', 'Time', 'IO', 'STDOUT', 'STDERR', 'STDIN', 'ARGV', 'Signal', 'GC', 'Math', 'Thread', 'Errno', 'RUBY_VERSION', 'RUBY_PLATFORM', 'StandardError', 'Exception', 'Comparable', 'Struct', 'NilClass', 'TrueClass', 'FalseClass'])
/** Exception classes and what a `rescue` of each catches. */
const EXCEPTION_PARENT: Record<string, string> = {
  KeyError: 'IndexError',
  IndexError: 'StandardError',
  ArgumentError: 'StandardError',
  TypeError: 'StandardError',
  NoMethodError: 'NameError',
  NameError: 'StandardError',
  RuntimeError: 'StandardError',
  ZeroDivisionError: 'StandardError',
  FloatDomainError: 'RangeError',
  RangeError: 'StandardError',
  StandardError: 'Exception',
  SystemExit: 'Exception'
}
/** Methods of NilClass and Object that rack-check models or that cannot raise on nil. */
const NIL_METHODS = new Set(['to_s', 'to_i', 'to_f', 'to_a', 'inspect', 'nil?', '!', '==', '!=', 'freeze', 'frozen?', 'dup', 'itself', '&', '|'])
/** String/Array methods that nil does not have: calling one on nil raises NoMethodError. */
const NOT_ON_NIL = new Set(['empty?', 'strip', 'lstrip', 'rstrip', 'chomp', 'length', 'size', 'split', 'sub', 'gsub', 'start_with?', 'end_with?', 'include?', 'downcase', 'upcase', 'match?', 'delete_prefix', 'delete_suffix', '+', '-', '*', 'to_sym', '[]', 'join', 'first', 'last', '>', '<', '>=', '<=', 'positive?', 'negative?', 'zero?'])
/** Methods that read nothing of a String or Array receiver but its length: they cost no work (LIMITS.work). */
const O1_METHODS = new Set(['nil?', 'freeze', 'dup', 'itself', 'to_s', 'to_str', 'to_sym', 'intern', '!', 'first', 'last', '[]', 'empty?', 'to_a', 'frozen?'])
/** ActiveSupport's Object extensions: there only when Rails (or ActiveSupport) is loaded. */
const ACTIVE_SUPPORT = new Set(['present?', 'blank?', 'presence'])
/** CPU counts: the machine's, unknown before deploy. */
const CPU_COUNT: Record<string, string[]> = { Etc: ['nprocessors'], Concurrent: ['processor_count', 'physical_processor_count', 'available_processor_count'] }

export function evaluateRubyConfig(file: SourceFile, parse: RubyParse, env: RubyEnvironment): RubyConfig {
  const config: RubyConfig = {
    file,
    calls: [],
    opaque: [],
    syntaxErrors: parse.errors.map((e) => ({ at: file.span(e.start, Math.max(e.end, e.start + 1)), message: e.message })),
    raises: null,
    mayRaise: []
  }
  if (config.syntaxErrors.length > 0) return config
  /** locals by name, instance variables as `@x`, globals as `$x`, constants as `::X` */
  const locals = new Map<string, RubyValue>()
  /** `ENV["X"] = …` written by the file */
  const envWrites = new Map<string, RubyValue>()
  /** a statement after which variables Cloud 66 does not set may have values (dotenv, app code) */
  let envTaint: { at: Span; what: string } | null = null
  /** a `require` that may load Rails (`require_relative "application"`) */
  let railsRequire: Span | null = null
  const defined = new Set<string>()
  const absPath = env.filePath
  let unset: string[] = []
  /** the unknown condition the statement being evaluated runs under */
  let condition: Span | null = null
  let depth = 0
  let steps = 0
  /** characters read and written, regexp steps (LIMITS.work) */
  let work = 0
  let exhausted: { at: Span; why: string } | null = null
  /** counts unknown values made, to tell whether a `begin` body may have raised */
  let unknowns = 0
  const sizes = new WeakMap<RubyScalar[], { size: number; depth: number }>()

  const span = (n: N): Span => {
    const start = parse.offset(n.location.startOffset)
    return file.span(start, Math.max(parse.offset(n.location.startOffset + n.location.length), start + 1))
  }
  /** the node's first line, at most 80 characters: bounded whatever the node's size */
  const text = (n: N): string => {
    const start = parse.offset(n.location.startOffset)
    const end = Math.min(parse.offset(n.location.startOffset + n.location.length), start + 200)
    let s = file.text.slice(start, end)
    const nl = s.indexOf('\n')
    if (nl >= 0) s = s.slice(0, nl).trimEnd() + ' …'
    return s.length > 80 ? s.slice(0, 77) + '…' : s
  }
  const unknown = (n: N, why: string): Unknown => {
    unknowns++
    return { known: false, at: span(n), why }
  }
  const raising = (n: N, exception: string, why: string): Unknown => ({ ...unknown(n, why), raises: true, exception })
  const known = (value: RubyScalar): RubyValue => ({ known: true, value })
  const child = (n: N, field: string): N | null => (n[field] as N | null) ?? null
  const list = (n: N | null, field: string): N[] => (n ? ((n[field] as N[] | undefined) ?? []) : [])
  const argsOf = (call: N): N[] => list(child(call, 'arguments_'), 'arguments_')
  const truthy = (v: RubyScalar): boolean => v !== null && v !== false
  const notEvaluated = (n: N): Unknown => unknown(n, `\`${text(n)}\` (Ruby rack-check does not evaluate)`)
  const methodNotEvaluated = (n: N): Unknown => unknown(n, `\`${text(n)}\` (a method call rack-check does not evaluate)`)

  const isEnv = (n: N | null): boolean => constName(n) === 'ENV'
  /** `X` or `::X`, not `A::X` */
  const constName = (n: N | null): string | null => {
    if (!n) return null
    const k = kindOf(n)
    if (k === 'ConstantRead') return n.name as string
    if (k === 'ConstantPath' && n.parent === null) return n.name as string
    return null
  }
  const isCall = (n: N | null, recv: string, name: string): boolean => !!n && kindOf(n) === 'Call' && n.name === name && constName(child(n, 'receiver')) === recv

  // --- values: sizes, equality, conversion to strings ---------------------------------------

  const measure = (v: RubyScalar): { size: number; depth: number } => {
    if (typeof v === 'string') return { size: v.length, depth: 0 }
    if (!Array.isArray(v)) return { size: 1, depth: 0 }
    return sizes.get(v) ?? { size: v.length, depth: 1 }
  }
  const array = (n: N, items: RubyScalar[]): RubyValue => {
    let size = items.length
    let d = 0
    for (const x of items) {
      const m = measure(x)
      size += m.size
      d = Math.max(d, m.depth)
    }
    if (size > LIMITS.size) return unknown(n, `\`${text(n)}\` makes an array of more than ${LIMITS.size} elements; rack-check evaluates smaller ones`)
    if (d + 1 > LIMITS.depth) return unknown(n, `\`${text(n)}\` makes arrays nested more than ${LIMITS.depth} deep; rack-check evaluates at most ${LIMITS.depth}`)
    sizes.set(items, { size, depth: d + 1 })
    return charge(n, size) ?? known(items)
  }
  const tooLong = (n: N): Unknown => unknown(n, `\`${text(n)}\` makes a string of more than ${LIMITS.size} characters; rack-check evaluates shorter ones`)
  const str = (n: N, s: string): RubyValue => (s.length > LIMITS.size ? tooLong(n) : (charge(n, s.length) ?? known(s)))
  const equal = (a: RubyScalar, b: RubyScalar): boolean => {
    if (a === b) return true
    if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]))
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
    if ('symbol' in a && 'symbol' in b) return a.symbol === b.symbol
    if ('regexp' in a && 'regexp' in b) return a.regexp === b.regexp && (a.flags ?? '') === (b.flags ?? '')
    return false // hashes: contents are not kept
  }
  /** `to_s` / interpolation; null when rack-check does not model it (arrays, hashes, regexps) */
  const toS = (v: RubyScalar): string | null =>
    typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v === null ? '' : typeof v === 'boolean' ? String(v) : !Array.isArray(v) && 'symbol' in v ? v.symbol : null
  const typeName = (v: RubyScalar): string =>
    v === null ? 'nil' : typeof v === 'string' ? 'String' : typeof v === 'number' ? 'Integer' : typeof v === 'boolean' ? String(v) : Array.isArray(v) ? 'Array' : 'symbol' in v ? 'Symbol' : 'regexp' in v ? 'Regexp' : 'Hash'
  const isRegexp = (v: RubyScalar | undefined): v is { regexp: string; flags?: string } => !!v && typeof v === 'object' && !Array.isArray(v) && 'regexp' in v

  // --- ENV, Rails, files ------------------------------------------------------------------

  const envRead = (name: string, at: N): RubyValue => {
    const written = envWrites.get(name)
    if (written) return written
    const v = env.get(name)
    if (v === undefined) return unknown(at, `\`${text(at)}\` reads ${name}, whose value rack-check cannot know`)
    if (v === null && envTaint) return unknown(at, `\`${text(at)}\` reads ${name}: Cloud 66 does not set it, but ${envTaint.what} on line ${envTaint.at.line} may`)
    if (v === null) unset.push(name)
    return known(v)
  }

  type RailsState = 'loaded' | 'absent' | 'unknown'
  const rails = (): RailsState => (env.railsLoaded === true ? 'loaded' : env.railsLoaded === false && !railsRequire ? 'absent' : 'unknown')
  const railsUnknown = (n: N): Unknown =>
    unknown(n, railsRequire ? `\`${text(n)}\` needs Rails, which the require on line ${railsRequire.line} may or may not load` : `\`${text(n)}\` needs Rails, and rack-check cannot tell whether this server loads it before reading the file`)
  const railsAbsent = (n: N): Unknown => raising(n, 'NameError', `\`${text(n)}\` raises NameError (uninitialized constant Rails): the server reads this file before it loads the app`)
  const railsEnv = (n: N): RubyValue => {
    // Rails.env: RAILS_ENV, else RACK_ENV, else "development" (railties, Rails.env)
    for (const name of ['RAILS_ENV', 'RACK_ENV']) {
      const v = envRead(name, n)
      if (!v.known || (typeof v.value === 'string' && v.value !== '')) return v
    }
    return known('development')
  }

  const pathQuery = (n: N, name: string, arg: RubyValue): RubyValue => {
    if (!arg.known) return arg
    const p = toS(arg.value)
    if (p === null || typeof arg.value !== 'string') return methodNotEvaluated(n)
    const over = charge(n, p.length)
    if (over) return over
    if (p.startsWith('~')) return unknown(n, `\`${text(n)}\` asks about a path under the home folder, which rack-check cannot see`)
    const abs = resolvePath(env.appRoot, p)
    const kind = env.pathKind?.(abs)
    if (kind === undefined) return unknown(n, `\`${text(n)}\` asks about \`${abs}\` on the server, which rack-check cannot see`)
    if (kind === 'missing') return unknown(n, `\`${text(n)}\`: \`${p}\` is not in the repository, but it may exist on the server (made by a deploy hook or kept out of git)`)
    if (name === 'directory?') return known(kind === 'folder')
    if (name === 'file?') return known(kind === 'file')
    return known(true)
  }

  // --- expressions ------------------------------------------------------------------------

  const value = (n: N): RubyValue => {
    if (++steps > LIMITS.steps) return stop(n)
    if (work > LIMITS.work) return workStop(n)
    if (depth >= LIMITS.depth) return unknown(n, `\`${text(n)}\` is nested more than ${LIMITS.depth} levels deep; rack-check evaluates at most ${LIMITS.depth}`)
    depth++
    try {
      return evaluate(n)
    } finally {
      depth--
    }
  }

  const stop = (n: N): Unknown => {
    exhausted ??= { at: span(n), why: `\`${file.path}\` from line ${span(n).line} on: it needs more than ${LIMITS.steps} evaluation steps, and rack-check stops there` }
    return unknown(n, `\`${file.path}\` needs more than ${LIMITS.steps} evaluation steps; rack-check stops at line ${span(n).line}`)
  }

  const workStop = (n: N): Unknown => {
    exhausted ??= { at: span(n), why: `\`${file.path}\` from line ${span(n).line} on: it needs more than ${LIMITS.work} characters of string work, and rack-check stops there` }
    return unknown(n, `\`${file.path}\` needs more than ${LIMITS.work} characters of string work; rack-check stops at line ${span(n).line}`)
  }
  /** counts work done for n; the unknown value when the file's budget is spent */
  const charge = (n: N, units: number): Unknown | null => {
    work += units
    return work > LIMITS.work ? workStop(n) : null
  }

  /** the statements of a body in order, the last one's value; null for a body of several statements whose value is not needed to be known */
  const sequence = (body: N | null): RubyValue => {
    if (!body) return known(null)
    if (kindOf(body) !== 'Statements') return value(body)
    const stmts = list(body, 'body')
    let last: RubyValue = known(null)
    for (const s of stmts) {
      last = value(s)
      if (!last.known && last.raises) return last
    }
    return last
  }

  const evaluate = (n: N): RubyValue => {
    const kind = kindOf(n)
    if (WRITES.has(kind)) {
      const r = write(n)
      return r ? { ...unknown(n, r.why), raises: true, exception: r.exception } : (locals.get(varKey(n)) ?? notEvaluated(n))
    }
    switch (kind) {
      case 'String':
        return known((n.unescaped as { value: string }).value)
      case 'Symbol':
        return known({ symbol: (n.unescaped as { value: string }).value })
      case 'Integer':
      case 'Float': {
        const num = Number(n.value)
        return Number.isSafeInteger(num) || kindOf(n) === 'Float' ? known(num) : unknown(n, `\`${text(n)}\` is larger than rack-check computes with`)
      }
      case 'True':
        return known(true)
      case 'False':
        return known(false)
      case 'Nil':
        return known(null)
      case 'SourceFile':
        return known(absPath)
      case 'SourceLine':
        return known(span(n).line)
      case 'Array': {
        const items: RubyScalar[] = []
        for (const e of list(n, 'elements')) {
          if (kindOf(e) === 'Splat') return notEvaluated(e)
          const v = value(e)
          if (!v.known) return v
          items.push(v.value)
        }
        return array(n, items)
      }
      case 'RegularExpression':
        return regexpValue(n, (n.unescaped as { value: string }).value)
      case 'InterpolatedRegularExpression': {
        const s = interpolate(n)
        return !s.known ? s : regexpValue(n, s.value as string)
      }
      case 'KeywordHash':
      case 'Hash':
        for (const e of list(n, 'elements')) {
          for (const f of ['key', 'value']) {
            const part = child(e, f)
            const v = part ? value(part) : null
            if (v && !v.known && v.raises) return v
          }
        }
        return known({ hash: true })
      case 'InterpolatedString':
        return interpolate(n)
      case 'InterpolatedSymbol': {
        const s = interpolate(n)
        return s.known ? known({ symbol: s.value as string }) : s
      }
      case 'XString':
      case 'InterpolatedXString':
        return unknown(n, `\`${text(n)}\` runs a shell command when the server loads the file, which rack-check does not do`)
      case 'Parentheses':
        return sequence(child(n, 'body'))
      case 'Statements':
        return sequence(n)
      case 'LocalVariableRead':
        return locals.get(n.name as string) ?? unknown(n, `\`${n.name as string}\` is not known`)
      case 'InstanceVariableRead':
        // an instance variable never assigned is nil
        return locals.get(n.name as string) ?? known(null)
      case 'GlobalVariableRead':
        return locals.get(n.name as string) ?? unknown(n, `\`${n.name as string}\` (a global variable rack-check does not know)`)
      case 'ConstantRead':
      case 'ConstantPath': {
        const name = constName(n)
        const v = name === null ? undefined : locals.get('::' + name)
        if (v) return v
        if (name === 'Rails' && rails() === 'absent') return railsAbsent(n)
        return unknown(n, `\`${text(n)}\` (a constant rack-check does not know)`)
      }
      case 'And': {
        const l = value(child(n, 'left')!)
        return !l.known || !truthy(l.value) ? l : value(child(n, 'right')!)
      }
      case 'Or': {
        const l = value(child(n, 'left')!)
        return !l.known || truthy(l.value) ? l : value(child(n, 'right')!)
      }
      case 'If':
      case 'Unless': {
        const c = value(child(n, 'predicate')!)
        if (!c.known) return c
        const take = truthy(c.value) === (kindOf(n) === 'If')
        if (take) return sequence(child(n, 'statements'))
        const other = child(n, kindOf(n) === 'If' ? 'subsequent' : 'elseClause')
        if (!other) return known(null)
        return kindOf(other) === 'Else' ? sequence(child(other, 'statements')) : value(other)
      }
      case 'Case': {
        const picked = pickWhen(n)
        if (picked === null) return unknown(n, `\`${text(n)}\` (a \`case\` rack-check cannot decide)`)
        if (!('body' in picked)) return picked
        return sequence(picked.body)
      }
      case 'Defined':
        return definedValue(n, child(n, 'value')!)
      case 'RescueModifier': {
        const v = value(child(n, 'expression')!)
        if (!v.known && v.raises && rescues(v.exception, null)) return value(child(n, 'rescueExpression')!)
        return v
      }
      case 'Call':
        return callValue(n)
      default:
        return notEvaluated(n)
    }
  }

  const interpolate = (n: N): RubyValue => {
    let out = ''
    for (const part of list(n, 'parts')) {
      const k = kindOf(part)
      const v =
        k === 'String'
          ? value(part)
          : k === 'EmbeddedStatements'
            ? sequence(child(part, 'statements'))
            : k === 'EmbeddedVariable'
              ? value(child(part, 'variable')!)
              : k === 'InterpolatedString'
                ? value(part) // adjacent literals (`"a" "#{b}"`), through value() for its depth bound
                : notEvaluated(part)
      if (!v.known) return v
      const s = toS(v.value)
      if (s === null) return unknown(part, `\`${text(part)}\` (interpolating a ${typeName(v.value)}, which rack-check does not format)`)
      out += s
      if (out.length > LIMITS.size) return str(n, out)
      const over = charge(part, s.length)
      if (over) return over
    }
    return known(out)
  }

  const regexpValue = (n: N, source: string): RubyValue => {
    const closing = n.closingLoc as { startOffset: number; length: number } | null
    const flags = closing ? file.text.slice(parse.offset(closing.startOffset) + 1, parse.offset(closing.startOffset + closing.length)) : ''
    const program = compileRegexp(source, flags)
    if (typeof program === 'string') return unknown(n, `\`${text(n)}\` ${program}`)
    return known({ regexp: source, flags })
  }

  /** `when` branch of a `case` that runs: its body, a raise, or null when it cannot be decided */
  const pickWhen = (n: N): { body: N | null } | Unknown | null => {
    const subjectNode = child(n, 'predicate')
    const subject = subjectNode ? value(subjectNode) : null
    if (subject && !subject.known) return subject.raises ? subject : null
    for (const w of list(n, 'conditions')) {
      for (const c of list(w, 'conditions')) {
        if (kindOf(c) === 'Splat') return null
        const v = value(c)
        if (!v.known) return v.raises ? v : null
        const hit = subject ? caseEqual(v.value, subject.value) : truthy(v.value)
        if (hit === null) return null
        if (hit) return { body: child(w, 'statements') }
      }
    }
    const e = child(n, 'elseClause')
    return { body: e ? child(e, 'statements') : null }
  }
  /** `pattern === subject` for the values rack-check models; null when not modelled */
  const caseEqual = (pattern: RubyScalar, subject: RubyScalar): boolean | null => {
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
        work += budget.used
      }
    }
    if (pattern !== null && typeof pattern === 'object' && !Array.isArray(pattern) && 'hash' in pattern) return null
    work += measure(pattern).size + measure(subject).size
    return equal(pattern, subject)
  }

  /** a search of s with the regexp (regexp.ts); undefined when rack-check does not run it */
  const searchOf = (re: { regexp: string; flags?: string }, s: string, budget: RegexpBudget): RegexpSearch | undefined => {
    const program = compileRegexp(re.regexp, re.flags ?? '')
    // non-ASCII subjects: Ruby matches characters, and its \s, \w and case folding go beyond ASCII there
    if (typeof program === 'string' || !ascii(s)) return undefined
    return new RegexpSearch(program, s, budget)
  }
  const firstMatch = (re: { regexp: string; flags?: string }, s: string, budget: RegexpBudget, sticky = false): RegexpMatch | null | undefined => searchOf(re, s, budget)?.exec(0, sticky)
  /**
   * A method that runs regexps: its value, or an unknown one when its searches need more than
   * LIMITS.regexpSteps steps. The steps count toward the file's work.
   */
  const withRegexps = (n: N, f: (budget: RegexpBudget) => RubyValue | undefined): RubyValue | undefined => {
    const budget = { used: 0, limit: LIMITS.regexpSteps }
    try {
      return f(budget)
    } catch (e) {
      if (!(e instanceof RegexpBudgetError)) throw e
      return unknown(n, `\`${text(n)}\` runs a regexp longer than rack-check's budget of ${LIMITS.regexpSteps} steps`)
    } finally {
      work += budget.used
    }
  }

  const definedValue = (n: N, target: N): RubyValue => {
    const k = kindOf(target)
    const answer = (what: string | null): RubyValue => known(what)
    if (k === 'LocalVariableRead') return answer('local-variable')
    if (k === 'InstanceVariableRead') return answer(locals.has(target.name as string) ? 'instance-variable' : null)
    if (k === 'ConstantRead' || k === 'ConstantPath') {
      const name = constName(target)
      if (name !== null && (CORE_CONSTANTS.has(name) || locals.has('::' + name))) return answer('constant')
      const head = railsHead(target)
      if (head) {
        const r = rails()
        if (r === 'absent') return answer(null)
        if (r === 'loaded' && name === 'Rails') return answer('constant')
      }
    }
    if (k === 'Call' && railsHead(target)) {
      const r = rails()
      if (r === 'absent') return answer(null)
      if (r === 'loaded' && (isCall(target, 'Rails', 'env') || isCall(target, 'Rails', 'root'))) return answer('method')
    }
    return unknown(n, `\`${text(n)}\`: whether it is defined when the server reads the file depends on what was loaded before, which rack-check cannot tell`)
  }
  /** whether the expression starts with the constant `Rails` (`Rails`, `Rails::X`, `Rails.env.x`) */
  const railsHead = (n: N): boolean => {
    let cur: N | null = n
    for (let i = 0; cur && i < LIMITS.depth; i++) {
      const k = kindOf(cur)
      if (k === 'ConstantRead') return cur.name === 'Rails'
      if (k === 'ConstantPath') {
        if (cur.parent === null) return cur.name === 'Rails'
        cur = child(cur, 'parent')
      } else if (k === 'Call') cur = child(cur, 'receiver')
      else return false
    }
    return false
  }

  const callValue = (n: N): RubyValue => {
    const name = n.name as string
    const recv = child(n, 'receiver')
    const args = argsOf(n)
    const block = child(n, 'block')
    const opaque = (): Unknown => methodNotEvaluated(n)

    if (isEnv(recv)) return envCall(n, name, args, block)
    const cls = constName(recv)
    if (cls === 'Rails') {
      const r = rails()
      if (r === 'absent') return railsAbsent(n)
      if (r === 'unknown') return railsUnknown(n)
      if (name === 'env' && args.length === 0) return railsEnv(n)
      if (name === 'root' && args.length === 0) return known(env.appRoot)
      return opaque()
    }
    if (recv && isCall(recv, 'Rails', 'env') && /^[a-z_]+\?$/.test(name) && args.length === 0) {
      // Rails.env is an ActiveSupport::EnvironmentInquirer: `production?` compares the name
      const e = value(recv)
      return !e.known ? e : known(e.value === name.slice(0, -1))
    }
    if (recv && isCall(recv, 'Rails', 'root') && name === 'join') {
      const root = value(recv)
      if (!root.known) return root
      const parts = args.map(value)
      const bad = parts.find((v) => !v.known)
      if (bad) return bad
      const strs = parts.map((v) => (v.known && typeof v.value === 'string' ? v.value : null))
      if (strs.some((s) => s === null)) return opaque()
      const over = charge(n, (strs as string[]).reduce((sum, x) => sum + x.length, 0))
      if (over) return over
      return str(n, [env.appRoot, ...(strs as string[])].reduce((base, p) => (p.startsWith('/') ? p : withoutTrailingSlashes(base) + '/' + p)))
    }
    if (cls !== null && CPU_COUNT[cls]?.includes(name)) return unknown(n, `\`${text(n)}\` is the machine's CPU count, unknown before deploy`)
    if (cls === 'Socket' && name === 'gethostname') return unknown(n, `\`${text(n)}\` is the server's host name, unknown before deploy`)
    if (cls === 'Dir' && (name === 'pwd' || name === 'getwd') && args.length === 0) return known(env.appRoot)
    if ((cls === 'File' && ['exist?', 'file?', 'directory?', 'exists?'].includes(name)) || (cls === 'Dir' && (name === 'exist?' || name === 'exists?'))) {
      if (args.length !== 1) return opaque()
      // `exists?` is gone from Ruby 3.2 (NoMethodError there), and the Ruby version is not known
      if (name === 'exists?') return unknown(n, `\`${text(n)}\`: \`${cls}.exists?\` was removed in Ruby 3.2 (NoMethodError there), and rack-check does not know the Ruby version`)
      return pathQuery(n, cls === 'Dir' ? 'directory?' : name, value(args[0]))
    }
    if (cls === 'File' && (name === 'join' || name === 'expand_path' || name === 'dirname' || name === 'basename')) {
      const vals = args.map(value)
      const bad = vals.find((v) => !v.known)
      if (bad) return bad
      const strs = vals.map((v) => toS((v as { value: RubyScalar }).value))
      if (strs.some((s) => s === null)) return opaque()
      const s = strs as string[]
      const over = charge(n, s.reduce((sum, x) => sum + x.length, 0))
      if (over) return over
      if (name === 'join') return str(n, s.join('/').replace(/\/+/g, '/'))
      if (name === 'dirname') return s.length === 1 ? known(s[0].replace(/\/[^/]*$/, '') || (s[0].startsWith('/') ? '/' : '.')) : opaque()
      if (name === 'basename') {
        if (s.length === 1) return known(basename(s[0]))
        const base = s[0].replace(/^.*\//, '')
        return s.length === 2 && s[1] !== '.*' && base.endsWith(s[1]) ? known(base.slice(0, base.length - s[1].length)) : opaque()
      }
      if (s.length < 1 || s.length > 2) return opaque()
      if (s[0].startsWith('~') || (s[1] ?? '').startsWith('~')) return opaque()
      return known(expandPath(s[0], s[1] ?? env.appRoot, env.appRoot))
    }
    if (recv === null) return selfCall(n, name, args, block)
    if (cls !== null && !locals.has('::' + cls)) return opaque()

    // methods on a value
    const self = value(recv)
    if (!self.known) return self
    const v = self.value
    if (v === null && (n as unknown as { isSafeNavigation(): boolean }).isSafeNavigation()) return known(null)
    if (block) return opaque()
    const vals: RubyScalar[] = []
    for (const a of args) {
      if (kindOf(a) === 'Splat' || kindOf(a) === 'BlockArgument') return opaque()
      const x = value(a)
      if (!x.known) return x
      vals.push(x.value)
    }
    return method(n, recv, v, name, vals) ?? opaque()
  }

  const envCall = (n: N, name: string, args: N[], block: N | null): RubyValue => {
    const opaque = (): Unknown => methodNotEvaluated(n)
    const keyValue = args[0] ? value(args[0]) : null
    if (keyValue && !keyValue.known) return keyValue
    const key = keyValue && typeof keyValue.value === 'string' ? keyValue.value : null
    if (key === null) return opaque()
    if (name === '[]') return envRead(key, n)
    if (name === 'fetch') {
      const v = envRead(key, n)
      if (!v.known || v.value !== null) return v
      if (args[1]) return value(args[1])
      if (block && kindOf(block) === 'Block') return sequence(child(block, 'body'))
      unset = unset.filter((x) => x !== key)
      unset.push(key)
      return raising(n, 'KeyError', `\`${text(n)}\` raises KeyError: Cloud 66 does not set ${key} (unless the app's environment variables define it)`)
    }
    if (name === 'key?' || name === 'has_key?' || name === 'include?' || name === 'member?') {
      const v = envRead(key, n)
      return v.known ? known(v.value !== null) : v
    }
    return opaque()
  }

  /** a call without a receiver used as a value */
  const selfCall = (n: N, name: string, args: N[], block: N | null): RubyValue => {
    const opaque = (): Unknown => unknown(n, defined.has(name) ? `\`${text(n)}\` (a method defined in this file, which rack-check does not run)` : `\`${text(n)}\` (a method rack-check does not evaluate)`)
    if (name === '__dir__' && args.length === 0) return known(absPath.replace(/\/[^/]*$/, ''))
    if ((name === 'Integer' || name === 'Float') && args.length >= 1 && args.length <= 2) {
      let quiet = false
      if (args.length === 2) {
        // Integer(x, exception: false) returns nil instead of raising; a base is not modelled
        const opts = args[1]
        const exception = kindOf(opts) === 'KeywordHash' && list(opts, 'elements').length === 1 ? list(opts, 'elements')[0] : null
        const key = exception ? child(exception, 'key') : null
        if (!key || kindOf(key) !== 'Symbol' || (key.unescaped as { value: string }).value !== 'exception' || kindOf(child(exception!, 'value')!) !== 'False') return opaque()
        quiet = true
      }
      const v = value(args[0])
      if (!v.known) return v
      const over = charge(n, measure(v.value).size)
      if (over) return over
      const num = rubyNumber(v.value, name === 'Float')
      if (typeof num === 'number') return known(num)
      if (num === undefined) return opaque()
      if (quiet) return known(null)
      return raising(n, num.exception, `\`${text(n)}\` raises ${num.exception} (${num.message(name, v.value)})`)
    }
    if (name === 'String' && args.length === 1) {
      const v = value(args[0])
      if (!v.known) return v
      const s = toS(v.value)
      return s === null ? opaque() : known(s)
    }
    if ((name === 'raise' || name === 'fail') && !block) {
      const msg = args[0] ? value(args[0]) : null
      const shown = msg?.known && typeof msg.value === 'string' ? `: "${msg.value.slice(0, 80)}"` : ''
      const cls = args.length === 1 && msg?.known && typeof msg.value === 'string' ? 'RuntimeError' : args.length === 0 ? 'RuntimeError' : (constName(args[0]) ?? 'StandardError')
      return raising(n, cls, `\`${text(n)}\` raises ${cls}${shown}`)
    }
    if (name === 'exit' || name === 'exit!' || name === 'abort') return raising(n, 'SystemExit', `\`${text(n)}\` ends the server while it reads the file`)
    if (name === 'puts' || name === 'p' || name === 'print' || name === 'warn' || name === 'pp') {
      for (const a of args) {
        const v = value(a)
        if (!v.known && v.raises) return v
      }
      return known(null)
    }
    if (args.length === 0 && !block && locals.has(name)) return locals.get(name)!
    return opaque()
  }

  /** String, Integer, Array, Symbol, boolean, nil and Regexp methods; undefined when not modelled */
  const method = (n: N, recv: N, v: RubyScalar, name: string, a: RubyScalar[]): RubyValue | undefined => {
    const o = a[0]
    const arity = (k: number): boolean => a.length === k
    // the characters (elements) the method may read: its receiver and arguments (LIMITS.work)
    if (!O1_METHODS.has(name)) {
      const over = charge(n, a.reduce((sum: number, x) => sum + measure(x).size, measure(v).size))
      if (over) return over
    }
    switch (name) {
      case '==':
        return arity(1) ? known(equal(v, o)) : undefined
      case '!=':
        return arity(1) ? known(!equal(v, o)) : undefined
      case '!':
        return arity(0) ? known(!truthy(v)) : undefined
      case 'nil?':
        return arity(0) ? known(v === null) : undefined
      case 'freeze':
      case 'dup':
      case 'itself':
        return arity(0) ? known(v) : undefined
    }
    if (ACTIVE_SUPPORT.has(name) && arity(0)) {
      const r = rails()
      if (r === 'absent') return raising(n, 'NoMethodError', `\`${text(n)}\` raises NoMethodError: \`${name}\` comes from ActiveSupport, which the server has not loaded when it reads this file`)
      if (r === 'unknown') return unknown(n, `\`${text(n)}\`: \`${name}\` comes from ActiveSupport, and rack-check cannot tell whether it is loaded when the server reads this file`)
      const blank = v === null || v === false || (typeof v === 'string' && /^[ \t\n\v\f\r]*$/.test(v)) || (Array.isArray(v) && v.length === 0)
      if (typeof v === 'string' && !ascii(v)) return undefined
      if (v !== null && typeof v === 'object' && !Array.isArray(v) && 'hash' in v) return undefined
      return known(name === 'blank?' ? blank : name === 'present?' ? !blank : blank ? null : v)
    }
    if (v === null) {
      if (name === 'to_s' && arity(0)) return known('')
      if (name === 'to_i' && arity(0)) return known(0)
      if (name === 'to_f' && arity(0)) return known(0)
      if (name === 'to_a' && arity(0)) return known([])
      if (NOT_ON_NIL.has(name) && !NIL_METHODS.has(name)) return raising(n, 'NoMethodError', `\`${text(n)}\` raises NoMethodError: \`${text(recv)}\` is nil here, and nil has no \`${name}\``)
      return undefined
    }
    if (typeof v === 'string') return stringMethod(n, v, name, a)
    if (typeof v === 'number') return numberMethod(n, v, name, a)
    if (Array.isArray(v)) return arrayMethod(n, v, name, a)
    if (typeof v === 'boolean') return name === 'to_s' && arity(0) ? known(String(v)) : name === '&' && arity(1) ? known(v && truthy(o)) : name === '|' && arity(1) ? known(v || truthy(o)) : undefined
    if (typeof v === 'object' && 'symbol' in v) return name === 'to_s' || name === 'id2name' || name === 'name' ? (arity(0) ? known(v.symbol) : undefined) : name === 'to_sym' && arity(0) ? known(v) : undefined
    if (isRegexp(v) && arity(1) && (name === '=~' || name === 'match?' || name === '===' || name === '!~')) {
      if (o === null) return known(name === '=~' ? null : false)
      if (typeof o !== 'string') return undefined
      return matchResult(n, v, o, name)
    }
    return undefined
  }

  const matchResult = (n: N, re: { regexp: string; flags?: string }, s: string, name: string): RubyValue =>
    withRegexps(n, (budget) => {
      const m = firstMatch(re, s, budget)
      if (m === undefined) return unknown(n, `\`${text(n)}\` matches non-ASCII text, where Ruby's and JavaScript's regexps differ`)
      if (name === '=~') return known(m ? m.start : null)
      if (name === '!~') return known(!m)
      return known(Boolean(m))
    })!

  const stringMethod = (n: N, v: string, name: string, a: RubyScalar[]): RubyValue | undefined => {
    const o = a[0]
    const arity = (k: number): boolean => a.length === k
    const strings = a.every((x) => typeof x === 'string')
    switch (name) {
      case 'to_s':
      case 'to_str':
        return arity(0) ? known(v) : undefined
      case 'to_i': {
        if (!arity(0)) return undefined
        const m = /^[ \t\n\v\f\r]*([-+]?\d+(?:_\d+)*)/.exec(v)
        const num = m ? Number(m[1].replace(/_/g, '')) : 0
        return Number.isSafeInteger(num) ? known(num) : undefined
      }
      case 'to_f': {
        if (!arity(0)) return undefined
        const m = /^[ \t\n\v\f\r]*([-+]?(?:\d+(?:_\d+)*)?(?:\.\d+(?:_\d+)*)?(?:[eE][-+]?\d+)?)/.exec(v)
        const num = m && /\d/.test(m[1]) ? Number(m[1].replace(/_/g, '')) : 0
        return Number.isFinite(num) ? known(num) : undefined
      }
      case 'to_sym':
      case 'intern':
        return arity(0) ? known({ symbol: v }) : undefined
      case 'strip':
        // Ruby strips ASCII whitespace and NUL, not Unicode spaces (measured on Ruby 3.1)
        return arity(0) ? known(strip(v, true, true)) : undefined
      case 'lstrip':
        return arity(0) ? known(strip(v, true, false)) : undefined
      case 'rstrip':
        return arity(0) ? known(strip(v, false, true)) : undefined
      case 'chomp':
        if (arity(0)) return known(v.replace(/(\r\n|\n|\r)$/, ''))
        return arity(1) && typeof o === 'string' && o !== '' ? known(v.endsWith(o) ? v.slice(0, v.length - o.length) : v) : undefined
      case 'downcase':
      case 'upcase':
        // Ruby maps Unicode case by its own tables: only ASCII text is certain to match
        if (!arity(0) || !ascii(v)) return undefined
        return str(n, name === 'downcase' ? v.toLowerCase() : v.toUpperCase())
      case 'empty?':
        return arity(0) ? known(v.length === 0) : undefined
      case 'length':
      case 'size':
        return arity(0) && ascii(v) ? known(v.length) : undefined
      case 'start_with?':
        if (a.length === 0) return known(false)
        if (a.every((x) => typeof x === 'string' || isRegexp(x))) {
          return withRegexps(n, (budget) => {
            for (const x of a) {
              if (typeof x === 'string') {
                if (v.startsWith(x)) return known(true)
              } else {
                // a regexp must match at the start (sticky)
                const m = firstMatch(x, v, budget, true)
                if (m === undefined) return undefined
                if (m) return known(true)
              }
            }
            return known(false)
          })
        }
        return undefined
      case 'end_with?':
        return strings ? known(a.some((x) => v.endsWith(x as string))) : undefined
      case 'include?':
        return arity(1) && typeof o === 'string' ? known(v.includes(o)) : undefined
      case 'delete_prefix':
        return arity(1) && typeof o === 'string' ? known(v.startsWith(o) ? v.slice(o.length) : v) : undefined
      case 'delete_suffix':
        return arity(1) && typeof o === 'string' ? known(o !== '' && v.endsWith(o) ? v.slice(0, v.length - o.length) : v) : undefined
      case '=~':
      case 'match?':
      case '!~':
        if (!arity(1)) return undefined
        if (isRegexp(o)) return matchResult(n, o, v, name)
        if (name === 'match?' && typeof o === 'string') return known(v.includes(o)) // a String pattern is matched literally
        if (name === '=~' && typeof o === 'string') return raising(n, 'TypeError', `\`${text(n)}\` raises TypeError (String =~ String)`)
        return undefined
      case 'sub':
      case 'gsub':
        return arity(2) && typeof a[1] === 'string' ? substitute(n, v, o, a[1], name === 'gsub') : undefined
      case 'split':
        return split(n, v, a)
      case '+':
        if (!arity(1)) return undefined
        if (typeof o === 'string') return str(n, v + o)
        return raising(n, 'TypeError', `\`${text(n)}\` raises TypeError: no implicit conversion of ${o === null ? 'nil' : typeName(o)} into String`)
      case '*':
        if (!arity(1) || typeof o !== 'number' || !Number.isInteger(o) || o < 0) return undefined
        return v.length * o > LIMITS.size ? tooLong(n) : str(n, v.repeat(o))
      case '===':
      case 'eql?':
        return arity(1) ? known(equal(v, o)) : undefined
      default:
        return undefined
    }
  }

  /**
   * `sub`/`gsub`: the matches found left to right (after an empty match the search goes on one
   * character later, as in Ruby and JavaScript), the result built piece by piece: it stops as soon
   * as it would be longer than LIMITS.size or the file's work is spent, before building it (a
   * `\``, the text before the match, in each of many replacements made gigabytes).
   */
  const substitute = (n: N, v: string, pattern: RubyScalar | undefined, replacement: string, all: boolean): RubyValue | undefined => {
    if (typeof pattern !== 'string' && !isRegexp(pattern)) return undefined
    return withRegexps(n, (budget) => {
      let find: (from: number) => RegexpMatch | null
      let groups = 0
      if (typeof pattern === 'string') {
        // a String pattern is matched literally
        find = (from) => {
          const at = v.indexOf(pattern, from)
          work += (at < 0 ? v.length : at + pattern.length) - from
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
        if (length > LIMITS.size) return tooLong(n)
        out.push(piece)
        return charge(n, piece.length)
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
  const split = (n: N, v: string, a: RubyScalar[]): RubyValue | undefined => {
    if (a.length > 1) return undefined // a limit keeps trailing empty fields: not modelled
    const sep = a[0]
    let parts: string[]
    if (sep === undefined || sep === null || sep === ' ') parts = awkSplit(v)
    else if (typeof sep === 'string') parts = sep === '' ? [...v] : v.split(sep)
    else if (isRegexp(sep)) {
      const r = withRegexps(n, (budget) => {
        const search = searchOf(sep, v, budget)
        if (!search) return undefined
        return array(n, regexpSplit(search, v))
      })
      if (!r?.known) return r
      parts = r.value as string[]
    } else return undefined
    // Ruby drops trailing empty fields
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop()
    return array(n, parts)
  }

  const numberMethod = (n: N, v: number, name: string, a: RubyScalar[]): RubyValue | undefined => {
    const o = a[0]
    const arity = (k: number): boolean => a.length === k
    const num = typeof o === 'number' ? o : null
    switch (name) {
      case 'to_i':
      case 'to_int':
      case 'floor':
        return arity(0) ? known(Math.trunc(v)) : undefined
      case 'to_f':
        return arity(0) ? known(v) : undefined
      case 'to_s':
        return arity(0) && Number.isInteger(v) ? known(String(v)) : undefined
      case 'positive?':
        return arity(0) ? known(v > 0) : undefined
      case 'negative?':
        return arity(0) ? known(v < 0) : undefined
      case 'zero?':
        return arity(0) ? known(v === 0) : undefined
      case 'even?':
      case 'odd?':
        return arity(0) && Number.isInteger(v) ? known((Math.abs(v) % 2 === 0) === (name === 'even?')) : undefined
      case 'abs':
        return arity(0) ? known(Math.abs(v)) : undefined
      case '>':
      case '<':
      case '>=':
      case '<=':
        if (num === null) return arity(1) && (o === null || typeof o === 'string') ? raising(n, 'ArgumentError', `\`${text(n)}\` raises ArgumentError: comparison of Integer with ${o === null ? 'nil' : 'String'} failed`) : undefined
        return known(name === '>' ? v > num : name === '<' ? v < num : name === '>=' ? v >= num : v <= num)
      case '+':
      case '-':
      case '*': {
        if (num === null) return arity(1) && (o === null || typeof o === 'string') ? raising(n, 'TypeError', `\`${text(n)}\` raises TypeError: ${o === null ? 'nil' : 'String'} can't be coerced into Integer`) : undefined
        const r = name === '+' ? v + num : name === '-' ? v - num : v * num
        return Number.isSafeInteger(r) || !Number.isInteger(v) || !Number.isInteger(num) ? known(r) : undefined
      }
      case '===':
      case 'eql?':
        return arity(1) ? known(equal(v, o)) : undefined
      default:
        return undefined
    }
  }

  const arrayMethod = (n: N, v: RubyScalar[], name: string, a: RubyScalar[]): RubyValue | undefined => {
    const o = a[0]
    const arity = (k: number): boolean => a.length === k
    switch (name) {
      case 'first':
        return arity(0) ? known(v[0] ?? null) : undefined
      case 'last':
        return arity(0) ? known(v[v.length - 1] ?? null) : undefined
      case 'size':
      case 'length':
      case 'count':
        return arity(0) ? known(v.length) : undefined
      case 'empty?':
        return arity(0) ? known(v.length === 0) : undefined
      case 'any?':
        return arity(0) ? known(v.some(truthy)) : undefined
      case 'include?':
        return arity(1) ? known(v.some((x) => equal(x, o ?? null))) : undefined
      case 'compact':
        return arity(0) ? array(n, v.filter((x) => x !== null)) : undefined
      case '[]':
        return arity(1) && typeof o === 'number' && Number.isInteger(o) ? known(v[o < 0 ? v.length + o : o] ?? null) : undefined
      case 'min':
      case 'max': {
        if (!arity(0)) return undefined
        if (v.length === 0) return known(null)
        if (!v.every((x) => typeof x === 'number')) return undefined
        // a fold, not Math.min(...v): an array of a million elements is more arguments than a call takes
        return known((v as number[]).reduce((a, b) => (name === 'min' ? Math.min(a, b) : Math.max(a, b))))
      }
      case 'join': {
        const sep = a.length === 0 ? '' : typeof o === 'string' ? o : null
        if (sep === null || a.length > 1) return undefined
        const parts = v.map(toS)
        if (parts.some((p) => p === null)) return undefined
        return str(n, parts.join(sep))
      }
      case 'to_a':
        return arity(0) ? known(v) : undefined
      default:
        return undefined
    }
  }

  // --- statements -------------------------------------------------------------------------

  const varKey = (n: N): string => {
    const k = kindOf(n)
    return k.startsWith('Constant') ? '::' + (n.name as string) : (n.name as string)
  }

  /** stores a value, as unknown when it is assigned under a condition rack-check cannot evaluate */
  const store = (map: Map<string, RubyValue>, key: string, v: RubyValue, n: N, label: string): void => {
    if (condition) {
      const before = map.get(key)
      if (before?.known && v.known) work += measure(before.value).size + measure(v.value).size
      const same = before && before.known && v.known && equal(before.value, v.value)
      map.set(key, same ? v : { known: false, at: span(n), why: `\`${label}\` is assigned on line ${span(n).line} under a condition rack-check cannot evaluate` })
    } else map.set(key, v)
  }

  /** an assignment; the raise when evaluating the value raises */
  const write = (n: N): Raise | null => {
    const k = kindOf(n)
    const key = varKey(n)
    const before = locals.get(key) ?? (k.startsWith('InstanceVariable') ? known(null) : undefined)
    let v: RubyValue
    if (k.endsWith('OrWrite')) {
      if (before?.known && truthy(before.value)) return null
      if (before && !before.known) v = before
      else v = value(child(n, 'value')!)
    } else if (k.endsWith('AndWrite')) {
      if (!before || (before.known && !truthy(before.value))) return null
      v = before.known ? value(child(n, 'value')!) : before
    } else if (k.endsWith('OperatorWrite')) {
      const r = value(child(n, 'value')!)
      const op = n.binaryOperator as string
      v = !before ? notEvaluated(n) : !before.known ? before : !r.known ? r : (method(n, n, before.value, op, [r.value]) ?? notEvaluated(n))
    } else v = value(child(n, 'value')!)
    if (!v.known && v.raises) return { at: v.at, why: v.why, exception: v.exception ?? 'StandardError' }
    store(locals, key, v, n, key.replace(/^::/, ''))
    return null
  }

  /** Walks statements in order under the current condition; returns the raise that stops them. */
  const walk = (body: N | null): Raise | null => {
    if (!body) return null
    if (kindOf(body) !== 'Statements') return statement(body)
    for (const s of list(body, 'body')) {
      if (exhausted) return null
      const r = statement(s)
      if (r) return r
    }
    return null
  }

  /** Walks a body that runs only under an unknown condition: a raise there may or may not happen. */
  const walkUnder = (at: Span, body: N | null): void => {
    const saved = condition
    condition ??= at
    const r = walk(body)
    condition = saved
    if (r) config.mayRaise.push({ at: r.at, why: r.why })
  }

  const branch = (predicate: N, then: N | null, otherwise: N | null, unless: boolean): Raise | null => {
    const c = value(predicate)
    if (!c.known && c.raises) return asRaise(c)
    if (c.known) return truthy(c.value) !== unless ? walk(then) : walk(otherwise)
    walkUnder(span(predicate), then)
    walkUnder(span(predicate), otherwise)
    return null
  }

  const asRaise = (v: Unknown): Raise => ({ at: v.at, why: v.why, exception: v.exception ?? 'StandardError' })
  const elseBody = (n: N | null): N | null => (!n ? null : kindOf(n) === 'Else' ? child(n, 'statements') : n)

  /** whether a `rescue` clause (null: a bare `rescue`, which catches StandardError) catches the exception */
  const rescues = (exception: string | undefined, clause: N | null): boolean | null => {
    const classes = clause ? list(clause, 'exceptions') : []
    const wanted = classes.length === 0 ? ['StandardError'] : classes.map(constName)
    if (wanted.some((w) => w === null)) return null
    for (let e: string | undefined = exception ?? 'StandardError'; e; e = EXCEPTION_PARENT[e]) if (wanted.includes(e)) return true
    return exception && exception in EXCEPTION_PARENT ? false : null
  }

  const statement = (n: N): Raise | null => {
    if (++steps > LIMITS.steps) {
      stop(n)
      return null
    }
    if (depth >= LIMITS.depth) {
      config.opaque.push({ at: span(n), why: `\`${text(n)}\`, nested more than ${LIMITS.depth} levels deep (rack-check reads at most ${LIMITS.depth})` })
      return null
    }
    depth++
    try {
      return statementAt(n)
    } finally {
      depth--
    }
  }

  const statementAt = (n: N): Raise | null => {
    const k = kindOf(n)
    if (WRITES.has(k)) return write(n)
    switch (k) {
      case 'MultiWrite': {
        const v = value(child(n, 'value')!)
        if (!v.known && v.raises) return asRaise(v)
        const targets = list(n, 'lefts')
        const simple = !child(n, 'rest') && list(n, 'rights').length === 0 && targets.every((t) => ['LocalVariableTarget', 'InstanceVariableTarget', 'ConstantTarget'].includes(kindOf(t)))
        targets.forEach((t, i) => {
          const key = kindOf(t) === 'ConstantTarget' ? '::' + (t.name as string) : (t.name as string)
          const item = !simple ? notEvaluated(n) : !v.known ? v : Array.isArray(v.value) ? known(v.value[i] ?? null) : known(i === 0 ? v.value : null)
          store(locals, key, item, n, key.replace(/^::/, ''))
        })
        return null
      }
      case 'IndexOrWrite':
      case 'IndexAndWrite':
      case 'IndexOperatorWrite': {
        if (!isEnv(child(n, 'receiver'))) return expression(n)
        const keyNode = argsOf(n)[0]
        const key = keyNode ? value(keyNode) : null
        if (!key?.known || typeof key.value !== 'string') {
          envTaint ??= { at: span(n), what: `\`${text(n)}\`` }
          return null
        }
        const before = envRead(key.value, n)
        let v: RubyValue | null
        if (k === 'IndexOrWrite') v = before.known && before.value !== null ? null : !before.known ? before : value(child(n, 'value')!)
        else if (k === 'IndexAndWrite') v = before.known && before.value === null ? null : !before.known ? before : value(child(n, 'value')!)
        else v = unknown(n, `\`${text(n)}\` (Ruby rack-check does not evaluate)`)
        if (v && !v.known && v.raises) return asRaise(v)
        if (v?.known && v.value !== null && typeof v.value !== 'string') return envTypeError(n)
        if (v) store(envWrites, key.value, v, n, `ENV["${key.value}"]`)
        return null
      }
      case 'If':
        return branch(child(n, 'predicate')!, child(n, 'statements'), elseBody(child(n, 'subsequent')), false)
      case 'Unless':
        return branch(child(n, 'predicate')!, child(n, 'statements'), elseBody(child(n, 'elseClause')), true)
      case 'And':
        return branch(child(n, 'left')!, child(n, 'right'), null, false)
      case 'Or':
        return branch(child(n, 'left')!, child(n, 'right'), null, true)
      case 'Parentheses':
        return walk(child(n, 'body'))
      case 'Begin':
        return beginStatement(n)
      case 'RescueModifier': {
        const r = statement(child(n, 'expression')!)
        if (r && rescues(r.exception, null)) return statement(child(n, 'rescueExpression')!)
        return r
      }
      case 'Case': {
        const picked = pickWhen(n)
        if (picked && !('body' in picked)) return asRaise(picked)
        if (picked) return walk(picked.body)
        // which branch runs is not known: every branch is conditional
        const at = span(n)
        for (const w of list(n, 'conditions')) walkUnder(at, child(w, 'statements'))
        walkUnder(at, elseBody(child(n, 'elseClause')))
        return null
      }
      case 'Def':
        defined.add(n.name as string)
        return null
      case 'While':
      case 'Until':
      case 'For':
        if (containsCall(n)) config.opaque.push({ at: span(n), why: `the loop \`${text(n)}\`` })
        return null
      case 'Call':
        return call(n)
      case 'Class':
      case 'Module':
      case 'SingletonClass':
        // their bodies run with the class as self: Puma's and Unicorn's directives are not there
        return null
      default:
        return expression(n)
    }
  }

  /** `ENV["X"] = 3` raises TypeError in Ruby (ENV holds strings; nil deletes) */
  const envTypeError = (n: N): Raise => asRaise(raising(n, 'TypeError', `\`${text(n)}\` raises TypeError: ENV values must be strings`))

  /** a statement used only for its effect: it matters only when it raises */
  const expression = (n: N): Raise | null => {
    const v = value(n)
    return !v.known && v.raises ? asRaise(v) : null
  }

  const beginStatement = (n: N): Raise | null => {
    const rescue = child(n, 'rescueClause')
    const ensure = child(n, 'ensureClause')
    const before = unknowns
    let r = walk(child(n, 'statements'))
    if (r && rescue) {
      // the first clause that catches it runs; a clause rack-check cannot match makes the rest unknown
      let clause: N | null = rescue
      let handled = false
      for (let i = 0; clause && i < LIMITS.depth; i++, clause = child(clause, 'subsequent')) {
        const caught = rescues(r.exception, clause)
        if (caught === null) {
          walkUnder(span(clause), child(clause, 'statements'))
          config.mayRaise.push({ at: r.at, why: r.why })
          handled = true
          r = null
          break
        }
        if (caught) {
          const ref = child(clause, 'reference')
          if (ref && kindOf(ref) === 'LocalVariableTarget') locals.set(ref.name as string, unknown(ref, `\`${ref.name as string}\` (the exception object)`))
          r = walk(child(clause, 'statements'))
          handled = true
          break
        }
      }
      if (!handled) {
        if (ensure) walk(child(ensure, 'statements'))
        return r
      }
    } else if (!r && rescue && unknowns > before) {
      // something in the body could not be evaluated: it may have raised
      for (let clause: N | null = rescue, i = 0; clause && i < LIMITS.depth; i++, clause = child(clause, 'subsequent')) walkUnder(span(clause), child(clause, 'statements'))
    } else if (!r) {
      const e = child(n, 'elseClause')
      if (e) r = walk(child(e, 'statements'))
    }
    if (ensure) return walk(child(ensure, 'statements')) ?? r
    return r
  }

  /** whether a subtree calls a method without a receiver that could be a directive (iterative: no recursion on input depth) */
  const containsCall = (root: N | null): boolean => {
    const stack: N[] = root ? [root] : []
    while (stack.length > 0) {
      const n = stack.pop()!
      if (++steps > LIMITS.steps) return true
      if (kindOf(n) === 'Call' && n.receiver === null && !HARMLESS.has(n.name as string)) return true
      for (const c of (n as unknown as { compactChildNodes(): N[] }).compactChildNodes()) stack.push(c)
    }
    return false
  }

  const requireEffect = (n: N, name: string, arg: RubyValue): void => {
    const lib = arg.known && typeof arg.value === 'string' ? arg.value : null
    work += lib?.length ?? 0
    // dotenv copies `.env` files (not in git, on the server perhaps) into ENV
    if (lib !== null && /^dotenv\/load$/.test(lib)) envTaint ??= { at: span(n), what: `\`${text(n)}\` (dotenv reads \`.env\` files)` }
    // app code (config/application.rb, config/environment.rb) may load Rails and set variables
    const app = name === 'require_relative' || lib === null || lib.startsWith('.') || lib.startsWith('/') || /(^|\/)(rails|active_?support|action_?\w*|active_?\w*|railties)(\/|$)/.test(lib)
    if (app) {
      railsRequire ??= span(n)
      if (name === 'require_relative' || lib === null || lib.startsWith('.') || lib.startsWith('/')) envTaint ??= { at: span(n), what: `\`${text(n)}\` (app code)` }
    }
  }

  const call = (n: N): Raise | null => {
    const name = n.name as string
    const recv = child(n, 'receiver')
    const block = child(n, 'block')
    if (recv !== null) {
      const cls = constName(recv)
      if (isEnv(recv) && name === '[]=') {
        const [k, v] = argsOf(n).map(value)
        if (!k || !v || !k.known || typeof k.value !== 'string') {
          envTaint ??= { at: span(n), what: `\`${text(n)}\`` }
          return k && !k.known && k.raises ? asRaise(k) : null
        }
        if (!v.known && v.raises) return asRaise(v)
        if (v.known && v.value !== null && typeof v.value !== 'string') return envTypeError(n)
        store(envWrites, k.value, v, n, `ENV["${k.value}"]`)
        return null
      }
      if (isEnv(recv) && ['update', 'merge!', 'replace', 'store', 'delete', 'clear'].includes(name)) {
        envTaint ??= { at: span(n), what: `\`${text(n)}\`` }
        return null
      }
      if (cls === 'Dotenv') {
        envTaint ??= { at: span(n), what: `\`${text(n)}\` (dotenv reads \`.env\` files)` }
        return null
      }
      if (cls === 'Dir' && name === 'chdir') {
        // relative binds and PID files are resolved against the process's directory
        config.opaque.push({ at: span(n), why: `\`${text(n)}\`, which changes the directory relative paths are resolved in` })
        return null
      }
      // `%w[a b].each { |x| bind x }`: directives inside a block of some other method
      if (block && kindOf(block) === 'Block' && containsCall(child(block, 'body'))) {
        config.opaque.push({ at: span(n), why: `the block of \`${text(n).replace(/\s*(do|\{).*$/, '')}\`` })
        return null
      }
      return expression(n)
    }
    if (LOADERS.has(name) || defined.has(name)) {
      config.opaque.push({ at: span(n), why: `\`${text(n)}\`` })
      return null
    }
    if (name === 'require' || name === 'require_relative') {
      const arg = argsOf(n)[0] ? value(argsOf(n)[0]) : known(null)
      if (!arg.known && arg.raises) return asRaise(arg)
      requireEffect(n, name, arg)
      return null
    }
    if (['raise', 'fail', 'exit', 'exit!', 'abort', 'puts', 'p', 'pp', 'print', 'warn', 'Integer', 'Float', 'String'].includes(name)) return expression(n)
    unset = []
    const args: RubyValue[] = []
    for (const a of argsOf(n)) {
      if (kindOf(a) === 'BlockArgument') continue
      const v = value(a)
      if (!v.known && v.raises) return asRaise(v)
      args.push(v)
    }
    config.calls.push({ name, args, at: span(n), condition, unsetVariables: [...new Set(unset)] })
    return null
  }

  const raised = walk(child(parse.program as unknown as N, 'statements'))
  if (exhausted) config.opaque.push(exhausted)
  if (raised) {
    config.raises = { at: raised.at, why: raised.why }
    config.opaque.push({ at: raised.at, why: `\`${file.path}\` past line ${raised.at.line}: ${raised.why}, so the server stops loading the file there and exits at start` })
  }
  return config
}

type ReplacementPart = string | { whole: true } | { before: true } | { after: true } | { group: number } | { name: string }

/**
 * A `sub`/`gsub` replacement's pieces, read once and left to right (a linear scan): Ruby's
 * escapes \\0 \\& (the match), \\1…\\9, \\k<name>, \\` \\' (before, after the match), \\\\; any
 * other backslash is text. What the old code (a JavaScript replace) read, without its rescans.
 */
function replacementParts(r: string): ReplacementPart[] {
  const parts: ReplacementPart[] = []
  let text = ''
  /** where the next `>` is at or after the last search (a `\k<` without one would rescan the rest each time) */
  let close = -2
  for (let i = 0; i < r.length; i++) {
    const c = r[i]
    const e = r[i + 1]
    let part: ReplacementPart | null = null
    if (c !== '\\' || e === undefined) {
      text += c
      continue
    }
    if (e === 'k' && r[i + 2] === '<') {
      if (close !== -1 && close < i + 3) close = r.indexOf('>', i + 3)
      if (close >= 0) {
        part = { name: r.slice(i + 3, close) }
        i = close - 1 // the loop's i++ and the one below pass the `>`
      }
    } else if (e === '0' || e === '&') part = { whole: true }
    else if (e === '`') part = { before: true }
    else if (e === "'") part = { after: true }
    else if (e === '\\') part = '\\'
    else if (/[1-9]/.test(e)) part = { group: Number(e) }
    if (part === null) {
      text += c
      continue
    }
    i++
    if (typeof part === 'string') text += part
    else {
      if (text) parts.push(text)
      text = ''
      parts.push(part)
    }
  }
  if (text) parts.push(text)
  return parts
}

function replacementPiece(part: Exclude<ReplacementPart, string>, m: RegexpMatch, v: string, groups: number): string {
  if ('whole' in part) return v.slice(m.start, m.end)
  if ('before' in part) return v.slice(0, m.start)
  if ('after' in part) return v.slice(m.end)
  if ('group' in part) return part.group <= groups ? (group(m, v, part.group) ?? '') : ''
  const g = m.names.get(part.name)
  return g === undefined ? '' : (group(m, v, g) ?? '')
}

/** `split` with no separator or " ": fields between runs of ASCII whitespace or NUL, leading ones dropped (a scan, not a regexp) */
function awkSplit(v: string): string[] {
  const parts: string[] = []
  let i = 0
  while (i < v.length && isBlank(v.charCodeAt(i))) i++
  if (i === v.length) return ['']
  let start = i
  for (; i < v.length; i++) {
    if (!isBlank(v.charCodeAt(i))) continue
    parts.push(v.slice(start, i))
    while (i + 1 < v.length && isBlank(v.charCodeAt(i + 1))) i++
    start = i + 1
  }
  parts.push(v.slice(start))
  return parts
}

/** NUL, \t \n \v \f \r and space: what Ruby's strip and split take away */
function isBlank(c: number): boolean {
  return c === 0 || (c >= 9 && c <= 13) || c === 32
}

/** Ruby's strip, lstrip, rstrip (a scan: the old `/[…]+$/` took quadratic time on a run of spaces) */
function strip(v: string, left: boolean, right: boolean): string {
  let from = 0
  let to = v.length
  if (left) while (from < to && isBlank(v.charCodeAt(from))) from++
  if (right) while (to > from && isBlank(v.charCodeAt(to - 1))) to--
  return v.slice(from, to)
}

/**
 * JavaScript's String.prototype.split with a RegExp (ECMA-262 §22.2.6.14), which the old
 * translation ran: a match that ends where the current field starts is skipped, capture groups
 * are fields too (a group that did not match, ""), no match is tried at the end of the text.
 * Searching on from q finds the match the specification's try-at-q, q+1, … loop finds.
 */
function regexpSplit(search: RegexpSearch, v: string): string[] {
  const size = v.length
  const groups = search.program.groups
  if (size === 0) return search.exec(0, true) ? [] : [v]
  const parts: string[] = []
  let p = 0
  let q = 0
  while (q < size) {
    const m = search.exec(q)
    if (!m || m.start >= size) break
    if (m.end === p) {
      q = m.start + 1
      continue
    }
    parts.push(v.slice(p, m.start))
    for (let g = 1; g <= groups; g++) parts.push(group(m, v, g) ?? '')
    p = m.end
    q = p
  }
  parts.push(v.slice(p))
  return parts
}

/** Ruby's File.basename of one argument: the last part, trailing slashes ignored; "/" for a root. */
function basename(p: string): string {
  const t = withoutTrailingSlashes(p)
  return t === '' ? (p.startsWith('/') ? '/' : '') : t.slice(t.lastIndexOf('/') + 1)
}

type NumberError = { exception: string; message(fn: string, v: RubyScalar): string }
const invalidValue: NumberError = { exception: 'ArgumentError', message: (fn, v) => `invalid value for ${fn}(): ${JSON.stringify(v)}` }
const notConvertible: NumberError = { exception: 'TypeError', message: (fn, v) => `can't convert ${v === null ? 'nil' : typeof v === 'boolean' ? String(v) : 'this value'} into ${fn}` }

/**
 * Ruby's `Integer(…)` / `Float(…)` (Kernel, measured on Ruby 3.1): strict. A number, the error
 * Ruby raises, or undefined when rack-check does not model the value (hex floats, huge numbers).
 */
function rubyNumber(v: RubyScalar, float: boolean): number | NumberError | undefined {
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
  else if (float && /[pP]/.test(body) && /^0[xX]/.test(body)) return undefined
  if (num === null) return invalidValue
  num *= sign
  if (!Number.isFinite(num) || (!float && !Number.isSafeInteger(num))) return undefined
  return num
}

/** Ruby's `File.expand_path(path, base)` without `~`. */
function expandPath(p: string, base: string, appRoot: string): string {
  return resolvePath(base.startsWith('/') ? base : appRoot + '/' + base, p)
}

function ascii(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  return /^[\x00-\x7f]*$/.test(s)
}
