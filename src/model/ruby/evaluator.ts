/**
 * Reads a Ruby config file (Puma's or Unicorn's DSL) the way the server would evaluate it, as
 * far as that can be done without running it: the top-level statements in order, locals,
 * instance variables and constants, `if`/`unless`/`case`/ternaries/`&&`/`||` on values that are
 * known, `begin`/`rescue`, ENV reads and writes under the prediction environment (contract §4),
 * the String, Integer, Array and Regexp methods real configs use, `Integer()`/`Float()` with
 * Ruby's errors, `File.exist?` and friends answered from the checked folder, `Rails.env` where
 * Rails is loaded, `defined?`, and what the app's Ruby removed (removed.ts: a use raises there;
 * each use is recorded in `removed` with its place, also in the blocks of directives such as
 * `before_fork`, which are never run). Every receiver-less call is recorded with its evaluated arguments;
 * the server model decides which are directives. Anything else is an unknown value whose `why`
 * names the construct — never a guess. docs/maintainers/ruby-config-survey.md lists what real configs use.
 *
 * Bounds (issue 12): expressions and statements nested deeper than `LIMITS.depth` levels, more
 * than `LIMITS.steps` evaluation steps, and values larger than `LIMITS.size` characters or
 * elements are not evaluated; the result then says so (an unknown value, or an `opaque` entry
 * when statements were skipped). Nothing here recurses deeper than `LIMITS.depth`.
 *
 * The walk is the `Evaluator` class: its state (variables, the condition a statement runs under,
 * the steps and work spent) as fields, statements and expressions as methods. The methods of the
 * values (String, Integer, Array…) are a table of their own (methods.ts), the values and limits
 * are in values.ts, Prism's loader is prism.ts.
 */
import { resolvePath, withoutTrailingSlashes } from '../../core/paths.js'
import type { Span } from '../../core/span.js'
import type { SourceFile } from '../../files/source-file.js'
import { compileRegexp } from '../regexp.js'
import { array, basename, callMethod, caseEqual, expandPath, measure, rubyNumber, str, type Call, type RailsState } from './methods.js'
import { kindOf, type RubyNode, type RubyParse } from './prism.js'
import { compareDotted, JUDGED_LINES, removedClassMethod, removedConstant, removedObjectMethod, removedOnLine, type RemovedName } from './removed.js'
import { equal, known, LIMITS, toS, truthy, typeName, type BlockKills, type BlockWrites, type ConfigCall, type RubyConfig, type RubyEnvironment, type RubyScalar, type RubyValue, type Size, type Unknown } from './values.js'
// the engine loads the evaluator and Prism's loader together, as one chunk (engine/analyze-app.ts loadNeeded)
export { loadRubyParser } from './prism.js'
// the Gemfile's `ruby` line is read on Prism too, in the same chunk
export { gemfileRuby } from './gemfile.js'
// the old translation decides which regexps are evaluated; tests compare the matcher with it
export { jsRegExp } from '../regexp.js'
// the public API: the values and limits (values.ts), with evaluateRubyConfig
export { LIMITS, type ConfigCall, type RubyConfig, type RubyEnvironment, type RubyScalar, type RubyValue } from './values.js'

type N = RubyNode
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
/**
 * Methods whose block holds more directives, run by the server after the config files: Puma 8's
 * `single` and `cluster` (docs/research/servers.md#puma-single-and-cluster-blocks). Other blocks
 * (hooks such as `on_worker_boot`) run in other processes later and set no directives.
 */
const BLOCK_DIRECTIVES = new Set(['single', 'cluster'])
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
/**
 * In a block the evaluator does not run (scanBlock): the fields of a node that run whenever the
 * node runs; its other children may not (a branch, the right of `&&`, a block of another call,
 * a method body). A kind not listed runs all its children.
 */
const SURE_FIELDS: Record<string, string[]> = {
  If: ['predicate'],
  Unless: ['predicate'],
  And: ['left'],
  Or: ['left'],
  Case: ['predicate'],
  CaseMatch: ['predicate'],
  While: ['predicate'],
  Until: ['predicate'],
  Call: ['receiver', 'arguments_'],
  RescueModifier: [],
  Def: [],
  Lambda: [],
  Class: [],
  Module: [],
  SingletonClass: [],
  Block: [],
  For: ['collection']
}
const LITERALS = new Set(['String', 'InterpolatedString', 'Symbol', 'Integer', 'Float', 'Array', 'Hash', 'Nil', 'True', 'False'])
/** CPU counts: the machine's, unknown before deploy. */
const CPU_COUNT: Record<string, string[]> = { Etc: ['nprocessors'], Concurrent: ['processor_count', 'physical_processor_count', 'available_processor_count'] }

export function evaluateRubyConfig(file: SourceFile, parse: RubyParse, env: RubyEnvironment): RubyConfig {
  return new Evaluator(file, parse, env).run()
}

/** One file's evaluation: the state of the walk as fields, statements and expressions as methods. */
export class Evaluator {
  readonly config: RubyConfig
  /** locals by name, instance variables as `@x`, globals as `$x`, constants as `::X` */
  readonly locals = new Map<string, RubyValue>()
  /** `ENV["X"] = …` written by the file */
  readonly envWrites = new Map<string, RubyValue>()
  /** a statement after which variables Cloud 66 does not set may have values (dotenv, app code) */
  envTaint: { at: Span; what: string } | null = null
  /** a `require` that may load Rails (`require_relative "application"`) */
  railsRequire: Span | null = null
  readonly defined = new Set<string>()
  readonly absPath: string
  unset: string[] = []
  /** the unknown condition the statement being evaluated runs under */
  condition: Span | null = null
  depth = 0
  steps = 0
  /** characters read and written, regexp steps (LIMITS.work) */
  work = 0
  exhausted: { at: Span; why: string } | null = null
  /** counts unknown values made, to tell whether a `begin` body may have raised */
  unknowns = 0
  /** `begin … rescue` bodies and `rescue` modifiers around the statement being evaluated */
  rescued = 0
  /** the Puma 8 `single`/`cluster` block being walked (BLOCK_DIRECTIVES): its directives run only in that mode */
  modeBlock: string | null = null
  readonly sizes = new WeakMap<RubyScalar[], Size>()

  constructor(
    readonly file: SourceFile,
    readonly parse: RubyParse,
    readonly env: RubyEnvironment
  ) {
    this.absPath = env.filePath
    this.config = {
      file,
      calls: [],
      opaque: [],
      syntaxErrors: parse.errors.map((e) => ({ at: file.span(e.start, Math.max(e.end, e.start + 1)), message: e.message })),
      raises: null,
      mayRaise: [],
      removed: [],
      skipped: []
    }
  }

  run(): RubyConfig {
    const config = this.config
    if (config.syntaxErrors.length > 0) return config
    const raised = this.walk(child(this.parse.program as unknown as N, 'statements'))
    if (this.exhausted) config.opaque.push(this.exhausted)
    if (raised) {
      config.raises = { at: raised.at, why: raised.why }
      config.opaque.push({ at: raised.at, why: `\`${this.file.path}\` past line ${raised.at.line}: ${raised.why}, so the server stops loading the file there and exits at start` })
    }
    return config
  }

  /** the method table's view of a call at n (methods.ts) */
  at(n: N, recv: N = n): Call {
    return new NodeCall(this, n, recv)
  }

  span(n: N): Span {
    const start = this.parse.offset(n.location.startOffset)
    return this.file.span(start, Math.max(this.parse.offset(n.location.startOffset + n.location.length), start + 1))
  }

  /** the node's first line, at most 80 characters: bounded whatever the node's size */
  text(n: N): string {
    const start = this.parse.offset(n.location.startOffset)
    const end = Math.min(this.parse.offset(n.location.startOffset + n.location.length), start + 200)
    let s = this.file.text.slice(start, end)
    const nl = s.indexOf('\n')
    if (nl >= 0) s = s.slice(0, nl).trimEnd() + ' …'
    return s.length > 80 ? s.slice(0, 77) + '…' : s
  }

