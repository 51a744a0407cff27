/**
 * Pitchfork 0.x (docs/research/servers.md#pitchfork; measured on 0.18.1: #pitchfork-measured):
 * Shopify's fork of Unicorn. `exe/pitchfork` keeps Unicorn's listener options (`-l`, `-o`/`-p`)
 * and drops `-D`/`--daemonize` and `-P`/`--pid` (OptionParser rejects them: measured, exit 1).
 * `Pitchfork::Configurator` loads `-c FILE`, else `config/pitchfork.rb` when it exists (0.17.0+),
 * and has no `pid`, `daemonize`, `user`, `working_directory`, `stderr_path`, `stdout_path`,
 * `preload_app` or `after_fork`: a file that calls one raises NoMethodError and Pitchfork exits
 * (measured for `pid` and `daemonize`). It cannot write a PID file itself; an
 * `after_monitor_ready` hook that writes `Process.pid` does (measured), and is recognised here.
 */
import { absolute, allUnknown, configEnvironment, notStarted, optionProblem, optionSpan, pidFromPath, socketFromListeners, tcpListener, uncertainOption, undecided, type ServerContext, type ServerModel } from './common.js'
import { appRelative, resolvePath } from './environment.js'
import { allOptions, lastOption, parseOptions, type OptionSpec } from './optparse.js'
import { verdict, type BootProblem, type FlagNote, type Listener, type PidReason, type ServerFacts, type Setting, type SignalEffect, type Verdict } from './types.js'
import { stopped, untrapped } from './signal-effects.js'
import { CUSTOM_SERVER_SIGNALS, UNDOCUMENTED } from './cloud66.js'
import { conditionWhy, firstUnknown } from '../model/ruby/config-calls.js'
import type { ConfigCall } from '../model/ruby/values.js'
import type { Span } from '../core/span.js'

