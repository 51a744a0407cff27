/**
 * Thin 1.x/2.x (docs/research/servers.md#thin): `lib/thin/runner.rb`. A command word is required; `-S` or an
 * `-a` containing `/` is a Unix socket; the PID file is written only when daemonizing; `-s N`
 * renames the socket and PID file per server; a `-C` YAML file overrides the command line.
 */
import {
  absolute,
  configEnvironment,
  allUnknown,
  notStarted,
  optionProblem,
  optionSpan,
  pidFromPath,
  socketFromListeners,
  tcpListener,
  uncertainOption,
  undecided,
  wordSpan,
  type ServerContext,
  type ServerModel
} from './common.js'
import { appRelative, resolvePath } from './environment.js'
import { flagOption, lastOption, parseOptions, valueOption, type OptionSpec } from './optparse.js'
import { verdict, type BootProblem, type FlagNote, type Listener, type ServerFacts, type Setting, type SignalEffect, type Verdict } from './types.js'
import { stopped, untrapped } from './signal-effects.js'
import { BLUEPILL_RESTART_SIGNAL, BLUEPILL_STOP_SEQUENCE } from './cloud66.js'
import type { Span } from '../core/span.js'
import { erbTags, firstDocument, maskErbTags, MAX_TEXT_NESTING, yamlNestingEstimate } from '../model/yaml-tree.js'

const req = valueOption
const flag = flagOption

export const THIN_OPTIONS: OptionSpec[] = [
  req('address', 'a', 'address'),
  req('port', 'p', 'port'),
  req('socket', 'S', 'socket'),
  { key: 'swiftiply', short: ['y'], long: ['swiftiply'], arg: 'optional' },
  req('adapter', 'A', 'adapter'),
  req('rackup', 'R', 'rackup'),
  req('chdir', 'c', 'chdir'),
  req('stats', null, 'stats'),
  req('environment', 'e', 'environment'),
  req('prefix', null, 'prefix'),
  flag('ssl', null, 'ssl'),
  req('ssl-key-file', null, 'ssl-key-file'),
  req('ssl-cert-file', null, 'ssl-cert-file'),
  flag('ssl-disable-verify', null, 'ssl-disable-verify'),
  req('ssl-version', null, 'ssl-version'),
  req('ssl-cipher-list', null, 'ssl-cipher-list'),
  flag('daemonize', 'd', 'daemonize'),
  req('log', 'l', 'log'),
  req('pid', 'P', 'pid'),
  req('user', 'u', 'user'),
  req('group', 'g', 'group'),
  req('tag', null, 'tag'),
  req('servers', 's', 'servers'),
  req('only', 'o', 'only'),
  req('config', 'C', 'config'),
  { key: 'all', long: ['all'], arg: 'optional' },
  flag('onebyone', 'O', 'onebyone'),
  req('wait', 'w', 'wait'),
  req('backend', 'b', 'backend'),
  req('timeout', 't', 'timeout'),
  flag('force', 'f', 'force'),
  req('max-conns', null, 'max-conns'),
  req('max-persistent-conns', null, 'max-persistent-conns'),
  flag('threaded', null, 'threaded'),
  req('threadpool-size', null, 'threadpool-size'),
  flag('no-epoll', null, 'no-epoll'),
  req('require', 'r', 'require'),
  flag('quiet', 'q', 'quiet'),
  flag('debug', 'D', 'debug'),
  flag('trace', 'V', 'trace'),
  flag('help', 'h', 'help'),
  flag('version', 'v', 'version')
]

const COMMANDS = new Set(['start', 'stop', 'restart', 'config', 'install'])

/** Thin's per-server name: `/tmp/web_server.sock` → `/tmp/web_server.0.sock` (include_server_number). */
export function thinNumbered(path: string, n: number): string {
  const dot = path.lastIndexOf('.')
  const slash = path.lastIndexOf('/')
  return dot > slash ? `${path.slice(0, dot)}.${n}${path.slice(dot)}` : `${path}.${n}`
}

