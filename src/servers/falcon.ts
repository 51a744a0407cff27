/**
 * Falcon 0.55 (docs/research/servers.md#falcon; read from the source, not run): `falcon serve`
 * (the default subcommand, `Falcon::Command::Top`) and `falcon host`. `serve --bind URL` is
 * always a TCP endpoint (`Async::HTTP::Endpoint#build_endpoint` → `tcp_endpoint`): a `unix://`
 * URL gives no Unix socket. `falcon host` listens where `falcon.rb` says, which rack-check does
 * not evaluate. No falcon command writes a PID file or daemonizes. Falcon parses its command line
 * with Samovar, not OptionParser: an option rack-check does not know makes the prediction unknown.
 */
import { allUnknown, notStarted, undecided, wordSpan, type ServerContext, type ServerModel } from './common.js'
import { appRelative } from './environment.js'
import { absolute } from './common.js'
import { verdict, type Listener, type ServerFacts, type SignalEffect } from './types.js'
import { stopped, untrapped } from './signal-effects.js'
import { CUSTOM_SERVER_SIGNALS, UNDOCUMENTED } from './cloud66.js'
import type { Word } from '../model/shell.js'

/** `Falcon::Command::Top`'s options, before the subcommand. */
const TOP_FLAGS = new Set(['--verbose', '--quiet', '-h', '--help', '-v', '--version'])
const SUBCOMMANDS = new Set(['serve', 'host', 'virtual', 'proxy', 'redirect'])
/** `Falcon::Command::Serve`'s options: true when the option takes a value. */
const SERVE_OPTIONS: Record<string, boolean> = {
  '-b': true, '--bind': true, '-p': true, '--port': true, '-h': true, '--hostname': true, '-t': true, '--timeout': true,
  '-c': true, '--config': true, '--preload': true, '--cache': false, '--forked': false, '--threaded': false, '--hybrid': false,
  '-n': true, '--count': true, '--forks': true, '--threads': true, '--restart': false, '--no-restart': false,
  '--graceful-stop': true, '--health-check-timeout': true
}

interface Parsed {
  sub: string
  values: Map<string, Word>
  flags: Set<string>
  rest: Word[]
  /** the first word rack-check cannot read as Samovar would */
  unknown: { word: Word; why: 'option' | 'value' } | null
}

function parse(words: Word[]): Parsed {
  const out: Parsed = { sub: 'serve', values: new Map(), flags: new Set(), rest: [], unknown: null }
  let i = 0
  while (i < words.length && TOP_FLAGS.has(words[i].text)) out.flags.add(words[i++].text)
  // Samovar's `nested … default: "serve"`: a word that names no subcommand is parsed by `serve`
  if (i < words.length && SUBCOMMANDS.has(words[i].text)) out.sub = words[i++].text
  const options = out.sub === 'serve' ? SERVE_OPTIONS : {}
  for (; i < words.length; i++) {
    const w = words[i]
    if (w.unknown) return { ...out, unknown: { word: w, why: 'value' } }
    if (w.text.startsWith('-') && out.sub === 'serve') {
      if (!(w.text in options)) return { ...out, unknown: { word: w, why: 'option' } }
      const canonical = ({ '-b': '--bind', '-p': '--port', '-c': '--config', '-n': '--count', '-h': '--hostname', '-t': '--timeout' } as Record<string, string>)[w.text] ?? w.text
      if (options[w.text]) {
        const v = words[i + 1]
        if (!v) return { ...out, unknown: { word: w, why: 'option' } }
        if (v.unknown) return { ...out, unknown: { word: v, why: 'value' } }
        out.values.set(canonical, v)
        i++
      } else out.flags.add(canonical)
    } else out.rest.push(w)
  }
  return out
}

