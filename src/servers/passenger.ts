/**
 * `passenger start` (Passenger Standalone 6, docs/research/servers.md#passenger-standalone): `--socket`, `--pid-file` (the
 * watchdog's PID), `-d`. `Passengerfile.json` in the app folder is read automatically and sits
 * below the command line. Passenger's full option list was not modelled, so an option rack-check
 * does not know makes the prediction unknown rather than a boot failure.
 */
import { allUnknown, optionSpan, parsePort, pidFromPath, socketFromListeners, tcpListener, undecided, type ServerContext, type ServerModel } from './common.js'
import { appRelative } from './environment.js'
import { CUSTOM_SERVER_SIGNALS, PUMA_CONFIG_FIXES, UNSTUDIED_RESTART_FIX } from './cloud66.js'
import { lastOption, parseOptions, type OptionSpec } from './optparse.js'
import { verdict, type ServerFacts } from './types.js'

const OPTIONS: OptionSpec[] = [
  { key: 'address', short: ['a'], long: ['address'], arg: 'required' },
  { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
  { key: 'socket', short: ['S'], long: ['socket'], arg: 'required' },
  { key: 'socket-backlog', long: ['socket-backlog'], arg: 'required' },
  { key: 'daemonize', short: ['d'], long: ['daemonize'], arg: 'none' },
  { key: 'pid-file', long: ['pid-file'], arg: 'required' },
  { key: 'log-file', long: ['log-file'], arg: 'required' },
  { key: 'environment', short: ['e'], long: ['environment'], arg: 'required' },
  { key: 'engine', long: ['engine'], arg: 'required' },
  { key: 'max-pool-size', long: ['max-pool-size'], arg: 'required' },
  { key: 'min-instances', long: ['min-instances'], arg: 'required' },
  { key: 'user', long: ['user'], arg: 'required' },
  { key: 'instance-registry-dir', long: ['instance-registry-dir'], arg: 'required' },
  { key: 'rackup', short: ['R'], long: ['rackup'], arg: 'required' },
  { key: 'spawn-method', long: ['spawn-method'], arg: 'required' },
  { key: 'nginx-version', long: ['nginx-version'], arg: 'required' },
  { key: 'help', short: ['h'], long: ['help'], arg: 'none' }
]

export const passenger: ServerModel = {
  name: 'passenger',
  gem: 'passenger',
  cloud66: {
    label: 'Passenger',
    socketFix: '`--socket /tmp/web_server.sock`',
    pidFix: '`--pid-file /tmp/web_server.pid`',
    pidFixIsOption: true,
    ...PUMA_CONFIG_FIXES,
    ...CUSTOM_SERVER_SIGNALS,
    restartFix: () => UNSTUDIED_RESTART_FIX,
    caveat: () => 'How Cloud 66 restarts a `passenger start` custom server is not documented.',
    notACustomWeb: true
  },
  analyze(ctx: ServerContext): ServerFacts {
    const parsed = parseOptions(ctx.command.argv!.slice(2), OPTIONS)
    if (parsed.error) {
      const at = ctx.file.span(parsed.error.start, parsed.error.end)
      return allUnknown('unknown-value', at, { word: parsed.error.written })
    }
    const cwd = ctx.command.cwd
    const base = cwd === null ? null : appRelative(cwd)
    const configFile = base === null ? null : ['Passengerfile.json', 'passenger-standalone.json'].map((f) => (base ? base + '/' : '') + f).find((f) => ctx.exists(f))
    const configFiles = configFile ? [configFile] : []
    const fromConfig = <R extends string>(r: R) => undecided(r, ctx.commandSpan, { files: configFiles.join(', ') })

    const daemon = lastOption(parsed, 'daemonize')
    const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : configFile ? fromConfig('config-file' as const) : verdict(false, 'foreground', ctx.commandSpan)

    const sock = lastOption(parsed, 'socket')
    const port = lastOption(parsed, 'port')
    const address = lastOption(parsed, 'address')
    let socket
    let listeners
    if (sock?.value?.unknown) {
      socket = undecided('unknown-value', optionSpan(ctx, sock), { text: sock.value.text })
      listeners = null
    } else if (sock?.value) {
      listeners = [{ kind: 'unix' as const, path: sock.value.text, text: sock.value.text, at: optionSpan(ctx, sock), origin: 'command-line' as const }]
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    } else if (configFile) {
      socket = fromConfig('config-file' as const)
      listeners = null
    } else {
      const host = address?.value?.text ?? '0.0.0.0'
      listeners = [tcpListener(`${host}:${port?.value?.text ?? 3000}`, host, port?.value ? parsePort(port.value) : 3000, port ? optionSpan(ctx, port) : ctx.commandSpan, port ? 'command-line' : 'default')]
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    }

    const pidOpt = lastOption(parsed, 'pid-file')
    const pidFile = pidOpt?.value
      ? pidOpt.value.unknown
        ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
        : pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
      : configFile
        ? fromConfig('config-file' as const)
        : verdict(false, 'other-path', ctx.commandSpan, { text: 'tmp/pids/passenger.<port>.pid', path: 'tmp/pids/passenger.<port>.pid' })

    return { boots: configFile ? null : true, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes: [], configFiles }
  }
}
