/**
 * Puma's config files (`lib/puma/dsl.rb`, docs/research/servers.md#puma-config-file): the file level of Puma's
 * three-level options (user > file > default, `UserFileDefaultOptions`). Files are evaluated in
 * the order Puma loads them; a later directive replaces an earlier one, `bind`/`port`/`ssl_bind`
 * append to one `binds` key and `clear_binds!` empties it.
 */
import type { Span } from '../core/span.js'
import { conditionWhy as conditional, firstUnknown } from '../model/ruby/config-calls.js'
import type { ConfigCall, RubyConfig, RubyScalar } from '../model/ruby/values.js'
import { configEnvironment, tcpListener, type ServerContext } from './common.js'
import type { BootProblem, Listener, RubyRemovedNote } from './types.js'
import { coveredBy, removals, type HookPlace } from './ruby-removed.js'
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
}

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
  const level: PumaFileLevel = { files, pending: false, opaque: null, problems: [], mayFail: null, rubyRemoved: [], binds: null, settings: new Map() }
  const v5 = atLeast(version, '5.0.0')
  const binds: Binds = { list: null }
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
    const gone = removals(config, path, 'Puma', pumaHook, ctx.ruby)
    level.problems.push(...gone.problems)
    level.rubyRemoved.push(...gone.notes)
    level.mayFail ??= gone.mayFail
    if (config.raises && !gone.raisesHandled) level.problems.push({ at: config.raises.at, kind: 'config-raises', data: { path, why: config.raises.why } })
    for (const r of config.mayRaise) if (!coveredBy(gone, r.at)) level.mayFail ??= { at: r.at, why: `${r.why} when the condition around it holds, and Puma then exits at start` }
    if (config.opaque.length > 0) level.opaque ??= { at: config.opaque[0].at, why: `rack-check does not follow ${config.opaque[0].why}` }
    for (const call of config.calls) apply(level, call, v5, binds)
  }
  return level
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

function apply(level: PumaFileLevel, call: ConfigCall, v5: boolean, binds: Binds): void {
  const name = call.name
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
