/**
 * From a Procfile command to what the real server would do: identify the server, pick the
 * version locked in Gemfile.lock (or model every version band when there is none), and derive
 * the contract's `prediction`.
 */
import type { SourceFile } from '../files/source-file.js'
import type { Lockfile } from '../model/gemfile-lock.js'
import type { ProcfileEntry } from '../model/procfile.js'
import type { Span } from '../core/span.js'
import type { RubyJudge } from '../model/ruby/values.js'
import { analyzeCommand, type CommandLine } from './command.js'
import { undecided, wordSpan, type ConfigReader, type ServerContext, type ServerModel } from './common.js'
import { identify, identifyWrapper, loadedModel, type LazyModel, type Models, type PendingModel } from './registry.js'
import type { WrappedLine, WrapperUse } from './wrapper.js'
import type { WrapperName } from '../core/report.js'
import { type BandFailures, type BootProblem, type ContractFailure, type Prediction, type ServerFacts, type ServerName, type Verdict } from './types.js'
import { APP_ROOT, appRelative, resolvePath } from './environment.js'
import { bandLabel } from './version.js'
import { withHandlerRemovals } from './ruby-removed.js'

export interface WebServerAnalysis {
  entry: ProcfileEntry
  procfile: SourceFile
  command: CommandLine
  commandSpan: Span
  server: ServerName
  /** the program as written, e.g. `unicorn_rails` */
  program: string
  model: ServerModel | null
  version: string | null
  facts: ServerFacts
  /**
   * When the server exits at start: what the same line would do without the words that stop it,
   * so that every problem of the line is reported at once. Null when it starts (or cannot tell).
   */
  ifStarted: ServerFacts | null
  /**
   * When the line exits at start as written and uses variables the prediction environment leaves
   * unset: what it does when the app defines them (their values unknown). A verdict that differs
   * here depends on the app's environment variables, which rack-check cannot see: not certain
   * (docs/contract.md §2.1).
   */
  ifSet?: ServerFacts
  prediction: Prediction
  /**
   * The launchers between Cloud 66 and the server, outermost first (Thruster, foreman; a `bin/dev`
   * only when rack-check cannot follow it or its shell stays the process); empty when the line
   * runs the server itself. `procfile`, `entry` and `command` are then the server's own line (in
   * the same Procfile, or in the Procfile foreman reads), and `line` the `custom_web` line.
   */
  wrappers: WrapperUse[]
  /** the `custom_web` (or `web`) line of the Procfile */
  line: { procfile: SourceFile; entry: ProcfileEntry }
}

// the table of servers (registry.ts) answers which model a line runs and loads it; these names
// stay importable from here, where the engine has always found them
export { identify, loadModel, type LazyModel, type Models } from './registry.js'

export interface AnalyzeInput {
  procfile: SourceFile
  entry: ProcfileEntry
  environment: string
  lockfile: Lockfile | null
  exists(appPath: string): boolean
  isFolder(appPath: string): boolean
  config: ConfigReader
  /** the models loaded so far */
  models: Models
  /** told the model a line needs when it is not loaded yet */
  pending(model: PendingModel): void
  /** the app's Ruby (model/ruby-version.ts); absent when not known */
  ruby?: RubyJudge
}

/** The analysis of a web process; null when its server's model is not loaded yet (then `pending` was told which). */
export function analyzeWebServer(input: AnalyzeInput): WebServerAnalysis | null {
  const { procfile, entry } = input
  const command = analyzeCommand(procfile, entry.command, entry.commandStart, input.environment)
  return analyzeLine(input, { file: procfile, entry, reparse: (unset) => analyzeCommand(procfile, entry.command, entry.commandStart, input.environment, unset) }, command, 0)
}

type Line = WrappedLine

/** How many wrappers deep rack-check follows (`bin/dev` → foreman → the server is two). */
const MAX_WRAPPERS = 3

