/**
 * `rails server` / `rails s` (docs/research/servers.md#rails-server): Thor options, Rack/Rackup server underneath. A
 * `-b` starting with `/` is a Unix socket through the Puma (or Thin) handler; `unix://…` is read
 * as a TCP host name. Host and port given by the user (flag or PORT/BINDING/HOST) replace Puma's
 * config-file binds; defaults do not. Rails < 7.2 writes `tmp/pids/server.pid` by default.
 */
import {
  notStarted,
  optionSpan,
  parsePort,
  pidFromPath,
  socketFromListeners,
  undecided,
  type ServerContext,
  type ServerModel
} from './common.js'
import { appRelative } from './environment.js'
import { lastOption, parseOptions, type OptionSpec } from './optparse.js'
import { defaultHandler, handlerListener, handlerSettings, launcherSignal, named, RAILS_RESTART_FIX, pumaHandlerConfig, underHandler } from './rack-handler.js'
import { CUSTOM_SERVER_SIGNALS, PUMA_CONFIG_FIXES } from './cloud66.js'
import { verdict, type FlagNote, type ServerFacts } from './types.js'
import { atLeast } from './version.js'

const OPTIONS: OptionSpec[] = [
  { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
  { key: 'binding', short: ['b'], long: ['binding'], arg: 'required' },
  { key: 'config', short: ['c'], long: ['config'], arg: 'required' },
  { key: 'daemon', short: ['d'], long: ['daemon'], arg: 'none' },
  { key: 'using', short: ['u'], long: ['using'], arg: 'required' },
  { key: 'pid', short: ['P'], long: ['pid'], arg: 'required' },
  { key: 'environment', short: ['e'], long: ['environment'], arg: 'required' },
  { key: 'dev-caching', short: ['C'], long: ['dev-caching'], arg: 'none', negatable: true },
  { key: 'early-hints', long: ['early-hints'], arg: 'none' },
  { key: 'log-to-stdout', long: ['log-to-stdout'], arg: 'none' },
  { key: 'help', short: ['h'], long: ['help'], arg: 'none' }
]

export const rails: ServerModel = {
  name: 'rails',
  gem: 'railties',
  signal: launcherSignal('rails'),
  cloud66: {
    label: '`rails server`',
    socketFix: '`-b /tmp/web_server.sock`',
    pidFix: '`-P /tmp/web_server.pid`',
    pidFixIsOption: true,
    ...PUMA_CONFIG_FIXES,
    ...CUSTOM_SERVER_SIGNALS,
    restartFix: () => RAILS_RESTART_FIX,
    // Cloud 66 documents defaults for Puma, Unicorn and Thin only (docs/research/cloud66.md#per-server-defaults-under-systemd)
    defaultsUnconfirmed: true
  },
  bands: [
    { version: '7.1.0', from: '0' },
    { version: '7.2.0', from: '7.2' }
  ],
  analyze(ctx: ServerContext): ServerFacts {
    // argv: rails server [server-name] [options]
    const args = ctx.command.argv!.slice(2)
    const parsed = parseOptions(args, OPTIONS, { abbreviations: false, thor: true })
    if (parsed.error) {
      // measured with Debian's Rails 6.1 and Thor 1.2.1 (__tests__/conformance/cases/live-var-rails-*):
      // an unknown option is an extra argument, and `rails server` takes none, so Thor stops with
      // 'ERROR: "rails server" was called with arguments ["-E", "production"]'; a value-taking
      // option followed by a `-` word or nothing stops with "No value provided for option"
      const e = parsed.error
      const at = ctx.file.span(e.start, e.end)
      if (e.kind === 'invalid') {
        const suggest = e.written === '-E' ? '`-e` (`--environment`)' : e.written === '-D' ? 'nothing: under systemd the server must stay in the foreground' : 'an option `rails server --help` lists'
        return notStarted(ctx, [{ at, kind: 'thor-extra-argument', data: { option: e.written, suggest } }])
      }
      if (e.kind === 'missing-argument') return notStarted(ctx, [{ at, kind: 'missing-argument', data: { option: e.written } }])
      return notStarted(ctx, [{ at, kind: 'invalid-option', data: { option: e.written } }])
    }
    // Thor's numeric options: `--port ""` stops with "Expected numeric value for '--port'"
    const portOpt = lastOption(parsed, 'port')
    if (portOpt?.value && !portOpt.value.unknown && !/^[+-]?\d+(\.\d+)?$/.test(portOpt.value.text)) {
      return notStarted(ctx, [{ at: optionSpan(ctx, portOpt), kind: 'invalid-value', data: { option: portOpt.written, value: portOpt.value.text, why: 'Thor expects a number' } }])
    }
    const flagNotes: FlagNote[] = []
    const cfg = lastOption(parsed, 'config')
    if (cfg?.value && /puma|unicorn|thin/.test(cfg.value.text)) flagNotes.push({ at: optionSpan(ctx, cfg), kind: 'rails-config', data: { option: cfg.written, value: cfg.value.text } })
    const cwd = ctx.command.cwd
    const env = ctx.command.env
    const version = ctx.version ?? '7.2.0'

    const using = lastOption(parsed, 'using')
    const positionalServer = parsed.positional[0]
    const rackVersion = ctx.lockfile?.gems.get('rack')?.version
    const rack3 = rackVersion !== undefined && atLeast(rackVersion, '3.0.0')
    const handler = using?.value ? named(using.value.text) : positionalServer ? named(positionalServer.text) : defaultHandler(ctx, rack3)

    const daemon = lastOption(parsed, 'daemon')
    const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan)

    const pidOpt = lastOption(parsed, 'pid')
    const envName = lastOption(parsed, 'environment')?.value?.text ?? ctx.environment
    let pidFile
    if (pidOpt?.value?.unknown) pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
    else if (pidOpt?.value) pidFile = pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
    else if (env.get('PIDFILE')) pidFile = pidFromPath(env.get('PIDFILE')!, ctx.commandSpan, cwd)
    else if (!atLeast(version, '7.2.0') || envName === 'development') pidFile = pidFromPath('tmp/pids/server.pid', ctx.commandSpan, cwd)
    else pidFile = pidFromPath(null, ctx.commandSpan, cwd)

    if (handler === null || handler === 'other' || handler === 'falcon') {
      const at = using ? optionSpan(ctx, using) : ctx.commandSpan
      // the server Rails runs is unknown: if it is Puma, its config's `pidfile` is written too
      const base = cwd === null ? null : appRelative(cwd)
      const prefix = base ? base + '/' : ''
      const pumaConfig = [`config/puma/${envName}.rb`, 'config/puma.rb'].find((f) => base !== null && ctx.exists(prefix + f))
      if (handler === null && pidFile.value !== true && pumaConfig) {
        pidFile = undecided('config-value', ctx.commandSpan, { why: `with no Gemfile.lock it cannot tell which server \`rails server\` runs; under Puma, \`${pumaConfig}\` may set the PID file` })
      }
      return { boots: null, bootProblems: [], socket: undecided('unknown-server', at, { handler: using?.value?.text ?? '' }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [] }
    }

    const bind = lastOption(parsed, 'binding')
    const port = lastOption(parsed, 'port')
    if (bind?.value?.unknown || port?.value?.unknown) {
      const o = bind?.value?.unknown ? bind : port!
      return { boots: true, bootProblems: [], socket: undecided('unknown-value', optionSpan(ctx, o), { text: o.value!.text }), pidFile, daemonizes, listeners: null, flagNotes, configFiles: [] }
    }
    const userHost = bind?.value?.text ?? env.get('BINDING') ?? env.get('HOST')
    const userPort = port?.value?.text ?? env.get('PORT')
    const base = cwd === null ? null : appRelative(cwd)
    const pumaConfig = handler === 'puma' && base !== null ? pumaHandlerConfig(ctx, base, envName) : null
    if (pumaConfig?.file.problems.length) return notStarted(ctx, pumaConfig.file.problems, flagNotes)
    // Rails writes its own PID file; Puma also writes the config's `pidfile`
    const applied = underHandler(ctx, pumaConfig, pidFile)
    const { configFiles, blind, boots } = applied
    pidFile = applied.pidFile

    // host and port the user did not give go to Puma's default level, where config-file binds win
    if (pumaConfig && userHost === undefined && userPort === undefined) {
      const binds = pumaConfig.file.binds
      if (blind || (binds && !binds.known)) {
        const why = blind ?? undecided('config-value', binds!.at, { why: binds && !binds.known ? binds.why : '' })
        return { boots, bootProblems: [], socket: why, pidFile, daemonizes, listeners: null, flagNotes, configFiles, settings: handlerSettings(handler, pumaConfig, blind !== null, false, ctx.lockfile?.gems.get('puma')?.version ?? null) }
      }
      if (binds?.known) {
        return { boots, bootProblems: [], socket: socketFromListeners(binds.value, ctx.commandSpan, cwd), pidFile, daemonizes, listeners: binds.value, flagNotes, configFiles, settings: handlerSettings(handler, pumaConfig, false, false, ctx.lockfile?.gems.get('puma')?.version ?? null) }
      }
    }
    const host = userHost ?? (envName === 'development' ? 'localhost' : '0.0.0.0')
    const portText = userPort ?? '3000'
    const at = bind ? optionSpan(ctx, bind) : port ? optionSpan(ctx, port) : ctx.commandSpan
    const listener = handlerListener(handler, host, port?.value ? parsePort(port.value) : /^\d+$/.test(portText) ? Number(portText) : null, portText, at, bind || port ? 'command-line' : 'default', ctx.lockfile?.gems.get('puma')?.version ?? null)
    let socket = socketFromListeners([listener], ctx.commandSpan, cwd)
    if (listener.kind === 'tcp' && /^unix:/.test(host)) socket = verdict(false, 'host-not-socket', at, { text: host })
    return {
      boots: listener.kind === 'tcp' && /[/:]/.test(host) ? null : boots,
      bootProblems: [],
      socket,
      pidFile,
      daemonizes,
      listeners: [listener],
      flagNotes,
      configFiles,
      settings: handlerSettings(handler, pumaConfig, blind !== null, bind !== undefined && socket.value === true, ctx.lockfile?.gems.get('puma')?.version ?? null)
    }
  }
}
