/**
 * Thin 1.x/2.x (servers.md §2): `lib/thin/runner.rb`. A command word is required; `-S` or an
 * `-a` containing `/` is a Unix socket; the PID file is written only when daemonizing; `-s N`
 * renames the socket and PID file per server; a `-C` YAML file overrides the command line.
 */
import {
  absolute,
  allUnknown,
  notStarted,
  optionProblem,
  optionSpan,
  parsePort,
  pidFromPath,
  socketFromListeners,
  tcpListener,
  uncertainOption,
  undecided,
  wordSpan,
  type ServerContext,
  type ServerModel
} from './common.js'
import { resolvePath } from './environment.js'
import { lastOption, parseOptions, type OptionSpec } from './optparse.js'
import { verdict, type FlagNote, type Listener, type ServerFacts } from './types.js'

const req = (key: string, short: string | null, long: string): OptionSpec => ({ key, short: short ? [short] : [], long: [long], arg: 'required' })
const flag = (key: string, short: string | null, long: string): OptionSpec => ({ key, short: short ? [short] : [], long: [long], arg: 'none' })

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

    const chdir = lastOption(parsed, 'chdir')
    let cwd = ctx.command.cwd
    if (chdir?.value) cwd = chdir.value.unknown || cwd === null ? null : resolvePath(cwd, chdir.value.text)

    const config = lastOption(parsed, 'config')
    const daemonOpt = lastOption(parsed, 'daemonize')
    const servers = lastOption(parsed, 'servers')
    const serverCount = servers?.value && !servers.value.unknown ? Number(servers.value.text) : servers ? null : 0

    // the YAML file (-C) assigns its keys after the command line: it may change everything
    if (config?.value) {
      const at = optionSpan(ctx, config)
      const data = { files: config.value.text }
      return {
        boots: null,
        bootProblems: [],
        socket: undecided('config-file', at, data),
        pidFile: undecided('config-file', at, data),
        daemonizes: undecided('config-file', at, data),
        listeners: null,
        flagNotes,
        configFiles: [config.value.text]
      }
    }

    // listeners: --socket wins over address/port; an address with "/" is a socket
    const socketOpt = lastOption(parsed, 'socket')
    const address = lastOption(parsed, 'address')
    const port = lastOption(parsed, 'port')
    let listeners: Listener[] | null
    let socket
    if (socketOpt?.value?.unknown || (!socketOpt && address?.value?.unknown)) {
      const o = socketOpt ?? address!
      listeners = null
      socket = undecided('unknown-value', optionSpan(ctx, o), { text: o.value!.text })
    } else if (socketOpt?.value || address?.value?.text.includes('/')) {
      const o = socketOpt ?? address!
      listeners = [{ kind: 'unix', path: o.value!.text, text: o.value!.text, at: optionSpan(ctx, o), origin: 'command-line' }]
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    } else {
      const host = address?.value?.text ?? '0.0.0.0'
      const p = port?.value ? parsePort(port.value) : 3000
      const at = port ? optionSpan(ctx, port) : address ? optionSpan(ctx, address) : ctx.commandSpan
      listeners = [tcpListener(`${host}:${port?.value?.text ?? 3000}`, host, p, at, port || address ? 'command-line' : 'default')]
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    }

    const daemonizes = daemonOpt ? verdict(true, 'flag', optionSpan(ctx, daemonOpt), { option: daemonOpt.written }) : verdict(false, 'foreground', ctx.commandSpan)

    const pidOpt = lastOption(parsed, 'pid')
    let pidFile
    if (!daemonOpt) {
      pidFile = verdict(false, 'thin-needs-daemon', pidOpt ? optionSpan(ctx, pidOpt) : ctx.commandSpan, { option: pidOpt?.written ?? '' })
    } else if (pidOpt?.value?.unknown) {
      pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
    } else {
      pidFile = pidFromPath(pidOpt?.value?.text ?? 'tmp/pids/thin.pid', pidOpt ? optionSpan(ctx, pidOpt) : ctx.commandSpan, cwd)
    }

    // a cluster renames the socket and PID file of every server
    if (servers && serverCount !== 0) {
      const at = optionSpan(ctx, servers)
      if (serverCount === null) {
        socket = undecided('unknown-value', at, { text: servers.value?.text ?? '' })
        pidFile = undecided('unknown-value', at, { text: servers.value?.text ?? '' })
        listeners = null
      } else {
        if (listeners && socket.value === true) {
          const path = absolute(ctx, listeners[0].path!)
          socket = verdict(false, 'cluster-renamed', at, { path: thinNumbered(path, 0), count: String(serverCount), text: `${servers.written} ${servers.value?.text ?? ''}` })
          listeners = listeners.map((l) => ({ ...l, path: thinNumbered(l.path!, 0) }))
        } else if (listeners && listeners[0].kind === 'tcp' && listeners[0].port != null) {
          const first = listeners[0]
          listeners = Array.from({ length: serverCount }, (_, k) => ({ ...first, port: first.port! + k }))
        }
        if (pidFile.value === true) pidFile = verdict(false, 'cluster-renamed', at, { path: thinNumbered('/tmp/web_server.pid', 0) })
      }
    }

    return { boots: true, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles: [] }
  }
}