  unknown(n: N, why: string): Unknown {
    this.unknowns++
    return { known: false, at: this.span(n), why }
  }

  raising(n: N, exception: string, why: string): Unknown {
    return { ...this.unknown(n, why), raises: true, exception }
  }

  notEvaluated(n: N): Unknown {
    return this.unknown(n, `\`${this.text(n)}\` (Ruby rack-check does not evaluate)`)
  }

  methodNotEvaluated(n: N): Unknown {
    return this.unknown(n, `\`${this.text(n)}\` (a method call rack-check does not evaluate)`)
  }

  // --- ENV, Rails, files ------------------------------------------------------------------

  envRead(name: string, at: N): RubyValue {
    const written = this.envWrites.get(name)
    if (written) return written
    const v = this.env.get(name)
    if (v === undefined) return this.unknown(at, `\`${this.text(at)}\` reads ${name}, whose value rack-check cannot know`)
    if (v === null && this.envTaint) return this.unknown(at, `\`${this.text(at)}\` reads ${name}: Cloud 66 does not set it, but ${this.envTaint.what} on line ${this.envTaint.at.line} may`)
    if (v === null) this.unset.push(name)
    return known(v)
  }

  rails(): RailsState {
    return this.env.railsLoaded === true ? 'loaded' : this.env.railsLoaded === false && !this.railsRequire ? 'absent' : 'unknown'
  }

  railsUnknown(n: N): Unknown {
    return this.unknown(n, this.railsRequire ? `\`${this.text(n)}\` needs Rails, which the require on line ${this.railsRequire.line} may or may not load` : `\`${this.text(n)}\` needs Rails, and rack-check cannot tell whether this server loads it before reading the file`)
  }

  railsAbsent(n: N): Unknown {
    return this.raising(n, 'NameError', `\`${this.text(n)}\` raises NameError (uninitialized constant Rails): the server reads this file before it loads the app`)
  }

  railsEnv(n: N): RubyValue {
    // Rails.env: RAILS_ENV, else RACK_ENV, else "development" (railties, Rails.env)
    for (const name of ['RAILS_ENV', 'RACK_ENV']) {
      const v = this.envRead(name, n)
      if (!v.known || (typeof v.value === 'string' && v.value !== '')) return v
    }
    return known('development')
  }

  pathQuery(n: N, name: string, arg: RubyValue): RubyValue {
    if (!arg.known) return arg
    const p = toS(arg.value)
    if (p === null || typeof arg.value !== 'string') return this.methodNotEvaluated(n)
    const over = this.charge(n, p.length)
    if (over) return over
    if (p.startsWith('~')) return this.unknown(n, `\`${this.text(n)}\` asks about a path under the home folder, which rack-check cannot see`)
    const abs = resolvePath(this.env.appRoot, p)
    const kind = this.env.pathKind?.(abs)
    if (kind === undefined) return this.unknown(n, `\`${this.text(n)}\` asks about \`${abs}\` on the server, which rack-check cannot see`)
    if (kind === 'missing') return this.unknown(n, `\`${this.text(n)}\`: \`${p}\` is not in the repository, but it may exist on the server (made by a deploy hook or kept out of git)`)
    if (name === 'directory?') return known(kind === 'folder')
    if (name === 'file?') return known(kind === 'file')
    return known(true)
  }

  // --- expressions ------------------------------------------------------------------------

  value(n: N): RubyValue {
    if (++this.steps > LIMITS.steps) return this.stop(n)
    if (this.work > LIMITS.work) return this.workStop(n)
    if (this.depth >= LIMITS.depth) return this.unknown(n, `\`${this.text(n)}\` is nested more than ${LIMITS.depth} levels deep; rack-check evaluates at most ${LIMITS.depth}`)
    this.depth++
    try {
      return this.evaluate(n)
    } finally {
      this.depth--
    }
  }

  stop(n: N): Unknown {
    this.exhausted ??= { at: this.span(n), why: `\`${this.file.path}\` from line ${this.span(n).line} on: it needs more than ${LIMITS.steps} evaluation steps, and rack-check stops there` }
    return this.unknown(n, `\`${this.file.path}\` needs more than ${LIMITS.steps} evaluation steps; rack-check stops at line ${this.span(n).line}`)
  }

  workStop(n: N): Unknown {
    this.exhausted ??= { at: this.span(n), why: `\`${this.file.path}\` from line ${this.span(n).line} on: it needs more than ${LIMITS.work} characters of string work, and rack-check stops there` }
    return this.unknown(n, `\`${this.file.path}\` needs more than ${LIMITS.work} characters of string work; rack-check stops at line ${this.span(n).line}`)
  }

  /** counts work done for n; the unknown value when the file's budget is spent */
  charge(n: N, units: number): Unknown | null {
    this.work += units
    return this.work > LIMITS.work ? this.workStop(n) : null
  }

  /** the statements of a body in order, the last one's value; null for a body of several statements whose value is not needed to be known */
  sequence(body: N | null): RubyValue {
    if (!body) return known(null)
    if (kindOf(body) !== 'Statements') return this.value(body)
    const stmts = list(body, 'body')
    let last: RubyValue = known(null)
    for (const s of stmts) {
      last = this.value(s)
      if (!last.known && last.raises) return last
    }
    return last
  }

  evaluate(n: N): RubyValue {
    const kind = kindOf(n)
    if (WRITES.has(kind)) {
      const r = this.write(n)
      return r ? { ...this.unknown(n, r.why), raises: true, exception: r.exception } : (this.locals.get(varKey(n)) ?? this.notEvaluated(n))
    }
    switch (kind) {
      case 'String':
        return known((n.unescaped as { value: string }).value)
      case 'Symbol':
        return known({ symbol: (n.unescaped as { value: string }).value })
      case 'Integer':
      case 'Float': {
        const num = Number(n.value)
        return Number.isSafeInteger(num) || kindOf(n) === 'Float' ? known(num) : this.unknown(n, `\`${this.text(n)}\` is larger than rack-check computes with`)
      }
      case 'True':
        return known(true)
      case 'False':
        return known(false)
      case 'Nil':
        return known(null)
      case 'SourceFile':
        return known(this.absPath)
      case 'SourceLine':
        return known(this.span(n).line)
      case 'Array': {
        const items: RubyScalar[] = []
        for (const e of list(n, 'elements')) {
          if (kindOf(e) === 'Splat') return this.notEvaluated(e)
          const v = this.value(e)
          if (!v.known) return v
          items.push(v.value)
        }
        return array(this.at(n), items)
      }
      case 'RegularExpression':
        return this.regexpValue(n, (n.unescaped as { value: string }).value)
      case 'InterpolatedRegularExpression': {
        const s = this.interpolate(n)
        return !s.known ? s : this.regexpValue(n, s.value as string)
      }
      case 'KeywordHash':
      case 'Hash':
        for (const e of list(n, 'elements')) {
          for (const f of ['key', 'value']) {
            const part = child(e, f)
            const v = part ? this.value(part) : null
            if (v && !v.known && v.raises) return v
          }
        }
        return known({ hash: true })
      case 'InterpolatedString':
        return this.interpolate(n)
      case 'InterpolatedSymbol': {
        const s = this.interpolate(n)
        return s.known ? known({ symbol: s.value as string }) : s
      }
      case 'XString':
      case 'InterpolatedXString':
        return this.unknown(n, `\`${this.text(n)}\` runs a shell command when the server loads the file, which rack-check does not do`)
      case 'Parentheses':
        return this.sequence(child(n, 'body'))
      case 'Statements':
        return this.sequence(n)
      case 'LocalVariableRead':
        return this.locals.get(n.name as string) ?? this.unknown(n, `\`${n.name as string}\` is not known`)
      case 'InstanceVariableRead':
        // an instance variable never assigned is nil
        return this.locals.get(n.name as string) ?? known(null)
      case 'GlobalVariableRead':
        return this.locals.get(n.name as string) ?? this.unknown(n, `\`${n.name as string}\` (a global variable rack-check does not know)`)
      case 'ConstantRead':
      case 'ConstantPath': {
        const name = constName(n)
        const v = name === null ? undefined : this.locals.get('::' + name)
        if (v) return v
        const gone = name === null ? undefined : removedConstant(name)
        if (gone) {
          const judged = this.removedUse(n, gone)
          if (judged) return judged
        }
        if (name === 'Rails' && this.rails() === 'absent') return this.railsAbsent(n)
        return this.unknown(n, `\`${this.text(n)}\` (a constant rack-check does not know)`)
      }
      case 'And': {
        const l = this.value(child(n, 'left')!)
        return !l.known || !truthy(l.value) ? l : this.value(child(n, 'right')!)
      }
      case 'Or': {
        const l = this.value(child(n, 'left')!)
        return !l.known || truthy(l.value) ? l : this.value(child(n, 'right')!)
      }
      case 'If':
      case 'Unless': {
        const c = this.value(child(n, 'predicate')!)
        if (!c.known) return c
        const take = truthy(c.value) === (kindOf(n) === 'If')
        if (take) return this.sequence(child(n, 'statements'))
        const other = child(n, kindOf(n) === 'If' ? 'subsequent' : 'elseClause')
        if (!other) return known(null)
        return kindOf(other) === 'Else' ? this.sequence(child(other, 'statements')) : this.value(other)
      }
      case 'Case': {
        const picked = this.pickWhen(n)
        if (picked === null) return this.unknown(n, `\`${this.text(n)}\` (a \`case\` rack-check cannot decide)`)
        if (!('body' in picked)) return picked
        return this.sequence(picked.body)
      }
      case 'Defined':
        return this.definedValue(n, child(n, 'value')!)
      case 'RescueModifier': {
        this.rescued++
        const v = this.value(child(n, 'expression')!)
        this.rescued--
        if (!v.known && v.raises && rescues(v.exception, null)) return this.value(child(n, 'rescueExpression')!)
        return v
      }
      case 'Call':
        return this.callValue(n)
      default:
        return this.notEvaluated(n)
    }
  }

