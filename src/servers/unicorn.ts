/**
 * Unicorn and unicorn_rails 4–6 (docs/research/servers.md#unicorn): `bin/unicorn`, `bin/unicorn_rails`,
 * `Unicorn::Configurator`. Listeners from `-l`, `-o`/`-p` and the config file add up; the
 * config file's `pid` beats `-P`; `-d` is `$DEBUG` and `-e` evaluates Ruby; `unicorn_rails -P`
 * is the deprecated `--path`.
 */
import {
  absolute,
  allUnknown,
  notStarted,
  optionProblem,
  optionSpan,
  pidFromPath,
  socketFromListeners,
  tcpListener,
  uncertainOption,
  undecided,
  valueSpan,
  type ServerContext,
  type ServerModel
} from './common.js'
import { appRelative } from './environment.js'
import { allOptions, lastOption, parseOptions, type OptionSpec } from './optparse.js'
import { verdict, type BootProblem, type FlagNote, type Listener, type ServerFacts, type Setting, type SignalEffect, type Verdict } from './types.js'
import { stopped, untrapped } from './signal-effects.js'
import { BLUEPILL_RESTART_SIGNAL, BLUEPILL_STOP_SEQUENCE, type Cloud66Part } from './cloud66.js'
import { configEnvironment, missingFolder, pidWritten, unfollowable } from './common.js'
import { writtenPaths } from './puma.js'
import { resolvePath } from './environment.js'
import type { FileSetting, Unknown } from './puma-dsl.js'
import { conditionWhy, firstUnknown } from '../model/ruby/config-calls.js'
import type { ConfigCall, RubyScalar, SkippedCall } from '../model/ruby/values.js'
import type { Span } from '../core/span.js'
import { loadFailures, type HookPlace } from './ruby-removed.js'
import type { RubyRemovedNote } from './types.js'