export const thin: ServerModel = {
  name: 'thin',
  gem: 'thin',
  signal: thinSignal,
  cloud66: {
    label: 'Thin',
    socketFix: '`--socket /tmp/web_server.sock`',
    configSocketFix: '`socket: /tmp/web_server.sock`',
    pidFix: '`--pid /tmp/web_server.pid` (Thin writes it only when daemonized)',
    pidFixIsOption: false,
    configPidFix: '`pid: /tmp/web_server.pid`',
    // docs/research/cloud66.md#per-server-defaults-under-systemd: HUP under systemd, and Thin's own stop sequence
    restartSignal: { systemd: 'hup', bluepill: BLUEPILL_RESTART_SIGNAL },
    stopSequence: { systemd: 'quit, 75, int, 15, kill', bluepill: BLUEPILL_STOP_SEQUENCE },
    restartFix: () => 'use `restart_signal: hup` (the default for Thin), or remove `restart_signal`',
    // docs/research/servers.md#thin-signals: QUIT finishes the requests in flight
    gracefulStop: 'quit',
    // Daemonizable#daemonize writes the PID file (docs/research/servers.md#thin)
    pidOnlyWhenDaemonized: true,
    advice: () => ({ text: 'A single Thin has no zero-downtime restart. For zero-downtime deploys use Puma (phased restarts) or Unicorn (USR2).', recommends: [] })
  },
  analyze(ctx: ServerContext): ServerFacts {
    const parsed = parseOptions(ctx.command.argv!.slice(1), THIN_OPTIONS)
    if (parsed.error) return notStarted(ctx, [optionProblem(ctx, parsed.error)])
    const flagNotes: FlagNote[] = []
    for (const o of parsed.options) {
      if (o.spec.key === 'debug') flagNotes.push({ at: optionSpan(ctx, o), kind: 'thin-debug', data: { option: o.written } })
      if (o.spec.key === 'chdir' && o.value && /\.(ya?ml|rb)$/.test(o.value.text)) {
        flagNotes.push({ at: optionSpan(ctx, o), kind: 'thin-chdir', data: { option: o.written, value: o.value.text } })
      }
    }
    const unsure = uncertainOption(ctx, parsed)
    if (unsure) return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes)
    const command = parsed.positional[0]
    if (!command) return notStarted(ctx, [{ at: ctx.commandSpan, kind: 'thin-no-command', data: {} }], flagNotes)
    if (command.unknown) return allUnknown('unknown-value', wordSpan(ctx, command), { word: command.text }, flagNotes)
    if (command.text !== 'start') {
      const kind = COMMANDS.has(command.text) ? 'thin-other-command' : 'invalid-option'
      return notStarted(ctx, [{ at: wordSpan(ctx, command), kind, data: { command: command.text, option: command.text } }], flagNotes)
    }
    // `thin start` takes no argument: one more word is passed to Controller#start, which raises
    // "wrong number of arguments (given 1, expected 0)" (measured on 1.8.1: live-var-thin-p-first)
    const extra = parsed.positional[1]
    if (extra && !extra.unknown) return notStarted(ctx, [{ at: wordSpan(ctx, extra), kind: 'extra-argument', data: { text: extra.text, what: 'an argument of `thin start`, which takes none' } }], flagNotes)

    // the effective options: the command line, then every key of the -C YAML file over it
    const eff = new Map<ThinKey, Effective>()
    for (const key of THIN_KEYS) {
      const o = lastOption(parsed, key)
      if (!o) continue
      const at = optionSpan(ctx, o)
      if (o.value?.unknown) eff.set(key, { value: null, at, unknown: `\`${o.value.text}\` is not known` })
      else eff.set(key, { value: o.value ? o.value.text : true, at, text: o.value ? o.value.text : o.written })
    }
    const config = lastOption(parsed, 'config')
    const configFiles: string[] = []
    let blind: Verdict<'config-file' | 'config-value'> | null = null
    if (config?.value) {
      const at = optionSpan(ctx, config)
      const rel = config.value.unknown || ctx.command.cwd === null ? null : appRelative(absolute(ctx, config.value.text))
      configFiles.push(rel ?? config.value.text)
      if (rel === null) blind = undecided('config-file', at, { files: config.value.text })
      else {
        const yaml = thinYaml(ctx, rel)
        if (yaml.status === 'missing') return notStarted(ctx, [{ at, kind: 'missing-config', data: { path: config.value.text } }], flagNotes)
        if (yaml.status === 'unreadable') blind = undecided('config-value', at, { why: `\`${rel}\` cannot be read` })
        else if (yaml.problem) return notStarted(ctx, [yaml.problem], flagNotes)
        else if (yaml.opaque) blind = undecided('config-value', yaml.opaque.at, { why: yaml.opaque.why })
        else {
          for (const [k, v] of yaml.options) eff.set(k, v)
          flagNotes.push(...yaml.notes)
        }
      }
    }
    if (blind) return { boots: null, bootProblems: [], socket: blind, pidFile: blind, daemonizes: blind, listeners: null, flagNotes, configFiles }
    const unknownOf = (key: ThinKey): Verdict<'unknown-value' | 'config-value'> | null => {
      const e = eff.get(key)
      return e?.unknown !== undefined ? undecided(e.at.file === ctx.file.path ? 'unknown-value' : 'config-value', e.at, { text: e.text ?? '', why: e.unknown }) : null
    }
    const str = (key: ThinKey): string | null => effectiveText(eff, key)
    const origin = (at: Span): Listener['origin'] => originOf(ctx, at)

    const chdir = eff.get('chdir')
    let cwd = ctx.command.cwd
    if (chdir) cwd = chdir.unknown !== undefined || cwd === null || str('chdir') === null ? null : resolvePath(cwd, str('chdir')!)
    // Thin runs Dir.chdir before starting: a folder that does not exist stops it
    let bootUnknown: ServerFacts['bootUnknown']
    if (chdir && cwd !== null) {
      const rel = appRelative(cwd)
      if (rel !== null && !ctx.isFolder(rel) && /\$/.test(str('chdir') ?? '')) {
        return notStarted(ctx, [{ at: chdir.at, kind: 'missing-folder', data: { path: str('chdir')!, text: chdir.text ?? '' } }], flagNotes)
      }
      if (rel === null || !ctx.isFolder(rel)) bootUnknown = { at: chdir.at, why: `Thin changes to \`${str('chdir')}\` before starting and exits if that folder does not exist on the server` }
    }

    const daemon = eff.get('daemonize')
    const daemonUnknown = unknownOf('daemonize')
    const daemonOn = daemon !== undefined && daemon.value !== false && daemon.value !== null
    const servers = eff.get('servers')
    const serverCount = servers === undefined ? 0 : servers.unknown !== undefined ? null : servers.value === false || servers.value === null ? 0 : /^\d+$/.test(String(servers.value)) ? Number(servers.value) : null

    // listeners: a socket drops address and port (Controller#initialize); an address with "/" is a socket
    const socketOpt = eff.get('socket')
    const address = eff.get('address')
    const port = eff.get('port')
    let listeners: Listener[] | null
    let socket
    const socketUnknown = socketOpt ? unknownOf('socket') : (unknownOf('address') ?? unknownOf('port'))
    if (socketUnknown) {
      listeners = null
      socket = socketUnknown
    } else if (str('socket') !== null && !str('socket')!.includes('/')) {
      // Server#select_backend binds a Unix socket only when the name contains "/": this is a TCP host
      return notStarted(ctx, [{ at: socketOpt!.at, kind: 'thin-socket-not-path', data: { path: str('socket')!, text: socketOpt!.text ?? '' } }], flagNotes)
    } else if (str('socket') !== null || str('address')?.includes('/')) {
      const o = str('socket') !== null ? socketOpt! : address!
      const path = String(o.value)
      listeners = [{ kind: 'unix', path, text: o.text ?? path, at: o.at, origin: origin(o.at) }]
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    } else {
      const host = str('address') ?? '0.0.0.0'
      const portText = str('port') ?? '3000'
      const p = /^\d+$/.test(portText) ? Number(portText) : null
      const at = port?.at ?? address?.at ?? ctx.commandSpan
      listeners = [tcpListener(`${host}:${portText}`, host, p, at, port || address ? origin(at) : 'default')]
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    }

    const daemonizes = daemonUnknown ?? (daemonOn ? verdict(true, origin(daemon!.at) === 'config' ? 'config' : 'flag', daemon!.at, { option: daemon!.text ?? 'daemonize' }) : verdict(false, 'foreground', ctx.commandSpan))

    // the PID file is written only when daemonizing (Daemonizable#daemonize)
    const pidOpt = eff.get('pid')
    let pidFile
    if (daemonUnknown) pidFile = daemonUnknown
    else if (!daemonOn) pidFile = verdict(false, 'thin-needs-daemon', pidOpt ? pidOpt.at : ctx.commandSpan, { option: pidOpt?.text ?? '' })
    else pidFile = unknownOf('pid') ?? pidFromPath(str('pid') ?? 'tmp/pids/thin.pid', pidOpt ? pidOpt.at : ctx.commandSpan, cwd, pidOpt?.text)

    // a cluster renames the socket and PID file of every server
    if (servers && serverCount !== 0) ({ socket, pidFile, listeners } = clusterRenamed(ctx, servers, serverCount, cwd, { socket, pidFile, listeners }))
    const logFolder = thinLogFolder(ctx, eff, cwd, daemonOn ? daemon! : null)
    // the folder a HUP's new `thin start` runs in: `-c`/`--chdir` when given (a path it resolves then), else the
    // folder this process resolved at start (the restart rig: docs/restart.md#measured-under-load-behind-nginx)
    const directory: Setting = chdir ? { value: chdir.unknown !== undefined ? null : (str('chdir') ?? null), at: chdir.at, origin: origin(chdir.at) === 'config' ? 'config' : 'command-line' } : { value: false, at: null, origin: 'default' }
    return { boots: bootUnknown ? null : true, bootUnknown, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles, settings: { logFolder, directory } }
  }
}