  interpolate(n: N): RubyValue {
    let out = ''
    for (const part of list(n, 'parts')) {
      const k = kindOf(part)
      const v =
        k === 'String'
          ? this.value(part)
          : k === 'EmbeddedStatements'
            ? this.sequence(child(part, 'statements'))
            : k === 'EmbeddedVariable'
              ? this.value(child(part, 'variable')!)
              : k === 'InterpolatedString'
                ? this.value(part) // adjacent literals (`"a" "#{b}"`), through value() for its depth bound
                : this.notEvaluated(part)
      if (!v.known) return v
      const s = toS(v.value)
      if (s === null) return this.unknown(part, `\`${this.text(part)}\` (interpolating a ${typeName(v.value)}, which rack-check does not format)`)
      out += s
      if (out.length > LIMITS.size) return str(this.at(n), out)
      const over = this.charge(part, s.length)
      if (over) return over
    }
    return known(out)
  }

  regexpValue(n: N, source: string): RubyValue {
    const closing = n.closingLoc as { startOffset: number; length: number } | null
    const flags = closing ? this.file.text.slice(this.parse.offset(closing.startOffset) + 1, this.parse.offset(closing.startOffset + closing.length)) : ''
    const program = compileRegexp(source, flags)
    if (typeof program === 'string') return this.unknown(n, `\`${this.text(n)}\` ${program}`)
    return known({ regexp: source, flags })
  }

  /** `when` branch of a `case` that runs: its body, a raise, or null when it cannot be decided */
  pickWhen(n: N): { body: N | null } | Unknown | null {
    const subjectNode = child(n, 'predicate')
    const subject = subjectNode ? this.value(subjectNode) : null
    if (subject && !subject.known) return subject.raises ? subject : null
    for (const w of list(n, 'conditions')) {
      for (const c of list(w, 'conditions')) {
        if (kindOf(c) === 'Splat') return null
        const v = this.value(c)
        if (!v.known) return v.raises ? v : null
        const hit = subject ? caseEqual(this.at(n), v.value, subject.value) : truthy(v.value)
        if (hit === null) return null
        if (hit) return { body: child(w, 'statements') }
      }
    }
    const e = child(n, 'elseClause')
    return { body: e ? child(e, 'statements') : null }
  }

  definedValue(n: N, target: N): RubyValue {
    const k = kindOf(target)
    const answer = (what: string | null): RubyValue => known(what)
    if (k === 'LocalVariableRead') return answer('local-variable')
    if (k === 'InstanceVariableRead') return answer(this.locals.has(target.name as string) ? 'instance-variable' : null)
    if (k === 'ConstantRead' || k === 'ConstantPath') {
      const name = constName(target)
      if (name !== null && (CORE_CONSTANTS.has(name) || this.locals.has('::' + name))) return answer('constant')
      const head = railsHead(target)
      if (head) {
        const r = this.rails()
        if (r === 'absent') return answer(null)
        if (r === 'loaded' && name === 'Rails') return answer('constant')
      }
    }
    if (k === 'Call' && railsHead(target)) {
      const r = this.rails()
      if (r === 'absent') return answer(null)
      if (r === 'loaded' && (isCall(target, 'Rails', 'env') || isCall(target, 'Rails', 'root'))) return answer('method')
    }
    return this.unknown(n, `\`${this.text(n)}\`: whether it is defined when the server reads the file depends on what was loaded before, which rack-check cannot tell`)
  }