function options(rails: boolean): OptionSpec[] {
  const specs: OptionSpec[] = [
    { key: 'eval', short: ['e'], long: ['eval'], arg: 'required' },
    { key: 'debug', short: ['d'], long: ['debug'], arg: 'none' },
    { key: 'warn', short: ['w'], long: ['warn'], arg: 'none' },
    { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
    { key: 'require', short: ['r'], long: ['require'], arg: 'required' },
    { key: 'host', short: ['o'], long: ['host'], arg: 'required' },
    { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
    { key: 'env', short: ['E'], long: ['env'], arg: 'required' },
    { key: 'daemonize', short: ['D'], long: ['daemonize'], arg: 'none' },
    { key: 'config', short: ['c'], long: ['config-file'], arg: 'required' },
    { key: 'listen', short: ['l'], long: ['listen'], arg: 'required' },
    { key: 'help', short: ['h'], long: ['help'], arg: 'none' },
    { key: 'version', short: ['v'], long: ['version'], arg: 'none' }
  ]
  if (rails) {
    specs.push({ key: 'path', short: ['P'], arg: 'required' }, { key: 'path', long: ['path'], arg: 'required' })
  } else {
    specs.push(
      { key: 'pid', short: ['P'], long: ['pid'], arg: 'required' },
      { key: 'no-default-middleware', short: ['N'], long: ['no-default-middleware'], arg: 'none' },
      { key: 'server', short: ['s'], long: ['server'], arg: 'required' }
    )
  }
  return specs
}

/** `Unicorn::Configurator#expand_addr`: a path (or `unix:` path), `HOST:PORT` or a port. */
export function unicornListen(text: string, at: Span, origin: Listener['origin']): Listener | null {
  if (text.startsWith('unix:')) return { kind: 'unix', path: text.slice(5).replace(/^\/+/, '/'), text, at, origin }
  if (text.startsWith('/') || text.startsWith('~')) return { kind: 'unix', path: text, text, at, origin }
  let m = /^(?:\*:)?(\d+)$/.exec(text)
  if (m) return tcpListener(text, '0.0.0.0', Number(m[1]), at, origin)
  m = /^(.*):(\d+)$/.exec(text)
  if (m) return tcpListener(text, m[1], Number(m[2]), at, origin)
  return null
}

export interface UnicornFileLevel {
  pending: boolean
  opaque: Unknown | null
  problems: BootProblem[]
  mayFail: (Unknown & { rubyRemoved?: boolean }) | null
  /** uses of removed Ruby names that may fail (ruby-removed.ts) */
  rubyRemoved: RubyRemovedNote[]
  /** `listen` calls, which add to the command line's listeners */
  listeners: FileSetting<Listener[]>
  pid?: FileSetting<RubyScalar>
  workers?: FileSetting<RubyScalar>
  preload?: FileSetting<RubyScalar>
  /** whether a hook stops the old master after USR2 (oldMasterStop); absent: the file has no hook that signals it */
  stopsOldMaster?: FileSetting<boolean>
  /** the working directory after `working_directory` (Unicorn chdirs while loading the file) */
  cwd: string
}

/** `Unicorn::Configurator`: the file is evaluated after the command-line values are applied. */
export function unicornFileLevel(ctx: ServerContext, path: string, cwd: string): UnicornFileLevel {
  const level: UnicornFileLevel = { pending: false, opaque: null, problems: [], mayFail: null, rubyRemoved: [], listeners: { known: true, value: [], at: ctx.commandSpan }, cwd }
  const read = ctx.config.ruby(path, configEnvironment(ctx, path))
  if (read.status === 'pending') return { ...level, pending: true }
  if (read.status !== 'ok') return { ...level, opaque: { at: ctx.commandSpan, why: `\`${path}\` cannot be read` } }
  const config = read.value
  if (config.syntaxErrors.length > 0) {
    level.problems.push({ at: config.syntaxErrors[0].at, kind: 'config-syntax', data: { path, message: config.syntaxErrors[0].message } })
    return level
  }
  if (config.opaque.length > 0) level.opaque = { at: config.opaque[0].at, why: `rack-check does not follow ${config.opaque[0].why}` }
  // what the app's Ruby removed (a boot failure where it certainly runs at boot, else a note) and the file's raises
  const failures = loadFailures(config, path, 'Unicorn', unicornHook, ctx.ruby)
  level.problems.push(...failures.problems)
  level.rubyRemoved = failures.notes
  level.mayFail = failures.mayFail
  const stop = oldMasterStop(config.calls, config.skipped)
  if (stop) level.stopsOldMaster = stop
  for (const call of config.calls) {
    const unknown = firstUnknown(call)
    const cond = call.condition ? conditionWhy(call) : null
    const arg = call.args[0]?.known ? call.args[0].value : undefined
    const setTo = (key: 'pid' | 'workers' | 'preload'): void => {
      level[key] = cond ? { known: false, at: call.at, why: cond } : unknown ? { known: false, at: unknown.at, why: unknown.why } : { known: true, value: arg ?? null, at: call.at }
    }
    switch (call.name) {
      case 'listen': {
        if (!level.listeners.known) break
        if (cond || unknown) {
          level.listeners = { known: false, at: call.at, why: cond ?? unknown!.why }
          break
        }
        const text = typeof arg === 'number' ? String(arg) : typeof arg === 'string' ? arg : null
        // expand_addr: `unix:` paths are expanded against the working directory
        const expanded = text?.startsWith('unix:') ? 'unix:' + resolvePath(level.cwd, text.slice(5)) : text
        const l = expanded === null ? null : unicornListen(expanded, call.at, 'config')
        if (!l) {
          level.problems.push({ at: call.at, kind: 'config-invalid-bind', data: { option: text ?? '', path } })
          break
        }
        // appended in place: a copy of the list per `listen` made a long file quadratic (issue 12)
        level.listeners.value.push(l)
        level.listeners = { known: true, value: level.listeners.value, at: call.at }
        break
      }
      case 'pid':
        setTo('pid')
        break
      case 'worker_processes':
        setTo('workers')
        break
      case 'preload_app':
        setTo('preload')
        break
      case 'working_directory': {
        const dir = typeof arg === 'string' ? resolvePath(level.cwd, arg) : null
        const rel = dir === null ? null : appRelative(dir)
        if (cond || unknown || dir === null) level.opaque ??= { at: call.at, why: cond ?? unknown?.why ?? `\`${call.name}\` on line ${call.at.line} has a value rack-check cannot read` }
        // Dir.chdir raises when the folder does not exist: outside the app rack-check cannot tell
        else if (rel === null) level.mayFail ??= { at: call.at, why: `\`${dir}\` is outside the app folder; Unicorn exits at start if it does not exist on the server` }
        else level.cwd = dir
        break
      }
      default:
        break
    }
  }
  return level
}

/** The hooks that run once the new master forks its workers: `before_fork` in the master, the others in each new worker. */
const FORK_HOOKS = ['before_fork', 'after_fork', 'after_worker_ready']
/** The signals that stop a Unicorn master: QUIT gracefully, TERM and INT quickly, KILL at once (docs/research/servers.md#unicorn-signals). */
const STOPPING = new Set(['QUIT', 'TERM', 'INT', 'KILL'])

/**
 * Whether the config's hooks stop the old master after USR2, as Cloud 66's Unicorn sample does
 * (docs/research/cloud66.md#unicorn-old-master): a `before_fork` (or a worker hook) that sends QUIT
 * (or TERM, INT, KILL) to the PID in the `.oldbin` file. Without it both masters keep serving,
 * old code beside new (measured on Unicorn 6.0.0: docs/research/servers.md#measured-unicorn-old-master).
 * Unicorn keeps the last block given to each hook (`Configurator#set_hook`). Known false when no
 * fork hook signals anything it cannot read; unknown when a hook runs only under a condition, is
 * not a literal block, runs a command or signals the old master in a way rack-check cannot read;
 * undefined when no hook is written (the caller's default: false).
 */
export function oldMasterStop(calls: readonly ConfigCall[], skipped: readonly SkippedCall[]): FileSetting<boolean> | undefined {
  const hooks = FORK_HOOKS.map((name) => calls.filter((c) => c.name === name).pop()).filter((c): c is ConfigCall => c !== undefined)
  // a hook skipped because its condition reads a variable rack-check leaves unset: Cloud 66 may set it
  const skip = skipped.find((c) => FORK_HOOKS.includes(c.name))
  let undecided: { at: Span; why: string } | null = skip ? { at: skip.at, why: `the \`${skip.name}\` hook on line ${skip.at.line} is given only when ${skip.variables.map((v) => '`' + v + '`').join(', ')} is set` } : null
  if (hooks.length === 0) return undecided ? { known: false, ...undecided } : undefined
  for (const hook of hooks) {
    const kills = hook.kills
    if (hook.condition) undecided ??= { at: hook.at, why: conditionWhy(hook) }
    else if (!kills) undecided ??= { at: hook.at, why: `the \`${hook.name}\` hook on line ${hook.at.line} is not a block rack-check can read` }
    else {
      const stops = kills.kills.find((k) => !k.nested && k.target === 'oldbin' && k.signals?.some((s) => STOPPING.has(s)))
      if (stops) return { known: true, value: true, at: stops.at }
      if (kills.unknown) undecided ??= { at: kills.unknown.at, why: `the \`${hook.name}\` hook runs ${kills.unknown.why}` }
      const unread = kills.kills.find((k) => k.target !== 'self' && (k.target === 'other' || k.nested || k.signals === null))
      if (unread) undecided ??= { at: unread.at, why: `rack-check cannot tell whether the \`Process.kill\` on line ${unread.at.line} stops the old master` }
    }
  }
  // the place for the missing QUIT: the `before_fork` hook when there is one
  return undecided ? { known: false, ...undecided } : { known: true, value: false, at: (hooks.find((h) => h.name === 'before_fork') ?? hooks[0]).at }
}

/**
 * What a raise in a Unicorn hook does (docs/research/servers.md#ruby-removals): `before_fork`
 * runs in the master inside `spawn_missing_workers`, whose `rescue` logs and calls `exit!`, so
 * the master exits at start (measured by emulation on Unicorn 6.0.0); `after_fork` and
 * `after_worker_ready` run in each worker, which then fails (not run); what the others do was
 * not measured.
 */
function unicornHook(hook: string): HookPlace {
  if (hook === 'before_fork') return { where: "in Unicorn's `before_fork`, which runs in the master as it starts its workers, and whose error handler exits", boot: true, effect: 'the master exits at start (measured by emulation on Unicorn 6.0.0)' }
  if (hook === 'after_fork' || hook === 'after_worker_ready') return { where: `in Unicorn's \`${hook}\`, which runs in each worker`, boot: false, effect: 'the workers fail instead of serving (read in Unicorn\'s source, not run)' }
  return { where: `in the block of \`${hook}\``, boot: false, effect: "Unicorn's reaction was not measured" }
}

/** A word that Ruby reads as a plain name: `eval` of it raises NameError. */
const BARE_NAME = /^[a-z_][A-Za-z0-9_]*$/
const RUBY_KEYWORDS = new Set(['nil', 'true', 'false', 'self', '__FILE__', '__LINE__', 'p', 'puts', 'exit', 'abort'])

/** What Cloud 66 does with Unicorn, and the fixes to tell: `unicorn_rails` has no `-P` for the PID file. */
function unicornCloud66(rails: boolean): Cloud66Part {
  return {
    label: 'Unicorn',
    // `unicorn_rails -P` is the deprecated `--path`, not a PID file
    socketFix: rails ? '`-l /tmp/web_server.sock` (or `listen "/tmp/web_server.sock"` in the config file)' : '`-l /tmp/web_server.sock`',
    configSocketFix: '`listen "/tmp/web_server.sock"`',
    pidFix: rails ? '`pid "/tmp/web_server.pid"` in the config file' : '`pid "/tmp/web_server.pid"` in the config file (or `-P /tmp/web_server.pid`)',
    pidFixIsOption: false,
    configPidFix: '`pid "/tmp/web_server.pid"`',
    // docs/research/cloud66.md#per-server-defaults-under-systemd: USR2 (a new master) under systemd, and Unicorn's own stop sequence
    restartSignal: { systemd: 'usr2', bluepill: BLUEPILL_RESTART_SIGNAL },
    stopSequence: { systemd: 'quit, 75, term, 15, kill', bluepill: BLUEPILL_STOP_SEQUENCE },
    // with preload_app true only a new master loads new code (Unicorn's SIGNALS)
    restartFix: (preload) =>
      preload
        ? 'remove `restart_signal` for the default USR2 (a new master, which loads the new code; with `preload_app true` HUP does not)'
        : 'use `restart_signal: usr2` (new master, the default) or `hup` (reload the config and the code), or remove `restart_signal`',
    // docs/research/servers.md#unicorn-signals: QUIT finishes the requests in flight
    gracefulStop: 'quit',
    advice: (plan) =>
      plan.signal === 'usr2'
        ? null
        : { text: 'USR2 is Unicorn\'s zero-downtime restart (a new master boots beside the old one): set `restart_signal: usr2` under `procfile_metadata` → `web` in `.cloud66/manifest.yml`, or leave it out (USR2 is the default).', recommends: [{ setting: 'restart_signal', value: 'usr2' }] },
    // docs/research/servers.md#measured-unicorn-old-master; whether Cloud 66 stops the old master itself is not documented (docs/research/cloud66.md#unicorn-old-master)
    caveat: (plan) =>
      plan.effect.effect !== 'new-master' || plan.effect.oldMaster === 'stopped'
        ? null
        : plan.effect.oldMaster === 'serving'
          ? 'Add a `before_fork` hook that sends QUIT to the old master (its PID is in `/tmp/web_server.pid.oldbin`), as Cloud 66\'s Unicorn sample does; Cloud 66 does not document stopping the old master itself.'
          : 'rack-check cannot tell whether the config file\'s hooks send QUIT to the old master (its PID is in `/tmp/web_server.pid.oldbin`), as Cloud 66\'s Unicorn sample\'s `before_fork` does; without that, two masters keep serving old and new code.'
  }
}

function model(name: 'unicorn' | 'unicorn_rails'): ServerModel {
  const rails = name === 'unicorn_rails'
  return {
    name: 'unicorn',
    gem: 'unicorn',
    signal: unicornSignal,
    cloud66: unicornCloud66(rails),
    analyze(ctx: ServerContext): ServerFacts {
      const parsed = parseOptions(ctx.command.argv!.slice(1), options(rails))
      if (parsed.error) return notStarted(ctx, [optionProblem(ctx, parsed.error)])
      const flagNotes: FlagNote[] = []
      const problems: BootProblem[] = []
      for (const o of parsed.options) {
        if (o.spec.key === 'debug') flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-debug', data: { option: o.written, program: name } })
        if (o.spec.key === 'eval' && o.value) {
          if (!o.value.unknown && BARE_NAME.test(o.value.text) && !RUBY_KEYWORDS.has(o.value.text)) {
            problems.push({ at: optionSpan(ctx, o), kind: 'eval-word', data: { option: o.written, value: o.value.text, program: name, fix: '-E ' + o.value.text } })
          } else flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-eval', data: { option: o.written, program: name } })
        }
      }
      // `-p` is typed Integer in bin/unicorn: "" or a word like `-c` is "invalid argument: -p -c"
      // (measured on 6.0.0, __tests__/conformance/cases/live-var-unicorn-p-*)
      const portOpt = lastOption(parsed, 'port')
      if (portOpt?.value && !portOpt.value.unknown && !/^\s*[+-]?\d[\d_]*\s*$/.test(portOpt.value.text)) {
        problems.push({ at: optionSpan(ctx, portOpt), kind: 'invalid-value', data: { option: portOpt.written, value: portOpt.value.text, why: 'OptionParser expects an Integer' } })
      }
      if (problems.length) return notStarted(ctx, problems, flagNotes)
      const unsure = uncertainOption(ctx, parsed)
      if (unsure) return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes)
      const cwd = ctx.command.cwd

      const cli: Listener[] = []
      let unknownAt: { at: Span; text: string } | null = null
      for (const o of allOptions(parsed, 'listen')) {
        if (!o.value) continue
        if (o.value.unknown) {
          unknownAt ??= { at: optionSpan(ctx, o), text: o.value.text }
          continue
        }
        const l = unicornListen(o.value.text, optionSpan(ctx, o), 'command-line')
        if (l) cli.push(l)
        // `HOST:` with no port: "Don't know how to bind" in SocketHelper#bind_listen (measured on
        // 6.0.0 with an unset `$PORT`: live-var-unicorn-l-port)
        else if (/^[^/]*:$/.test(o.value.text)) problems.push({ at: optionSpan(ctx, o), kind: 'invalid-value', data: { option: o.written, value: o.value.text, why: 'Unicorn does not know how to bind an address without a port' } })
        else unknownAt ??= { at: valueSpan(ctx, o.value), text: o.value.text }
      }
      if (problems.length) return notStarted(ctx, problems, flagNotes)
      const host = lastOption(parsed, 'host')
      const port = lastOption(parsed, 'port')
      if (host || port) {
        // rackup compatibility: one HOST:PORT listener
        const h = host?.value?.text ?? '0.0.0.0'
        const p = port?.value ? (port.value.unknown ? null : Number(port.value.text)) : 8080
        const at = optionSpan(ctx, (port ?? host)!)
        if (host?.value?.unknown) unknownAt ??= { at, text: host.value.text }
        else if (h.startsWith('/')) cli.push({ kind: 'unix', path: h, text: h, at, origin: 'command-line' })
        else cli.push(tcpListener(`${h}:${port?.value?.text ?? 8080}`, h, p, at, 'command-line'))
      }

      const config = lastOption(parsed, 'config')
      const configFiles: string[] = []
      let file: UnicornFileLevel | null = null
      let blind: Verdict<'config-file' | 'config-value'> | null = null
      if (config?.value) {
        const configAt = optionSpan(ctx, config)
        const rel = config.value.unknown || cwd === null ? null : appRelative(absolute(ctx, config.value.text))
        if (rel !== null && !ctx.exists(rel)) {
          return notStarted(ctx, [{ at: configAt, kind: 'missing-config', data: { path: config.value.text } }], flagNotes)
        }
        configFiles.push(rel ?? config.value.text)
        if (rel === null) blind = undecided('config-file', configAt, { files: config.value.text })
        else {
          file = unicornFileLevel(ctx, rel, cwd!)
          if (file.problems.length > 0) return notStarted(ctx, file.problems, flagNotes)
          blind = unfollowable(file, configAt, rel)
        }
      }
      const fileCwd = file && !blind ? file.cwd : cwd

      // command-line and config listeners add up; the default 8080 only when there is none at all
      let listeners: Listener[] | null
      let socket
      const cliSocket = socketFromListeners(cli, ctx.commandSpan, cwd)
      if (unknownAt) {
        listeners = null
        socket = undecided('unknown-value', unknownAt.at, { text: unknownAt.text })
      } else if (cliSocket.value === true) {
        listeners = blind || (file && !file.listeners.known) ? null : [...cli, ...(file?.listeners.known ? file.listeners.value : [])]
        socket = cliSocket
      } else if (blind) {
        listeners = null
        socket = blind
      } else if (file && !file.listeners.known) {
        listeners = null
        socket = undecided('config-value', file.listeners.at, { why: file.listeners.why })
      } else {
        const all = [...cli, ...(file?.listeners.known ? file.listeners.value : [])]
        listeners = all.length ? all : [tcpListener('0.0.0.0:8080', '0.0.0.0', 8080, ctx.commandSpan, 'default')]
        socket = socketFromListeners(listeners, ctx.commandSpan, fileCwd)
      }

      const daemon = lastOption(parsed, 'daemonize')
      const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan)

      // the config file's `pid` beats -P (the command line is applied first, then the file)
      let pidFile
      const pidOpt = lastOption(parsed, 'pid')
      const pathOpt = parsed.options.find((o) => o.spec.key === 'path' && o.written === '-P')
      const pidSetting = file?.pid
      if (blind) pidFile = blind
      else if (pidSetting && !pidSetting.known) pidFile = undecided('config-value', pidSetting.at, { why: pidSetting.why })
      else if (pidSetting?.known) pidFile = typeof pidSetting.value === 'string' ? pidFromPath(pidSetting.value, pidSetting.at, fileCwd) : pidFromPath(null, pidSetting.at, fileCwd)
      else if (pidOpt?.value?.unknown) pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
      else if (pidOpt?.value) pidFile = pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
      else if (rails && daemon) pidFile = pidFromPath('tmp/pids/unicorn.pid', optionSpan(ctx, daemon), fileCwd, '-D')
      else pidFile = pidFromPath(null, ctx.commandSpan, cwd)
      if (pathOpt && pidFile.value === false && pidFile.reason === 'none') {
        pidFile = verdict(false, 'unicorn-rails-p-is-path', optionSpan(ctx, pathOpt), { text: pathOpt.value?.text ?? '' })
      }

      const setting = (s: FileSetting<RubyScalar> | undefined, dflt: Setting['value']): Setting =>
        blind
          ? { value: null, at: null, origin: 'config', why: blind.data.why ?? 'the config file is not evaluated' }
          : !s
            ? { value: dflt, at: null, origin: 'default' }
            : s.known
              ? { value: typeof s.value === 'object' && s.value !== null ? null : s.value, at: s.at, origin: 'config' }
              : { value: null, at: s.at, origin: 'config', why: s.why }
      // stopsOldMaster: whether a hook sends QUIT to the old master after USR2 (oldMasterStop); none without a config file
      const settings = { workers: setting(file?.workers, 1), preload: setting(file?.preload, false), stopsOldMaster: setting(file?.stopsOldMaster, false) }
      // bin/unicorn_rails creates tmp/{cache,pids,sessions,sockets} in the working directory
      const base = fileCwd === null ? null : appRelative(fileCwd)
      const created = rails && base !== null ? ['cache', 'pids', 'sessions', 'sockets'].map((d) => (base ? base + '/' : '') + 'tmp/' + d) : []
      const folder = blind ? null : missingFolder(ctx, writtenPaths(listeners, pidWritten(pidFile)), fileCwd, created)
      const bootUnknown = file?.mayFail ?? folder ?? undefined
      const boots = blind || bootUnknown ? null : true
      return { boots, bootUnknown, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles, settings, ...(file?.rubyRemoved.length ? { rubyRemoved: file.rubyRemoved } : {}) }
    }
  }
}