/** An effective option's value as text; null when it is unset, unknown or off. */
function effectiveText(eff: Map<ThinKey, Effective>, key: ThinKey): string | null {
  const v = eff.get(key)?.value
  return v === null || v === undefined || v === false ? null : String(v)
}

const originOf = (ctx: ServerContext, at: Span): Listener['origin'] => (at.file === ctx.file.path ? 'command-line' : 'config')

type Served = Pick<ServerFacts, 'socket' | 'pidFile' | 'listeners'>

/** `servers: N` (`-s N`): a cluster numbers the socket and PID file of every server, and TCP servers take consecutive ports. */
function clusterRenamed(ctx: ServerContext, servers: Effective, serverCount: number | null, cwd: string | null, served: Served): Served {
  let { socket, pidFile, listeners } = served
  const at = servers.at
  if (serverCount === null) {
    const unknown = undecided(originOf(ctx, at) === 'config' ? 'config-value' : 'unknown-value', at, { text: servers.text ?? '', why: servers.unknown ?? '`servers` is not a number' })
    return { socket: unknown, pidFile: unknown, listeners: null }
  }
  if (listeners && socket.value === true) {
    const path = resolvePath(cwd ?? '/', listeners[0].path!)
    socket = verdict(false, 'cluster-renamed', at, { path: thinNumbered(path, 0), count: String(serverCount), text: ctx.file.path === at.file ? ctx.file.textAt(at) : `servers: ${serverCount}` })
    listeners = listeners.map((l) => ({ ...l, path: thinNumbered(l.path!, 0) }))
  } else if (listeners && listeners[0].kind === 'tcp' && listeners[0].port != null) {
    const first = listeners[0]
    listeners = Array.from({ length: serverCount }, (_, k) => ({ ...first, port: first.port! + k }))
  }
  if (pidFile.value === true) pidFile = verdict(false, 'cluster-renamed', at, { path: thinNumbered('/tmp/web_server.pid', 0) })
  return { socket, pidFile, listeners }
}

