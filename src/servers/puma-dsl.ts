/**
 * Puma's config files (`lib/puma/dsl.rb`, docs/research/servers.md#puma-config-file): the file level of Puma's
 * three-level options (user > file > default, `UserFileDefaultOptions`). Files are evaluated in
 * the order Puma loads them; a later directive replaces an earlier one, `bind`/`port`/`ssl_bind`
 * append to one `binds` key and `clear_binds!` empties it.
 */
import type { Span } from '../core/span.js'
import { conditionWhy as conditional, firstUnknown } from '../model/ruby/config-calls.js'
import type { ConfigCall, RubyConfig, RubyScalar, RubyValue } from '../model/ruby/values.js'
import { configEnvironment, tcpListener, type ServerContext } from './common.js'
import type { BootProblem, Listener, RubyRemovedNote } from './types.js'
import { loadFailures, type HookPlace } from './ruby-removed.js'
import { atLeast } from './version.js'

export interface Unknown {
  at: Span
  why: string
}

export type FileSetting<T> = { known: true; value: T; at: Span } | { known: false; at: Span; why: string }

export interface PumaFileLevel {
  files: string[]
  /** the Ruby parser is not loaded yet (first pass) */
  pending: boolean
  /** a statement that may change any setting (`load`, a loop calling directives, an unreadable file) */
  opaque: Unknown | null
  /** certain start-up failures: `daemonize` on 5+, a syntax error, a bind Puma rejects */
  problems: BootProblem[]
  /** a failure that happens only under a condition rack-check cannot evaluate */
  mayFail: (Unknown & { rubyRemoved?: boolean }) | null
  /** uses of removed Ruby names that may fail (ruby-removed.ts) */
  rubyRemoved: RubyRemovedNote[]
  /** null when no file sets a listener */
  binds: FileSetting<Listener[]> | null
  /** pidfile, daemonize, workers, preload, prune_bundler, fork_worker, redirect, state_path */
  settings: Map<string, FileSetting<RubyScalar>>
  /** Puma 8's `single do … end` / `cluster do … end` blocks, in the order written; applied by applyModeBlocks */
  modeBlocks: ConfigCall[]
  /** hooks called by their pre-7.0 names on Puma 7 and later: they work, with a deprecation warning */
  renamedHooks: Array<{ at: Span; old: string; new: string }>
  /** `plugin` lines; `variables` when the line is skipped because its condition read unset variables */
  plugins: Array<{ name: string | null; at: Span; condition: Span | null; variables?: string[] }>
  /** the listeners collected so far, for the blocks applied after the files */
  binding?: Binds
}

/**
 * Hooks renamed in Puma 7.0 (docs/research/servers.md#puma-renamed-hooks; `docs/7.0-Upgrade.md`,
 * `lib/puma/dsl.rb`): each old name is an `alias_method` of the new one and prints a deprecation
 * warning; the new names do not exist before 7.0 (NoMethodError).
 */
export const RENAMED_HOOKS: ReadonlyMap<string, string> = new Map([
  ['on_worker_boot', 'before_worker_boot'],
  ['on_worker_shutdown', 'before_worker_shutdown'],
  ['on_restart', 'before_restart'],
  ['on_booted', 'after_booted'],
  ['on_stopped', 'after_stopped'],
  ['on_refork', 'before_refork'],
  ['on_thread_start', 'before_thread_start'],
  ['on_thread_exit', 'before_thread_exit'],
  ['on_worker_fork', 'before_worker_fork']
])
const NEW_HOOKS = new Map([...RENAMED_HOOKS].map(([old, now]) => [now, old]))
/** the option key `process_hook` names in its ArgumentError: the new name, or the method an alias stands for */
const hookKey = (name: string): string => RENAMED_HOOKS.get(name) ?? (name === 'after_worker_boot' ? 'after_worker_fork' : name)
/** The hooks that go through `process_hook`, which raises ArgumentError without a block from 7.0 (lib/puma/dsl.rb 7.2.1, 8.0.2). */
const BLOCK_HOOKS = new Set([
  ...['before_restart', 'before_worker_boot', 'before_worker_shutdown', 'before_worker_fork', 'before_refork', 'before_thread_start', 'before_thread_exit'],
  ...['on_restart', 'on_worker_boot', 'on_worker_shutdown', 'on_worker_fork', 'on_refork', 'on_thread_start', 'on_thread_exit'],
  ...['before_fork', 'after_worker_fork', 'after_worker_boot', 'after_refork', 'out_of_band']
])