/** `exe/pitchfork` at v0.18.1: Unicorn's options without `-D`, `-P` and `-N`. */
export const PITCHFORK_OPTIONS: OptionSpec[] = [
  { key: 'eval', short: ['e'], long: ['eval'], arg: 'required' },
  { key: 'debug', short: ['d'], long: ['debug'], arg: 'none' },
  { key: 'warn', short: ['w'], long: ['warn'], arg: 'none' },
  { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
  { key: 'require', short: ['r'], long: ['require'], arg: 'required' },
  { key: 'host', short: ['o'], long: ['host'], arg: 'required' },
  { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
  { key: 'env', short: ['E'], long: ['env'], arg: 'required' },
  { key: 'server', short: ['s'], long: ['server'], arg: 'required' },
  { key: 'listen', short: ['l'], long: ['listen'], arg: 'required' },
  { key: 'config', short: ['c'], long: ['config-file'], arg: 'required' },
  { key: 'help', short: ['h'], long: ['help'], arg: 'none' },
  { key: 'version', short: ['v'], long: ['version'], arg: 'none' }
]

/**
 * Unicorn directives Pitchfork removed (docs/MIGRATING_FROM_UNICORN.md: "removed without
 * replacement"; `Pitchfork::Configurator` defines none of them, nor does Kernel): calling one
 * while the file loads raises NoMethodError. `daemonize` is no directive of either, and was
 * measured failing the same way.
 */
const SYSTEMD = 'left to systemd or Docker'
const REMOVED: Record<string, string> = {
  pid: 'no PID file',
  daemonize: 'it never daemonizes',
  user: SYSTEMD,
  working_directory: SYSTEMD,
  stderr_path: SYSTEMD,
  stdout_path: SYSTEMD,
  preload_app: 'it always preloads',
  after_fork: 'now `after_worker_fork` and `after_mold_fork`',
  before_exec: 'it never re-executes',
  worker_exec: 'it never re-executes'
}

/**
 * `Configurator#expand_addr` (the same as Unicorn's): `unix:PATH` and a path are Unix sockets,
 * `HOST:PORT` and a port TCP; anything else cannot be bound (null).
 */
export function pitchforkListen(text: string, at: Span, origin: Listener['origin']): Listener | null {
  if (text.startsWith('unix:')) return { kind: 'unix', path: text.slice(5).replace(/^\/+/, '/'), text, at, origin }
  if (text.startsWith('/') || text.startsWith('~')) return { kind: 'unix', path: text, text, at, origin }
  let m = /^(?:\*:)?(\d+)$/.exec(text)
  if (m) return tcpListener(text, '0.0.0.0', Number(m[1]), at, origin)
  m = /^(.*):(\d+)$/.exec(text)
  if (m) return tcpListener(text, m[1], Number(m[2]), at, origin)
  return null
}

/**
 * The arity `Configurator#set_hook` requires of each hook's block: another one raises ArgumentError
 * ("has invalid arity") while the file loads (read at v0.18.1, not measured).
 */
const HOOK_ARITY: Record<string, number> = {
  before_fork: 1,
  after_worker_fork: 2,
  after_mold_fork: 2,
  after_worker_ready: 2,
  after_monitor_ready: 1,
  after_worker_timeout: 3,
  after_worker_hard_timeout: 2,
  before_worker_exit: 2,
  after_worker_exit: 3,
  after_request_complete: 3,
  before_service_worker_ready: 2,
  before_service_worker_exit: 2
}

/** The hook a PID-writing block must be given to: it runs once, in the monitor (the launched process), when it is ready. */
const PID_HOOK = 'after_monitor_ready'
const DEFAULT_CONFIG = 'config/pitchfork.rb'
const HOOK_TEXT = 'after_monitor_ready { |server| File.write("/tmp/web_server.pid", "#{Process.pid}\\n") }'

interface FileLevel {
  problems: BootProblem[]
  /** a statement rack-check cannot follow, or a condition it cannot evaluate: the file may do anything */
  opaque: { at: Span; why: string } | null
  mayFail: { at: Span; why: string } | null
  listeners: Listener[] | { at: Span; why: string }
  pid: Verdict<PidReason> | null
  workers: Setting | null
}

/** `Pitchfork::Configurator#load`: the file is `instance_eval`-ed after the command line's listeners are set. */
function fileLevel(ctx: ServerContext, path: string, cwd: string): FileLevel | 'pending' {
  const level: FileLevel = { problems: [], opaque: null, mayFail: null, listeners: [], pid: null, workers: null }
  const read = ctx.config.ruby(path, configEnvironment(ctx, path))
  if (read.status === 'pending') return 'pending'
  if (read.status !== 'ok') return { ...level, opaque: { at: ctx.commandSpan, why: `\`${path}\` cannot be read` } }
  const config = read.value
  let otherHook: Verdict<PidReason> | null = null
  if (config.syntaxErrors.length > 0) return { ...level, problems: [{ at: config.syntaxErrors[0].at, kind: 'config-syntax', data: { path, message: config.syntaxErrors[0].message } }] }
  if (config.opaque.length > 0) level.opaque = { at: config.opaque[0].at, why: `rack-check does not follow ${config.opaque[0].why}` }
  for (const call of config.calls) {
    const cond = call.condition ? conditionWhy(call) : null
    const removed = REMOVED[call.name]
    if (removed) {
      // NoMethodError stops the load there: what follows never runs
      if (!cond) return { ...level, problems: [{ at: call.at, kind: 'config-removed-directive', data: { path, directive: call.name, why: removed } }] }
      level.mayFail ??= { at: call.at, why: `${cond}; if it runs, loading \`${path}\` raises NoMethodError (\`${call.name}\` is not a Pitchfork directive: ${removed}) and Pitchfork exits at start` }
      continue
    }
    const arity = HOOK_ARITY[call.name]
    if (arity !== undefined && call.writes && call.writes.arity !== null && call.writes.arity !== arity) {
      const why = `the block of \`${call.name}\` takes ${call.writes.arity} parameters and Pitchfork requires ${arity} (\`set_hook\` raises ArgumentError)`
      if (!cond) return { ...level, problems: [{ at: call.at, kind: 'config-hook-arity', data: { path, why, want: String(arity), names: ['server', 'worker', 'status'].slice(0, arity).join(', ') } }] }
      level.mayFail ??= { at: call.at, why: `${cond}; if it runs, ${why}` }
      continue
    }
    const unknown = firstUnknown(call)
    if (call.name === 'listen') {
      if (!Array.isArray(level.listeners)) continue
      if (cond || unknown) {
        level.listeners = { at: call.at, why: cond ?? unknown!.why }
        continue
      }
      const arg = call.args[0]?.known ? call.args[0].value : null
      const text = typeof arg === 'number' ? String(arg) : typeof arg === 'string' ? arg : null
      // expand_addr: `unix:PATH` is expanded against the working directory
      const expanded = text?.startsWith('unix:') ? 'unix:' + resolvePath(cwd, text.slice(5)) : text
      const l = expanded === null ? null : pitchforkListen(expanded, call.at, 'config')
      if (!l) level.problems.push({ at: call.at, kind: 'config-invalid-bind', data: { option: text ?? '', path } })
      else level.listeners.push(l)
    } else if (call.name === 'worker_processes') {
      const v = call.args[0]?.known ? call.args[0].value : null
      level.workers = cond || unknown ? { value: null, at: call.at, origin: 'config', why: cond ?? unknown!.why } : { value: typeof v === 'number' ? v : null, at: call.at, origin: 'config' }
    } else if (call.name === PID_HOOK) {
      // the last hook set is the one that runs (set_hook replaces it)
      level.pid = call.writes ? hookPid(call.writes, call.at, cond, cwd) : undecided('config-value', call.at, { why: `\`${PID_HOOK}\` on line ${call.at.line} is given a value rack-check does not read, which may write a PID file` })
    } else if (call.writes?.writes.some((w) => w.pid)) {
      // another hook writes a PID: of a mold or a worker, not of the monitor Cloud 66 starts
      otherHook ??= undecided('config-value', call.at, { why: `the \`${call.name}\` hook on line ${call.at.line} writes the PID of the process it runs in (a mold or a worker), not the monitor's` })
    }
  }
  level.pid ??= otherHook
  if (config.raises) level.problems.push({ at: config.raises.at, kind: 'config-raises', data: { path, why: config.raises.why } })
  for (const r of config.mayRaise) level.mayFail ??= { at: r.at, why: `${r.why} when the condition around it holds, and Pitchfork then exits at start` }
  return level
}

/** What an `after_monitor_ready` block writes: the monitor's PID to a path, or something rack-check cannot tell. */
function hookPid(block: NonNullable<ConfigCall['writes']>, at: Span, cond: string | null, cwd: string): Verdict<PidReason> | null {
  if (block.unknown) return undecided('config-value', block.unknown.at, { why: `the \`${PID_HOOK}\` block calls ${block.unknown.why}, which may write a PID file` })
  const pidWrite = block.writes.find((w) => w.pid)
  if (!pidWrite) return null
  if (cond) return undecided('config-value', at, { why: `${cond}, and it sets the hook that writes the PID file` })
  if (!pidWrite.path.known) return undecided('config-value', pidWrite.at, { why: `the path the \`${PID_HOOK}\` hook writes the PID to is ${pidWrite.path.why}` })
  const path = typeof pidWrite.path.value === 'string' ? pidWrite.path.value : null
  return path === null ? undecided('config-value', pidWrite.at, { why: 'the path the hook writes the PID to is not a string' }) : pidFromPath(path, pidWrite.at, cwd)
}

export const pitchfork: ServerModel = {
  name: 'pitchfork',
  gem: 'pitchfork',
  signal: pitchforkSignal,
  cloud66: {
    label: 'Pitchfork',
    socketFix: '`-l /tmp/web_server.sock`',
    configSocketFix: '`listen "/tmp/web_server.sock"`',
    pidFix: `an \`after_monitor_ready\` hook in \`${DEFAULT_CONFIG}\` that writes it, \`${HOOK_TEXT}\` (the one way measured)`,
    pidFixIsOption: false,
    configPidFix: `\`${HOOK_TEXT}\``,
    noPidFile: 'Pitchfork removed Unicorn\'s `pid` directive and has no PID-file option',
    ...CUSTOM_SERVER_SIGNALS,
    defaultsUnconfirmed: true,
    restartFix: () => 'Pitchfork has no signal that loads new code (USR2 reforks the code loaded at start; HUP and USR1 end it), so only stopping and starting it again deploys new code',
    // docs/research/servers.md#pitchfork-measured: QUIT and TERM finish the requests in flight
    gracefulStop: 'quit',
    advice: () => ({ text: 'Pitchfork has no zero-downtime code reload: USR2 reforks the code it loaded at start ("Reloading is not a supported feature of Pitchfork", docs/MIGRATING_FROM_UNICORN.md). For zero-downtime deploys on Cloud 66 use Puma (phased restarts) or Unicorn (USR2).', recommends: [] }),
    caveat: () => UNDOCUMENTED('Pitchfork')
  },
  analyze(ctx: ServerContext): ServerFacts {
    const parsed = parseOptions(ctx.command.argv!.slice(1), PITCHFORK_OPTIONS)
    // `-D`, `--daemonize`, `-P`, `--pid`: "invalid option", exit 1 (measured on 0.18.1)
    if (parsed.error) return notStarted(ctx, [optionProblem(ctx, parsed.error)])
    const flagNotes: FlagNote[] = []
    const problems: BootProblem[] = []
    for (const o of parsed.options) {
      if (o.spec.key === 'debug') flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-debug', data: { option: o.written, program: 'pitchfork' } })
      // `-e production` evaluates `production`: NameError, exit 1 (measured on 0.18.1)
      if (o.spec.key === 'eval' && o.value) {
        if (!o.value.unknown && /^[a-z_][A-Za-z0-9_]*$/.test(o.value.text)) problems.push({ at: optionSpan(ctx, o), kind: 'eval-word', data: { option: o.written, value: o.value.text, program: 'pitchfork', fix: '-E ' + o.value.text } })
        else flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-eval', data: { option: o.written, program: 'pitchfork' } })
      }
    }
    // `-p` is typed Integer, as in Unicorn
    const portOpt = lastOption(parsed, 'port')
    if (portOpt?.value && !portOpt.value.unknown && !/^\s*[+-]?\d[\d_]*\s*$/.test(portOpt.value.text)) problems.push({ at: optionSpan(ctx, portOpt), kind: 'invalid-value', data: { option: portOpt.written, value: portOpt.value.text, why: 'OptionParser expects an Integer' } })
    if (problems.length) return notStarted(ctx, problems, flagNotes)
    const unsure = uncertainOption(ctx, parsed)
    if (unsure) return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes)
    const cwd = ctx.command.cwd
    if (cwd === null) return allUnknown('unknown-value', ctx.commandSpan, { word: ctx.command.program?.text ?? 'pitchfork' }, flagNotes)

    // the rackup file: Configurator#parse_rackup_file raises ArgumentError when it is not readable
    const rackup = parsed.positional[0]
    const ru = rackup ? (rackup.unknown ? null : appRelative(absolute(ctx, rackup.text))) : appRelative(absolute(ctx, 'config.ru'))
    if (ru !== null && !ctx.exists(ru)) return notStarted(ctx, [{ at: ctx.commandSpan, kind: 'missing-config', data: { path: rackup?.text ?? 'config.ru' } }], flagNotes)

    const cli: Listener[] = []
    let unknownAt: { at: Span; text: string } | null = null
    for (const o of allOptions(parsed, 'listen')) {
      if (!o.value) continue
      const l = o.value.unknown ? null : pitchforkListen(o.value.text, optionSpan(ctx, o), 'command-line')
      if (l) cli.push(l)
      else unknownAt ??= { at: optionSpan(ctx, o), text: o.value.text }
    }
    const host = lastOption(parsed, 'host')
    if (host || portOpt) {
      // rackup compatibility: one HOST:PORT listener, added after the config file (Configurator#load)
      const h = host?.value?.text ?? '0.0.0.0'
      const at = optionSpan(ctx, (portOpt ?? host)!)
      if (host?.value?.unknown || portOpt?.value?.unknown || h.startsWith('/')) unknownAt ??= { at, text: `${h}:${portOpt?.value?.text ?? 8080}` }
      else cli.push(tcpListener(`${h}:${portOpt?.value?.text ?? 8080}`, h, portOpt?.value ? Number(portOpt.value.text) : 8080, at, 'command-line'))
    }

    // `-c FILE`, else config/pitchfork.rb when it exists (Configurator#initialize, 0.17.0+; measured)
    const config = lastOption(parsed, 'config')
    let configPath: string | null = null
    let configAt = ctx.commandSpan
    if (config?.value) {
      configAt = optionSpan(ctx, config)
      if (config.value.unknown) return allUnknown('config-file', configAt, { files: config.value.text }, flagNotes)
      configPath = appRelative(absolute(ctx, config.value.text))
      if (configPath === null) return allUnknown('config-file', configAt, { files: config.value.text }, flagNotes)
      if (!ctx.exists(configPath)) return notStarted(ctx, [{ at: configAt, kind: 'missing-config', data: { path: config.value.text } }], flagNotes)
    } else {
      const implicit = appRelative(absolute(ctx, DEFAULT_CONFIG))
      if (implicit !== null && ctx.exists(implicit)) configPath = implicit
    }
    const configFiles = configPath ? [configPath] : []
    const file = configPath ? fileLevel(ctx, configPath, cwd) : null
    if (file === 'pending') return allUnknown('config-file', configAt, { files: configPath! }, flagNotes)
    if (file?.problems.length) return { ...notStarted(ctx, file.problems, flagNotes), configFiles }
    const blind = file?.opaque ? undecided('config-value', file.opaque.at, { why: file.opaque.why }) : null

    let listeners: Listener[] | null
    let socket
    const cliSocket = socketFromListeners(cli, ctx.commandSpan, cwd)
    const fileListeners = file && !Array.isArray(file.listeners) ? file.listeners : null
    if (unknownAt) {
      listeners = null
      socket = undecided('unknown-value', unknownAt.at, { text: unknownAt.text })
    } else if (cliSocket.value === true) {
      listeners = blind || fileListeners ? null : [...cli, ...((file?.listeners as Listener[] | undefined) ?? [])]
      socket = cliSocket
    } else if (blind) {
      listeners = null
      socket = blind
    } else if (fileListeners) {
      listeners = null
      socket = undecided('config-value', fileListeners.at, { why: fileListeners.why })
    } else {
      const all = [...cli, ...((file?.listeners as Listener[] | undefined) ?? [])]
      // the default 0.0.0.0:8080 only when no listener is given anywhere (HttpServer, Const::DEFAULT_LISTEN)
      listeners = all.length ? all : [tcpListener('0.0.0.0:8080', '0.0.0.0', 8080, ctx.commandSpan, 'default')]
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    }

    // no option and no directive writes a PID file; only a hook in the config file can
    const pidFile = blind ?? file?.pid ?? verdict(false, 'impossible', configPath ? configAt : ctx.commandSpan)
    const daemonizes = verdict(false, 'foreground', ctx.commandSpan)
    const settings: Record<string, Setting> = { workers: file?.workers ?? { value: 1, at: null, origin: 'default' } }
    const bootUnknown = file?.mayFail ?? undefined
    return { boots: blind || bootUnknown ? null : true, bootUnknown, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles, settings }
  }
}

/**
 * The monitor's signals (docs/research/servers.md#pitchfork-measured, `HttpServer` traps QUIT
 * INT TERM USR2 TTIN TTOU): USR2 reforks, HUP and USR1 are not trapped and end it (measured:
 * killed by the signal, the socket stops answering at once).
 */
function pitchforkSignal(signal: string): SignalEffect {
  switch (signal) {
    case 'usr2':
      return {
        effect: 'refork',
        does: 'forks a new mold from a running worker and replaces its workers with workers forked from it (same monitor PID), so the code it loaded at start keeps running: USR2 is a refork, not a reload',
        dropsRequests: false,
        oldCode: true
      }
    case 'quit':
    case 'term':
      return stopped(signal, true)
    case 'int':
      return stopped(signal, false, 'stops at once on INT (immediate shutdown: its workers are killed)')
    case 'ttin':
    case 'ttou':
      // read from the source (HttpServer#monitor_loop), not measured
      return { effect: 'none', does: `${signal === 'ttin' ? 'starts one more worker' : 'stops one worker'} and restarts nothing`, dropsRequests: false }
    default:
      // HUP and USR1 (Unicorn's reload and log reopening) do not exist in Pitchfork: Ruby's default ends the monitor
      return untrapped(signal)
  }
}
