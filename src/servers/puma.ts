/**
 * Puma 3–8 (docs/research/servers.md#puma): `lib/puma/cli.rb` options by version, `Configuration#config_files`
 * for automatic loading, `UserFileDefaultOptions` precedence (a command-line `-b`/`-p` replaces
 * every config-file bind), and `Binder` paths (`unix://` path = host + path).
 */
import { atLeast, type VersionBand } from './version.js'
import { appRelative } from './environment.js'
import {
  absolute,
  allUnknown,
  missingFolder,
  pidWritten,
  unfollowable,
  notStarted,
  optionProblem,
  optionSpan,
  parsePort,
  pidFromPath,
  socketFromListeners,
  tcpListener,
  uncertainOption,
  undecided,
  valueSpan,
  wordSpan,
  type ServerContext,
  type ServerModel
} from './common.js'
import { allOptions, lastOption, parseOptions, type OptionParse, type OptionSpec, type ParsedOption, type Value } from './optparse.js'
import { applyModeBlocks, pumaBind, pumaFileLevel, where, type FileSetting, type PumaFileLevel } from './puma-dsl.js'
import type { RubyScalar } from '../model/ruby/values.js'
import { SOCKET_PATH, verdict, type BootProblem, type FlagNote, type Listener, type ServerFacts, type Setting, type SignalEffect } from './types.js'
import { stopped, untrapped } from './signal-effects.js'
import { BLUEPILL_RESTART_SIGNAL, BLUEPILL_STOP_SEQUENCE, PUMA_CONFIG_FIXES, SYSTEMD_STOP_SEQUENCE, type Advice, type Recommendation, type RestartView, type ServerSettings } from './cloud66.js'
import type { Span } from '../core/span.js'

export const PUMA_BANDS: VersionBand[] = [
  { version: '3.12.6', from: '3.0' },
  { version: '4.3.12', from: '4.0' },
  { version: '5.0.0', from: '5.0' },
  { version: '5.1.0', from: '5.1' },
  { version: '5.5.0', from: '5.5' },
  { version: '5.6.5', from: '5.6' },
  { version: '6.4.0', from: '6.4' },
  { version: '6.5.0', from: '6.5' },
  { version: '7.0.0', from: '7.0' },
  // `workers :auto` in the DSL (docs/research/servers.md#puma-workers-auto)
  { version: '7.2.0', from: '7.2' },
  // Integer(port) refuses an empty -p (measured: __tests__/conformance/cases/live-var-puma8_0_2-p-quoted)
  { version: '8.0.2', from: '8.0' }
]

