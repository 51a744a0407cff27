/**
 * Agoo 2.15 (docs/research/servers.md#agoo; v2.15.15, read from the source, not run): `bin/agoo`
 * parses with OptionParser. `-b unix:///PATH` is a Unix socket at PATH (`ext/agoo/bind.c`);
 * `http://`, `tcp://`, `https://` URLs are TCP. Without `-b` a rack file is served on port 9292
 * (`-p` changes it); whether 9292 is also bound beside a `-b` is not known. Agoo has no PID-file
 * option and never daemonizes; `-d` is the static-files folder.
 */
import { allUnknown, notStarted, optionProblem, optionSpan, socketFromListeners, tcpListener, uncertainOption, type ServerContext, type ServerModel } from './common.js'
import { allOptions, flagOption, lastOption, parseOptions, valueOption, type OptionSpec } from './optparse.js'
import { verdict, type Listener, type ServerFacts, type SignalEffect } from './types.js'
import { stopped, untrapped } from './signal-effects.js'
import { CUSTOM_SERVER_SIGNALS, UNDOCUMENTED } from './cloud66.js'

const req = valueOption
const flag = flagOption

/** `bin/agoo` at v2.15.15 (`-I` is taken out of ARGV before OptionParser runs). */
export const AGOO_OPTIONS: OptionSpec[] = [
  flag('help', 'h', 'help'),
  flag('silent', 's', 'silent'),
  flag('verbose', 'v', 'verbose'),
  flag('root_first', 'f', 'root_first'),
  req('port', 'p', 'port'),
  req('bind', 'b', 'bind'),
  req('dir', 'd', 'dir'),
  req('graphql', 'g', 'graphql'),
  req('require', 'r', 'require'),
  req('threads', 't', 'threads'),
  req('workers', 'w', 'workers'),
  req('include', 'I', 'include'),
  req('ssl_cert', null, 'ssl_cert'),
  req('ssl_key', null, 'ssl_key'),
  req('log-dir', null, 'log-dir'),
  { key: 'log-classic', long: ['log-classic'], arg: 'none', negatable: true },
  { key: 'log-console', long: ['log-console'], arg: 'none', negatable: true },
  { key: 'log-colorize', long: ['log-colorize'], arg: 'none', negatable: true }
]

/** `ext/agoo/bind.c`: the scheme decides; anything without one is taken as HTTP. */
function agooBind(text: string, at: Listener['at']): Listener | null {
  if (/^unix:\/\//i.test(text)) return { kind: 'unix', path: text.slice(7), text, at, origin: 'command-line' }
  const m = /^(?:(?:https?|tcp|ssl):\/\/)?\[?([^\]/]*?)\]?:(\d+)\/?$/i.exec(text)
  if (m) return tcpListener(text, m[1] || '0.0.0.0', Number(m[2]), at, 'command-line')
  return null
}

export const agoo: ServerModel = {
  name: 'agoo',
  gem: 'agoo',
  signal: agooSignal,
  cloud66: {
    label: 'Agoo',
    socketFix: '`-b unix:///tmp/web_server.sock`',
    configSocketFix: '`-b unix:///tmp/web_server.sock` on the command line',
    pidFix: 'a server that writes one instead (Puma: `--pidfile /tmp/web_server.pid`)',
    pidFixIsOption: false,
    configPidFix: 'a PID file at /tmp/web_server.pid, which Agoo cannot write',
    noPidFile: 'Agoo has no PID-file option',
    ...CUSTOM_SERVER_SIGNALS,
    defaultsUnconfirmed: true,
    restartFix: () => 'what Agoo does with HUP, USR1 and USR2 is not known (it handles only INT and TERM), so stopping and starting it again is the one restart rack-check knows',
    caveat: () => `${UNDOCUMENTED('Agoo')} Agoo handles only INT and TERM (read from its source, not measured).`
  },
  analyze(ctx: ServerContext): ServerFacts {
    const parsed = parseOptions(ctx.command.argv!.slice(1), AGOO_OPTIONS)
    if (parsed.error) return notStarted(ctx, [optionProblem(ctx, parsed.error)])
    const unsure = uncertainOption(ctx, parsed)
    if (unsure) return allUnknown('unknown-value', unsure.at, unsure.data)
    const pidFile = verdict(false, 'impossible', ctx.commandSpan)
    const daemonizes = verdict(false, 'foreground', ctx.commandSpan)
    const binds: Listener[] = []
    for (const o of allOptions(parsed, 'bind')) {
      if (!o.value) continue
      const l = o.value.unknown ? null : agooBind(o.value.text, optionSpan(ctx, o))
      // a bind rack-check cannot read: what Agoo listens on is unknown
      if (!l) return { ...allUnknown('unknown-value', optionSpan(ctx, o), { word: o.value.text, text: o.value.text }), pidFile, daemonizes }
      binds.push(l)
    }
    const port = lastOption(parsed, 'port')
    if (port?.value && (port.value.unknown || !/^\d+$/.test(port.value.text))) {
      if (!port.value.unknown) return notStarted(ctx, [{ at: optionSpan(ctx, port), kind: 'invalid-value', data: { option: port.written, value: port.value.text, why: 'OptionParser expects an Integer' } }])
      return { ...allUnknown('unknown-value', optionSpan(ctx, port), { word: port.value.text }), pidFile, daemonizes }
    }
    // without handler paths, config.ru else config.rb is run (9292); with neither only static files are served (6464)
    const runs = parsed.positional.length > 0 || ctx.exists('config.ru') || ctx.exists('config.rb')
    const portNumber = port?.value ? Number(port.value.text) : runs ? 9292 : 6464
    let listeners: Listener[] | null
    if (binds.length === 0) listeners = [tcpListener(`0.0.0.0:${portNumber}`, '0.0.0.0', portNumber, port ? optionSpan(ctx, port) : ctx.commandSpan, port ? 'command-line' : 'default')]
    // whether the port is bound beside the binds is not known (the Rack handler's help says it is ignored)
    else listeners = null
    const socket = socketFromListeners(binds.length ? binds : listeners!, ctx.commandSpan, ctx.command.cwd)
    return { boots: true, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes: [], configFiles: [] }
  }
}

/** `ext/agoo/agoo.c`: INT and TERM set the stop flag, PIPE is ignored; HUP, USR1 and USR2 are not handled by Agoo, and what then happens was not read or measured. */
function agooSignal(signal: string): SignalEffect {
  switch (signal) {
    case 'int':
    case 'term':
      return stopped(signal, false, `stops on ${signal.toUpperCase()} (it sets its stop flag; read from the source, not measured)`)
    case 'hup':
    case 'usr1':
    case 'usr2':
      return { effect: 'unknown', does: `does not handle ${signal.toUpperCase()} itself, and what Ruby then does while Agoo's C loop runs was not measured`, dropsRequests: null, why: `Agoo installs no handler for ${signal.toUpperCase()}, and the effect of Ruby's default one was not measured` }
    default:
      return untrapped(signal)
  }
}