function analyzeLine(input: AnalyzeInput, line: Line, command: CommandLine, depth: number): WebServerAnalysis | null {
  const wrapper = depth < MAX_WRAPPERS ? identifyWrapper(command) : null
  if (wrapper) {
    // the wrapper's code is in its model's chunk (wrapped.ts), loaded with it: start-up time is a feature
    const model = input.models[wrapper]
    if (!model) {
      input.pending(wrapper)
      return null
    }
    const unresolved = (l: Line, c: CommandLine, use: WrapperUse): WebServerAnalysis => {
      const facts = unknownFacts('unknown-server', use.unresolved!.at, { program: use.program })
      const commandSpan = l.file.span(l.entry.commandStart, l.entry.commandEnd)
      return { entry: l.entry, procfile: l.file, command: c, commandSpan, server: 'unknown', program: use.program, model: null, version: null, facts, ifStarted: null, prediction: predict(facts), wrappers: [use], line: { procfile: input.procfile, entry: input.entry } }
    }
    return model.engine.analyze({ analyzeLine: (l, c, d) => analyzeLine(input, l, c, d), predict, unresolved }, input, line, command, model, depth)
  }
  const { file: procfile, entry } = line
  const commandSpan = procfile.span(entry.commandStart, entry.commandEnd)
  const name = identify(command)
  const model = name ? loadedModel(name, input.models) : null
  if (name && !model) {
    input.pending(name as LazyModel)
    return null
  }
  const locked = model?.gem ? (input.lockfile?.gems.get(model.gem) ?? null) : null
  const version = locked?.version ?? null
  const ctx: ServerContext = {
    file: procfile,
    command,
    commandSpan,
    version,
    lockfile: input.lockfile,
    exists: input.exists,
    isFolder: input.isFolder,
    config: input.config,
    environment: input.environment,
    ...(input.ruby ? { ruby: input.ruby } : {})
  }
  let facts: ServerFacts
  let ifStarted: ServerFacts | null = null
  let ifSetFacts: ServerFacts | undefined
  if (command.argv === null) {
    const at = command.unsupported?.at ?? commandSpan
    facts = unknownFacts('not-followable', at, { what: command.unsupported?.what ?? '' })
  } else if (!model) {
    facts = unknownFacts('unknown-server', command.program ? wordSpan(ctx, command.program) : commandSpan, { program: command.programName })
  } else {
    const analyze = (c: ServerContext): ServerFacts => (model.bands && version === null ? acrossBands(model, c) : withHandlerRemovals(c, model.analyze(c)))
    facts = analyze(ctx)
    // the line as it runs when the app defines the variables the prediction environment leaves unset (their values unknown)
    const ifSet = command.unsetVariables.length && line.reparse ? line.reparse('unknown') : null
    if (ifSet?.argv) ifSetFacts = analyze({ ...ctx, command: ifSet })
    if (facts.boots !== false) ifStarted = facts
    else if (facts.bootProblems.some((p) => p.kind === 'missing-config')) {
      // a missing config file would be added, not removed: judge the line as if the file were
      // there with contents rack-check cannot know, so that what the command line alone decides
      // (a `-D`, a relative socket) is reported at once
      const missing = new Set(
        facts.bootProblems.filter((p) => p.kind === 'missing-config').map((p) => appRelative(resolvePath(command.cwd ?? APP_ROOT, p.data.path)))
      )
      const blind = <T>(appPath: string, read: (p: string) => T): T | { status: 'unreadable'; problem: string } =>
        missing.has(appPath) ? { status: 'unreadable', problem: 'it does not exist yet' } : read(appPath)
      const again = analyze({
        ...ctx,
        exists: (p) => missing.has(p) || input.exists(p),
        config: {
          ruby: (p, env) => blind(p, (q) => input.config.ruby(q, env)),
          yaml: (p) => blind(p, (q) => input.config.yaml(q)),
          text: (p) => input.config.text(p)
        }
      })
      if (again.boots !== false) ifStarted = again
    } else {
      // a line that fails because an unset variable vanished is judged again as if the app
      // defined it (its value unknown), so that its other problems show at once
      const base = ifSet?.argv ? { ...ctx, command: ifSet } : ctx
      const first = ifSetFacts ?? facts
      if (first.boots !== false) ifStarted = first
      else {
        // drop the words the boot problems point at and look again
        const argv = base.command.argv!
        // spans by start, words in source order: one pass (quadratic in the words before)
        const spans = first.bootProblems.map((p) => procfile.offsets(p.at)).sort((x, y) => x[0] - y[0])
        let next = 0
        let reach = -Infinity // the furthest end of the spans that start before the word ends
        const kept = argv.filter((w, i) => {
          while (next < spans.length && spans[next][0] < w.end) reach = Math.max(reach, spans[next++][1])
          return i === 0 || reach <= w.start
        })
        if (kept.length < argv.length) {
          const again = analyze({ ...base, command: { ...base.command, argv: kept } })
          if (again.boots !== false) ifStarted = again
        }
      }
    }
    // `bundle exec puma` with a lockfile that does not lock puma: Bundler refuses to run it
    const needsGem = command.bundleExec || command.binstub
    if (needsGem && input.lockfile?.valid && model.gem && !locked && !(model.gem === 'rack' && input.lockfile.gems.has('rackup'))) {
      const problem: BootProblem = { at: wordSpan(ctx, command.program!), kind: 'not-bundled', data: { gem: model.gem, program: command.programName } }
      facts = { ...facts, boots: false, bootProblems: [problem, ...facts.bootProblems] }
    }
  }
  return {
    entry,
    procfile,
    command,
    commandSpan,
    server: model?.name ?? 'unknown',
    program: command.programName,
    model,
    version,
    facts,
    ifStarted,
    ...(ifSetFacts ? { ifSet: ifSetFacts } : {}),
    prediction: predict(facts),
    wrappers: [],
    line: { procfile: input.procfile, entry: input.entry }
  }
}