  callValue(n: N): RubyValue {
    const name = n.name as string
    const recv = child(n, 'receiver')
    const args = argsOf(n)
    const block = child(n, 'block')
    const opaque = (): Unknown => this.methodNotEvaluated(n)

    if (isEnv(recv)) return this.envCall(n, name, args, block)
    const cls = constName(recv)
    if (cls === 'Rails') {
      const r = this.rails()
      if (r === 'absent') return this.railsAbsent(n)
      if (r === 'unknown') return this.railsUnknown(n)
      if (name === 'env' && args.length === 0) return this.railsEnv(n)
      if (name === 'root' && args.length === 0) return known(this.env.appRoot)
      return opaque()
    }
    if (recv && isCall(recv, 'Rails', 'env') && /^[a-z_]+\?$/.test(name) && args.length === 0) {
      // Rails.env is an ActiveSupport::EnvironmentInquirer: `production?` compares the name
      const e = this.value(recv)
      return !e.known ? e : known(e.value === name.slice(0, -1))
    }
    if (recv && isCall(recv, 'Rails', 'root') && name === 'join') {
      const root = this.value(recv)
      if (!root.known) return root
      const parts = args.map((a) => this.value(a))
      const bad = parts.find((v) => !v.known)
      if (bad) return bad
      const strs = parts.map((v) => (v.known && typeof v.value === 'string' ? v.value : null))
      if (strs.some((s) => s === null)) return opaque()
      const over = this.charge(n, (strs as string[]).reduce((sum, x) => sum + x.length, 0))
      if (over) return over
      return str(this.at(n), [this.env.appRoot, ...(strs as string[])].reduce((base, p) => (p.startsWith('/') ? p : withoutTrailingSlashes(base) + '/' + p)))
    }
    // what the app's Ruby removed raises there (removed.ts, docs/research/servers.md#ruby-removals)
    const gone = cls !== null && !this.locals.has('::' + cls) ? removedClassMethod(cls, name) : undefined
    if (gone) {
      const judged = this.removedUse(n, gone)
      if (judged) return judged
    }
    if (cls !== null && CPU_COUNT[cls]?.includes(name)) return this.unknown(n, `\`${this.text(n)}\` is the machine's CPU count, unknown before deploy`)
    if (cls === 'Socket' && name === 'gethostname') return this.unknown(n, `\`${this.text(n)}\` is the server's host name, unknown before deploy`)
    if (cls === 'Dir' && (name === 'pwd' || name === 'getwd') && args.length === 0) return known(this.env.appRoot)
    if ((cls === 'File' && ['exist?', 'file?', 'directory?', 'exists?'].includes(name)) || (cls === 'Dir' && (name === 'exist?' || name === 'exists?'))) {
      if (args.length !== 1) return opaque()
      // `exists?` reaches here only on a Ruby that still has it (before 3.2), where it is `exist?`
      return this.pathQuery(n, cls === 'Dir' ? 'directory?' : name === 'exists?' ? 'exist?' : name, this.value(args[0]))
    }
    if (cls === 'File' && (name === 'join' || name === 'expand_path' || name === 'dirname' || name === 'basename')) {
      const vals = args.map((a) => this.value(a))
      const bad = vals.find((v) => !v.known)
      if (bad) return bad
      const strs = vals.map((v) => toS((v as { value: RubyScalar }).value))
      if (strs.some((s) => s === null)) return opaque()
      const s = strs as string[]
      const over = this.charge(n, s.reduce((sum, x) => sum + x.length, 0))
      if (over) return over
      if (name === 'join') return str(this.at(n), s.join('/').replace(/\/+/g, '/'))
      if (name === 'dirname') return s.length === 1 ? known(s[0].replace(/\/[^/]*$/, '') || (s[0].startsWith('/') ? '/' : '.')) : opaque()
      if (name === 'basename') {
        if (s.length === 1) return known(basename(s[0]))
        const base = s[0].replace(/^.*\//, '')
        return s.length === 2 && s[1] !== '.*' && base.endsWith(s[1]) ? known(base.slice(0, base.length - s[1].length)) : opaque()
      }
      if (s.length < 1 || s.length > 2) return opaque()
      if (s[0].startsWith('~') || (s[1] ?? '').startsWith('~')) return opaque()
      return known(expandPath(s[0], s[1] ?? this.env.appRoot, this.env.appRoot))
    }
    if (recv === null) return this.selfCall(n, name, args, block)
    if (cls !== null && !this.locals.has('::' + cls)) return opaque()

    // methods on a value
    const self = this.value(recv)
    if (!self.known) return self
    const v = self.value
    if (v === null && (n as unknown as { isSafeNavigation(): boolean }).isSafeNavigation()) return known(null)
    // a method every object had (`"x".taint`), on a value the evaluator knows: a core object
    const goneMethod = args.length === 0 && !block ? removedObjectMethod(name) : undefined
    if (goneMethod) {
      const judged = this.removedUse(n, goneMethod)
      if (judged) return judged
    }
    if (block) return opaque()
    const vals: RubyScalar[] = []
    for (const a of args) {
      if (kindOf(a) === 'Splat' || kindOf(a) === 'BlockArgument') return opaque()
      const x = this.value(a)
      if (!x.known) return x
      vals.push(x.value)
    }
    return callMethod(this.at(n, recv), v, name, vals) ?? opaque()
  }

  /** Whether the app's Ruby is certainly `line` or later (true), certainly older (false), or not known (null). */
  since(line: string): boolean | null {
    const lines = this.env.ruby?.lines ?? null
    if (lines === null || lines.length === 0) return null
    const later = lines.map((l) => compareDotted(l, line) >= 0)
    return later.every(Boolean) ? true : later.some(Boolean) ? null : false
  }

  /**
   * A use of a name some Ruby removed, judged on the app's Ruby lines (every line of
   * JUDGED_LINES when it is not known): null when it raises on none of them; a raise when the
   * app's Ruby is known and it raises on all of its lines; else an unknown value saying where.
   */
  removedUse(n: N, row: RemovedName): RubyValue | null {
    const use = this.recordRemoved(n, row, this.modeBlock, this.modeBlock === null && this.condition === null && this.rescued === 0)
    if (!use) return null
    const { judged, failing } = use
    const ruby = this.env.ruby
    const lines = ruby?.lines ?? null
    const gone = `Ruby ${row.removedIn} removed \`${row.name}\`${row.replacement ? ` (use ${row.replacement})` : ''}`
    if (lines !== null && failing.length === judged.length) return this.raising(n, row.error, `\`${this.text(n)}\` raises ${row.error} on ${ruby!.from}: ${gone}`)
    const on = lines === null ? "the app's Ruby is not known" : `the app may run on Ruby ${judged.join(', ')} (${ruby!.from})`
    return this.unknown(n, `\`${this.text(n)}\` raises ${row.error} on Ruby ${failing.join(', ')} (${gone}), and ${on}`)
  }

  /**
   * Judges a use of a removed name on the app's Ruby lines (every line of JUDGED_LINES when it is
   * not known) and records it in `removed` when it raises on any; null when it raises on none.
   */
  recordRemoved(n: N, row: RemovedName, hook: string | null, certain: boolean): { judged: string[]; failing: string[] } | null {
    const lines = this.env.ruby?.lines ?? null
    const judged = lines ?? [...JUDGED_LINES]
    const failing = judged.filter((l) => removedOnLine(row, l))
    if (failing.length === 0) return null
    this.config.removed.push({ at: this.span(n), row, judged, failing, rubyKnown: lines !== null, hook, certain })
    return { judged, failing }
  }

  /**
   * The uses of removed names in a directive's block (`before_fork do … end`), which the
   * evaluator does not run: each with whether it runs whenever the block runs. What a block
   * means (Unicorn's `before_fork` runs in the master at boot) is the server model's to say.
   */
  scanBlock(hook: string, body: N | null): void {
    const stack: Array<[N, boolean]> = body ? [[body, this.condition === null]] : []
    while (stack.length > 0) {
      const [n, certain] = stack.pop()!
      if (++this.steps > LIMITS.steps) return
      const k = kindOf(n)
      const row = k === 'Call' ? this.removedCall(n) : k === 'ConstantRead' && !this.locals.has('::' + (n.name as string)) ? removedConstant(n.name as string) : undefined
      if (row) this.recordRemoved(n, row, hook, certain)
      const fields = k === 'Begin' ? (child(n, 'rescueClause') ? ['ensureClause'] : ['statements', 'ensureClause']) : SURE_FIELDS[k]
      const sure = fields ? new Set(fields.map((f) => child(n, f)).filter((c) => c !== null)) : null
      for (const c of (n as unknown as { compactChildNodes(): N[] }).compactChildNodes()) stack.push([c, certain && (sure === null || sure.has(c))])
    }
  }

  /** the removed method a call node names, if any */
  removedCall(n: N): RemovedName | undefined {
    const recv = child(n, 'receiver')
    const cls = constName(recv)
    if (cls !== null) return this.locals.has('::' + cls) ? undefined : removedClassMethod(cls, n.name as string)
    // on a literal only: a variable may hold an object of the app's that defines the method
    return recv && LITERALS.has(kindOf(recv)) && argsOf(n).length === 0 && !child(n, 'block') ? removedObjectMethod(n.name as string) : undefined
  }

  envCall(n: N, name: string, args: N[], block: N | null): RubyValue {
    const opaque = (): Unknown => this.methodNotEvaluated(n)
    const keyValue = args[0] ? this.value(args[0]) : null
    if (keyValue && !keyValue.known) return keyValue
    const key = keyValue && typeof keyValue.value === 'string' ? keyValue.value : null
    if (key === null) return opaque()
    if (name === '[]') return this.envRead(key, n)
    if (name === 'fetch') {
      const v = this.envRead(key, n)
      if (!v.known || v.value !== null) return v
      if (args[1]) return this.value(args[1])
      if (block && kindOf(block) === 'Block') return this.sequence(child(block, 'body'))
      this.unset = this.unset.filter((x) => x !== key)
      this.unset.push(key)
      return this.raising(n, 'KeyError', `\`${this.text(n)}\` raises KeyError: Cloud 66 does not set ${key} (unless the app's environment variables define it)`)
    }
    if (name === 'key?' || name === 'has_key?' || name === 'include?' || name === 'member?') {
      const v = this.envRead(key, n)
      return v.known ? known(v.value !== null) : v
    }
    return opaque()
  }

  /** a call without a receiver used as a value */
  selfCall(n: N, name: string, args: N[], block: N | null): RubyValue {
    const opaque = (): Unknown => this.unknown(n, this.defined.has(name) ? `\`${this.text(n)}\` (a method defined in this file, which rack-check does not run)` : `\`${this.text(n)}\` (a method rack-check does not evaluate)`)
    if (name === '__dir__' && args.length === 0) return known(this.absPath.replace(/\/[^/]*$/, ''))
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
      const v = this.value(args[0])
      if (!v.known) return v
      const over = this.charge(n, measure(this.sizes, v.value).size)
      if (over) return over
      const num = rubyNumber(v.value, name === 'Float', this.since('3.4'))
      if (typeof num === 'number') return known(num)
      if (num === undefined) return opaque()
      if (quiet) return known(null)
      return this.raising(n, num.exception, `\`${this.text(n)}\` raises ${num.exception} (${num.message(name, v.value)})`)
    }
    if (name === 'String' && args.length === 1) {
      const v = this.value(args[0])
      if (!v.known) return v
      const s = toS(v.value)
      return s === null ? opaque() : known(s)
    }
    if ((name === 'raise' || name === 'fail') && !block) {
      const msg = args[0] ? this.value(args[0]) : null
      const shown = msg?.known && typeof msg.value === 'string' ? `: "${msg.value.slice(0, 80)}"` : ''
      const cls = args.length === 1 && msg?.known && typeof msg.value === 'string' ? 'RuntimeError' : args.length === 0 ? 'RuntimeError' : (constName(args[0]) ?? 'StandardError')
      return this.raising(n, cls, `\`${this.text(n)}\` raises ${cls}${shown}`)
    }
    if (name === 'exit' || name === 'exit!' || name === 'abort') return this.raising(n, 'SystemExit', `\`${this.text(n)}\` ends the server while it reads the file`)
    if (name === 'puts' || name === 'p' || name === 'print' || name === 'warn' || name === 'pp') {
      for (const a of args) {
        const v = this.value(a)
        if (!v.known && v.raises) return v
      }
      return known(null)
    }
    if (args.length === 0 && !block && this.locals.has(name)) return this.locals.get(name)!
    return opaque()
  }

