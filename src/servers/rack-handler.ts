/**
 * What Rack's handlers do with Host, Port and the Puma config file (docs/research/servers.md#rackup-sockets-and-precedence, #rails-server):
 * the Puma handler binds a Unix socket when Host starts with `/` or `.` (and `@` from Puma 6.5);
 * the Thin handler when Host contains `/`. Without `-s`/`-u`, Rack picks the first handler
 * whose gem is in the bundle.
 */
import type { Span } from '../core/span.js'
import { atLeast } from './version.js'
import { pidFromPath, tcpListener, undecided, unfollowable, type ServerContext } from './common.js'
import { pumaFileLevel, type PumaFileLevel } from './puma-dsl.js'
import { noteHandlerFile } from './ruby-removed.js'
import { notStudied, stopped, untrapped } from './signal-effects.js'
import type { Listener, PidReason, ServerFacts, Setting, SignalEffect, Verdict } from './types.js'

export type Handler = 'puma' | 'thin' | 'falcon' | 'webrick' | 'other'

/**
 * restart-signal-not-restart's fix under a launcher: no signal restarts Puma with its options
 * there (live-rackup-puma-signals), so the fix is to run Puma itself.
 */
export const LAUNCHER_RESTART_FIX = 'run Puma itself, e.g. `bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid`, whose default USR2 is a hot restart'

/**
 * restart-signal-not-restart's fix under `rails server`: Puma's USR2 re-executes `bin/rails server`
 * with its options, a hot restart (measured: live-rails-puma-signals), so that signal works there.
 */
export const RAILS_RESTART_FIX = 'set `restart_signal: usr2` under `procfile_metadata` → `web` in `.cloud66/manifest.yml` (under `rails server` Puma\'s USR2 is a hot restart, measured), or run Puma itself, e.g. `bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid`'

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
  noteHandlerFile(ctx, file)
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

/**
 * The settings a launcher's signal effects depend on: which handler runs, whether Puma's config
 * redirects output (HUP), and where the socket comes from (a Puma restart re-executes the
 * launcher without its arguments).
 */
export function handlerSettings(handler: Handler | null, config: HandlerConfig | null, blind: boolean, socketFromCommandLine: boolean, pumaVersion: string | null): Record<string, Setting> {
  const none: Setting = { value: false, at: null, origin: 'default' }
  let redirectsOutput: Setting = none
  if (blind) redirectsOutput = { value: null, at: null, origin: 'config', why: `\`${config?.path}\` cannot be followed` }
  else {
    const r = config?.file.settings.get('redirect')
    if (r) redirectsOutput = r.known ? { value: true, at: r.at, origin: 'config' } : { value: null, at: r.at, origin: 'config', why: r.why }
  }
  const w = blind ? undefined : config?.file.settings.get('workers')
  const workers: Setting = !w ? { value: 0, at: null, origin: 'default' } : w.known && typeof w.value === 'number' ? { value: w.value, at: w.at, origin: 'config' } : { value: null, at: w.at, origin: 'config', why: w.known ? '`workers` is not a number' : w.why }
  return {
    handler: { value: handler, at: null, origin: 'default' },
    redirectsOutput,
    workers,
    socketFromCommandLine: { value: socketFromCommandLine, at: null, origin: 'command-line' },
    pumaVersion: { value: pumaVersion, at: null, origin: 'default' }
  }
}

/**
 * What a signal does to `rackup -s puma` or `rails server` running Puma: Puma's launcher runs, so
 * Puma's own handlers apply (measured with Debian's rack 2.2.22, Rails 6.1 and Puma 5.6.5:
 * __tests__/conformance/cases/live-rackup-puma-signals, live-rackup-puma-redirect-signals,
 * live-rails-puma-signals). USR1/USR2 are Puma's hot restart, which re-executes the launcher
 * *without its arguments* (Puma 5.6's Rack handler builds its Launcher with no argv): rackup
 * comes back on its defaults (tcp://0.0.0.0:9292) and no longer serves a socket given by `-o`.
 * `rails server` gives Puma a restart command with its original options (`bin/rails server …
 * --restart`, railties' server_command.rb), so there USR2 is Puma's hot restart (measured: same
 * PID, socket inherited, no failed probe; `bin/rails` must be executable).
 */
export function launcherSignal(launcher: 'rackup' | 'rails'): (signal: string, facts: ServerFacts, version: string | null) => SignalEffect {
  return (signal, facts) => {
    const s = facts.settings ?? {}
    if (s.handler?.value !== 'puma') return notStudied(launcher === 'rackup' ? 'rackup with this server' : '`rails server` with this server')
    const pumaVersion = typeof s.pumaVersion?.value === 'string' ? s.pumaVersion.value : null
    const measured = pumaVersion !== null && atLeast(pumaVersion, '5.0.0') && !atLeast(pumaVersion, '6.0.0')
    switch (signal) {
      case 'hup': {
        const r = s.redirectsOutput
        if (!r || r.value === null) return { effect: 'unknown', does: 'depends on `stdout_redirect` in the Puma config, which rack-check cannot know', dropsRequests: null, why: r?.why ?? '`stdout_redirect` is not known' }
        return r.value === true
          ? { effect: 'reopen-logs', does: `reopens its log files (Puma's config redirects output) and keeps serving the same code`, dropsRequests: false, cause: { setting: 'stdout_redirect', at: r.at, text: 'stdout_redirect' } }
          : stopped(signal, true, `runs Puma's launcher, which treats HUP like INT and stops because its output is not redirected (HUP only reopens logs with \`stdout_redirect\` in config/puma.rb)`)
      }
      case 'usr1':
      case 'usr2':
        if (launcher === 'rails') {
          const hot: SignalEffect = { effect: 'hot-restart', does: 're-executes `bin/rails server` with its options in place (same PID, the socket is kept, all threads restart together)', dropsRequests: false }
          if (signal === 'usr2') return hot
          const workers = s.workers
          if (workers?.value === 0) return { ...hot, does: `cannot do a phased restart in single mode, so it ${hot.does}`, fallback: 'single-mode', cause: { setting: 'workers', at: null, text: 'workers' } }
          return { effect: 'unknown', does: 'depends on `workers` in the Puma config (a phased restart under `rails server` was not measured)', dropsRequests: null, why: workers?.why ?? 'a phased restart under `rails server` was not measured' }
        }
        if (launcher === 'rackup' && measured && s.socketFromCommandLine?.value === true) {
          return {
            effect: 'stop',
            does: `hot-restarts Puma by re-executing rackup without its arguments, so it comes back with rackup's defaults on tcp://0.0.0.0:9292 and no longer serves /tmp/web_server.sock`,
            dropsRequests: true,
            graceful: false
          }
        }
        return { effect: 'unknown', does: 're-executes rackup through Puma\'s hot restart, without its arguments (measured with `-o` and Puma 5.6 only)', dropsRequests: null, why: 'what rackup does when Puma re-executes it was measured only with `-o` and Puma 5.6' }
      case 'term':
      case 'int':
        return stopped(signal, true)
      case 'quit':
      case 'kill':
        return stopped(signal, false)
      default:
        return untrapped(signal)
    }
  }
}