/** The report's `wrapper`: the outermost launcher with a name, when there is one (absent, not null, so that reports without one stay as they were). */
export function wrapperOf(web: WebServerAnalysis): { wrapper?: WrapperName } {
  const name = web.wrappers.find((w) => w.model.name !== null)?.model.name
  return name ? { wrapper: name } : {}
}

function unknownFacts(reason: 'not-followable' | 'unknown-server', at: Span, data: Record<string, string>): ServerFacts {
  return {
    boots: null,
    bootProblems: [],
    socket: undecided(reason, at, data),
    pidFile: undecided(reason, at, data),
    daemonizes: undecided(reason, at, data),
    listeners: null,
    flagNotes: [],
    configFiles: []
  }
}

/** With no locked version: model each band and keep only what they all agree on. */
function acrossBands(model: ServerModel, ctx: ServerContext): ServerFacts {
  const bands = model.bands!
  const results = bands.map((b) => {
    const c = { ...ctx, version: b.version }
    return withHandlerRemovals(c, model.analyze(c))
  })
  const same = <T>(get: (f: ServerFacts) => T): boolean => results.every((r) => JSON.stringify(get(r)) === JSON.stringify(get(results[0])))
  const describe = (get: (f: ServerFacts) => unknown, show: (v: unknown) => string): string => {
    const parts: string[] = []
    let start = 0
    for (let k = 1; k <= results.length; k++) {
      if (k === results.length || JSON.stringify(get(results[k])) !== JSON.stringify(get(results[start]))) {
        parts.push(`${show(get(results[start]))} on ${model.name} ${bandLabel(bands, start, k - 1)}`)
        start = k
      }
    }
    return parts.join(', ')
  }
  const merge = <R extends string>(get: (f: ServerFacts) => Verdict<R>): Verdict<R | 'version'> => {
    if (same((f) => get(f).value)) return get(results[0])
    const at = results.map(get).find((v) => v.value !== true)?.at ?? get(results[0]).at
    // someVersions: true on some bands, so a line can still claim the socket or PID file
    const someVersions = String(results.some((r) => get(r).value === true))
    return undecided('version', at, { versions: describe((f) => get(f).value, (v) => (v === true ? 'yes' : v === false ? 'no' : 'unknown')), someVersions })
  }
  // boot problems that happen on some bands only are kept with the bands they happen on
  const problems: BootProblem[] = []
  const keyOf = (p: BootProblem): string => `${p.kind}@${p.at.line}:${p.at.column}`
  const seen = new Set<string>()
  // each band's problem keys once: looking them up per problem was quadratic in a line's words
  const keysOf = results.map((x) => new Set(x.bootProblems.map(keyOf)))
  for (const r of results) {
    for (const p of r.bootProblems) {
      const key = keyOf(p)
      if (seen.has(key)) continue
      seen.add(key)
      const on = keysOf.map((k) => k.has(key))
      const first = on.indexOf(true)
      const last = on.lastIndexOf(true)
      const contiguous = on.slice(first, last + 1).every(Boolean)
      const all = on.every(Boolean)
      problems.push(all ? p : { ...p, versions: contiguous ? bandLabel(bands, first, last) : 'some versions' })
    }
  }
  const bootsSame = same((f) => f.boots)
  const flagNotes = results.flatMap((r) => r.flagNotes).filter((n, i, all) => all.findIndex((m) => m.kind === n.kind && m.at.file === n.at.file && m.at.line === n.at.line && m.at.column === n.at.column) === i)
  return {
    boots: bootsSame ? results[0].boots : null,
    bootProblems: problems,
    socket: merge((f) => f.socket) as ServerFacts['socket'],
    pidFile: merge((f) => f.pidFile) as ServerFacts['pidFile'],
    daemonizes: merge((f) => f.daemonizes) as ServerFacts['daemonizes'],
    listeners: same((f) => f.listeners) ? results[0].listeners : null,
    flagNotes,
    configFiles: results[0].configFiles,
    bootUnknown: results.find((r) => r.bootUnknown)?.bootUnknown,
    // the same file evaluated under one Ruby: every band finds the same uses
    ...(results[0].rubyRemoved ? { rubyRemoved: results[0].rubyRemoved } : {}),
    settings: mergeSettings(results, (get) => describe(get, (v) => JSON.stringify(v))),
    everyBand: everyBandFails(model, results)
  }
}