  // --- statements -------------------------------------------------------------------------

  /** stores a value, as unknown when it is assigned under a condition rack-check cannot evaluate */
  store(map: Map<string, RubyValue>, key: string, v: RubyValue, n: N, label: string): void {
    if (this.condition) {
      const before = map.get(key)
      if (before?.known && v.known) this.work += measure(this.sizes, before.value).size + measure(this.sizes, v.value).size
      const same = before && before.known && v.known && equal(before.value, v.value)
      map.set(key, same ? v : { known: false, at: this.span(n), why: `\`${label}\` is assigned on line ${this.span(n).line} under a condition rack-check cannot evaluate` })
    } else map.set(key, v)
  }

  /** an assignment; the raise when evaluating the value raises */
  write(n: N): Raise | null {
    const k = kindOf(n)
    const key = varKey(n)
    const before = this.locals.get(key) ?? (k.startsWith('InstanceVariable') ? known(null) : undefined)
    let v: RubyValue
    if (k.endsWith('OrWrite')) {
      if (before?.known && truthy(before.value)) return null
      if (before && !before.known) v = before
      else v = this.value(child(n, 'value')!)
    } else if (k.endsWith('AndWrite')) {
      if (!before || (before.known && !truthy(before.value))) return null
      v = before.known ? this.value(child(n, 'value')!) : before
    } else if (k.endsWith('OperatorWrite')) {
      const r = this.value(child(n, 'value')!)
      const op = n.binaryOperator as string
      v = !before ? this.notEvaluated(n) : !before.known ? before : !r.known ? r : (callMethod(this.at(n), before.value, op, [r.value]) ?? this.notEvaluated(n))
    } else v = this.value(child(n, 'value')!)
    if (!v.known && v.raises) return { at: v.at, why: v.why, exception: v.exception ?? 'StandardError' }
    this.store(this.locals, key, v, n, key.replace(/^::/, ''))
    return null
  }

  /** Walks statements in order under the current condition; returns the raise that stops them. */
  walk(body: N | null): Raise | null {
    if (!body) return null
    if (kindOf(body) !== 'Statements') return this.statement(body)
    for (const s of list(body, 'body')) {
      if (this.exhausted) return null
      const r = this.statement(s)
      if (r) return r
    }
    return null
  }

  /**
   * Records the receiver-less calls of a body skipped because its condition read unset variables
   * (values.ts SkippedCall): only the body's own statements, with their arguments' values.
   */
  skip(body: N | null, variables: string[]): void {
    if (!body) return
    const statements = kindOf(body) === 'Statements' ? list(body, 'body') : [body]
    // nothing here changes the evaluation: the unset variables and the count of unknowns (begin/rescue) are restored
    const outer = this.unset
    const unknowns = this.unknowns
    for (const s of statements) {
      if (kindOf(s) !== 'Call' || child(s, 'receiver') !== null) continue
      const args = argsOf(s)
        .filter((a) => kindOf(a) !== 'BlockArgument')
        .map((a) => this.value(a))
      this.config.skipped.push({ name: s.name as string, args, at: this.span(s), variables })
    }
    this.unset = outer
    this.unknowns = unknowns
  }

  /** Walks a body that runs only under an unknown condition: a raise there may or may not happen. */
  walkUnder(at: Span, body: N | null): void {
    const saved = this.condition
    this.condition ??= at
    const r = this.walk(body)
    this.condition = saved
    if (r) this.config.mayRaise.push({ at: r.at, why: r.why })
  }

  branch(predicate: N, then: N | null, otherwise: N | null, unless: boolean): Raise | null {
    const outer = this.unset
    this.unset = []
    const c = this.value(predicate)
    const read = [...new Set(this.unset)]
    this.unset = [...outer, ...read]
    if (!c.known && c.raises) return asRaise(c)
    if (c.known) {
      const taken = truthy(c.value) !== unless
      if (read.length > 0) this.skip(taken ? otherwise : then, read)
      return taken ? this.walk(then) : this.walk(otherwise)
    }
    this.walkUnder(this.span(predicate), then)
    this.walkUnder(this.span(predicate), otherwise)
    return null
  }

  statement(n: N): Raise | null {
    if (++this.steps > LIMITS.steps) {
      this.stop(n)
      return null
    }
    if (this.depth >= LIMITS.depth) {
      this.config.opaque.push({ at: this.span(n), why: `\`${this.text(n)}\`, nested more than ${LIMITS.depth} levels deep (rack-check reads at most ${LIMITS.depth})` })
      return null
    }
    this.depth++
    try {
      return this.statementAt(n)
    } finally {
      this.depth--
    }
  }

