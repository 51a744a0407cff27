import type { SourceFile } from '../files/source-file.js'
import type { Lockfile } from '../model/gemfile-lock.js'
import type { Span } from '../core/span.js'
import type { Word } from '../model/shell.js'
import type { CommandLine } from './command.js'
import type { Cloud66Part } from './cloud66.js'
import { APP_ROOT, appRelative, resolvePath } from './environment.js'
import type { OptionError, OptionParse, ParsedOption, Value } from './optparse.js'
import {
  PID_PATH,
  SOCKET_PATH,
  verdict,
  type BootProblem,
  type DaemonReason,
  type Listener,
  type PidReason,
  type ServerFacts,
  type ServerName,
  type SocketReason,
  type SignalEffect,
  type Verdict
} from './types.js'
import type { VersionBand } from './version.js'
import type { RubyConfig, RubyEnvironment, RubyJudge } from '../model/ruby/values.js'
import type { YamlModule } from '../model/yaml-tree.js'

/** A config file as the server would read it. `pending`: its parser (Prism, yaml) is not loaded yet. */
export type ConfigRead<T> = { status: 'ok'; value: T } | { status: 'missing' } | { status: 'unreadable'; problem: string } | { status: 'pending' }

export interface ConfigReader {
  /** a Ruby config file (app-relative path) evaluated under the given variables */
  ruby(appPath: string, env: RubyEnvironment): ConfigRead<RubyConfig>
  /** a file read as text (a Procfile foreman reads, a `bin/dev` script): read-only, through the workspace */
  text(appPath: string): ConfigRead<SourceFile>
  /** a YAML config file (Thin's), with the YAML parser to read it with */
  yaml(appPath: string): ConfigRead<{ file: SourceFile; yaml: YamlModule }>
}

/**
 * What a config file sees: the command's environment, anything else not set (contract §4); the
 * repository's files for `File.exist?` (read-only, through the workspace, which never follows a
 * link out of it; /tmp is a folder on every server); whether Rails is loaded before the file is
 * read — `rails server` requires config/application.rb before it starts Puma, while `puma` and
 * `unicorn` read their config before any app code (`Rails` is then undefined: measured on Puma
 * 5.6.5, "uninitialized constant Puma::DSL::Rails").
 */
export function configEnvironment(ctx: ServerContext, appPath: string): RubyEnvironment {
  // one environment per command, file and workspace view: the version bands share it, and with it
  // the evaluation of the file (engine/analyze-app.ts caches that per environment)
  let byPath = environments.get(ctx.command)
  if (!byPath) environments.set(ctx.command, (byPath = new Map()))
  const known = byPath.get(appPath)
  if (known && known.exists === ctx.exists && known.isFolder === ctx.isFolder) return known.env
  const env = newEnvironment(ctx, appPath)
  byPath.set(appPath, { exists: ctx.exists, isFolder: ctx.isFolder, env })
  return env
}

const environments = new WeakMap<object, Map<string, { exists: ServerContext['exists']; isFolder: ServerContext['isFolder']; env: RubyEnvironment }>>()

function newEnvironment(ctx: ServerContext, appPath: string): RubyEnvironment {
  const program = ctx.command.programName
  return {
    get: (n) => (ctx.command.unknownEnv.has(n) ? undefined : (ctx.command.env.get(n) ?? null)),
    appRoot: APP_ROOT,
    filePath: APP_ROOT + '/' + appPath,
    pathKind: (abs) => {
      if (abs === '/tmp') return 'folder'
      const rel = appRelative(abs)
      if (rel === null) return undefined
      return ctx.isFolder(rel) ? 'folder' : ctx.exists(rel) ? 'file' : 'missing'
    },
    railsLoaded: program === 'rails' ? true : ['puma', 'pumactl', 'unicorn', 'unicorn_rails', 'pitchfork'].includes(program) ? false : undefined,
    ruby: ctx.ruby
  }
}