export function pumaOptions(version: string): OptionSpec[] {
  const v5 = atLeast(version, '5.0.0')
  const specs: OptionSpec[] = [
    { key: 'bind', short: ['b'], long: ['bind'], arg: 'required' },
    { key: 'config', short: ['C'], long: ['config'], arg: 'required' },
    { key: 'control-token', long: ['control-token'], arg: 'required' },
    { key: 'debug', long: ['debug'], arg: 'none' },
    { key: 'dir', long: ['dir'], arg: 'required' },
    { key: 'early-hints', long: ['early-hints'], arg: 'none' },
    { key: 'environment', short: ['e'], long: ['environment'], arg: 'required' },
    { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
    { key: 'log-requests', short: ['v'], long: ['log-requests'], arg: 'none' },
    { key: 'pidfile', long: ['pidfile'], arg: 'required' },
    { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
    { key: 'preload', long: ['preload'], arg: 'none' },
    { key: 'prune-bundler', long: ['prune-bundler'], arg: 'none' },
    { key: 'quiet', short: ['q'], long: ['quiet'], arg: 'none' },
    { key: 'redirect-append', long: ['redirect-append'], arg: 'none', negatable: true },
    { key: 'redirect-stderr', long: ['redirect-stderr'], arg: 'required' },
    { key: 'redirect-stdout', long: ['redirect-stdout'], arg: 'required' },
    { key: 'restart-cmd', short: ['R'], long: ['restart-cmd'], arg: 'required' },
    { key: 'state', short: ['S'], long: ['state'], arg: 'required' },
    { key: 'tag', long: ['tag'], arg: 'required' },
    { key: 'threads', short: ['t'], long: ['threads'], arg: 'required' },
    { key: 'version', short: ['V'], long: ['version'], arg: 'none' },
    { key: 'workers', short: ['w'], long: ['workers'], arg: 'required' },
    { key: 'help', short: ['h'], long: ['help'], arg: 'none' }
  ]
  if (atLeast(version, '3.12.0')) specs.push({ key: 'control-url', long: ['control-url'], arg: 'required' })
  if (!v5) {
    specs.push({ key: 'daemon', short: ['d'], long: ['daemon'], arg: 'none' })
    specs.push({ key: 'control-url', long: ['control'], arg: 'required' })
    specs.push({ key: 'tcp-mode', long: ['tcp-mode'], arg: 'none' })
  }
  if (atLeast(version, '4.0.0')) specs.push({ key: 'extra-runtime-dependencies', long: ['extra-runtime-dependencies'], arg: 'required' })
  if (v5) specs.push({ key: 'fork-worker', short: ['f'], long: ['fork-worker'], arg: 'optional' })
  if (atLeast(version, '5.1.0')) specs.push({ key: 'bind-to-activated-sockets', long: ['bind-to-activated-sockets'], arg: 'optional' })
  if (atLeast(version, '5.5.0')) specs.push({ key: 'no-config', long: ['no-config'], arg: 'none' })
  if (atLeast(version, '5.6.0')) specs.push({ key: 'silent', short: ['s'], long: ['silent'], arg: 'none' })
  if (atLeast(version, '6.4.0')) specs.push({ key: 'idle-timeout', long: ['idle-timeout'], arg: 'required' })
  if (atLeast(version, '6.5.0')) specs.push({ key: 'plugin', long: ['plugin'], arg: 'required' })
  return specs
}

/**
 * Values Puma cannot use, and a word left over after the options — each makes it exit at start.
 * Measured on 3.12.6, 4.3.12, 5.6.5, 6.6.1, 7.2.1 and 8.0.2 (__tests__/conformance/cases/live-var-*):
 * - `-p`: 3–7 build `tcp://0.0.0.0:<port>`, so an empty port listens on a random port and
 *   anything else that is not digits is a bad URI; 8 calls `Integer(port)`, which refuses "" too.
 * - `-w`: 3–6 use `to_i` (so `-w --preload` is 0 workers); 7.2 and 8 raise "workers must be an
 *   Integer or :auto". 7.0 and 7.1 still use `to_i` (`DSL#workers` at the v7.0.0 and v7.1.0 tags;
 *   read, not run: docs/research/servers.md#puma-workers-auto).
 * - `-t`: `min:max` through `Integer()`; `-t :` raises (measured on 5.6.5).
 * - a positional argument is the rackup file; one that does not exist stops Puma with "No
 *   application configured, nothing to run".
 */
function valueProblems(ctx: ServerContext, parsed: OptionParse, version: string): BootProblem[] {
  const out: BootProblem[] = []
  const bad = (o: ParsedOption, why: string): void => {
    out.push({ at: optionSpan(ctx, o), kind: 'invalid-value', data: { option: o.written, value: o.value!.text, why } })
  }
  const integer = (t: string | undefined): boolean => t !== undefined && /^\s*[+-]?\d[\d_]*\s*$/.test(t)
  for (const o of parsed.options) {
    if (!o.value || o.value.unknown) continue
    const t = o.value.text
    if (o.spec.key === 'port' && !(atLeast(version, '8.0.0') ? /^\d+$/.test(t) : /^\d*$/.test(t))) bad(o, 'not a port number')
    else if (o.spec.key === 'workers' && atLeast(version, '7.2.0') && !integer(t) && t !== 'auto') bad(o, 'workers must be an Integer or :auto')
    else if (o.spec.key === 'threads') {
      // Ruby's String#split drops trailing empty fields: ":" gives [], "5:" gives ["5"]
      const parts = t.split(':')
      while (parts.length && parts[parts.length - 1] === '') parts.pop()
      const [min, max = min] = parts
      if (!integer(min) || !integer(max)) bad(o, 'threads are `MIN:MAX` whole numbers')
    }
  }
  const rackup = parsed.positional[0]
  const cwd = ctx.command.cwd
  if (rackup && !rackup.unknown && cwd !== null && !lastOption(parsed, 'dir')) {
    const rel = appRelative(absolute(ctx, rackup.text))
    if (rel !== null && !ctx.exists(rel)) out.push({ at: wordSpan(ctx, rackup), kind: 'no-app', data: { text: rackup.text } })
  }
  return out
}

/** The app environment Puma uses to pick `config/puma/<env>.rb`. */
function pumaEnv(ctx: ServerContext, version: string, cliEnv: Value | undefined): string | null {
  if (cliEnv) return cliEnv.unknown ? null : cliEnv.text
  const names = atLeast(version, '5.0.0') ? ['APP_ENV', 'RACK_ENV', 'RAILS_ENV'] : ['RACK_ENV']
  for (const n of names) {
    if (ctx.command.unknownEnv.has(n)) return null
    const v = ctx.command.env.get(n)
    if (v) return v
  }
  return 'development'
}

/** Listeners given on the command line (all one key: they replace the config file's); a bind Puma cannot parse is a boot problem. */
function commandLineListeners(ctx: ServerContext, parsed: OptionParse, problems: BootProblem[]): { cliListeners: Listener[]; unknownListener: { at: Span; text: string } | null } {
  const cliListeners: Listener[] = []
  let unknownListener: { at: Span; text: string } | null = null
  for (const o of parsed.options) {
    if (o.spec.key === 'bind' && o.value) {
      const at = optionSpan(ctx, o)
      if (o.value.unknown) {
        unknownListener ??= { at, text: o.value.text }
        continue
      }
      const l = pumaBind(o.value.text, at, 'command-line')
      if (!l) problems.push({ at: valueSpan(ctx, o.value), kind: 'invalid-option', data: { option: o.value.text, bind: 'true' } })
      else cliListeners.push(l)
    } else if (o.spec.key === 'port' && o.value) {
      cliListeners.push(tcpListener(o.value.text, '0.0.0.0', parsePort(o.value), optionSpan(ctx, o), 'command-line'))
    }
  }
  return { cliListeners, unknownListener }
}

/** Which config files Puma loads (Configuration#config_files); a `-C` file that does not exist is a boot problem. */
function pumaConfigFiles(ctx: ServerContext, parsed: OptionParse, version: string, problems: BootProblem[]): { configFiles: string[]; configUnknown: Span | null } {
  const cwd = ctx.command.cwd
  const configOpts = allOptions(parsed, 'config')
  const noConfig = lastOption(parsed, 'no-config') !== undefined || configOpts.some((o) => o.value?.text === '-')
  let configFiles: string[] = []
  let configUnknown: Span | null = null
  if (noConfig) configFiles = []
  else if (configOpts.length > 0) {
    for (const o of configOpts) {
      if (!o.value || o.value.unknown || cwd === null) {
        configUnknown = optionSpan(ctx, o)
        continue
      }
      const rel = appRelative(absolute(ctx, o.value.text))
      if (rel === null || !ctx.exists(rel)) {
        if (rel !== null) problems.push({ at: optionSpan(ctx, o), kind: 'missing-config', data: { path: o.value.text } })
        else configUnknown = optionSpan(ctx, o)
        continue
      }
      configFiles.push(rel)
    }
  } else {
    const env = pumaEnv(ctx, version, lastOption(parsed, 'environment')?.value ?? undefined)
    const base = cwd === null ? null : appRelative(cwd)
    if (env === null || base === null) configUnknown = ctx.commandSpan
    else {
      const prefix = base === '' ? '' : base + '/'
      const found = [`config/puma/${env}.rb`, 'config/puma.rb'].map((f) => prefix + f).find((f) => ctx.exists(f))
      if (found) configFiles = [found]
    }
  }
  return { configFiles, configUnknown }
}

export const puma: ServerModel = {
  name: 'puma',
  gem: 'puma',
  bands: PUMA_BANDS,
  signal: pumaSignal,
  cloud66: {
    label: 'Puma',
    // a `pumactl restart` deploy hook signals this server (docs/research/servers.md#pumactl-with-no-puma-running)
    controlProgram: 'pumactl',
    socketFix: '`-b unix:///tmp/web_server.sock`',
    pidFix: '`--pidfile /tmp/web_server.pid`',
    pidFixIsOption: true,
    ...PUMA_CONFIG_FIXES,
    // docs/research/cloud66.md#per-server-defaults-under-systemd: USR2 (hot restart) under systemd
    restartSignal: { systemd: 'usr2', bluepill: BLUEPILL_RESTART_SIGNAL },
    stopSequence: { systemd: SYSTEMD_STOP_SEQUENCE, bluepill: BLUEPILL_STOP_SEQUENCE },
    restartFix: () => 'use `restart_signal: usr2` (hot restart) or `usr1` (phased restart in cluster mode), or remove `restart_signal` for the default USR2',
    // docs/research/servers.md#puma-signals-and-restarts: TERM finishes the requests in flight
    gracefulStop: 'term',
    advice: pumaAdvice,
    caveat: pumaCaveat
  },
  analyze(ctx: ServerContext): ServerFacts {
    const version = ctx.version ?? PUMA_BANDS[PUMA_BANDS.length - 1].version
    const argv = ctx.command.argv!.slice(1)
    const parsed = parseOptions(argv, pumaOptions(version))
    const v5 = atLeast(version, '5.0.0')
    const flagNotes: FlagNote[] = []

    if (parsed.error) {
      const p = optionProblem(ctx, parsed.error)
      const daemonFlag = /^-d$|^--dae/.test(parsed.error.written) || (parsed.error.kind === 'ambiguous' && parsed.error.written === '-d')
      if (v5 && daemonFlag) p.kind = 'removed-daemon'
      // what the config file says about hooks and plugins holds once the word is fixed: read it
      // from the line without that word, so that fixing the word adds no finding (a verified
      // corrected line must add none)
      const error = parsed.error
      const rest = ctx.command.argv!.filter((w) => w.start !== error.start)
      const again = rest.length < ctx.command.argv!.length ? puma.analyze({ ...ctx, command: { ...ctx.command, argv: rest } }) : null
      return notStarted(ctx, [p], again?.flagNotes.filter((n) => n.kind === 'puma-renamed-hook' || n.kind === 'puma-plugin') ?? [])
    }
    const unsure = uncertainOption(ctx, parsed)
    if (unsure) return allUnknown('unknown-value', unsure.at, unsure.data)

    const problems: BootProblem[] = valueProblems(ctx, parsed, version)
    const cwd = ctx.command.cwd

    const { cliListeners, unknownListener } = commandLineListeners(ctx, parsed, problems)
    if (problems.length) return notStarted(ctx, problems)

    const state = lastOption(parsed, 'state')
    if (state?.value && !state.value.unknown && absolute(ctx, state.value.text) === SOCKET_PATH) {
      flagNotes.push({ at: optionSpan(ctx, state), kind: 'puma-state', data: { text: state.value.text } })
    }

    const { configFiles, configUnknown } = pumaConfigFiles(ctx, parsed, version, problems)
    if (problems.length) return notStarted(ctx, problems)

    const file = configFiles.length > 0 && configUnknown === null ? pumaFileLevel(ctx, configFiles, version) : null
    // a `bind` Puma cannot use stops it only when it binds, after every config file ran
    // (`lib/puma/binder.rb`): the settings hold once the bind is fixed, and the restart is judged with them
    const ranThrough = file !== null && file.problems.every((p) => p.kind === 'config-invalid-bind')
    if (file && file.modeBlocks.length > 0 && ranThrough) {
      // Puma 8 runs the `single`/`cluster` blocks after the files, on the worker count they settled
      const w = pumaWorkers(ctx, parsed, version, null, (key) => file.settings.get(key)).workers
      applyModeBlocks(file, w.value === 'auto' ? true : typeof w.value === 'number' ? w.value > 0 : null, version)
    }
    if (file && file.problems.length > 0) {
      if (!ranThrough) return notStarted(ctx, file.problems)
      return { ...notStarted(ctx, file.problems), settings: pumaSettings(ctx, parsed, version, null, (key) => file.settings.get(key)) }
    }
    // when the config file cannot be followed, everything it could set is unknown
    const blind = configUnknown ? undecided('config-file', configUnknown, { files: configFiles.join(', ') }) : file ? unfollowable(file, ctx.commandSpan, configFiles.join(', ')) : null
    const fromFile = (key: string): FileSetting<RubyScalar> | undefined => (blind ? undefined : file?.settings.get(key))
    const unknownSetting = (s: Extract<FileSetting<RubyScalar>, { known: false }>) => undecided('config-value', s.at, { why: s.why })

    // state_path in the file is Puma's state file too
    const stateFile = fromFile('state_path')
    if (!state && stateFile?.known && typeof stateFile.value === 'string' && absolute(ctx, stateFile.value) === SOCKET_PATH) {
      flagNotes.push({ at: stateFile.at, kind: 'puma-state', data: { text: stateFile.value } })
    }

    // daemonizing: -d/--daemon or `daemonize` on 3–4 (5+ stopped above)
    const daemonOpt = lastOption(parsed, 'daemon')
    const daemonFile = fromFile('daemonize')
    const daemonizes = daemonOpt
      ? verdict(true, 'flag', optionSpan(ctx, daemonOpt), { option: daemonOpt.written })
      : blind
        ? blind
        : !daemonFile
          ? verdict(false, 'foreground', ctx.commandSpan)
          : !daemonFile.known
            ? unknownSetting(daemonFile)
            : verdict(truthy(daemonFile.value), truthy(daemonFile.value) ? 'config' : 'foreground', daemonFile.at, { option: 'daemonize', where: where(daemonFile.at) })

    // listeners: any on the command line replace every bind of the config file
    let listeners: Listener[] | null
    let socket
    if (unknownListener) {
      listeners = null
      socket = undecided('unknown-value', unknownListener.at, { text: unknownListener.text })
    } else if (cliListeners.length > 0) {
      listeners = cliListeners
      socket = socketFromListeners(cliListeners, ctx.commandSpan, cwd)
      const lost = file?.binds?.known ? file.binds.value.find((l) => l.kind === 'unix' && l.path !== undefined && absolute(ctx, l.path) === SOCKET_PATH) : undefined
      if (socket.value === false && lost) socket = { ...socket, data: { ...socket.data, overrides: `${lost.text}\` on ${where(lost.at)}` } }
    } else if (blind) {
      listeners = null
      socket = blind
    } else if (file?.binds && !file.binds.known) {
      listeners = null
      socket = unknownSetting(file.binds)
    } else if (file?.binds?.known) {
      listeners = file.binds.value
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    } else {
      // 8.0+ listens on [::] instead when the host has a non-loopback IPv6 interface: only the
      // address differs, and no message names it (docs/research/servers.md#puma-8-default-bind)
      listeners = [tcpListener('tcp://0.0.0.0:9292', '0.0.0.0', 9292, ctx.commandSpan, 'default')]
      socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
    }
    const stateNote = flagNotes.find((n) => n.kind === 'puma-state')
    if (socket.value === false && stateNote) socket = verdict(false, 'state-file', stateNote.at, stateNote.data)

    const pidOpt = lastOption(parsed, 'pidfile')
    const pidSetting = fromFile('pidfile')
    const pidFile = pidOpt?.value
      ? pidOpt.value.unknown
        ? undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
        : pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
      : blind
        ? blind
        : !pidSetting
          ? pidFromPath(null, ctx.commandSpan, cwd)
          : !pidSetting.known
            ? unknownSetting(pidSetting)
            : typeof pidSetting.value === 'string'
              ? pidFromPath(pidSetting.value, pidSetting.at, cwd)
              : pidFromPath(null, pidSetting.at, cwd)

    const settings = pumaSettings(ctx, parsed, version, blind ? (blind.data.why ?? 'the config file is not evaluated') : null, fromFile)
    const noGem = autoWithoutGem(ctx, settings.workers)
    // the settings hold once the gem is there: the restart is judged with them, not as single mode
    if (noGem) return { ...notStarted(ctx, [noGem]), settings }
    if (file && !blind) flagNotes.push(...pumaFileNotes(file))

    const folder = blind ? null : missingFolder(ctx, writtenPaths(listeners, pidWritten(pidFile)), cwd)
    const bootUnknown = file?.mayFail ?? folder ?? undefined
    return {
      ...(file?.rubyRemoved.length ? { rubyRemoved: file.rubyRemoved } : {}),
      boots: blind || bootUnknown ? null : true,
      bootUnknown,
      bootProblems: [],
      socket,
      pidFile,
      daemonizes,
      listeners,
      flagNotes,
      configFiles,
      settings
    }
  }
}

/**
 * `workers :auto` and `WEB_CONCURRENCY=auto` count the CPUs with concurrent-ruby's
 * `Concurrent.available_processor_count` (`Configuration#parse_workers`). Without the gem Puma
 * prints that it "requires the \"concurrent-ruby\" gem" and re-raises the LoadError; with a
 * concurrent-ruby before 1.3.0, which added that method, it raises NoMethodError (measured on
 * 7.2.1 and 8.0.2 with Debian's 1.1.6; docs/research/servers.md#puma-workers-auto). Under
 * `bundle exec` only the locked gems load.
 */
function autoWithoutGem(ctx: ServerContext, workers: Setting): BootProblem | null {
  if (workers.value !== 'auto' || !ctx.command.bundleExec || !ctx.lockfile?.valid) return null
  const gem = ctx.lockfile.gems.get('concurrent-ruby')
  if (gem && atLeast(gem.version, '1.3.0')) return null
  const at = workers.at ?? ctx.commandSpan
  const what = workers.origin === 'environment' ? '`WEB_CONCURRENCY=auto`' : workers.origin === 'command-line' ? '`-w auto`' : `\`workers :auto\` on line ${at.line} of \`${at.file}\``
  const why = gem
    ? `${what} makes Puma count the CPUs with \`Concurrent.available_processor_count\`, which concurrent-ruby ${gem.version} (locked in Gemfile.lock) does not have (it came in 1.3.0): Puma raises NoMethodError`
    : `${what} makes Puma load the concurrent-ruby gem to count the CPUs; Gemfile.lock does not lock it, and Puma raises LoadError (it says it 'requires the "concurrent-ruby" gem')`
  const fix = gem ? 'update concurrent-ruby to 1.3.0 or later (`bundle update concurrent-ruby`), or write a number of workers' : 'add `gem "concurrent-ruby"` to the Gemfile (Rails apps have it through Active Support), or write a number of workers'
  return { at, kind: 'config-directive-fails', data: { path: at.file, why, fix } }
}

/** Renamed hooks and plugins, for the rules that explain them (puma-renamed-hook, puma-plugin). */
function pumaFileNotes(file: PumaFileLevel): FlagNote[] {
  const notes: FlagNote[] = file.renamedHooks.map((h) => ({ at: h.at, kind: 'puma-renamed-hook', data: { old: h.old, new: h.new } }))
  for (const p of file.plugins) notes.push({ at: p.at, kind: 'puma-plugin', data: { name: p.name ?? '', ...(p.variables ? { variables: p.variables.join(', ') } : {}), ...(p.condition ? { condition: String(p.condition.line) } : {}) } })
  return notes
}

/** The files a server creates at start: its Unix sockets and its PID file. */
export function writtenPaths(listeners: Listener[] | null, pid: { path: string; at: Span } | null): Array<{ path: string; at: Span }> {
  const out = (listeners ?? []).filter((l) => l.kind === 'unix' && l.path !== undefined).map((l) => ({ path: l.path!, at: l.at }))
  return pid ? [...out, pid] : out
}

function truthy(v: RubyScalar): boolean {
  return v !== null && v !== false
}

/**
 * The worker count as Puma settles it: `-w`, else the config files, else `WEB_CONCURRENCY` (5+).
 * `'auto'` = one per CPU of the host (`WEB_CONCURRENCY=auto` from 6.5, `-w auto` / `workers :auto`
 * from 7.2; docs/research/servers.md#puma-workers-auto).
 */
function pumaWorkers(ctx: ServerContext, parsed: OptionParse, version: string, blind: string | null, fromFile: (key: string) => FileSetting<RubyScalar> | undefined): { workers: Setting; envWorkers: Setting } {
  // Puma 5+ takes the default worker count from WEB_CONCURRENCY (the prediction environment does
  // not set it; a Procfile line may)
  let envWorkers: Setting = { value: 0, at: null, origin: 'default' }
  const envText = ctx.command.env.get('WEB_CONCURRENCY')
  if (atLeast(version, '5.0.0') && ctx.command.unknownEnv.has('WEB_CONCURRENCY')) envWorkers = { value: null, at: ctx.commandSpan, origin: 'environment', why: '`WEB_CONCURRENCY` is set to a value rack-check cannot know' }
  else if (atLeast(version, '6.5.0') && envText?.trim() === 'auto') envWorkers = { value: 'auto', at: ctx.commandSpan, origin: 'environment' }
  else if (atLeast(version, '5.0.0') && envText !== undefined) {
    const n = /^\s*\d+/.exec(envText)
    envWorkers = n ? { value: Number(n[0]), at: ctx.commandSpan, origin: 'environment' } : { value: null, at: ctx.commandSpan, origin: 'environment', why: '`WEB_CONCURRENCY` is not a number' }
  }
  // Puma 3–7.1 read `-w` with `to_i` (leading digits, else 0); 7.2+ take `auto` and refuse anything else at start
  const cliWorkers = (t: string): Setting['value'] => (/^\d+$/.test(t) ? Number(t) : atLeast(version, '7.2.0') ? (t === 'auto' ? 'auto' : null) : Number(/^\s*\d*/.exec(t)![0].trim() || 0))
  const o = lastOption(parsed, 'workers')
  let workers: Setting
  if (o) workers = { value: o.value?.unknown ? null : cliWorkers(o.value!.text), at: optionSpan(ctx, o), origin: 'command-line', ...(o.value?.unknown ? { why: `\`${o.value.text}\` is not known` } : {}) }
  else if (blind) workers = { value: null, at: null, origin: 'config', why: blind }
  else {
    const s = fromFile('workers')
    const v = s?.known ? s.value : null
    workers = !s ? envWorkers : !s.known ? { value: null, at: s.at, origin: 'config', why: s.why } : { value: typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : v === null ? null : true, at: s.at, origin: 'config' }
  }
  return { workers, envWorkers }
}

/** workers, preload, prune_bundler, fork_worker and output redirection, as Puma settles them. */
function pumaSettings(ctx: ServerContext, parsed: OptionParse, version: string, blind: string | null, fromFile: (key: string) => FileSetting<RubyScalar> | undefined): Record<string, Setting> {
  const pick = (option: string, key: string, cliValue: (o: ParsedOption) => Setting['value'], dflt: Setting): Setting => {
    const o = lastOption(parsed, option)
    if (o) return { value: o.value?.unknown ? null : cliValue(o), at: optionSpan(ctx, o), origin: 'command-line', ...(o.value?.unknown ? { why: `\`${o.value.text}\` is not known` } : {}) }
    if (blind) return { value: null, at: null, origin: 'config', why: blind }
    const s = fromFile(key)
    if (!s) return dflt
    if (!s.known) return { value: null, at: s.at, origin: 'config', why: s.why }
    const v = s.value
    return { value: typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string' ? v : v === null ? null : true, at: s.at, origin: 'config' }
  }
  const off: Setting = { value: false, at: null, origin: 'default' }
  const { workers, envWorkers } = pumaWorkers(ctx, parsed, version, blind, fromFile)
  const pruneBundler = pick('prune-bundler', 'prune_bundler', () => true, off)
  // Puma 7 preloads by default in cluster mode unless prune_bundler is set (docs/7.0-Upgrade.md);
  // 5–6 when WEB_CONCURRENCY > 1, read before the command line and config (docs/research/servers.md#puma-signals-and-restarts)
  const cluster = typeof workers.value === 'number' && workers.value > 1
  // `auto` is the host's CPU count: preloaded by default when it has more than one (docs/research/servers.md#puma-workers-auto)
  const cpus = (w: Setting): Setting => ({ value: null, at: w.at, origin: 'default', why: `\`${w.origin === 'environment' ? 'WEB_CONCURRENCY=auto' : 'workers :auto'}\` starts one worker per CPU of the host, and Puma preloads the app by default when there is more than one: the CPU count is not known before deploy` })
  let preloadDefault: Setting = off
  if (atLeast(version, '5.0.0') && !atLeast(version, '7.0.0') && envWorkers.origin === 'environment') {
    preloadDefault = envWorkers.value === 'auto' ? cpus(envWorkers) : envWorkers.value === null ? { ...envWorkers } : { value: (envWorkers.value as number) > 1, at: envWorkers.at, origin: 'environment' }
  } else if (atLeast(version, '7.0.0') && pruneBundler.value !== true) {
    preloadDefault =
      workers.value === 'auto' && pruneBundler.value === false
        ? cpus(workers)
        : workers.value === null || pruneBundler.value === null
          ? { value: null, at: workers.at, origin: 'default', why: workers.why ?? pruneBundler.why }
          : { value: cluster, at: cluster ? workers.at : null, origin: 'default' }
  }
  const redirect = pick('redirect-stdout', 'redirect', () => true, pick('redirect-stderr', 'redirect', () => true, off))
  return {
    workers,
    preload: pick('preload', 'preload', () => true, preloadDefault),
    pruneBundler,
    forkWorker: atLeast(version, '5.0.0') ? pick('fork-worker', 'fork_worker', () => true, off) : off,
    redirectsOutput: redirect,
    // the folder Puma restarts into: without `directory`/`--dir` it is $PWD when that names the
    // working directory, else the resolved release folder (docs/research/servers.md#measured-restart-release)
    directory: pick('dir', 'directory', (o) => o.value!.text, off)
  }
}

/**
 * Puma's signal handling (docs/research/servers.md#puma-signals-and-restarts, measured: #measured-signals, #measured-puma-across-versions; `Launcher#setup_signals`,
 * `Cluster#setup_signals`). Cluster mode is `workers` > 0 (`Launcher#clustered?`); a phased
 * restart needs preload off, with or without `fork_worker` (`Cluster#phased_restart`).
 */
function pumaSignal(signal: string, facts: ServerFacts, version: string | null): SignalEffect {
  const s = facts.settings ?? {}
  const unknown = (setting: Setting | undefined, name: string): SignalEffect => ({
    effect: 'unknown',
    does: `depends on \`${name}\`, which rack-check cannot know`,
    dropsRequests: null,
    why: setting?.why ?? `\`${name}\` is not known`,
    cause: { setting: name, at: setting?.at ?? null, text: name }
  })
  const workers = s.workers
  // a Puma that does not start as written has no settings to read (its config failed to load): the
  // mode it runs in once fixed is not known, never single mode by default
  const notRead = facts.boots === false && !facts.settings
  // `auto`: one worker per CPU, so cluster mode on any host with a CPU (docs/research/servers.md#puma-workers-auto)
  const cluster = workers?.value === 'auto' ? true : typeof workers?.value === 'number' ? workers.value > 0 : workers || notRead ? null : false
  if (notRead && (signal === 'usr1' || signal === 'ttin' || signal === 'ttou' || signal === 'hup')) {
    return {
      effect: 'unknown',
      does: signal === 'usr1' ? 'does a phased or a hot restart depending on its worker count and preloading, which rack-check cannot read from a Puma that does not start as written' : `does what its settings say for ${signal.toUpperCase()}, which rack-check cannot read from a Puma that does not start as written`,
      dropsRequests: null,
      why: 'Puma does not start as written, so its settings are not known',
      cause: { setting: 'workers', at: null, text: 'workers' }
    }
  }
  const hot: SignalEffect = { effect: 'hot-restart', does: 're-executes itself in place (same PID, the socket is kept, the config file is read again, all workers and threads restart together)', dropsRequests: false }
  switch (signal) {
    case 'usr2':
      // a daemonized Puma < 5 daemonizes again after the re-exec: a new PID (docs/research/servers.md#measured-puma-across-versions; live on 3.12.6, 4.3.12)
      if (facts.daemonizes.value === true) return { ...hot, does: 're-executes itself and daemonizes again (a new PID, written to the PID file; the socket is kept, the config file is read again, all workers and threads restart together)' }
      return hot
    case 'usr1': {
      if (cluster === null) return unknown(workers, 'workers')
      if (!cluster) return { ...hot, does: `cannot do a phased restart in single mode, so it ${hot.does}`, fallback: 'single-mode', cause: { setting: 'workers', at: workers?.at ?? null, text: 'workers' } }
      const preload = s.preload
      if (preload?.value === null && preload.origin === 'default' && workers?.value === 'auto') {
        // docs/research/servers.md#puma-workers-auto: one worker per CPU; preloaded by default on 7+ with more than one
        return { ...unknown(preload, 'preload_app!'), does: 'runs one worker per CPU (`workers :auto`): on a host with one CPU it does a phased restart; with more, Puma 7 and later preload the app by default and it does a hot restart instead; the CPU count is not known before deploy' }
      }
      if (!preload || preload.value === null) return unknown(preload, 'preload_app!')
      if (preload.value === true) {
        const fallback = preload.origin === 'default' ? 'default-preload' : preload.origin === 'environment' ? 'web-concurrency' : 'preload'
        return { ...hot, does: `cannot do a phased restart with the app preloaded, so it ${hot.does}`, fallback, cause: { setting: 'preload', at: preload.at, text: preload.origin === 'default' ? 'workers' : 'preload_app!' } }
      }
      // `fork_worker` does not lift the preload condition: `Cluster#phased_restart` refuses whenever
      // preload is on and the call is not a refork (5.0–8.0.2; docs/research/servers.md#puma-fork-worker)
      const phased: SignalEffect =
        s.forkWorker?.value === true
          ? { effect: 'phased-restart', does: 'replaces its workers one at a time (a phased restart, forking from worker 0); the master keeps running and the config file is not read again', dropsRequests: false, cause: { setting: 'fork_worker', at: s.forkWorker.at, text: 'fork_worker' } }
          : { effect: 'phased-restart', does: 'replaces its workers one at a time (a phased restart); the master keeps running and the config file is not read again', dropsRequests: false }
      return solidQueue(facts, phased)
    }
    case 'hup': {
      const r = s.redirectsOutput
      if (!r || r.value === null) return unknown(r, 'stdout_redirect')
      return r.value === true
        ? { effect: 'reopen-logs', does: 'reopens its log files (output is redirected) and keeps serving the same code', dropsRequests: false, cause: { setting: 'stdout_redirect', at: r.at, text: 'stdout_redirect' } }
        : { ...stopped(signal, true, 'treats HUP like INT and stops, because its output is not redirected (HUP only reopens logs with `stdout_redirect`)'), cause: { setting: 'stdout_redirect', at: null, text: 'stdout_redirect' } }
    }
    case 'term':
    case 'int':
      return stopped(signal, true)
    case 'quit':
    case 'kill':
      return stopped(signal, false)
    case 'ttin':
    case 'ttou':
      if (cluster === null) return unknown(workers, 'workers')
      return cluster
        ? { effect: 'none', does: `${signal === 'ttin' ? 'starts one more worker' : 'stops one worker'} and restarts nothing`, dropsRequests: false }
        : { ...untrapped(signal), does: `has no ${signal.toUpperCase()} handler in single mode, and the kernel discards the signal for a server that leads its own session (as under systemd): nothing happens` }
    case 'urg':
      return { effect: 'none', does: s.forkWorker?.value === true ? 'reforks its workers from worker 0 and restarts nothing' : 'ignores URG', dropsRequests: false }
    case 'pwr':
      // Puma 8 prints thread backtraces on PWR; before that it is untrapped (terminate)
      return version !== null && atLeast(version, '8.0.0') ? { effect: 'none', does: 'prints thread backtraces', dropsRequests: false } : untrapped(signal)
    default:
      return untrapped(signal)
  }
}

/**
 * The solid_queue plugin does not support phased restarts: its README says so, and
 * rails/solid_queue#563 (open) reports that it crashes Puma during one
 * (docs/research/servers.md#puma-plugin-solid-queue). Reported, not measured: whether requests
 * fail becomes unknown. Also when the plugin line is guarded by a variable the prediction
 * environment leaves unset (Rails 8's `if ENV["SOLID_QUEUE_IN_PUMA"]`), which Cloud 66 may set.
 */
function solidQueue(facts: ServerFacts, phased: SignalEffect): SignalEffect {
  const plugin = facts.flagNotes.find((n) => n.kind === 'puma-plugin' && n.data.name === 'solid_queue')
  if (!plugin) return phased
  const when = plugin.data.variables ? ` when \`${plugin.data.variables}\` is set` : plugin.data.condition ? ' if the condition around it holds' : ''
  return { ...phased, does: `${phased.does}, although the \`solid_queue\` plugin (${plugin.at.file}:${plugin.at.line}${when}) does not support phased restarts and is reported to crash Puma during one (rails/solid_queue#563)`, dropsRequests: null }
}

const known = (s: Setting | undefined): boolean => !!s && s.value !== null

/**
 * Puma's signal handling is read from its source and measured in single mode, in cluster mode and
 * with a preloaded app (docs/research/servers.md#puma-signals-and-restarts,
 * #measured-puma-across-versions): when the effect is unknown, what is unknown is the app's
 * setting, not how Puma behaves — the generic "no measurements" caveat would be false.
 */
function pumaCaveat(plan: RestartView): string | null {
  const e = plan.effect
  if (e.effect === 'phased-restart') return 'A phased restart does not upgrade Puma itself or re-read the config file: after changing either, deploy once with `usr2` or restart the server.'
  // the summary already says what is not known and why
  if (e.effect !== 'unknown') return null
  return `Puma's handling of ${plan.signal.toUpperCase()} is known from its source and measurements (single and cluster mode, preloaded or not); what is not known is which of those cases this app is in.`
}

/**
 * Puma's phased restart needs USR1, cluster mode and no preloaded app (`fork_worker` or not)
 * (docs/research/servers.md#puma-signals-and-restarts; `Cluster#phased_restart`): the steps this app has not taken yet.
 */
function pumaAdvice(plan: RestartView, server: ServerSettings): Advice | null {
  const e = plan.effect
  // a phased restart already, or USR1 that falls back: the finding on `restart_signal` says what to change
  if (e.effect === 'phased-restart' || (plan.signal === 'usr1' && e.fallback)) return null
  if (plan.signal !== 'usr2' && plan.signal !== 'usr1') return null
  // a Puma that does not start as written has no settings to read: advice would guess them
  if (!server.settings && e.effect === 'unknown') return null
  const s = server.settings ?? {}
  const steps: string[] = []
  const recommends: Recommendation[] = []
  if (plan.signal !== 'usr1') {
    steps.push('set `restart_signal: usr1` under `procfile_metadata` → `web` in `.cloud66/manifest.yml`')
    recommends.push({ setting: 'restart_signal', value: 'usr1' })
  }
  const workers = s.workers
  const cluster = known(workers) && ((typeof workers!.value === 'number' && workers!.value >= 2) || workers!.value === 'auto')
  if (!cluster) {
    steps.push(known(workers) ? 'run Puma in cluster mode (`workers 2` or more in the config file)' : 'run Puma in cluster mode (`workers 2` or more), if the config does not already')
    recommends.push({ setting: 'workers', value: 2 })
  }
  // `fork_worker` does not help: a preloaded app never gets a phased restart (docs/research/servers.md#puma-fork-worker)
  const preload = s.preload
  const puma7 = server.version !== null && atLeast(server.version, '7.0.0')
  if (preload?.value === true && preload.origin !== 'default') {
    steps.push(preload.origin === 'environment' ? 'write `preload_app! false` in the config file (`WEB_CONCURRENCY` above 1 turns preloading on)' : 'remove `preload_app!`')
    recommends.push({ setting: 'preload', value: false })
  } else if (s.pruneBundler?.value !== true && (puma7 || server.version === null || preload?.value === true) && preload?.origin === 'default') {
    // Puma 7 preloads by default in cluster mode unless prune_bundler is set (docs/7.0-Upgrade.md)
    steps.push(`${puma7 ? '' : 'on Puma 7 and later, '}add \`prune_bundler\` to the config file (in cluster mode Puma 7 and later preload the app unless it is set)`)
    recommends.push({ setting: 'prune_bundler', value: true })
  } else if (preload?.value === null) {
    steps.push('make sure the app is not preloaded (`preload_app!`)')
  }
  if (!steps.length) return null
  const sentence = steps.length === 1 ? steps[0] : `${steps.slice(0, -1).join(', ')} and ${steps[steps.length - 1]}`
  return { text: `For a rolling (phased) restart, where the other workers keep serving while each one is replaced: ${sentence}.`, recommends }
}
