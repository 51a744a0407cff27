/**
 * Launchers that wrap a server (docs/research/servers.md#launchers-that-wrap-a-server): Thruster
 * (`thrust CMD …`), foreman (`foreman start`) and a `bin/dev` script. A wrapper's model says what
 * it runs — the wrapped command and the environment it gives it — and servers/index.ts models
 * that command with the wrapped server's own model; then the wrapper adds its own part: its
 * listeners, whether it starts at all, what it does with the signals Cloud 66 sends.
 *
 * This module holds the types only; each wrapper's model is a file of its own (thruster.ts,
 * foreman.ts), loaded when a Procfile line names it (registry.ts's WRAPPERS).
 */
import type { WrapperName } from '../core/report.js'
import type { SourceFile } from '../files/source-file.js'
import type { Lockfile } from '../model/gemfile-lock.js'
import type { ProcfileEntry } from '../model/procfile.js'
import type { Span } from '../core/span.js'
import type { CommandBase, CommandLine } from './command.js'
import type { ConfigReader } from './common.js'
import type { Cloud66Part } from './cloud66.js'
import type { ServerFacts, SignalEffect } from './types.js'
import type { Prediction } from './types.js'

export interface WrapperContext {
  /** the file of the line that runs the wrapper (the Procfile, or a Procfile foreman reads) */
  file: SourceFile
  entry: ProcfileEntry
  command: CommandLine
  commandSpan: Span
  /** the wrapper's locked version (its `gem`), null when none is locked */
  version: string | null
  lockfile: Lockfile | null
  environment: string
  exists(appPath: string): boolean
  config: ConfigReader
}

/** What a wrapper runs. */
export type Unwrapped =
  /**
   * a command line to read as the shell would: a part of the same line (`thrust CMD`), or a line
   * of another file (foreman's Procfile, the last line of `bin/dev`), run with `base`.
   * `words`: the words it must come to when it is a part of the same line (else rack-check did
   * not follow it right, and says the line cannot be followed).
   */
  | { kind: 'line'; file: SourceFile; entry: ProcfileEntry; base: CommandBase; words?: string[]; shellStays?: boolean; others?: string[] }
  /** a command built from the wrapper's own words (a Ruby `bin/dev`'s `exec "./bin/rails", "server", *ARGV`) */
  | { kind: 'command'; command: CommandLine; file: SourceFile; entry: ProcfileEntry }
  /** rack-check cannot tell what it runs: why, in a clause ("`bin/dev` is a script rack-check does not recognise") */
  | { kind: 'unknown'; at: Span; what: string }
  /** a parser the wrapper needs (Prism for a Ruby script) is not loaded yet */
  | { kind: 'pending' }

export interface WrapperModel {
  /** the wrapper analysis (wrapped.ts's ENGINE), carried by the model so that it loads with it */
  engine: WrapperEngine
  /**
   * the name the report gives it (`webServer.wrapper`); null for a script that `exec`s what it
   * runs (its process becomes the wrapped one: nothing stands between Cloud 66 and the server)
   */
  name: WrapperName | null
  /** the gem whose locked version applies */
  gem: string | null
  unwrap(ctx: WrapperContext): Unwrapped
  /** what the line does, from the facts of what the wrapper runs (absent: those facts, unchanged) */
  wrap?(ctx: WrapperContext, inner: ServerFacts): ServerFacts
  /**
   * what a signal sent to the wrapper's own process does, given what the wrapped server does
   * with it (`inner`: unknown when not studied)
   */
  signal?(signal: string, inner: SignalEffect): SignalEffect
  /** what Cloud 66 does with the line: its default signals and the label the guidance uses (absent with `name` null) */
  cloud66?: Cloud66Part
  /**
   * what the custom-web-wrapper rule says about it: `message` names the rule's message, the rest
   * fills it (none: nothing to say); the rule asks the model, never the wrapper's name
   */
  describe?(ctx: WrapperContext, use: WrapperUse): Record<string, string>
}

/**
 * The wrapper analysis (wrapped.ts, in the wrappers' chunk). It sees servers/index.ts's analysis
 * through these shapes only, so that the models it loads with import nothing that imports them.
 */
export interface WrapperEngine {
  /** a line that runs the wrapper: what it runs, analysed by `core`, with the wrapper's part added; null while a model or parser loads */
  analyze<A extends Analysed>(core: Core<A>, input: WrapperInput, line: WrappedLine, command: CommandLine, model: WrapperModel, depth: number): A | null
  /** what a signal does to a line that runs wrappers, given what the server does with it */
  through(web: Analysed, signal: string, server: SignalEffect): SignalEffect
}

/** What the wrapper analysis needs of a line's analysis (servers/index.ts's WebServerAnalysis). */
export interface Analysed {
  facts: ServerFacts
  ifStarted: ServerFacts | null
  prediction: Prediction
  wrappers: WrapperUse[]
}

/** A command line to analyse: the Procfile's, or one a wrapper runs. */
export interface WrappedLine {
  file: SourceFile
  entry: ProcfileEntry
  /** the same line read again with unset variables unknown; null when it was not read from text */
  reparse: ((unset: 'empty' | 'unknown') => CommandLine) | null
}

/** What servers/index.ts lends the wrapper analysis. */
export interface Core<A extends Analysed> {
  analyzeLine(line: WrappedLine, command: CommandLine, depth: number): A | null
  predict(f: ServerFacts): Prediction
  /** the analysis of a line whose wrapper rack-check cannot follow */
  unresolved(line: WrappedLine, command: CommandLine, use: WrapperUse): A
}

/** What the wrapper analysis reads of the app. */
export interface WrapperInput {
  lockfile: Lockfile | null
  environment: string
  exists(appPath: string): boolean
  config: ConfigReader
}

/** A wrapper on the `custom_web` line as analysed: outermost first in `WebServerAnalysis.wrappers`. */
export interface WrapperUse {
  model: WrapperModel
  /** the program word as written: `thrust`, `./bin/thrust`, `foreman`, `bin/dev` */
  program: string
  /** the wrapper's word */
  at: Span
  version: string | null
  /** rack-check could not tell what it runs */
  unresolved: { at: Span; what: string } | null
  /** the file it read what it runs from (foreman's Procfile, `bin/dev`), app-relative */
  reads: string | null
  /** the other processes it runs beside the web one (foreman), by name */
  others: string[]
  /** a shell script that runs the command without `exec`: the shell stays the process Cloud 66 started */
  shellStays: boolean
  /** the facts of what it runs, before the wrapper's own part */
  inner: ServerFacts | null
  /** the model's `describe`, for the custom-web-wrapper rule */
  details: Record<string, string>
}