/**
 * USR1 reopens the log file, which fails and stops a foreground Thin when its folder is missing
 * (measured); daemonizing creates the folder (Daemonizable#daemonize). The default log is
 * log/thin.log under the folder Thin was started in (runner.rb: File.join(Dir.pwd, …)).
 */
function thinLogFolder(ctx: ServerContext, eff: Map<ThinKey, Effective>, cwd: string | null, daemon: Effective | null): Setting {
  const log = eff.get('log')
  const str = (key: ThinKey): string | null => effectiveText(eff, key)
  let logFolder: Setting
  if (daemon) logFolder = { value: true, at: daemon.at, origin: originOf(ctx, daemon.at) === 'config' ? 'config' : 'command-line' }
  else if (!log) logFolder = { value: ctx.command.cwd === null ? null : ctx.isFolder(appRelative(ctx.command.cwd) === '' ? 'log' : `${appRelative(ctx.command.cwd)}/log`), at: null, origin: 'default', why: 'the folder Thin starts in is not known' }
  else {
    const path = log.unknown !== undefined || str('log') === null || cwd === null ? null : resolvePath(cwd, str('log')!)
    const folder = path === null ? null : path.slice(0, path.lastIndexOf('/')) || '/'
    const rel = folder === null ? null : appRelative(folder)
    logFolder = { value: folder === '/tmp' ? true : rel === null ? null : ctx.isFolder(rel || '.'), at: log.at, origin: originOf(ctx, log.at) === 'config' ? 'config' : 'command-line', why: `whether the folder of \`${str('log') ?? log.text}\` exists on the server is not known` }
  }
  if (logFolder.value !== null) delete logFolder.why
  return logFolder
}

