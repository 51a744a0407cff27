/**
 * The values the Ruby config evaluator (evaluator.ts) computes with, what it returns, and its
 * limits (issue 12, issue 22): shared by the evaluator, its method table (methods.ts) and the
 * server models, which read the recorded calls.
 */
import type { Span } from '../../core/span.js'
import type { SourceFile } from '../../files/source-file.js'
import type { RemovedName } from './removed.js'

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
  /** the files a literal block given to the call writes, when it runs (a server hook: Pitchfork's `after_monitor_ready`) */
  writes?: BlockWrites
  /** whether the call was given a block (`do … end`, `{ … }` or `&blk`) */
  withBlock?: boolean
  /** the processes a literal block given to the call signals, when it runs (Unicorn's `before_fork` that stops the old master) */
  kills?: BlockKills
  /**
   * For the methods whose block holds more directives that the server runs later (Puma 8's
   * `single` and `cluster`, BLOCK_DIRECTIVES in evaluator.ts): the calls inside the block, in order
   */
  block?: ConfigCall[]
}

/**
 * What a block (not run while the file loads: a hook the server calls later) writes: each
 * `File.write`/`IO.write` with its path and whether it writes the process's PID; `unknown` names
 * the first statement that may write a file in a way rack-check does not read (`File.open`,
 * `system`, a method of another object), and then `writes` is not the whole story.
 */
export interface BlockWrites {
  /** `Proc#arity` of the block (a server may require an exact one); null when its parameters are not plain required ones */
  arity: number | null
  writes: Array<{ path: RubyValue; pid: boolean; at: Span }>
  unknown: { at: Span; why: string } | null
}

/**
 * The `Process.kill` calls of a block that is not run while the file loads (a server hook), for
 * Unicorn's USR2-then-QUIT pattern (docs/research/servers.md#measured-unicorn-old-master): the
 * old master's PID read from the `….oldbin` file and sent QUIT from `before_fork`.
 */
export interface BlockKills {
  kills: BlockKill[]
  /** the first statement that may signal a process in a way rack-check does not read (a command, `eval`, a method defined in the file) */
  unknown: { at: Span; why: string } | null
}

export interface BlockKill {
  at: Span
  /** the signal names (`QUIT`, without `SIG`) the first argument can be: a literal, or each literal a local variable of the block is given; null when not known */
  signals: string[] | null
  /** whose PID: the process itself (`Process.pid`, `$$`), a PID whose expression names a `.oldbin` path (directly or through a local variable of the block), or another */
  target: 'self' | 'oldbin' | 'other'
  /** it sits in a block nested in the hook's (a `Signal.trap` handler, a thread), which runs at another time */
  nested: boolean
}

/**
 * A receiver-less call that did not run because the condition around it read an ENV variable
 * the prediction environment leaves unset (contract §4): e.g. Rails 8's
 * `plugin :solid_queue if ENV["SOLID_QUEUE_IN_PUMA"]`. Cloud 66 may set the variable, so a
 * model may warn about what the call would do; predictions follow the environment and ignore it.
 */
export interface SkippedCall {
  name: string
  args: RubyValue[]
  at: Span
  /** the unset variables the condition read */
  variables: string[]
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
  /** uses of what some Ruby removed (`File.exists?`) that raise on at least one Ruby judged */
  removed: RemovedUse[]
  /** calls skipped because their condition read an unset variable (SkippedCall) */
  skipped: SkippedCall[]
}

/** A use of a name some Ruby removed (removed.ts), judged on the app's Ruby lines. */
export interface RemovedUse {
  at: Span
  row: RemovedName
  /** the Ruby lines judged: the app's, or JUDGED_LINES when it is not known */
  judged: string[]
  /** those of them on which it raises */
  failing: string[]
  /** whether `judged` is the app's own Ruby */
  rubyKnown: boolean
  /** the directive whose block holds it (`before_fork`); null at the file's top level */
  hook: string | null
  /** it runs whenever its place runs: not in a branch, a `rescue`d `begin` or a nested block */
  certain: boolean
}

/** The app's Ruby as the evaluator judges removed names (model/ruby-version.ts). */
export interface RubyJudge {
  /** the Ruby lines (`3.4`) the app may run on; null when not known */
  lines: string[] | null
  /** how to name it in a message: "Ruby 3.4.1 (`ruby_version` in `.cloud66/manifest.yml`, line 3)" */
  from: string
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
  /** the app's Ruby; absent or with `lines` null: not known, every line of JUDGED_LINES is judged */
  ruby?: RubyJudge
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

export type Unknown = Extract<RubyValue, { known: false }>

/** The size of a value for LIMITS.size (characters, or elements counted through nested arrays) and how deep its arrays nest. */
export interface Size {
  size: number
  depth: number
}

export const known = (value: RubyScalar): RubyValue => ({ known: true, value })
export const truthy = (v: RubyScalar): boolean => v !== null && v !== false

export function equal(a: RubyScalar, b: RubyScalar): boolean {
  if (a === b) return true
  if (Array.isArray(a) || Array.isArray(b)) return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equal(x, b[i]))
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false
  if ('symbol' in a && 'symbol' in b) return a.symbol === b.symbol
  if ('regexp' in a && 'regexp' in b) return a.regexp === b.regexp && (a.flags ?? '') === (b.flags ?? '')
  return false // hashes: contents are not kept
}

/** `to_s` / interpolation; null when rack-check does not model it (arrays, hashes, regexps) */
export const toS = (v: RubyScalar): string | null =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : v === null ? '' : typeof v === 'boolean' ? String(v) : !Array.isArray(v) && 'symbol' in v ? v.symbol : null

export const typeName = (v: RubyScalar): string =>
  v === null ? 'nil' : typeof v === 'string' ? 'String' : typeof v === 'number' ? 'Integer' : typeof v === 'boolean' ? String(v) : Array.isArray(v) ? 'Array' : 'symbol' in v ? 'Symbol' : 'regexp' in v ? 'Regexp' : 'Hash'

export const isRegexp = (v: RubyScalar | undefined): v is { regexp: string; flags?: string } => !!v && typeof v === 'object' && !Array.isArray(v) && 'regexp' in v