const SCALAR_DIRECTIVES: Record<string, { key: string; dflt?: RubyScalar }> = {
  pidfile: { key: 'pidfile' },
  daemonize: { key: 'daemonize', dflt: true },
  workers: { key: 'workers' },
  'preload_app!': { key: 'preload', dflt: true },
  prune_bundler: { key: 'prune_bundler', dflt: true },
  fork_worker: { key: 'fork_worker', dflt: 1000 },
  stdout_redirect: { key: 'redirect' },
  state_path: { key: 'state_path' },
  environment: { key: 'environment' },
  directory: { key: 'directory' }
}

export function pumaFileLevel(ctx: ServerContext, files: string[], version: string): PumaFileLevel {
  const level: PumaFileLevel = { files, pending: false, opaque: null, problems: [], mayFail: null, rubyRemoved: [], binds: null, settings: new Map(), modeBlocks: [], renamedHooks: [], plugins: [] }
  const binds: Binds = { list: null }
  level.binding = binds
  for (const path of files) {
    const read = ctx.config.ruby(path, configEnvironment(ctx, path))
    if (read.status === 'pending') {
      level.pending = true
      return level
    }
    if (read.status !== 'ok') {
      level.opaque ??= { at: ctx.commandSpan, why: `\`${path}\` ${read.status === 'missing' ? 'is missing' : 'cannot be read: ' + read.problem}` }
      continue
    }
    const config: RubyConfig = read.value
    if (config.syntaxErrors.length > 0) {
      const e = config.syntaxErrors[0]
      level.problems.push({ at: e.at, kind: 'config-syntax', data: { path, message: e.message } })
      continue
    }
    // a file that certainly raises while Puma loads it stops Puma at start; its settings after the
    // raise never apply, so every prediction from it is unknown rather than guessed
    const failures = loadFailures(config, path, 'Puma', pumaHook, ctx.ruby)
    level.problems.push(...failures.problems)
    level.rubyRemoved.push(...failures.notes)
    level.mayFail ??= failures.mayFail
    if (config.opaque.length > 0) level.opaque ??= { at: config.opaque[0].at, why: `rack-check does not follow ${config.opaque[0].why}` }
    for (const call of config.calls) apply(level, call, version, binds)
    // Rails 8's `plugin :solid_queue if ENV["SOLID_QUEUE_IN_PUMA"]`: the variable is unset under the
    // prediction environment (contract §4), but Cloud 66 may set it, so the line is kept for the plugin notes
    for (const c of config.skipped) if (c.name === 'plugin') level.plugins.push({ name: pluginName(c.args[0]), at: c.at, condition: null, variables: c.variables })
  }
  return level
}

function pluginName(arg: RubyValue | undefined): string | null {
  if (!arg?.known) return null
  const v = arg.value
  return typeof v === 'string' ? v : v !== null && typeof v === 'object' && !Array.isArray(v) && 'symbol' in v ? v.symbol : null
}

/**
 * Runs Puma 8's `single`/`cluster` blocks the way `Configuration#clamp` does (`run_mode_hooks`):
 * after every config file, before the preload default, every `cluster` block when the worker
 * count is above 0, every `single` block otherwise, in the order written
 * (docs/research/servers.md#puma-single-and-cluster-blocks). `cluster` null = the mode is not
 * known: the blocks' settings become unknown.
 */
export function applyModeBlocks(level: PumaFileLevel, cluster: boolean | null, version: string): void {
  for (const block of level.modeBlocks) {
    if (cluster !== null && (block.name === 'cluster') !== cluster) continue
    for (const call of block.block ?? []) {
      if (call.name === 'workers') {
        // run_mode_hooks raises "cannot change the number of workers inside a … configuration hook"
        const why = `\`workers\` on line ${call.at.line} inside the \`${block.name}\` block raises "cannot change the number of workers inside a ${block.name} configuration hook"`
        if (cluster === null || call.condition || block.condition) level.mayFail ??= { at: call.at, why }
        else level.problems.push({ at: call.at, kind: 'config-directive-fails', data: { path: call.at.file, why, fix: 'set `workers` outside the block' } })
        continue
      }
      const condition = cluster === null ? block.at : (call.condition ?? block.condition)
      apply(level, condition === call.condition ? call : { ...call, condition }, version, level.binding!)
    }
  }
}

