/**
 * What Rack's handlers do with Host, Port and the Puma config file (servers.md §4.3–4.4, §5):
 * the Puma handler binds a Unix socket when Host starts with `/` or `.` (and `@` from Puma 6.5);
 * the Thin handler when Host contains `/`. Without `-s`/`-u`, Rack picks the first handler
 * whose gem is in the bundle.
 */
import type { Span } from '../model/span.js'
import { atLeast } from './version.js'
import { pidFromPath, tcpListener, undecided, unfollowable, type ServerContext } from './common.js'
import { pumaFileLevel, type PumaFileLevel } from './puma-dsl.js'
import type { Listener, PidReason, Verdict } from './types.js'

export type Handler = 'puma' | 'thin' | 'falcon' | 'webrick' | 'other'

export function handlerListener(handler: Handler, host: string, port: number | null, portText: string, at: Span, origin: Listener['origin'], pumaVersion: string | null): Listener {
  const unixPrefix = handler === 'puma' && (host.startsWith('/') || host.startsWith('.') || (host.startsWith('@') && pumaVersion !== null && atLeast(pumaVersion, '6.5.0')))
  if (unixPrefix || (handler === 'thin' && host.includes('/'))) return { kind: 'unix', path: host, text: host, at, origin }
  return tcpListener(`${host}:${portText}`, host, port, at, origin)
}

/** The handler Rack would choose; null when it cannot be known (no lockfile, unknown env). */
export function defaultHandler(ctx: ServerContext, rack3: boolean): Handler | null {
  const envName = rack3 ? ['RACKUP_HANDLER', 'RACK_HANDLER'] : ['RACK_HANDLER']
  for (const n of envName) {
    if (ctx.command.unknownEnv.has(n)) return null
    const v = ctx.command.env.get(n)
    if (v) return named(v)
  }
  if (!ctx.lockfile) return null
  const order = rack3 ? ['puma', 'falcon', 'webrick'] : ['puma', 'thin', 'falcon', 'webrick']
  for (const g of order) if (ctx.lockfile.gems.has(g)) return g as Handler
  // WEBrick shipped with Ruby before 3.0; it is the last resort either way
  return 'webrick'
}

export function named(name: string): Handler {
  const n = name.toLowerCase()
  return n === 'puma' || n === 'thin' || n === 'falcon' || n === 'webrick' ? n : 'other'
}

/**
 * Puma's config file as the Puma handler loads it (`config/puma/<env>.rb`, else `config/puma.rb`,
 * under the working directory). Its binds lose to a Host/Port the launcher passes as user
 * options; its `pidfile` is written besides the launcher's own PID file.
 */
export interface HandlerConfig {
  path: string
  file: PumaFileLevel
  /** the config's own PID file verdict, null when it sets none */
  pid: Verdict<PidReason> | null
}

export function pumaHandlerConfig(ctx: ServerContext, base: string, environment: string): HandlerConfig | null {
  const prefix = base ? base + '/' : ''
  const path = [`config/puma/${environment}.rb`, 'config/puma.rb'].map((f) => prefix + f).find((f) => ctx.exists(f))
  if (!path) return null
  const pumaVersion = ctx.lockfile?.gems.get('puma')?.version ?? null
  // with no locked Puma the current behaviour (5+) is modelled; `daemonize` then makes boots unknown below
  const file = pumaFileLevel(ctx, [path], pumaVersion ?? '7.0.0')
  if (pumaVersion === null && file.problems.some((p) => p.kind === 'config-removed-daemon')) {
    file.mayFail ??= { at: file.problems[0].at, why: '`daemonize` fails on Puma 5.0 and later, and no Puma version is locked' }
    file.problems = file.problems.filter((p) => p.kind !== 'config-removed-daemon')
  }
  const s = file.settings.get('pidfile')
  const pid = !s ? null : !s.known ? undecided('config-value', s.at, { why: s.why }) : typeof s.value === 'string' ? pidFromPath(s.value, s.at, ctx.command.cwd) : null
  return { path, file, pid }
}

/**
 * What Puma's config file changes under a launcher (rackup, rails server): the files it loads,
 * whether they can be followed, the PID file (the launcher's or the config's) and whether it
 * starts. The caller stops first on `config.file.problems`.
 */
export function underHandler(ctx: ServerContext, config: HandlerConfig | null, launcherPid: Verdict<PidReason>) {
  const blind = config ? unfollowable(config.file, ctx.commandSpan, config.path) : null
  const pidFile = launcherPid.value !== true && blind ? blind : config && !blind ? eitherPid(launcherPid, config.pid) : launcherPid
  return { configFiles: config ? [config.path] : [], blind, pidFile, boots: blind || config?.file.mayFail ? null : true }
}

/** The launcher's PID file and the config's together: either may be /tmp/web_server.pid. */
function eitherPid(launcher: Verdict<PidReason>, config: Verdict<PidReason> | null): Verdict<PidReason> {
  if (!config || launcher.value === true) return launcher
  if (config.value === true) return config
  return config.value === null ? config : launcher
}