  statementAt(n: N): Raise | null {
    const k = kindOf(n)
    if (WRITES.has(k)) return this.write(n)
    switch (k) {
      case 'MultiWrite': {
        const v = this.value(child(n, 'value')!)
        if (!v.known && v.raises) return asRaise(v)
        const targets = list(n, 'lefts')
        const simple = !child(n, 'rest') && list(n, 'rights').length === 0 && targets.every((t) => ['LocalVariableTarget', 'InstanceVariableTarget', 'ConstantTarget'].includes(kindOf(t)))
        targets.forEach((t, i) => {
          const key = kindOf(t) === 'ConstantTarget' ? '::' + (t.name as string) : (t.name as string)
          const item = !simple ? this.notEvaluated(n) : !v.known ? v : Array.isArray(v.value) ? known(v.value[i] ?? null) : known(i === 0 ? v.value : null)
          this.store(this.locals, key, item, n, key.replace(/^::/, ''))
        })
        return null
      }
      case 'IndexOrWrite':
      case 'IndexAndWrite':
      case 'IndexOperatorWrite': {
        if (!isEnv(child(n, 'receiver'))) return this.expression(n)
        const keyNode = argsOf(n)[0]
        const key = keyNode ? this.value(keyNode) : null
        if (!key?.known || typeof key.value !== 'string') {
          this.envTaint ??= { at: this.span(n), what: `\`${this.text(n)}\`` }
          return null
        }
        const before = this.envRead(key.value, n)
        let v: RubyValue | null
        if (k === 'IndexOrWrite') v = before.known && before.value !== null ? null : !before.known ? before : this.value(child(n, 'value')!)
        else if (k === 'IndexAndWrite') v = before.known && before.value === null ? null : !before.known ? before : this.value(child(n, 'value')!)
        else v = this.unknown(n, `\`${this.text(n)}\` (Ruby rack-check does not evaluate)`)
        if (v && !v.known && v.raises) return asRaise(v)
        if (v?.known && v.value !== null && typeof v.value !== 'string') return this.envTypeError(n)
        if (v) this.store(this.envWrites, key.value, v, n, `ENV["${key.value}"]`)
        return null
      }
      case 'If':
        return this.branch(child(n, 'predicate')!, child(n, 'statements'), elseBody(child(n, 'subsequent')), false)
      case 'Unless':
        return this.branch(child(n, 'predicate')!, child(n, 'statements'), elseBody(child(n, 'elseClause')), true)
      case 'And':
        return this.branch(child(n, 'left')!, child(n, 'right'), null, false)
      case 'Or':
        return this.branch(child(n, 'left')!, child(n, 'right'), null, true)
      case 'Parentheses':
        return this.walk(child(n, 'body'))
      case 'Begin':
        return this.beginStatement(n)
      case 'RescueModifier': {
        this.rescued++
        const r = this.statement(child(n, 'expression')!)
        this.rescued--
        if (r && rescues(r.exception, null)) return this.statement(child(n, 'rescueExpression')!)
        return r
      }
      case 'Case': {
        const picked = this.pickWhen(n)
        if (picked && !('body' in picked)) return asRaise(picked)
        if (picked) return this.walk(picked.body)
        // which branch runs is not known: every branch is conditional
        const at = this.span(n)
        for (const w of list(n, 'conditions')) this.walkUnder(at, child(w, 'statements'))
        this.walkUnder(at, elseBody(child(n, 'elseClause')))
        return null
      }
      case 'Def':
        this.defined.add(n.name as string)
        return null
      case 'While':
      case 'Until':
      case 'For':
        if (this.containsCall(n)) this.config.opaque.push({ at: this.span(n), why: `the loop \`${this.text(n)}\`` })
        return null
      case 'Call':
        return this.call(n)
      case 'Class':
      case 'Module':
      case 'SingletonClass':
        // their bodies run with the class as self: Puma's and Unicorn's directives are not there
        return null
      default:
        return this.expression(n)
    }
  }

  /** `ENV["X"] = 3` raises TypeError in Ruby (ENV holds strings; nil deletes) */
  envTypeError(n: N): Raise {
    return asRaise(this.raising(n, 'TypeError', `\`${this.text(n)}\` raises TypeError: ENV values must be strings`))
  }

  /** a statement used only for its effect: it matters only when it raises */
  expression(n: N): Raise | null {
    const v = this.value(n)
    return !v.known && v.raises ? asRaise(v) : null
  }

  beginStatement(n: N): Raise | null {
    const rescue = child(n, 'rescueClause')
    const ensure = child(n, 'ensureClause')
    const before = this.unknowns
    if (rescue) this.rescued++
    let r = this.walk(child(n, 'statements'))
    if (rescue) this.rescued--
    if (r && rescue) {
      // the first clause that catches it runs; a clause rack-check cannot match makes the rest unknown
      let clause: N | null = rescue
      let handled = false
      for (let i = 0; clause && i < LIMITS.depth; i++, clause = child(clause, 'subsequent')) {
        const caught = rescues(r.exception, clause)
        if (caught === null) {
          this.walkUnder(this.span(clause), child(clause, 'statements'))
          this.config.mayRaise.push({ at: r.at, why: r.why })
          handled = true
          r = null
          break
        }
        if (caught) {
          const ref = child(clause, 'reference')
          if (ref && kindOf(ref) === 'LocalVariableTarget') this.locals.set(ref.name as string, this.unknown(ref, `\`${ref.name as string}\` (the exception object)`))
          r = this.walk(child(clause, 'statements'))
          handled = true
          break
        }
      }
      if (!handled) {
        if (ensure) this.walk(child(ensure, 'statements'))
        return r
      }
    } else if (!r && rescue && this.unknowns > before) {
      // something in the body could not be evaluated: it may have raised
      for (let clause: N | null = rescue, i = 0; clause && i < LIMITS.depth; i++, clause = child(clause, 'subsequent')) this.walkUnder(this.span(clause), child(clause, 'statements'))
    } else if (!r) {
      const e = child(n, 'elseClause')
      if (e) r = this.walk(child(e, 'statements'))
    }
    if (ensure) return this.walk(child(ensure, 'statements')) ?? r
    return r
  }

  /** whether a subtree calls a method without a receiver that could be a directive (iterative: no recursion on input depth) */
  containsCall(root: N | null): boolean {
    const stack: N[] = root ? [root] : []
    while (stack.length > 0) {
      const n = stack.pop()!
      if (++this.steps > LIMITS.steps) return true
      if (kindOf(n) === 'Call' && n.receiver === null && !HARMLESS.has(n.name as string)) return true
      for (const c of (n as unknown as { compactChildNodes(): N[] }).compactChildNodes()) stack.push(c)
    }
    return false
  }

  requireEffect(n: N, name: string, arg: RubyValue): void {
    const lib = arg.known && typeof arg.value === 'string' ? arg.value : null
    this.work += lib?.length ?? 0
    // dotenv copies `.env` files (not in git, on the server perhaps) into ENV
    if (lib !== null && /^dotenv\/load$/.test(lib)) this.envTaint ??= { at: this.span(n), what: `\`${this.text(n)}\` (dotenv reads \`.env\` files)` }
    // app code (config/application.rb, config/environment.rb) may load Rails and set variables
    const app = name === 'require_relative' || lib === null || lib.startsWith('.') || lib.startsWith('/') || /(^|\/)(rails|active_?support|action_?\w*|active_?\w*|railties)(\/|$)/.test(lib)
    if (app) {
      this.railsRequire ??= this.span(n)
      if (name === 'require_relative' || lib === null || lib.startsWith('.') || lib.startsWith('/')) this.envTaint ??= { at: this.span(n), what: `\`${this.text(n)}\` (app code)` }
    }
  }