/**
 * What a raise in a Puma hook block (`on_worker_boot`, `before_fork`, …) does is UNCONFIRMED
 * (docs/research/servers.md#ruby-removals): rack-check says so and never calls it a boot failure.
 */
function pumaHook(hook: string): HookPlace {
  return { where: `in Puma's \`${hook}\` block`, boot: false, effect: "Puma's reaction was not measured" }
}

/**
 * The listeners collected so far, appended in place: copying the list at every `bind` made a
 * file of N binds cost N² (issue 12: a 1 MB puma.rb of 28,571 binds took 5.5–9.6 s for the whole
 * check, 0.4–0.9 s appended). `list` is the array inside `level.binds` while that is known.
 */
interface Binds {
  list: Listener[] | null
}

/** A directive that makes Puma raise while it loads the file: certain, or possible under a condition. */
function fails(level: PumaFileLevel, call: ConfigCall, why: string, fix: string): void {
  if (call.condition) level.mayFail ??= { at: call.at, why: `${why} when the condition on line ${call.condition.line} holds, and Puma then exits at start` }
  else level.problems.push({ at: call.at, kind: 'config-directive-fails', data: { path: call.at.file, why, fix } })
}

/** Puma 7–8's directives, hooks and plugins (docs/research/servers.md#puma-7-and-8); true when the call is handled. */
function applyNewer(level: PumaFileLevel, call: ConfigCall, version: string): boolean {
  const name = call.name
  if (name === 'single' || name === 'cluster') {
    if (!atLeast(version, '8.0.0')) fails(level, call, `loading \`${call.at.file}\` raises NoMethodError at \`${name}\` on line ${call.at.line} (the method exists only from Puma 8.0 on)`, `upgrade Puma to 8.0 or later, or move the lines out of the \`${name}\` block`)
    else if (!call.withBlock) fails(level, call, `\`${name}\` on line ${call.at.line} has no block, and Puma raises ArgumentError ("A block must be provided")`, 'give it a `do … end` block')
    else level.modeBlocks.push(call)
    return true
  }
  if (NEW_HOOKS.has(name) && !atLeast(version, '7.0.0')) {
    const old = NEW_HOOKS.get(name)!
    fails(level, call, `loading \`${call.at.file}\` raises NoMethodError at \`${name}\` on line ${call.at.line} (the Puma 7.0 name of \`${old}\`, which exists only from Puma 7.0 on)`, `write \`${old}\`, or upgrade Puma to 7.0 or later`)
    return true
  }
  if (BLOCK_HOOKS.has(name) && atLeast(version, '7.0.0') && !call.withBlock) {
    fails(level, call, `\`${name}\` on line ${call.at.line} has no block, and from 7.0 Puma raises ArgumentError ("expected ${hookKey(name)} to be given a block")`, 'give the hook a `do … end` block, or remove it')
    return true
  }
  const renamed = RENAMED_HOOKS.get(name)
  if (renamed && atLeast(version, '7.0.0')) level.renamedHooks.push({ at: call.at, old: name, new: renamed })
  if (name === 'plugin') level.plugins.push({ name: pluginName(call.args[0]), at: call.at, condition: call.condition })
  if (name === 'workers' && call.args[0]?.known) {
    const v = call.args[0].value
    const auto = v === 'auto' || (v !== null && typeof v === 'object' && !Array.isArray(v) && 'symbol' in v && v.symbol === 'auto')
    if (auto && typeof v === 'object' && !atLeast(version, '7.2.0')) {
      // before 7.2 the DSL did `count.to_i`, which a Symbol does not have (docs/research/servers.md#puma-workers-auto)
      fails(level, call, `loading \`${call.at.file}\` raises NoMethodError at \`workers :auto\` on line ${call.at.line} (before 7.2 Puma calls \`to_i\` on the Symbol; \`:auto\` needs Puma 7.2 or later)`, 'write a number, e.g. `workers 2`, or upgrade Puma to 7.2 or later')
      return true
    }
    if (auto) {
      // 7.2+: the host's CPU count (`Concurrent.available_processor_count`); before, "auto".to_i is 0
      level.settings.set('workers', call.condition ? { known: false, at: call.at, why: conditional(call) } : { known: true, value: atLeast(version, '7.2.0') ? 'auto' : 0, at: call.at })
      return true
    }
  }
  return false
}