/**
 * How each band breaks the contract, when every band does: e.g. Puma's `-d` daemonizes below 5.0
 * (which Cloud 66's docs say makes it terminate prematurely under systemd, docs/research/cloud66.md#daemonizing-under-systemd) and is refused from 5.0 on. Undefined when some band keeps it.
 * Daemonizing counts here; the rule ignores it under Bluepill. When every band breaks it the
 * same way, the findings without a version range already say so: undefined then too.
 */
function everyBandFails(model: ServerModel, results: ServerFacts[]): BandFailures[] | undefined {
  const perBand = results.map(contractFailures)
  if (perBand.some((f) => f.length === 0)) return undefined
  const bands = model.bands!
  const out: BandFailures[] = []
  let start = 0
  const key = (f: ContractFailure[]): string => f.map((x) => x.what).join('\n')
  for (let k = 1; k <= perBand.length; k++) {
    if (k === perBand.length || key(perBand[k]) !== key(perBand[start])) {
      out.push({ versions: bandLabel(bands, start, k - 1), failures: perBand[start] })
      start = k
    }
  }
  return out.length > 1 ? out : undefined
}

/** The definite ways one band's facts break Cloud 66's contract. */
export function contractFailures(f: ServerFacts): ContractFailure[] {
  if (f.boots === false) return f.bootProblems.filter((p) => p.kind !== 'not-bundled').map((p) => ({ kind: 'boot', at: p.at, what: bootClause(p) }))
  const out: ContractFailure[] = []
  if (f.daemonizes.value === true) out.push({ kind: 'daemonizes', at: f.daemonizes.at, what: `\`${f.daemonizes.data.option ?? 'daemonize'}\` daemonizes it, which Cloud 66's docs say makes it "terminate prematurely" under systemd` })
  if (f.socket.value === false) out.push({ kind: 'no-socket', at: f.socket.at, what: 'it does not serve /tmp/web_server.sock' })
  if (f.pidFile.value === false) out.push({ kind: 'no-pid', at: f.pidFile.at, what: 'it writes no /tmp/web_server.pid' })
  return out
}