  call(n: N): Raise | null {
    const name = n.name as string
    const recv = child(n, 'receiver')
    const block = child(n, 'block')
    if (recv !== null) {
      const cls = constName(recv)
      if (isEnv(recv) && name === '[]=') {
        const [k, v] = argsOf(n).map((a) => this.value(a))
        if (!k || !v || !k.known || typeof k.value !== 'string') {
          this.envTaint ??= { at: this.span(n), what: `\`${this.text(n)}\`` }
          return k && !k.known && k.raises ? asRaise(k) : null
        }
        if (!v.known && v.raises) return asRaise(v)
        if (v.known && v.value !== null && typeof v.value !== 'string') return this.envTypeError(n)
        this.store(this.envWrites, k.value, v, n, `ENV["${k.value}"]`)
        return null
      }
      if (isEnv(recv) && ['update', 'merge!', 'replace', 'store', 'delete', 'clear'].includes(name)) {
        this.envTaint ??= { at: this.span(n), what: `\`${this.text(n)}\`` }
        return null
      }
      if (cls === 'Dotenv') {
        this.envTaint ??= { at: this.span(n), what: `\`${this.text(n)}\` (dotenv reads \`.env\` files)` }
        return null
      }
      if (cls === 'Dir' && name === 'chdir') {
        // relative binds and PID files are resolved against the process's directory
        this.config.opaque.push({ at: this.span(n), why: `\`${this.text(n)}\`, which changes the directory relative paths are resolved in` })
        return null
      }
      // `%w[a b].each { |x| bind x }`: directives inside a block of some other method
      if (block && kindOf(block) === 'Block' && this.containsCall(child(block, 'body'))) {
        this.config.opaque.push({ at: this.span(n), why: `the block of \`${this.text(n).replace(/\s*(do|\{).*$/, '')}\`` })
        return null
      }
      return this.expression(n)
    }
    if (LOADERS.has(name) || this.defined.has(name)) {
      this.config.opaque.push({ at: this.span(n), why: `\`${this.text(n)}\`` })
      return null
    }
    if (name === 'require' || name === 'require_relative') {
      const arg = argsOf(n)[0] ? this.value(argsOf(n)[0]) : known(null)
      if (!arg.known && arg.raises) return asRaise(arg)
      this.requireEffect(n, name, arg)
      return null
    }
    if (['raise', 'fail', 'exit', 'exit!', 'abort', 'puts', 'p', 'pp', 'print', 'warn', 'Integer', 'Float', 'String'].includes(name)) return this.expression(n)
    this.unset = []
    const args: RubyValue[] = []
    let withBlock = block !== null
    for (const a of argsOf(n)) {
      if (kindOf(a) === 'BlockArgument') {
        withBlock = true
        continue
      }
      const v = this.value(a)
      if (!v.known && v.raises) return asRaise(v)
      args.push(v)
    }
    const call: ConfigCall = { name, args, at: this.span(n), condition: this.condition, unsetVariables: [...new Set(this.unset)], withBlock, ...(block && kindOf(block) === 'Block' ? { writes: this.blockWrites(block), kills: this.blockKills(block) } : {}) }
    if (block && kindOf(block) === 'Block' && BLOCK_DIRECTIVES.has(name)) {
      // the block's directives are recorded apart: the server decides whether and when they run
      const outer = this.config.calls
      this.config.calls = call.block = []
      // a removed name used in it is judged as in a hook: the block runs only in its mode
      const outerBlock = this.modeBlock
      this.modeBlock = name
      const r = this.walk(child(block, 'body'))
      this.modeBlock = outerBlock
      this.config.calls = outer
      // it runs (and raises) only if the server runs the block, which the model decides
      if (r) this.config.mayRaise.push({ at: r.at, why: r.why })
    } else if (block && kindOf(block) === 'Block') this.scanBlock(name, child(block, 'body'))
    this.config.calls.push(call)
    return null
  }

  /**
   * The files a hook's block writes (BlockWrites): `File.write(PATH, CONTENT)` and `IO.write`
   * (and `binwrite`) are read, with CONTENT the PID when it is `Process.pid`, `$$`, their `to_s`
   * or a string of them; any other way to open or create a file, run a command or call code
   * rack-check does not see is `unknown`. The block does not run while the file loads, so nothing
   * here raises or changes a variable.
   */
  blockWrites(block: N): BlockWrites {
    const out: BlockWrites = { arity: blockArity(block), writes: [], unknown: null }
    const stack: N[] = [block]
    // each node of the file is in at most one hook's block, so this walk costs at most the file's
    // size; it keeps its own bound and leaves the evaluator's step budget to the statements that run
    let nodes = 0
    while (stack.length > 0 && out.unknown === null) {
      const n = stack.pop()!
      if (++nodes > LIMITS.steps) out.unknown = { at: this.span(block), why: 'the block is larger than rack-check reads' }
      const k = kindOf(n)
      if (k === 'XString' || k === 'InterpolatedXString') out.unknown = { at: this.span(n), why: `\`${this.text(n)}\` runs a command` }
      if (k === 'Call') {
        const name = n.name as string
        const cls = constName(child(n, 'receiver'))
        if ((cls === 'File' || cls === 'IO') && ['write', 'binwrite'].includes(name) && argsOf(n).length >= 2) {
          const [path, content] = argsOf(n)
          out.writes.push({ path: this.value(path), pid: isPid(content), at: this.span(n) })
          continue
        }
        const opens = (cls !== null && ['File', 'IO', 'FileUtils', 'Pathname', 'Kernel', 'Process', 'Dir', 'Open3'].includes(cls)) || (child(n, 'receiver') === null && BLOCK_OPAQUE.has(name))
        if (opens && !(cls === 'Process' && name === 'pid')) out.unknown = { at: this.span(n), why: `\`${this.text(n).slice(0, 80)}\`, which rack-check does not follow` }
      }
      for (const c of (n as unknown as { compactChildNodes(): N[] }).compactChildNodes()) stack.push(c)
    }
    return out
  }

  /**
   * The `Process.kill` calls of a hook's block (BlockKills): each one's signal, from a literal or
   * from the literals a local variable of the block is given (`sig = … ? :QUIT : :TTOU`, as in
   * Unicorn's example config), and whose PID it is sent to. A command (backticks, `system`,
   * `spawn`), `eval` or a call of a method defined in the file may signal a process too: the
   * answer is then `unknown`. Like blockWrites, a walk of the block only, with its own bound.
   */
  blockKills(block: N): BlockKills {
    const out: BlockKills = { kills: [], unknown: null }
    const assigned = new Map<string, N[]>()
    const found: Array<{ n: N; nested: boolean }> = []
    const stack: Array<{ n: N; nested: boolean }> = [{ n: block, nested: false }]
    let nodes = 0
    while (stack.length > 0 && out.unknown === null) {
      const { n, nested } = stack.pop()!
      if (++nodes > LIMITS.steps) out.unknown = { at: this.span(block), why: 'the block is larger than rack-check reads' }
      const k = kindOf(n)
      if (k === 'XString' || k === 'InterpolatedXString') out.unknown = { at: this.span(n), why: `\`${this.text(n)}\` runs a command` }
      if (k === 'LocalVariableWrite' || k === 'LocalVariableOrWrite') {
        const name = n.name as string
        assigned.set(name, [...(assigned.get(name) ?? []), child(n, 'value')!])
      }
      if (k === 'Call') {
        const name = n.name as string
        const receiver = child(n, 'receiver')
        const cls = constName(receiver)
        if (cls === 'Process' && name === 'kill') found.push({ n, nested })
        else if ((receiver === null && (BLOCK_OPAQUE.has(name) || this.defined.has(name))) || ((cls === 'Process' || cls === 'Kernel') && ['spawn', 'exec', 'system', 'fork'].includes(name))) {
          out.unknown = { at: this.span(n), why: `\`${this.text(n).slice(0, 80)}\`, which rack-check does not follow` }
        }
      }
      // a block or method inside the hook's block runs at another time (a signal handler, a thread)
      const inner = nested || (n !== block && (k === 'Block' || k === 'Lambda' || k === 'Def'))
      for (const c of (n as unknown as { compactChildNodes(): N[] }).compactChildNodes()) stack.push({ n: c, nested: inner })
    }
    for (const { n, nested } of found) {
      const [signal, pid] = argsOf(n)
      out.kills.push({ at: this.span(n), signals: signal ? signalNames(signal, assigned, new Set()) : null, target: !pid ? 'other' : isPid(pid) ? 'self' : namesOldbin(pid, assigned, new Set()) ? 'oldbin' : 'other', nested })
    }
    return out
  }
}

/** Linux's numbers of the signals a server hook sends (signal(7)) */
const SIGNAL_NUMBERS: Record<number, string> = { 1: 'HUP', 2: 'INT', 3: 'QUIT', 9: 'KILL', 10: 'USR1', 12: 'USR2', 15: 'TERM', 21: 'TTIN', 22: 'TTOU', 28: 'WINCH' }