export const falcon: ServerModel = {
  name: 'falcon',
  gem: 'falcon',
  signal: falconSignal,
  cloud66: {
    label: 'Falcon',
    // one instruction, no option to append: `falcon serve --bind` makes a TCP endpoint of any URL (docs/research/servers.md#falcon)
    socketFix: '`falcon host` with an endpoint on the Unix socket /tmp/web_server.sock in `falcon.rb` (`falcon serve` makes a TCP endpoint of any `--bind`), or Puma',
    socketFixIsOption: false,
    configSocketFix: 'an endpoint on the Unix socket /tmp/web_server.sock in falcon.rb',
    pidFix: 'a server that writes one instead (Puma: `--pidfile /tmp/web_server.pid`)',
    pidFixIsOption: false,
    configPidFix: 'a PID file at /tmp/web_server.pid, which Falcon cannot write',
    noPidFile: 'no falcon command has a PID-file option, and neither `falcon serve` nor `falcon host` writes one',
    ...CUSTOM_SERVER_SIGNALS,
    defaultsUnconfirmed: true,
    restartFix: (preload) => (preload ? 'use `restart_signal: hup` without `--preload` (HUP starts new workers that load the app again), or remove `restart_signal`' : 'use `restart_signal: hup` (Falcon starts new workers that load the app again), or remove `restart_signal`'),
    caveat: () => `${UNDOCUMENTED('Falcon')} Its signals were read from its source, not measured.`
  },
  analyze(ctx: ServerContext): ServerFacts {
    const p = parse(ctx.command.argv!.slice(1))
    // no falcon command writes a PID file or daemonizes (docs/research/servers.md#falcon), whatever else the line says
    const pidFile = verdict(false, 'impossible', ctx.commandSpan)
    const daemonizes = verdict(false, 'foreground', ctx.commandSpan)
    if (p.unknown) {
      const at = wordSpan(ctx, p.unknown.word)
      if (p.unknown.why === 'value') return { ...allUnknown('unknown-value', at, { word: p.unknown.word.text, variables: p.unknown.word.unknownVars.map((v) => '$' + v).join(', ') }), pidFile, daemonizes }
      return { ...allUnknown('unknown-option', at, { word: p.unknown.word.text, program: `falcon ${p.sub}`, suggest: '`--bind`, `--port`, `--config` or `--count`' }), pidFile, daemonizes }
    }
    if (p.sub === 'host') return host(ctx, p)
    if (p.sub !== 'serve') return { ...allUnknown('config-value', wordSpan(ctx, ctx.command.argv![1]), { why: `\`falcon ${p.sub}\` is not a web server rack-check models` }), pidFile, daemonizes }
    if (p.rest.length > 0) return { ...allUnknown('unknown-option', wordSpan(ctx, p.rest[0]), { word: p.rest[0].text, program: 'falcon serve', suggest: '`--config` for the rackup file' }), pidFile, daemonizes }

    const bind = p.values.get('--bind')
    const port = p.values.get('--port')
    const portNumber = port ? (/^\d+$/.test(port.text) ? Number(port.text) : null) : null
    const at = bind ? ctx.file.span(ctx.command.argv!.find((w) => w === bind)!.start, bind.end) : ctx.commandSpan
    const url = bind?.text ?? 'https://localhost:9292'
    const parsedUrl = /^([a-z][a-z0-9+.-]*):\/\/([^/:]*)(?::(\d+))?/i.exec(url)
    const scheme = parsedUrl?.[1].toLowerCase() ?? null
    // Async::HTTP::Endpoint#port: the --port option, else the URL's, else 443 for https/wss and 80 otherwise
    const tcpPort = portNumber ?? (parsedUrl?.[3] ? Number(parsedUrl[3]) : scheme === 'https' || scheme === 'wss' ? 443 : 80)
    const listener: Listener = { kind: 'tcp', host: parsedUrl?.[2] ?? '', port: port && portNumber === null ? null : tcpPort, text: url, at, origin: bind ? 'command-line' : 'default' }
    const socket = !bind
      ? verdict(false, 'no-listener', ctx.commandSpan, { default: 'https://localhost:9292 (TCP, TLS)' })
      : scheme === 'unix'
        ? verdict(false, 'url-not-socket', at, { text: bind.text })
        : verdict(false, 'tcp-only', at, { text: bind.text })
    // the rackup file is loaded by each worker; whether a missing one stops the controller was not read
    const ru = p.values.get('--config')?.text ?? 'config.ru'
    const ruPath = ctx.command.cwd === null ? null : appRelative(absolute(ctx, ru))
    const missingRu = ruPath !== null && !ctx.exists(ruPath)
    // a `unix:` URL has no host: the endpoint binds TCP port 80, which Nginx holds on a Cloud 66 server
    const bootUnknown = missingRu
      ? { at: ctx.commandSpan, why: `\`${ru}\` is not in the repository, and what Falcon does when its workers cannot load the app was not read` }
      : scheme === 'unix'
        ? { at, why: `Falcon makes a TCP endpoint of \`${bind!.text}\` (no host, port ${tcpPort}); Nginx already listens on port 80 on a Cloud 66 server, and whether Falcon then starts was not measured` }
        : undefined
    const settings = { preload: { value: p.values.has('--preload'), at: p.values.has('--preload') ? wordSpan(ctx, p.values.get('--preload')!) : null, origin: p.values.has('--preload') ? ('command-line' as const) : ('default' as const) } }
    return { boots: bootUnknown ? null : true, bootUnknown, bootProblems: [], socket, pidFile, daemonizes, listeners: scheme === 'unix' ? null : [listener], flagNotes: [], configFiles: [], settings }
  }
}