export interface ServerContext {
  /** the Procfile */
  file: SourceFile
  command: CommandLine
  /** the whole command, for findings about what is missing from it */
  commandSpan: Span
  /** the version to model; null when unknown and the model has no version bands */
  version: string | null
  lockfile: Lockfile | null
  /** whether a file exists, by path relative to the app root */
  exists(appPath: string): boolean
  /** whether a folder exists, by path relative to the app root */
  isFolder(appPath: string): boolean
  config: ConfigReader
  environment: string
  /** the app's Ruby (model/ruby-version.ts); absent when not known */
  ruby?: RubyJudge
}

export interface ServerModel {
  name: ServerName
  /** the gem whose locked version applies */
  gem: string | null
  /** behaviour changes at these versions; with no locked version each band is modelled */
  bands?: VersionBand[]
  analyze(ctx: ServerContext): ServerFacts
  /** what a signal does to the running server, from its effective settings; absent = unknown */
  signal?(signal: string, facts: ServerFacts, version: string | null): SignalEffect
  /** what Cloud 66 does with this server and what to tell its users (cloud66.ts) */
  cloud66: Cloud66Part
}

export function spanOf(ctx: ServerContext, start: number, end: number): Span {
  return ctx.file.span(start, end)
}

/** The option with its value, as written. */
export function optionSpan(ctx: ServerContext, o: ParsedOption): Span {
  return ctx.file.span(o.start, Math.max(o.end, o.value?.end ?? o.end))
}

export function valueSpan(ctx: ServerContext, v: Value): Span {
  return ctx.file.span(v.start, v.end)
}

/** Where a word of the line is (a server's or a wrapper's context: anything with the line's file). */
export function wordSpan(ctx: Pick<ServerContext, 'file'>, w: Word): Span {
  return ctx.file.span(w.start, w.end)
}

export function optionProblem(ctx: ServerContext, e: OptionError): BootProblem {
  const kind = ({ invalid: 'invalid-option', ambiguous: 'ambiguous-option', 'missing-argument': 'missing-argument', 'needless-argument': 'needless-argument' } as const)[e.kind]
  return {
    at: ctx.file.span(e.start, e.end),
    kind,
    data: { option: e.written, candidates: (e.candidates ?? []).join(', ') }
  }
}

/** Facts for a server that exits at start: nothing is served, nothing written. */
export function notStarted(ctx: ServerContext, problems: BootProblem[], flagNotes: ServerFacts['flagNotes'] = []): ServerFacts {
  const at = problems[0]?.at ?? ctx.commandSpan
  return {
    boots: false,
    bootProblems: problems,
    socket: verdict(false, 'not-started', at),
    pidFile: verdict(false, 'not-started', at),
    daemonizes: verdict(false, 'not-started', at),
    listeners: [],
    flagNotes,
    configFiles: []
  }
}

/** Facts that depend on something unknown (`$OPTS`, a command rack-check cannot follow). */
export function undecided<R extends string>(reason: R, at: Span, data: Record<string, string> = {}): Verdict<R> {
  return verdict(null, reason, at, data)
}

export function allUnknown(reason: SocketReason & PidReason & DaemonReason, at: Span, data: Record<string, string> = {}, flagNotes: ServerFacts['flagNotes'] = []): ServerFacts {
  return {
    boots: null,
    bootProblems: [],
    socket: undecided(reason, at, data),
    pidFile: undecided(reason, at, data),
    daemonizes: undecided(reason, at, data),
    listeners: null,
    flagNotes,
    configFiles: []
  }
}

/** The first word whose value cannot be known and that may be an option. */
export function uncertainOption(ctx: ServerContext, p: OptionParse): { at: Span; data: Record<string, string> } | null {
  const w = p.uncertain[0]
  if (!w) return null
  return { at: wordSpan(ctx, w), data: { word: w.text, variables: w.unknownVars.map((v) => '$' + v).join(', ') } }
}

export function absolute(ctx: ServerContext, p: string): string {
  return resolvePath(ctx.command.cwd ?? '/', p)
}

