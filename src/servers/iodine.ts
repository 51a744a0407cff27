/**
 * Iodine 0.7 (docs/research/servers.md#iodine; v0.7.58, read from the source, not run): facil.io's
 * own command-line parser (`fio_cli_start` in `ext/iodine/iodine.c`), with options spelled with
 * one dash. `-b` starting with `/` or `./` is a Unix socket (the port is then set to 0); any
 * other `-b` (a `unix://` URL too) is an address with the port from `-p`, `PORT` or 3000
 * (`lib/iodine.rb`). `-pid FILE` writes the root process's PID before it starts. Iodine never
 * daemonizes. An option rack-check does not know makes the prediction unknown.
 */
import { allUnknown, pidFromPath, socketFromListeners, tcpListener, type ServerContext, type ServerModel } from './common.js'
import { verdict, type Listener, type ServerFacts, type SignalEffect } from './types.js'
import { stopped, untrapped } from './signal-effects.js'
import { CUSTOM_SERVER_SIGNALS, UNDOCUMENTED } from './cloud66.js'
import type { Word } from '../model/shell.js'
import type { Span } from '../core/span.js'

/** Each option's names (first is the key) and whether it takes a value (FIO_CLI_INT/STRING) or not (FIO_CLI_BOOL). */
const OPTIONS: Array<[string[], boolean]> = [
  [['-bind', '-b', '-address'], true],
  [['-port', '-p'], true],
  [['-threads', '-t'], true],
  [['-workers', '-w'], true],
  [['-public', '-www'], true],
  [['-keep-alive', '-k', '-tout'], true],
  [['-log', '-v'], false],
  [['-max-body', '-maxbd'], true],
  [['-max-header', '-maxhd'], true],
  [['-max-msg', '-maxms'], true],
  [['-ping'], true],
  [['-tls'], false],
  [['-tls-cert', '-cert'], true],
  [['-tls-key', '-key'], true],
  [['-tls-pass', '-tls-password'], true],
  [['-redis', '-r'], true],
  [['-redis-ping', '-rp'], true],
  [['-config', '-C'], true],
  [['-pid', '-pidfile'], true],
  [['-verbosity', '-V'], true],
  [['-warmup', '--preload'], false]
]
const BY_NAME = new Map(OPTIONS.flatMap(([names, value]) => names.map((n) => [n, { key: names[0], value }] as const)))

interface Given {
  value: string
  at: Span
}