function apply(level: PumaFileLevel, call: ConfigCall, version: string, binds: Binds): void {
  const name = call.name
  const v5 = atLeast(version, '5.0.0')
  if (applyNewer(level, call, version)) return
  const unknown = firstUnknown(call)
  if (name === 'daemonize' && v5) {
    // Puma 5 removed the directive: calling it raises NameError while the config is loaded
    if (call.condition) level.mayFail ??= { at: call.at, why: conditional(call) }
    else level.problems.push({ at: call.at, kind: 'config-removed-daemon', data: { option: 'daemonize', path: call.at.file } })
    return
  }
  if (name === 'bind' || name === 'port' || name === 'ssl_bind' || name === 'clear_binds!') {
    if (level.binds && !level.binds.known) return
    if (call.condition) {
      level.binds = { known: false, at: call.at, why: conditional(call) }
      return
    }
    if (unknown) {
      level.binds = { known: false, at: unknown.at, why: unknown.why }
      return
    }
    const args = call.args.map((a) => (a as { value: RubyScalar }).value)
    if (name === 'clear_binds!' || !level.binds || !binds.list) binds.list = []
    const listeners = binds.list
    if (name === 'bind') {
      const text = typeof args[0] === 'string' ? args[0] : null
      const l = text === null ? null : pumaBind(text, call.at, 'config')
      if (!l) {
        level.problems.push({ at: call.at, kind: 'config-invalid-bind', data: { option: text ?? shown(args[0]), path: call.at.file } })
        return
      }
      listeners.push(l)
    } else if (name === 'port' || name === 'ssl_bind') {
      const [p, h] = name === 'port' ? [args[0], args[1]] : [args[1], args[0]]
      const port = typeof p === 'number' ? p : typeof p === 'string' && /^\d+$/.test(p) ? Number(p) : null
      if (port === null) {
        level.binds = { known: false, at: call.at, why: `\`${name}\` on line ${call.at.line} has a port rack-check cannot read` }
        return
      }
      const host = typeof h === 'string' ? h : '0.0.0.0'
      listeners.push(tcpListener(`${name === 'ssl_bind' ? 'ssl' : 'tcp'}://${host}:${port}`, host, port, call.at, 'config'))
    }
    level.binds = { known: true, value: listeners, at: call.at }
    return
  }
  const directive = SCALAR_DIRECTIVES[name]
  if (!directive) return
  if (call.condition) {
    level.settings.set(directive.key, { known: false, at: call.at, why: conditional(call) })
    return
  }
  if (unknown) {
    level.settings.set(directive.key, { known: false, at: unknown.at, why: unknown.why })
    return
  }
  let value: RubyScalar = call.args.length > 0 ? (call.args[0] as { value: RubyScalar }).value : (directive.dflt ?? null)
  if (directive.key === 'redirect') value = call.args.length > 0
  if (directive.key === 'workers' && typeof value === 'string') value = /^\d+$/.test(value) ? Number(value) : value
  level.settings.set(directive.key, { known: true, value, at: call.at })
}

/** A non-string `bind` argument as Ruby would write it, for messages (issue 12: not `undefined` or `[object Object]`). */
function shown(v: RubyScalar | undefined): string {
  if (v === undefined) return '(no argument)'
  if (v === null) return 'nil'
  if (typeof v !== 'object') return String(v)
  if (Array.isArray(v)) return '[…]'
  return 'symbol' in v ? ':' + v.symbol : 'hash' in v ? '{…}' : '/' + v.regexp + '/'
}

/** A bind URI as Puma's binder reads it; null when Puma rejects it. */
export function pumaBind(text: string, at: Span, origin: Listener['origin']): Listener | null {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):(.*)$/.exec(text)
  if (!m) return null
  const scheme = m[1].toLowerCase()
  const rest = m[2].replace(/\?.*$/, '')
  if (scheme === 'unix') {
    // URI("unix://tmp/x.sock"): host "tmp", path "/x.sock" → "tmp/x.sock" (relative)
    const path = rest.startsWith('//') ? rest.slice(2) : rest
    return { kind: 'unix', path, text, at, origin }
  }
  if (scheme === 'tcp' || scheme === 'ssl') {
    const hp = /^\/\/(\[[^\]]*\]|[^:/]*)(?::(\d+))?/.exec(rest)
    if (!hp) return null
    return tcpListener(text, hp[1], hp[2] ? Number(hp[2]) : null, at, origin)
  }
  return null
}

/** Where a file setting was written, for messages: `config/puma.rb:7`. */
export function where(at: Span): string {
  return `${at.file}:${at.line}`
}
