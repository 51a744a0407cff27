/**
 * Thruster (`thrust CMD …`, the `thruster` gem; docs/research/servers.md#thruster): Basecamp's
 * HTTP/2 proxy in Go, which Rails 8's Dockerfile puts in front of `rails server`. It binds its
 * own TCP port (HTTP_PORT, 80) before it starts the command, gives the command PORT=TARGET_PORT
 * (3000), and relays only INT and TERM to it (docs/research/servers.md#thruster-signals).
 *
 * On Cloud 66 Nginx already listens on port 80 (docs/research/cloud66.md#nginx-in-front): from
 * 0.1.16 on Thruster exits 1 when it cannot bind, before the command runs; up to 0.1.15 it
 * ignores the failure and runs the command anyway.
 */
import { ENGINE } from './wrapped.js'
import { CUSTOM_SERVER_SIGNALS, PUMA_CONFIG_FIXES } from './cloud66.js'
import { stopped, untrapped } from './signal-effects.js'
import { tcpListener, wordSpan } from './common.js'
import { verdict } from './types.js'
import { atLeast } from './version.js'
import type { WrapperContext, WrapperModel } from './wrapper.js'

/** The version whose bind failure ends Thruster (CHANGELOG 0.1.16, "Fail with an error if unable to bind to port"). */
export const BIND_FAILURE_EXITS = '0.1.16'
/** The ports Nginx holds on a Cloud 66 server (docs/research/cloud66.md#nginx-in-front). */
const NGINX_PORTS = new Set(['80', '443'])

/** A Thruster setting: the `THRUSTER_`-prefixed variable wins (`internal/config.go`). Undefined: unknown. */
function setting(ctx: WrapperContext, name: string, fallback: string | null): string | null | undefined {
  const env = ctx.command
  for (const n of ['THRUSTER_' + name, name]) {
    if (env.unknownEnv.has(n)) return undefined
    const v = env.env.get(n)
    if (v !== undefined && v !== '') return v
  }
  return fallback
}

/** The ports Thruster binds before it runs the command: HTTP_PORT, and HTTPS_PORT when TLS_DOMAIN is set. */
function ports(ctx: WrapperContext): Array<string | undefined> {
  const out = [setting(ctx, 'HTTP_PORT', '80') ?? undefined]
  const tls = setting(ctx, 'TLS_DOMAIN', null)
  if (tls !== null) out.push(tls === undefined ? undefined : (setting(ctx, 'HTTPS_PORT', '443') ?? undefined))
  return out
}

export const thruster: WrapperModel = {
  name: 'thruster',
  engine: ENGINE,
  gem: 'thruster',
  unwrap(ctx) {
    const argv = ctx.command.argv!
    const first = argv[1]
    if (!first) return { kind: 'unknown', at: wordSpan(ctx, argv[0]), what: '`thrust` with no command to run' }
    const target = setting(ctx, 'TARGET_PORT', '3000')
    const e = ctx.entry
    return {
      kind: 'line',
      file: ctx.file,
      entry: { ...e, command: e.command.slice(first.start - e.commandStart), commandStart: first.start },
      // `internal/service.go`: PORT is set to TARGET_PORT, replacing any PORT already there
      base: { env: ctx.command.env, unknownEnv: ctx.command.unknownEnv, cwd: ctx.command.cwd, overrides: new Map([['PORT', target ?? null]]) },
      words: ctx.command.argv!.slice(1).map((w) => w.text)
    }
  },
  wrap(ctx, inner) {
    const at = wordSpan(ctx, ctx.command.program!)
    const bound = ports(ctx)
    const taken = bound.find((p) => p !== undefined && NGINX_PORTS.has(p))
    const unknown = bound.some((p) => p === undefined)
    if (taken !== undefined && ctx.version !== null && atLeast(ctx.version, BIND_FAILURE_EXITS)) {
      const notStarted = verdict(false, 'not-started', at)
      return {
        boots: false,
        bootProblems: [{ at, kind: 'wrapper-port-taken', data: { port: taken, version: ctx.version, program: ctx.command.program!.text } }],
        socket: notStarted,
        pidFile: notStarted,
        daemonizes: notStarted,
        listeners: [],
        flagNotes: [],
        configFiles: inner.configFiles,
        settings: inner.settings
      }
    }
    // its own listeners, where it binds them: a port Nginx holds fails (ignored up to 0.1.15)
    const own = bound.filter((p): p is string => p !== undefined && !NGINX_PORTS.has(p)).map((p) => tcpListener(`:${p}`, '0.0.0.0', /^\d+$/.test(p) ? Number(p) : null, at, 'default'))
    const listeners = inner.listeners === null || unknown ? null : [...inner.listeners, ...own]
    // taken with no version locked: it exits on 0.1.16 and later, starts the command on earlier ones
    const boots = taken !== undefined && ctx.version === null ? (inner.boots === false ? false : null) : inner.boots
    return { ...inner, boots, listeners }
  },
  signal(signal, inner) {
    const name = signal.toUpperCase()
    // `internal/upstream_process.go`: signal.Notify for INT and TERM, relayed to the child
    if (signal === 'int' || signal === 'term') return { ...inner, does: `relays ${name} to the server it runs, which ${inner.does}` }
    // Go's defaults for the signals it does not subscribe to (os/signal, "Default behavior of signals in Go programs")
    if (signal === 'hup') return { effect: 'stop', does: 'ends on HUP (Go\'s default: Thruster does not relay it to the server it runs)', dropsRequests: true, graceful: false }
    if (signal === 'quit') return stopped(signal, false, 'ends on QUIT with a stack dump (Go\'s default), without relaying it')
    if (signal === 'kill' || signal === 'stop' || signal === 'tstp' || signal === 'ttin' || signal === 'ttou') return untrapped(signal)
    return { effect: 'none', does: `catches ${name} and does nothing with it (Thruster relays only INT and TERM), so the server it runs never sees it`, dropsRequests: false }
  },
  describe(ctx): Record<string, string> {
    const taken = ports(ctx).find((p) => p !== undefined && NGINX_PORTS.has(p))
    if (taken !== undefined && ctx.version === null) return { message: 'thrusterVersion', port: taken, exits: BIND_FAILURE_EXITS }
    // 0.1.16+ with a taken port: custom-web-fails-to-boot says it all
    if (taken !== undefined && atLeast(ctx.version!, BIND_FAILURE_EXITS)) return {}
    const bind = taken !== undefined ? ` (Thruster ${ctx.version} cannot bind port ${taken} and runs the server without its listener)` : ''
    return { message: 'thruster', bind, port: setting(ctx, 'TARGET_PORT', '3000') ?? 'a value rack-check cannot know' }
  },
  cloud66: {
    label: 'Thruster',
    socketFix: 'a listener on the Unix socket /tmp/web_server.sock in the command Thruster runs',
    pidFix: 'a PID file at /tmp/web_server.pid written by the command Thruster runs',
    pidFixIsOption: false,
    ...PUMA_CONFIG_FIXES,
    ...CUSTOM_SERVER_SIGNALS,
    restartFix: () => 'drop `thrust` from the line: on Cloud 66 Nginx is already in front of the server',
    unmeasured: true,
    // Cloud 66 documents defaults for Puma, Unicorn and Thin only (docs/research/cloud66.md#per-server-defaults-under-systemd)
    defaultsUnconfirmed: true
  }
}