export const iodine: ServerModel = {
  name: 'iodine',
  gem: 'iodine',
  signal: iodineSignal,
  cloud66: {
    label: 'Iodine',
    socketFix: '`-b /tmp/web_server.sock`',
    configSocketFix: '`-b /tmp/web_server.sock` on the command line',
    pidFix: '`-pid /tmp/web_server.pid`',
    pidFixIsOption: true,
    configPidFix: '`-pid /tmp/web_server.pid` on the command line',
    ...CUSTOM_SERVER_SIGNALS,
    defaultsUnconfirmed: true,
    restartFix: () => 'Iodine has no signal that loads new code (USR1 respawns its workers with the code loaded at start), so only stopping and starting it again deploys new code',
    advice: () => ({ text: 'Iodine has no zero-downtime code reload: its USR1 "hot restart" respawns the workers without loading new code (Iodine\'s README). For zero-downtime deploys on Cloud 66 use Puma (phased restarts) or Unicorn (USR2).', recommends: [] }),
    caveat: () => `${UNDOCUMENTED('Iodine')} Its signals were read from its source, not measured.`
  },
  analyze(ctx: ServerContext): ServerFacts {
    const foreground = verdict(false, 'foreground', ctx.commandSpan)
    const unknown = (facts: ServerFacts): ServerFacts => ({ ...facts, daemonizes: foreground })
    const given = new Map<string, Given>()
    const words: Word[] = ctx.command.argv!.slice(1)
    for (let i = 0; i < words.length; i++) {
      const w = words[i]
      const at = ctx.file.span(w.start, w.end)
      if (w.unknown) return unknown(allUnknown('unknown-value', at, { word: w.text, variables: w.unknownVars.map((v) => '$' + v).join(', ') }))
      if (!w.text.startsWith('-')) continue // the app file (an unnamed argument)
      const spec = BY_NAME.get(w.text)
      if (!spec) return unknown(allUnknown('unknown-option', at, { word: w.text, program: 'iodine', suggest: '`-b`, `-p`, `-w` or `-pid`' }))
      if (!spec.value) {
        given.set(spec.key, { value: 'true', at })
        continue
      }
      const v = words[i + 1]
      if (!v) return unknown(allUnknown('unknown-option', at, { word: w.text, program: 'iodine', suggest: `\`${w.text}\` with a value` }))
      if (v.unknown) return unknown(allUnknown('unknown-value', ctx.file.span(v.start, v.end), { word: v.text, variables: v.unknownVars.map((x) => '$' + x).join(', ') }))
      given.set(spec.key, { value: v.text, at: ctx.file.span(w.start, v.end) })
      i++
    }
    const cwd = ctx.command.cwd
    const bind = given.get('-bind')
    const port = given.get('-port')
    let listeners: Listener[]
    let socket
    if (bind && (bind.value.startsWith('/') || bind.value.startsWith('./'))) {
      listeners = [{ kind: 'unix', path: bind.value, text: bind.value, at: bind.at, origin: 'command-line' }]
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    } else {
      // lib/iodine.rb: the port defaults to PORT, else 3000 (the prediction environment sets no PORT)
      const portText = port?.value ?? ctx.command.env.get('PORT') ?? '3000'
      const host = bind?.value ?? '0.0.0.0'
      listeners = [tcpListener(`${host}:${portText}`, host, /^\d+$/.test(portText) ? Number(portText) : null, port?.at ?? bind?.at ?? ctx.commandSpan, port || bind ? 'command-line' : 'default')]
      socket = bind?.value.startsWith('unix:') ? verdict(false, 'url-not-socket', bind.at, { text: bind.value }) : socketFromListeners(listeners, ctx.commandSpan, cwd)
    }
    const pid = given.get('-pid')
    // a value ending in `/` gets `iodine.pid` appended (lib/iodine.rb)
    const pidFile = pid ? pidFromPath(pid.value.endsWith('/') ? pid.value + 'iodine.pid' : pid.value, pid.at, cwd, pid.value) : verdict(false, 'none', ctx.commandSpan)
    // a `unix://` address is not a path: Iodine looks it up as a host name, and whether it then starts was not measured
    const bootUnknown = bind?.value.startsWith('unix:') ? { at: bind.at, why: `Iodine takes \`${bind.value}\` for a host name to listen on at port ${port?.value ?? 3000}, which it cannot resolve; whether it then exits was not measured` } : undefined
    const workers = given.get('-workers')
    return {
      boots: bootUnknown ? null : true,
      bootUnknown,
      bootProblems: [],
      socket,
      pidFile,
      daemonizes: foreground,
      listeners: bootUnknown ? null : listeners,
      flagNotes: [],
      configFiles: given.get('-config') ? [given.get('-config')!.value] : [],
      settings: { workers: workers ? { value: /^-?\d+$/.test(workers.value) ? Number(workers.value) : null, at: workers.at, origin: 'command-line' } : { value: null, at: null, origin: 'default', why: 'without `-w` Iodine reads WEB_CONCURRENCY, then WORKERS' } }
    }
  }
}

/**
 * Iodine's signals (docs/research/servers.md#iodine; `ext/iodine/fio.c`, README "Hot Restart"):
 * INT and TERM stop it; USR1 shuts the workers down and spawns them again without loading the
 * application again. Iodine does not trap HUP or USR2, and what the process then does was not
 * measured: unknown.
 */
function iodineSignal(signal: string): SignalEffect {
  switch (signal) {
    case 'usr1':
      return { effect: 'refork', does: 'shuts its workers down and spawns them again from the root process, which keeps the code it loaded at start ("This will not re-load the application", Iodine\'s README)', dropsRequests: null, oldCode: true }
    case 'int':
    case 'term':
      return stopped(signal, false, `stops on ${signal.toUpperCase()} (read from the source, not measured)`)
    case 'hup':
    case 'usr2':
      // not trapped by iodine (docs/research/servers.md#iodine): Ruby's or facil.io's default then applies, which nobody measured
      return { effect: 'unknown', does: `does not trap ${signal.toUpperCase()} (no handler in its source), and what the process then does was not measured`, dropsRequests: null, why: `Iodine sets no handler for ${signal.toUpperCase()}, and what then happens was not measured` }
    default:
      return untrapped(signal)
  }
}

