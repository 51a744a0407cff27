/**
 * rackup (docs/research/servers.md#rackup): Rack 2.2 `Rack::Server` and rackup 2.x for Rack 3. `-o`/`-p` reach
 * the handler as user options (Puma then ignores `config/puma.rb` binds); `-P` is written by
 * rackup with the server's own PID; `-D` daemonizes (Rack 2.2 also changes directory to `/`,
 * so Puma no longer finds `config/puma.rb`); `-e` evaluates Ruby, `-b` is a builder line,
 * `-d` is `$DEBUG`.
 */
import {
  allUnknown,
  notStarted,
  optionProblem,
  optionSpan,
  parsePort,
  pidFromPath,
  socketFromListeners,
  uncertainOption,
  undecided,
  wordSpan,
  type ServerContext,
  type ServerModel
} from './common.js'
import { appRelative, resolvePath } from './environment.js'
import { lastOption, parseOptions, type OptionSpec } from './optparse.js'
import { defaultHandler, handlerListener, handlerSettings, launcherSignal, LAUNCHER_RESTART_FIX, named, pumaHandlerConfig, underHandler } from './rack-handler.js'
import { CUSTOM_SERVER_SIGNALS, PUMA_CONFIG_FIXES } from './cloud66.js'
import { verdict, type FlagNote, type ServerFacts } from './types.js'
import { atLeast } from './version.js'