export const unicorn = model('unicorn')
export const unicornRails = model('unicorn_rails')

/**
 * Unicorn's master signals (docs/research/servers.md#unicorn-signals, measured: #measured-signals; `Unicorn::HttpServer#join`). HUP
 * reloads the config file, or re-executes when there is none (`reexec`).
 */
function unicornSignal(signal: string, facts: ServerFacts): SignalEffect {
  // what happens to the old master: measured on Unicorn 6.0.0 (docs/research/servers.md#measured-unicorn-old-master)
  const stop = facts.settings?.stopsOldMaster
  const oldMaster = stop?.value === true ? 'stopped' : stop?.value === false ? 'serving' : 'unknown'
  const does = {
    stopped: "starts a new master beside the old one; the new master writes /tmp/web_server.pid, and the config file's hook sends QUIT to the old one (its PID file renamed `.oldbin`) once the new master forks its workers, so from then on only the new code serves (measured on Unicorn 6.0.0)",
    serving: 'starts a new master beside the old one; the new master writes /tmp/web_server.pid, and nothing in the config stops the old one (its PID file renamed `.oldbin`), so both keep serving, old code beside new, until the old master is sent QUIT (measured on Unicorn 6.0.0: half the requests still reached the old code 30 seconds later)',
    unknown: 'starts a new master beside the old one; the new master writes /tmp/web_server.pid and the old one keeps serving (its PID file renamed `.oldbin`) until it is sent QUIT, usually from a `before_fork` hook in the config file'
  }[oldMaster]
  const newMaster: SignalEffect = { effect: 'new-master', does, dropsRequests: false, oldMaster }
  switch (signal) {
    case 'usr2':
      return newMaster
    case 'hup': {
      if (!facts.configFiles.length) return { ...newMaster, does: `has no config file to reload, so it re-executes: it ${newMaster.does}` }
      // Unicorn's Documentation/SIGNALS: "If the "preload_app" directive is false (the default),
      // then workers will also pick up any application code changes when restarted. If
      // "preload_app" is true, then application code changes will have no effect; USR2 + QUIT
      // (see below) must be used to load newer code in this case." Measured: __tests__/conformance/cases/live-unicorn-preload-hup.
      const preload = facts.settings?.preload
      if (preload?.value === true) {
        return {
          effect: 'reload-config',
          does: 'reads its config file again and replaces its workers, but with `preload_app true` they are forked from the master, which builds the app again from `config.ru` without loading again the files the app loaded at start, so they keep serving the old code',
          dropsRequests: false,
          oldCode: true,
          // the restart rig (docs/restart.md#measured-under-load-behind-nginx): with `working_directory` on the moved
          // `current`, the master's new `config.ru` is the new release's (unicorn/http_server.rb, load_config!), and an
          // app loaded from the new release's paths is new code; the live case without it served the old code
          oldCodeOpen: 'unless `working_directory` is the deploy folder and the app is loaded from the new release\'s paths: with `working_directory` on the moved `current`, a `config.ru`-only app served the new release (measured); whether an app\'s own code is loaded again depends on how `config.ru` loads it',
          cause: { setting: 'preload', at: preload.at, text: 'preload_app true' }
        }
      }
      return {
        effect: 'reload-config',
        does:
          preload?.value === false
            ? 'reads its config file again and replaces its workers gracefully, and the new workers load the new code (same master PID)'
            : 'reads its config file again and replaces its workers gracefully (same master PID; the new code is loaded only with `preload_app false`)',
        dropsRequests: false
      }
    }
    case 'usr1':
      return { effect: 'reopen-logs', does: 'reopens its log files and keeps serving the same code', dropsRequests: false }
    case 'quit':
      return stopped(signal, true)
    case 'term':
    case 'int':
      return stopped(signal, false, `stops quickly on ${signal.toUpperCase()} (workers are killed, requests in flight are lost)`)
    case 'kill':
      return stopped(signal, false)
    case 'winch':
      return { effect: 'stop', does: 'stops all its workers gracefully and keeps only the master, which serves nothing', dropsRequests: true, graceful: true }
    case 'ttin':
    case 'ttou':
      return { effect: 'none', does: `${signal === 'ttin' ? 'starts one more worker' : 'stops one worker'} and restarts nothing`, dropsRequests: false }
    default:
      return untrapped(signal)
  }
}