/** Socket verdict from a complete list of listeners. */
export function socketFromListeners(listeners: Listener[], fallbackAt: Span, cwd: string | null): Verdict<SocketReason> {
  const unix = listeners.filter((l) => l.kind === 'unix')
  for (const l of unix) {
    if (l.path === undefined) continue
    if (!l.path.startsWith('/') && cwd === null) return undecided('unknown-value', l.at, { text: l.text })
    if (resolvePath(cwd ?? '/', l.path) === SOCKET_PATH) return verdict(true, 'serves', l.at, { text: l.text })
  }
  const relative = unix.find((l) => l.path !== undefined && !l.path.startsWith('/') && !l.path.startsWith('@'))
  if (relative) return verdict(false, 'relative-unix', relative.at, { text: relative.text, path: relative.path! })
  if (unix.length > 0) return verdict(false, 'other-unix', unix[0].at, { text: unix[0].text, path: unix[0].path ?? '' })
  const given = listeners.filter((l) => l.origin !== 'default')
  if (given.length > 0) return verdict(false, 'tcp-only', given[0].at, { text: given[0].text })
  const dflt = listeners[0]
  return verdict(false, 'no-listener', fallbackAt, { default: dflt ? dflt.text : 'none' })
}

/**
 * Puma and Unicorn exit at start when the folder of a Unix socket or PID file is missing
 * (measured: Errno::ENOENT from `File.write` and `realdirpath`). /tmp exists; a folder in the
 * repository exists; anything else cannot be known from the files.
 */
export function missingFolder(ctx: ServerContext, paths: Array<{ path: string; at: Span }>, cwd: string | null, created: string[] = []): { at: Span; why: string } | null {
  for (const { path, at } of paths) {
    if (path.startsWith('@')) continue // abstract socket
    const abs = resolvePath(cwd ?? APP_ROOT, path)
    const dir = abs.replace(/\/[^/]*$/, '') || '/'
    if (dir === '/tmp' || dir === '/') continue
    const rel = appRelative(dir)
    if (rel !== null && (ctx.isFolder(rel) || created.includes(rel))) continue
    const shown = rel === null ? `\`${dir}\`` : `\`${rel}\` (not in the repository)`
    return { at, why: `it writes \`${appRelative(abs) ?? abs}\` into ${shown}, and the server exits at start if that folder is missing on the server` }
  }
  return null
}

/**
 * A config file rack-check cannot follow (the parser is not loaded yet, or a statement may change
 * anything): every setting it could make is unknown. Null when the file can be followed.
 */
export function unfollowable(level: { pending: boolean; opaque: { at: Span; why: string } | null }, at: Span, files: string): Verdict<'config-file' | 'config-value'> | null {
  if (level.pending) return undecided('config-file', at, { files })
  return level.opaque ? undecided('config-value', level.opaque.at, { why: level.opaque.why }) : null
}

/** The PID file a verdict says is written (absolute), if any. */
export function pidWritten(v: Verdict<PidReason>): { path: string; at: Span } | null {
  if (v.value === true) return { path: PID_PATH, at: v.at }
  return v.reason === 'other-path' && v.data.path ? { path: v.data.path, at: v.at } : null
}

export function pidFromPath(path: string | null, at: Span, cwd: string | null, text = path ?? ''): Verdict<PidReason> {
  if (path === null) return verdict(false, 'none', at)
  if (!path.startsWith('/') && cwd === null) return undecided('unknown-value', at, { text })
  const abs = resolvePath(cwd ?? '/', path)
  return abs === PID_PATH ? verdict(true, 'writes', at, { text }) : verdict(false, 'other-path', at, { text, path: abs })
}

export function tcpListener(text: string, host: string, port: number | null, at: Span, origin: Listener['origin']): Listener {
  return { kind: 'tcp', host, port, text, at, origin }
}

export function parsePort(v: Value): number | null {
  if (v.unknown) return null
  return /^\d+$/.test(v.text) ? Number(v.text) : null
}