function options(rack3: boolean): OptionSpec[] {
  const specs: OptionSpec[] = [
    { key: 'eval', short: ['e'], long: ['eval'], arg: 'required' },
    { key: 'builder', short: ['b'], long: ['builder'], arg: 'required' },
    { key: 'debug', short: ['d'], long: ['debug'], arg: 'none' },
    { key: 'warn', short: ['w'], long: ['warn'], arg: 'none' },
    { key: 'quiet', short: ['q'], long: ['quiet'], arg: 'none' },
    { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
    { key: 'require', short: ['r'], long: ['require'], arg: 'required' },
    { key: 'server', short: ['s'], long: ['server'], arg: 'required' },
    { key: 'host', short: ['o'], long: ['host'], arg: 'required' },
    { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
    { key: 'option', short: ['O'], long: ['option'], arg: 'required' },
    { key: 'env', short: ['E'], long: ['env'], arg: 'required' },
    { key: 'daemonize', short: ['D'], long: ['daemonize'], arg: 'none' },
    { key: 'pid', short: ['P'], long: ['pid'], arg: 'required' },
    { key: 'heap', long: ['heap'], arg: 'required' },
    { key: 'profile', long: ['profile'], arg: 'required' },
    { key: 'profile-mode', long: ['profile-mode'], arg: 'required' },
    { key: 'help', short: ['h'], long: ['help'], arg: 'none' },
    { key: 'version', long: ['version'], arg: 'none' }
  ]
  if (rack3) specs.push({ key: 'daemonize-noclose', long: ['daemonize-noclose'], arg: 'none' })
  return specs
}

export const rackup: ServerModel = {
  name: 'rackup',
  gem: 'rack',
  signal: launcherSignal('rackup'),
  cloud66: {
    label: '`rackup`',
    socketFix: '`-o /tmp/web_server.sock`',
    pidFix: '`-P /tmp/web_server.pid`',
    pidFixIsOption: true,
    ...PUMA_CONFIG_FIXES,
    ...CUSTOM_SERVER_SIGNALS,
    restartFix: () => LAUNCHER_RESTART_FIX,
    // how Cloud 66 restarts a server under rackup was never measured
    unmeasured: true,
    // Cloud 66 documents defaults for Puma, Unicorn and Thin only (docs/research/cloud66.md#per-server-defaults-under-systemd)
    defaultsUnconfirmed: true
  },
  bands: [
    { version: '2.2.22', from: '0' },
    { version: '3.0.0', from: '3.0' }
  ],
  analyze(ctx: ServerContext): ServerFacts {
    const rack3 = ctx.version !== null && atLeast(ctx.version, '3.0.0')
    const parsed = parseOptions(ctx.command.argv!.slice(1), options(rack3))
    if (parsed.error) return notStarted(ctx, [optionProblem(ctx, parsed.error)])
    const flagNotes: FlagNote[] = []
    for (const o of parsed.options) {
      const kind = o.spec.key === 'builder' ? 'rackup-builder' : o.spec.key === 'eval' ? 'rackup-eval' : o.spec.key === 'debug' ? 'rackup-debug' : null
      if (kind) flagNotes.push({ at: optionSpan(ctx, o), kind, data: { option: o.written, value: o.value?.text ?? '' } })
    }
    const unsure = uncertainOption(ctx, parsed)
    if (unsure) return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes)
    const cwd = ctx.command.cwd
    // a word left over after the options is the rackup file: one that does not exist stops rackup
    // with "configuration … not found" (measured on rack 2.2.22: live-var-rackup-p-first)
    const configWord = parsed.positional[0]
    if (configWord && !configWord.unknown && cwd !== null) {
      const rel = appRelative(resolvePath(cwd, configWord.text))
      if (rel !== null && !ctx.exists(rel)) return notStarted(ctx, [{ at: wordSpan(ctx, configWord), kind: 'extra-argument', data: { text: configWord.text, what: 'the rackup file, and there is no such file' } }], flagNotes)
    }

    const serverOpt = lastOption(parsed, 'server')
    const handler = serverOpt?.value ? (serverOpt.value.unknown ? null : named(serverOpt.value.text)) : defaultHandler(ctx, rack3)
    const daemon = lastOption(parsed, 'daemonize') ?? lastOption(parsed, 'daemonize-noclose')
    const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan)

    // rackup writes -P itself, after daemonizing, with the server's PID
    const pidOpt = lastOption(parsed, 'pid')
    const pumaVersion = ctx.lockfile?.gems.get('puma')?.version ?? null
    // Rack 2.2's Process.daemon changes directory to "/": Puma then finds no config/puma.rb
    const base = cwd === null ? null : appRelative(cwd)
    const pumaConfig = handler === 'puma' && !(daemon && !rack3) && base !== null ? pumaHandlerConfig(ctx, base, ctx.environment) : null
    if (pumaConfig?.file.problems.length) return notStarted(ctx, pumaConfig.file.problems, flagNotes)
    const { configFiles, pidFile, boots } = underHandler(
      ctx,
      pumaConfig,
      pidOpt?.value?.unknown ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text }) : pidFromPath(pidOpt?.value?.text ?? null, pidOpt ? optionSpan(ctx, pidOpt) : ctx.commandSpan, cwd)
    )

    if (handler === null) {
      const at = serverOpt ? optionSpan(ctx, serverOpt) : ctx.commandSpan
      return { boots: null, bootProblems: [], socket: undecided('unknown-server', at, { handler: serverOpt?.value?.text ?? '' }), pidFile, daemonizes, listeners: null, flagNotes, configFiles }
    }
    const host = lastOption(parsed, 'host')
    const port = lastOption(parsed, 'port')
    if (host?.value?.unknown) {
      return { boots, bootProblems: [], socket: undecided('unknown-value', optionSpan(ctx, host), { text: host.value.text }), pidFile, daemonizes, listeners: null, flagNotes, configFiles }
    }
    const hostText = host?.value?.text ?? (ctx.environment === 'development' ? 'localhost' : '0.0.0.0')
    const portNum = port?.value ? parsePort(port.value) : 9292
    const at = host ? optionSpan(ctx, host) : port ? optionSpan(ctx, port) : ctx.commandSpan
    const listeners = [handlerListener(handler, hostText, portNum, port?.value?.text ?? '9292', at, host || port ? 'command-line' : 'default', pumaVersion)]
    let socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    if (handler === 'other' || handler === 'falcon') socket = undecided('unknown-server', serverOpt ? optionSpan(ctx, serverOpt) : ctx.commandSpan, { handler: serverOpt?.value?.text ?? handler })
    return {
      boots: handler === 'other' || handler === 'falcon' ? null : boots,
      bootProblems: [],
      socket,
      pidFile,
      daemonizes,
      listeners: socket.value === null ? null : listeners,
      flagNotes,
      configFiles,
      settings: handlerSettings(handler, pumaConfig, configFiles.length > 0 && boots === null, host !== undefined && socket.value === true, pumaVersion)
    }
  }
}