/** `falcon host [falcon.rb …]`: the services and their endpoints are Ruby in the files, which rack-check does not evaluate. */
function host(ctx: ServerContext, p: Parsed): ServerFacts {
  const files = p.rest.length ? p.rest.map((w) => w.text) : ['falcon.rb']
  const at = p.rest.length ? ctx.file.span(p.rest[0].start, p.rest[p.rest.length - 1].end) : ctx.commandSpan
  for (const f of files) {
    const rel = ctx.command.cwd === null ? null : appRelative(absolute(ctx, f))
    if (rel !== null && !ctx.exists(rel)) return notStarted(ctx, [{ at, kind: 'missing-config', data: { path: f } }])
  }
  const why = `rack-check does not evaluate \`${files.join('`, `')}\`: its endpoint decides the listener (with \`Falcon::Environment::Rack\` the default is the Unix socket \`application.ipc\` in the service root, speaking HTTP/2)`
  return {
    // the socket notice says why (the files are not evaluated)
    boots: null,
    bootProblems: [],
    socket: undecided('config-value', at, { why }),
    pidFile: verdict(false, 'impossible', ctx.commandSpan),
    daemonizes: verdict(false, 'foreground', ctx.commandSpan),
    listeners: null,
    flagNotes: [],
    configFiles: files
  }
}

/**
 * `Async::Container::Controller` (async-container 0.38.0, Falcon's controller through
 * `Async::Service::Controller`; docs/research/servers.md#falcon-signals): HUP builds a new
 * container whose workers are forked from the controller and load the app there
 * (`Async::Service::Managed::Service#setup` evaluates the environment in the child), waits until
 * they are ready, then stops the old one. INT and TERM stop it gracefully; nothing else is
 * trapped. Read from the source, not measured.
 */
function falconSignal(signal: string, facts: ServerFacts): SignalEffect {
  switch (signal) {
    case 'hup': {
      const preload = facts.settings?.preload
      if (preload?.value === true) {
        return {
          effect: 'refork',
          does: 'starts a new set of workers forked from its controller, which loaded the `--preload` files at start, and then stops the old ones: code those files loaded stays the old code (read from the source, not run)',
          dropsRequests: null,
          oldCode: true,
          cause: { setting: 'preload', at: preload.at, text: '--preload' }
        }
      }
      return { effect: 'phased-restart', does: 'starts a new set of workers, which load the app again, waits until they are ready and then stops the old ones (same controller PID; read from the source, not run)', dropsRequests: null }
    }
    case 'int':
    case 'term':
      return stopped(signal, true, `stops gracefully on ${signal.toUpperCase()} (its workers get the graceful-stop time to finish; read from the source)`)
    default:
      return untrapped(signal)
  }
}