function bootClause(p: BootProblem): string {
  const d = p.data
  switch (p.kind) {
    case 'removed-daemon':
      return `\`${d.option}\` makes it exit at start (daemon mode was removed in 5.0)`
    case 'ambiguous-option':
      return `\`${d.option}\` is ambiguous (${d.candidates}), so it exits at start`
    case 'invalid-option':
      return `it rejects \`${d.option}\` and exits at start`
    case 'missing-argument':
      return `\`${d.option}\` has no value, so it exits at start`
    case 'needless-argument':
      return `\`${d.option}\` takes no value, so it exits at start`
    case 'missing-config':
      return `it exits at start because \`${d.path}\` does not exist`
    case 'config-removed-daemon':
      return `\`daemonize\` in \`${d.path}\` raises NameError, so it exits at start`
    case 'config-syntax':
      return `\`${d.path}\` is not valid Ruby, so it exits at start`
    case 'config-raises':
      return `loading \`${d.path}\` raises, so it exits at start`
    case 'ruby-removed':
      return `\`${d.name}\` raises ${d.error} on the app's Ruby (removed in Ruby ${d.removedIn}), so it exits at start`
    case 'config-directive-fails':
      return `${d.why}, so it exits at start`
    case 'invalid-value':
      return `it cannot use ${d.value ? '`' + d.value + '`' : 'an empty word'} as the value of \`${d.option}\` and exits at start`
    case 'no-app':
      return `it takes \`${d.text}\` for the rackup file, finds none and exits at start`
    default:
      return 'it exits at start'
  }
}

/** A setting the bands disagree on becomes unknown, saying on which versions it is what. */
function mergeSettings(results: ServerFacts[], describe: (get: (f: ServerFacts) => unknown) => string): ServerFacts['settings'] {
  const first = results[0].settings
  if (!first) return undefined
  const out: NonNullable<ServerFacts['settings']> = {}
  for (const key of Object.keys(first)) {
    const same = results.every((r) => JSON.stringify(r.settings?.[key]?.value) === JSON.stringify(first[key].value))
    out[key] = same ? first[key] : { value: null, at: first[key].at, origin: first[key].origin, why: `it depends on the version: ${describe((f) => f.settings?.[key]?.value ?? null)}` }
  }
  return out
}

export function predict(f: ServerFacts): Prediction {
  if (f.boots === false) return { boots: false, servesSocket: false, writesPidFile: false, daemonizes: false, tcpPorts: [] }
  const tcp = f.listeners?.filter((l) => l.kind === 'tcp')
  const ports = tcp && tcp.every((l) => typeof l.port === 'number') ? [...new Set(tcp.map((l) => l.port as number))].sort((a, b) => a - b) : null
  // a server that may not start cannot be promised to serve
  const gate = (v: boolean | null): boolean | null => (f.boots === null && v === true ? null : v)
  return {
    boots: f.boots,
    servesSocket: gate(f.socket.value),
    writesPidFile: gate(f.pidFile.value),
    daemonizes: gate(f.daemonizes.value),
    tcpPorts: f.boots === null ? null : ports
  }
}

