/**
 * Unicorn and unicorn_rails 4–6 (servers.md §3): `bin/unicorn`, `bin/unicorn_rails`,
 * `Unicorn::Configurator`. Listeners from `-l`, `-o`/`-p` and the config file add up; the
 * config file's `pid` beats `-P`; `-d` is `$DEBUG` and `-e` evaluates Ruby; `unicorn_rails -P`
 * is the deprecated `--path`.
 */
import {
  absolute,
  allUnknown,
  notStarted,
  optionProblem,
  optionSpan,
  pidFromPath,
  socketFromListeners,
  tcpListener,
  uncertainOption,
  undecided,
  valueSpan,
  type ServerContext,
  type ServerModel
} from './common.js'
import { appRelative } from './environment.js'
import { allOptions, lastOption, parseOptions, type OptionSpec } from './optparse.js'
import { verdict, type BootProblem, type FlagNote, type Listener, type ServerFacts } from './types.js'
import type { Span } from '../model/span.js'

function options(rails: boolean): OptionSpec[] {
  const specs: OptionSpec[] = [
    { key: 'eval', short: ['e'], long: ['eval'], arg: 'required' },
    { key: 'debug', short: ['d'], long: ['debug'], arg: 'none' },
    { key: 'warn', short: ['w'], long: ['warn'], arg: 'none' },
    { key: 'include', short: ['I'], long: ['include'], arg: 'required' },
    { key: 'require', short: ['r'], long: ['require'], arg: 'required' },
    { key: 'host', short: ['o'], long: ['host'], arg: 'required' },
    { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
    { key: 'env', short: ['E'], long: ['env'], arg: 'required' },
    { key: 'daemonize', short: ['D'], long: ['daemonize'], arg: 'none' },
    { key: 'config', short: ['c'], long: ['config-file'], arg: 'required' },
    { key: 'listen', short: ['l'], long: ['listen'], arg: 'required' },
    { key: 'help', short: ['h'], long: ['help'], arg: 'none' },
    { key: 'version', short: ['v'], long: ['version'], arg: 'none' }
  ]
  if (rails) {
    specs.push({ key: 'path', short: ['P'], arg: 'required' }, { key: 'path', long: ['path'], arg: 'required' })
  } else {
    specs.push(
      { key: 'pid', short: ['P'], long: ['pid'], arg: 'required' },
      { key: 'no-default-middleware', short: ['N'], long: ['no-default-middleware'], arg: 'none' },
      { key: 'server', short: ['s'], long: ['server'], arg: 'required' }
    )
  }
  return specs
}

/** `Unicorn::Configurator#expand_addr`: a path (or `unix:` path), `HOST:PORT` or a port. */
export function unicornListen(text: string, at: Span, origin: Listener['origin']): Listener | null {
  if (text.startsWith('unix:')) return { kind: 'unix', path: text.slice(5).replace(/^\/+/, '/'), text, at, origin }
  if (text.startsWith('/') || text.startsWith('~')) return { kind: 'unix', path: text, text, at, origin }
  let m = /^(?:\*:)?(\d+)$/.exec(text)
  if (m) return tcpListener(text, '0.0.0.0', Number(m[1]), at, origin)
  m = /^(.*):(\d+)$/.exec(text)
  if (m) return tcpListener(text, m[1], Number(m[2]), at, origin)
  return null
}

/** A word that Ruby reads as a plain name: `eval` of it raises NameError. */
const BARE_NAME = /^[a-z_][A-Za-z0-9_]*$/
const RUBY_KEYWORDS = new Set(['nil', 'true', 'false', 'self', '__FILE__', '__LINE__', 'p', 'puts', 'exit', 'abort'])

function model(name: 'unicorn' | 'unicorn_rails'): ServerModel {
  const rails = name === 'unicorn_rails'
  return {
    name: 'unicorn',
    gem: 'unicorn',
    analyze(ctx: ServerContext): ServerFacts {
      const parsed = parseOptions(ctx.command.argv!.slice(1), options(rails))
      if (parsed.error) return notStarted(ctx, [optionProblem(ctx, parsed.error)])
      const flagNotes: FlagNote[] = []
      const problems: BootProblem[] = []
      for (const o of parsed.options) {
        if (o.spec.key === 'debug') flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-debug', data: { option: o.written, program: name } })
        if (o.spec.key === 'eval' && o.value) {
          if (!o.value.unknown && BARE_NAME.test(o.value.text) && !RUBY_KEYWORDS.has(o.value.text)) {
            problems.push({ at: optionSpan(ctx, o), kind: 'eval-word', data: { option: o.written, value: o.value.text, program: name, fix: '-E ' + o.value.text } })
          } else flagNotes.push({ at: optionSpan(ctx, o), kind: 'unicorn-eval', data: { option: o.written, program: name } })
        }
      }
      if (problems.length) return notStarted(ctx, problems, flagNotes)
      const unsure = uncertainOption(ctx, parsed)
      if (unsure) return allUnknown('unknown-value', unsure.at, unsure.data, flagNotes)
      const cwd = ctx.command.cwd

      const cli: Listener[] = []
      let unknownAt: { at: Span; text: string } | null = null
      for (const o of allOptions(parsed, 'listen')) {
        if (!o.value) continue
        if (o.value.unknown) {
          unknownAt ??= { at: optionSpan(ctx, o), text: o.value.text }
          continue
        }
        const l = unicornListen(o.value.text, optionSpan(ctx, o), 'command-line')
        if (l) cli.push(l)
        else unknownAt ??= { at: valueSpan(ctx, o.value), text: o.value.text }
      }
      const host = lastOption(parsed, 'host')
      const port = lastOption(parsed, 'port')
      if (host || port) {
        // rackup compatibility: one HOST:PORT listener
        const h = host?.value?.text ?? '0.0.0.0'
        const p = port?.value ? (port.value.unknown ? null : Number(port.value.text)) : 8080
        const at = optionSpan(ctx, (port ?? host)!)
        if (host?.value?.unknown) unknownAt ??= { at, text: host.value.text }
        else if (h.startsWith('/')) cli.push({ kind: 'unix', path: h, text: h, at, origin: 'command-line' })
        else cli.push(tcpListener(`${h}:${port?.value?.text ?? 8080}`, h, p, at, 'command-line'))
      }

      const config = lastOption(parsed, 'config')
      const configFiles: string[] = []
      let configAt: Span | null = null
      if (config?.value) {
        configAt = optionSpan(ctx, config)
        if (config.value.unknown || cwd === null) configFiles.push(config.value.text)
        else {
          const rel = appRelative(absolute(ctx, config.value.text))
          if (rel !== null && !ctx.exists(rel)) {
            return notStarted(ctx, [{ at: configAt, kind: 'missing-config', data: { path: config.value.text } }], flagNotes)
          }
          configFiles.push(rel ?? config.value.text)
        }
      }
      const configData = { files: configFiles.join(', ') }

      let listeners: Listener[] | null
      let socket
      const cliSocket = socketFromListeners(cli, ctx.commandSpan, cwd)
      if (unknownAt) {
        listeners = null
        socket = undecided('unknown-value', unknownAt.at, { text: unknownAt.text })
      } else if (cliSocket.value === true) {
        // listeners add up: the socket is served whatever the config file adds
        listeners = configAt ? null : cli
        socket = cliSocket
      } else if (configAt) {
        listeners = null
        socket = undecided('config-file', configAt, configData)
      } else {
        listeners = cli.length ? cli : [tcpListener('0.0.0.0:8080', '0.0.0.0', 8080, ctx.commandSpan, 'default')]
        socket = socketFromListeners(listeners, ctx.commandSpan, cwd)
      }

      const daemon = lastOption(parsed, 'daemonize')
      const daemonizes = daemon ? verdict(true, 'flag', optionSpan(ctx, daemon), { option: daemon.written }) : verdict(false, 'foreground', ctx.commandSpan)

      let pidFile
      const pidOpt = lastOption(parsed, 'pid')
      const pathOpt = parsed.options.find((o) => o.spec.key === 'path' && o.written === '-P')
      if (configAt) pidFile = undecided('config-file', configAt, configData)
      else if (pidOpt?.value?.unknown) pidFile = undecided('unknown-value', optionSpan(ctx, pidOpt), { text: pidOpt.value.text })
      else if (pidOpt?.value) pidFile = pidFromPath(pidOpt.value.text, optionSpan(ctx, pidOpt), cwd)
      else if (rails && daemon) pidFile = pidFromPath('tmp/pids/unicorn.pid', optionSpan(ctx, daemon), cwd, '-D')
      else pidFile = pidFromPath(null, ctx.commandSpan, cwd)
      if (pathOpt && pidFile.value === false) {
        pidFile = verdict(false, 'unicorn-rails-p-is-path', optionSpan(ctx, pathOpt), { text: pathOpt.value?.text ?? '' })
      }

      return { boots: configAt ? null : true, bootProblems: [], socket, pidFile, daemonizes, listeners, flagNotes, configFiles }
    }
  }
}

export const unicorn = model('unicorn')
export const unicornRails = model('unicorn_rails')
