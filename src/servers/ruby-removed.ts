/**
 * What a config file's uses of removed Ruby names (`File.exists?`, model/ruby/removed.ts) do to
 * the server (docs/research/servers.md#ruby-removals): a use that certainly runs at boot and
 * certainly raises on the app's Ruby is a boot failure at its line; any other use that raises on
 * some Ruby judged is a note (ruby-removed-method's warning). Each server model says what a
 * raise in each of its hooks does (`HookPlace`).
 */
import type { Span } from '../core/span.js'
import type { RemovedUse, RubyConfig, RubyJudge } from '../model/ruby/values.js'
import { JUDGED_LINES } from '../model/ruby/removed.js'
import type { BootProblem, RubyRemovedNote, ServerFacts } from './types.js'

/** What a raise in a server's hook does. */
export interface HookPlace {
  /** where the call sits, as a clause: "in Unicorn's `before_fork`, which runs in the master …" */
  where: string
  /** a raise there certainly stops the server at start (read in its source or measured) */
  boot: boolean
  /** what a raise there does, as a clause: "Unicorn exits at start" */
  effect: string
}

export interface Removals {
  problems: BootProblem[]
  notes: RubyRemovedNote[]
  /** a use that runs at boot and raises on some of the Rubies judged: whether it starts is not known */
  mayFail: { at: Span; why: string; rubyRemoved: true } | null
  /** the file's `raises` is a removed name's: a `ruby-removed` problem says it, not `config-raises` */
  raisesHandled: boolean
  /** where the notes are: the evaluator's `mayRaise` there is said by the note */
  covered: Span[]
}

/** Whether a span is one of the notes' (a `mayRaise` there is not said twice). */
function coveredBy(r: Removals, at: Span): boolean {
  return r.covered.some((c) => same(c, at))
}

const same = (a: Span, b: Span): boolean => a.file === b.file && a.line === b.line && a.column === b.column && a.endLine === b.endLine && a.endColumn === b.endColumn

/** "3.2 and later" when the failing lines run to the newest line judged, else the list. */
function linesText(use: RemovedUse): string {
  const last = use.judged[use.judged.length - 1]
  const tail = use.judged.slice(use.judged.indexOf(use.failing[0]))
  const contiguous = tail.length === use.failing.length && tail.every((l, i) => l === use.failing[i])
  return contiguous && last === JUDGED_LINES[JUDGED_LINES.length - 1] && use.failing.length > 1 ? `${use.failing[0]} and later` : use.failing.join(', ')
}

function removals(config: RubyConfig, path: string, server: string, hookPlace: (hook: string) => HookPlace, ruby: RubyJudge | undefined): Removals {
  const out: Removals = { problems: [], notes: [], mayFail: null, raisesHandled: false, covered: [] }
  const seen = new Set<string>()
  for (const use of config.removed) {
    const key = `${use.at.line}:${use.at.column}:${use.row.name}`
    if (seen.has(key)) continue
    seen.add(key)
    const place = use.hook === null ? { where: `at the top level of \`${path}\`, which ${server} runs while it starts`, boot: true, effect: `${server} exits at start` } : hookPlace(use.hook)
    const allFail = use.rubyKnown && use.failing.length === use.judged.length
    const failing = linesText(use)
    const state = !use.rubyKnown
      ? "the app's Ruby is not known (no `ruby_version` in the manifest, `ruby` line in the Gemfile, `.ruby-version` or `RUBY VERSION` in Gemfile.lock)"
      : allFail
        ? `the app runs ${ruby?.from ?? 'that Ruby'}`
        : `${ruby?.from ?? "the app's Ruby"} allows Ruby ${use.judged.join(', ')}`
    const data = {
      name: use.row.name,
      error: use.row.error,
      removedIn: use.row.removedIn,
      fix: use.row.replacement ? `use ${use.row.replacement}` : 'remove the call',
      where: place.where,
      effect: place.effect,
      failing,
      ruby: ruby?.from ?? '',
      state,
      path,
      position: use.certain ? place.where : `in a branch that may not run, ${place.where}`
    }
    const raisesHere = use.hook === null && config.raises !== null && same(config.raises.at, use.at)
    if (raisesHere || (use.hook !== null && place.boot && use.certain && allFail)) {
      out.raisesHandled ||= raisesHere
      out.problems.push({ at: use.at, kind: 'ruby-removed', data })
      continue
    }
    out.notes.push({ at: use.at, data })
    out.covered.push(use.at)
    if (place.boot) out.mayFail ??= { at: use.at, why: `\`${use.row.name}\` raises ${use.row.error} on Ruby ${failing} ${data.position}, and ${state}`, rubyRemoved: true }
  }
  return out
}

/**
 * What loading a config file can do to the server, said once for every model that reads one: the
 * uses of removed names (removals), a raise that certainly stops the load (`config-raises`,
 * unless a removed name is what raises: its own problem says it), and else the first raise under
 * a condition that no note already says.
 */
export function loadFailures(config: RubyConfig, path: string, server: string, hookPlace: (hook: string) => HookPlace, ruby: RubyJudge | undefined): { problems: BootProblem[]; notes: RubyRemovedNote[]; mayFail: { at: Span; why: string; rubyRemoved?: true } | null } {
  const gone = removals(config, path, server, hookPlace, ruby)
  const problems = [...gone.problems]
  // a file that certainly raises stops the server while it loads it (model/ruby/evaluator.ts)
  if (config.raises && !gone.raisesHandled) problems.push({ at: config.raises.at, kind: 'config-raises', data: { path, why: config.raises.why } })
  let mayFail: { at: Span; why: string; rubyRemoved?: true } | null = gone.mayFail
  for (const r of config.mayRaise) if (!coveredBy(gone, r.at)) mayFail ??= { at: r.at, why: `${r.why} when the condition around it holds, and ${server} then exits at start` }
  return { problems, notes: gone.notes, mayFail }
}

/** A config file read under a launcher (`rails server`, `rackup` with Puma's config): its notes and may-fail, by the context it was read for. */
const handlerFiles = new WeakMap<object, { notes: RubyRemovedNote[]; mayFail: { at: Span; why: string; rubyRemoved?: boolean } | null }>()

/** Notes a launcher's config file (servers/rack-handler.ts) for `withHandlerRemovals`. */
export function noteHandlerFile(ctx: object, file: { rubyRemoved: RubyRemovedNote[]; mayFail: { at: Span; why: string; rubyRemoved?: boolean } | null }): void {
  handlerFiles.set(ctx, { notes: file.rubyRemoved, mayFail: file.mayFail })
}

/**
 * The facts of a launcher with the notes of the config file it read (its many return paths
 * do not carry them), and, when it may not start because of a removed name, why.
 */
export function withHandlerRemovals(ctx: object, facts: ServerFacts): ServerFacts {
  const file = handlerFiles.get(ctx)
  if (!file || facts.boots === false) return facts
  const out = file.notes.length > 0 ? { ...facts, rubyRemoved: file.notes } : facts
  return file.mayFail?.rubyRemoved && out.boots === null && !out.bootUnknown ? { ...out, bootUnknown: { at: file.mayFail.at, why: file.mayFail.why, rubyRemoved: true } } : out
}