const THIN_KEYS = ['socket', 'address', 'port', 'pid', 'daemonize', 'servers', 'chdir', 'log'] as const
type ThinKey = (typeof THIN_KEYS)[number]

interface Effective {
  value: string | number | boolean | null
  at: Span
  /** as written, for messages */
  text?: string
  /** set when the value cannot be known: why */
  unknown?: string
}

interface ThinYaml {
  status: 'ok' | 'missing' | 'unreadable'
  options: Map<ThinKey, Effective>
  notes: FlagNote[]
  problem: BootProblem | null
  opaque: { at: Span; why: string } | null
}

/**
 * Thin's `-C` file: ERB, then YAML (Psych, YAML 1.1), every key assigned over the command line
 * (`load_options_from_config_file!`). `<%= … %>` values are unknown; other ERB tags may change
 * anything. Shell-style `$VARS` are not expanded by Thin.
 */
function thinYaml(ctx: ServerContext, path: string): ThinYaml {
  const out: ThinYaml = { status: 'ok', options: new Map(), notes: [], problem: null, opaque: null }
  const read = ctx.config.yaml(path)
  if (read.status === 'missing' || read.status === 'unreadable') return { ...out, status: read.status }
  if (read.status !== 'ok') return out
  const { file, yaml } = read.value
  const logic = /<%(?!=)/.exec(file.text)
  if (logic) return { ...out, opaque: { at: file.span(logic.index, logic.index + 2), why: `\`${path}\` has an ERB tag that may change any option` } }
  // an ERB output tag becomes a placeholder of the same length, so positions stay right
  const erb = erbTags(file.text, 'output')
  const text = maskErbTags(file.text, erb, (tag) => 'x'.repeat(tag.length))
  // the YAML parser recurses once per level: not for text nested deeper than rack-check reads (docs/maintainers/robustness.md)
  if (yamlNestingEstimate(text) > MAX_TEXT_NESTING) return { ...out, opaque: { at: file.span(0, 1), why: `\`${path}\` is nested more than ${MAX_TEXT_NESTING} levels deep, more than rack-check reads` } }
  // Thin loads the file with YAML.load: the first document only (yaml-tree.ts firstDocument)
  const { doc, later } = firstDocument(yaml, text)
  if (later) out.notes.push({ at: file.span(later.start, later.start + 3), kind: 'yaml-later-documents', data: { path, count: String(later.count) } })
  if (doc.errors.length > 0) {
    const e = doc.errors[0]
    return { ...out, problem: { at: file.span(e.pos[0], Math.max(e.pos[1], e.pos[0] + 1)), kind: 'config-syntax', data: { path, message: e.message.split('\n')[0] } } }
  }
  if (!yaml.isMap(doc.contents)) return out
  for (const pair of doc.contents.items) {
    if (!yaml.isScalar(pair.key) || !pair.key.range) continue
    const key = String(pair.key.value).replace(/^:/, '') as ThinKey
    if (!THIN_KEYS.includes(key)) continue
    const node = pair.value
    const range = node && yaml.isScalar(node) && node.range ? node.range : null
    const end = range ? range[1] : pair.key.range[1]
    const at = file.span(pair.key.range[0], end)
    const written = file.text.slice(pair.key.range[0], end).trim()
    if (range && erb.some(([a, b]) => a < range[1] && b > range[0])) {
      // `<%= ENV["NAME"] %>` is evaluated under the prediction environment; other Ruby is not
      const env = configEnvironment(ctx, path)
      let unknown = false
      const value = file.text.slice(range[0], range[1]).replace(/<%=\s*ENV\[\s*["'](\w+)["']\s*\]\s*%>/g, (_m: string, name: string) => {
        const v = env.get(name)
        if (v === undefined) unknown = true
        return v ?? ''
      })
      if (unknown || value.includes('<%')) out.options.set(key, { value: null, at, text: written, unknown: `\`${written}\` in \`${path}\` is computed by ERB` })
      else out.options.set(key, { value: value.trim(), at, text: written })
      continue
    }
    const value = node && yaml.isScalar(node) ? node.value : null
    if (typeof value === 'string' && /\$\{?[A-Za-z_]/.test(value)) out.notes.push({ at, kind: 'thin-yaml-variable', data: { key, value, path } })
    out.options.set(key, { value: typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null, at, text: written })
  }
  return out
}

/**
 * Thin's signals (docs/research/servers.md#thin-signals, measured: #measured-signals; `Server#setup_signals`): HUP restarts the whole
 * server (`thin start` with the same options, new PID, a brief outage); others are untrapped.
 */
function thinSignal(signal: string, facts: ServerFacts): SignalEffect {
  switch (signal) {
    case 'hup':
      // measured (docs/research/servers.md#measured-signals): daemonized, PID 8 → 13; in the foreground the old process stays
      // on as the parent of the new `thin start`, and no PID file is written
      if (facts.daemonizes.value === false) {
        // the restart rig: with no `--chdir`, the new process started in the release the old one resolved at start and
        // release A kept answering after `current` moved (Thin 1.8.1, docs/restart.md#measured-under-load-behind-nginx)
        const stays = facts.settings?.directory?.value === false ? '; it starts in the folder the old process resolved at start, so after a deploy it keeps serving the old release (measured on Thin 1.8.1 with the `current` symlink moved; `--chdir $STACK_PATH` was not measured)' : ''
        return { effect: 'full-restart', does: `stops serving and runs \`thin start\` again with the same options as its own child (the old process stays on as the parent): a brief outage while the new process boots${stays}`, dropsRequests: true }
      }
      return { effect: 'full-restart', does: 'stops and runs `thin start` again with the same options: a new PID and a brief outage while the new process boots', dropsRequests: true }
    case 'usr1': {
      const folder = facts.settings?.logFolder
      if (folder?.value === false) return stopped(signal, false, 'tries to reopen its log file in a folder that does not exist, raises Errno::ENOENT and exits (measured: a foreground Thin with no `log/` folder)')
      if (!folder || folder.value === null) return { effect: 'unknown', does: 'reopens its log file if its folder exists, and exits if it does not', dropsRequests: null, why: folder?.why ?? 'the log folder is not known' }
      return { effect: 'reopen-logs', does: 'reopens its log file and keeps serving the same code', dropsRequests: false }
    }
    case 'term':
    case 'quit':
      return stopped(signal, true)
    case 'int':
    case 'kill':
      return stopped(signal, false)
    default:
      return untrapped(signal)
  }
}