/**
 * The signal names a `Process.kill` argument can be: a Symbol, String or Integer literal, a
 * conditional (or ternary) whose every branch is one, or a local variable of the block each of
 * whose assignments is one; null when any of them is something else.
 */
function signalNames(n: N | null, assigned: Map<string, N[]>, seen: Set<string>): string[] | null {
  if (!n) return null
  const k = kindOf(n)
  if (k === 'Symbol' || k === 'String') {
    const v = String((n.unescaped as { value?: string } | undefined)?.value ?? '').toUpperCase().replace(/^SIG/, '')
    return /^[A-Z0-9]+$/.test(v) ? [v] : null
  }
  if (k === 'Integer') return SIGNAL_NUMBERS[Number(n.value)] ? [SIGNAL_NUMBERS[Number(n.value)]] : null
  if (k === 'Parentheses' || k === 'Statements' || k === 'Else') {
    const body = k === 'Statements' ? list(n, 'body') : k === 'Else' ? list(child(n, 'statements'), 'body') : list(child(n, 'body'), 'body')
    return body.length ? signalNames(body[body.length - 1], assigned, seen) : null
  }
  if (k === 'If' || k === 'Unless') {
    // without an else the value may be nil, which Process.kill refuses
    const a = signalNames(child(n, 'statements'), assigned, seen)
    const b = signalNames(child(n, k === 'If' ? 'subsequent' : 'elseClause'), assigned, seen)
    return a && b ? [...a, ...b] : null
  }
  if (k === 'LocalVariableRead') {
    const name = n.name as string
    const values = assigned.get(name)
    if (!values || seen.has(name)) return null
    seen.add(name)
    const all: string[] = []
    for (const v of values) {
      const names = signalNames(v, assigned, seen)
      if (!names) return null
      all.push(...names)
    }
    return all
  }
  return null
}

/** Whether a PID expression names a `.oldbin` path: a string literal in it, or in a local variable of the block it reads, holds `.oldbin`. */
function namesOldbin(root: N, assigned: Map<string, N[]>, seen: Set<string>): boolean {
  const stack: N[] = [root]
  for (let steps = 0; stack.length > 0 && steps < 10_000; steps++) {
    const n = stack.pop()!
    const k = kindOf(n)
    if (k === 'String' && String((n.unescaped as { value?: string } | undefined)?.value ?? '').includes('.oldbin')) return true
    if (k === 'LocalVariableRead' && !seen.has(n.name as string)) {
      seen.add(n.name as string)
      stack.push(...(assigned.get(n.name as string) ?? []))
    }
    stack.push(...(n as unknown as { compactChildNodes(): N[] }).compactChildNodes())
  }
  return false
}

/**
 * `Proc#arity` of a block: its required parameters (`{ |a, b| }` is 2, `{ }` is 0), `_1`…`_9` the
 * highest one used, `it` 1; null for optional, rest, post or keyword parameters, whose arity
 * rack-check does not compute.
 */
function blockArity(block: N): number | null {
  const params = child(block, 'parameters')
  if (!params) return 0
  const k = kindOf(params)
  if (k === 'NumberedParameters') return Number(params.maximum)
  if (k === 'ItParameters') return 1
  const inner = child(params, 'parameters')
  if (!inner) return 0
  const plain = list(inner, 'optionals').length === 0 && list(inner, 'posts').length === 0 && list(inner, 'keywords').length === 0 && child(inner, 'rest') === null && child(inner, 'keywordRest') === null
  return plain ? list(inner, 'requireds').length : null
}

/** Receiver-less calls in a hook's block that may write a file or run code rack-check does not see. */
const BLOCK_OPAQUE = new Set(['open', 'system', 'exec', 'spawn', 'eval', 'instance_eval', 'instance_exec', 'send', '__send__', 'public_send', 'load', 'require', 'require_relative', 'fork', 'syscall'])

/** `Process.pid`, `$$`, either `.to_s`, or a string made of them: the PID of the process that runs the block. */
function isPid(n: N | null): boolean {
  if (!n) return false
  const k = kindOf(n)
  if (k === 'GlobalVariableRead') return n.name === '$$'
  if (k === 'Call') {
    if (n.name === 'pid' && constName(child(n, 'receiver')) === 'Process' && argsOf(n).length === 0) return true
    return n.name === 'to_s' && argsOf(n).length === 0 && isPid(child(n, 'receiver'))
  }
  if (k === 'InterpolatedString') {
    const parts = list(n, 'parts')
    const embedded = parts.filter((p) => kindOf(p) !== 'String')
    if (embedded.length !== 1) return false
    const e = embedded[0]
    if (kindOf(e) === 'EmbeddedVariable') return isPid(child(e, 'variable'))
    const body = kindOf(e) === 'EmbeddedStatements' ? list(child(e, 'statements'), 'body') : []
    // the literal parts may only be white space (`"#{Process.pid}\n"`)
    return body.length === 1 && isPid(body[0]) && parts.every((p) => kindOf(p) !== 'String' || /^\s*$/.test(String((p.unescaped as { value?: string } | undefined)?.value ?? '')))
  }
  return false
}

/** A call (or any node that makes a value) as the method table sees it. */
class NodeCall implements Call {
  constructor(
    private readonly ev: Evaluator,
    private readonly n: N,
    private readonly recv: N
  ) {}
  get sizes(): WeakMap<RubyScalar[], Size> {
    return this.ev.sizes
  }
  text(): string {
    return this.ev.text(this.n)
  }
  receiverText(): string {
    return this.ev.text(this.recv)
  }
  unknown(why: string): Unknown {
    return this.ev.unknown(this.n, why)
  }
  charge(units: number): Unknown | null {
    return this.ev.charge(this.n, units)
  }
  spend(units: number): void {
    this.ev.work += units
  }
  rails(): RailsState {
    return this.ev.rails()
  }
  since(line: string): boolean | null {
    return this.ev.since(line)
  }
}

function child(n: N, field: string): N | null {
  return (n[field] as N | null) ?? null
}

function list(n: N | null, field: string): N[] {
  return n ? ((n[field] as N[] | undefined) ?? []) : []
}

function argsOf(call: N): N[] {
  return list(child(call, 'arguments_'), 'arguments_')
}

function isEnv(n: N | null): boolean {
  return constName(n) === 'ENV'
}

/** `X` or `::X`, not `A::X` */
function constName(n: N | null): string | null {
  if (!n) return null
  const k = kindOf(n)
  if (k === 'ConstantRead') return n.name as string
  if (k === 'ConstantPath' && n.parent === null) return n.name as string
  return null
}

function isCall(n: N | null, recv: string, name: string): boolean {
  return !!n && kindOf(n) === 'Call' && n.name === name && constName(child(n, 'receiver')) === recv
}

/** whether the expression starts with the constant `Rails` (`Rails`, `Rails::X`, `Rails.env.x`) */
function railsHead(n: N): boolean {
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

function varKey(n: N): string {
  const k = kindOf(n)
  return k.startsWith('Constant') ? '::' + (n.name as string) : (n.name as string)
}

function asRaise(v: Unknown): Raise {
  return { at: v.at, why: v.why, exception: v.exception ?? 'StandardError' }
}

function elseBody(n: N | null): N | null {
  return !n ? null : kindOf(n) === 'Else' ? child(n, 'statements') : n
}

/** whether a `rescue` clause (null: a bare `rescue`, which catches StandardError) catches the exception */
function rescues(exception: string | undefined, clause: N | null): boolean | null {
  const classes = clause ? list(clause, 'exceptions') : []
  const wanted = classes.length === 0 ? ['StandardError'] : classes.map(constName)
  if (wanted.some((w) => w === null)) return null
  for (let e: string | undefined = exception ?? 'StandardError'; e; e = EXCEPTION_PARENT[e]) if (wanted.includes(e)) return true
  return exception && exception in EXCEPTION_PARENT ? false : null
}
