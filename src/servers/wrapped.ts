/**
 * The analysis of a line that runs a wrapper (wrapper.ts), in the wrapper models' chunk: loaded
 * with Thruster's or foreman's model, never on a line that runs the server itself (start-up time
 * is a feature). servers/index.ts hands it its own functions (`Core`) to analyse what the wrapper
 * runs; restart.ts asks it what a signal does through the wrappers.
 */
import type { BootProblem, SignalEffect } from './types.js'
import { analyzeCommand, type CommandBase, type CommandLine } from './command.js'
import { notStudied } from './signal-effects.js'
import { cut } from '../core/text.js'
import type { Analysed, Core, WrappedLine, WrapperContext, WrapperEngine, WrapperInput, WrapperModel, WrapperUse } from './wrapper.js'

/** Word texts of a command, to compare a part of a line with what the shell read. */
function wordTexts(command: CommandLine): string[] {
  return command.argv?.map((w) => w.text) ?? []
}

function analyzeWrapped<A extends Analysed>(core: Core<A>, input: WrapperInput, line: WrappedLine, command: CommandLine, model: WrapperModel, depth: number): A | null {
  const locked = model.gem ? (input.lockfile?.gems.get(model.gem) ?? null) : null
  const word = command.program!
  const at = line.file.span(word.start, word.end)
  const ctx: WrapperContext = {
    file: line.file,
    entry: line.entry,
    command,
    commandSpan: line.file.span(line.entry.commandStart, line.entry.commandEnd),
    version: locked?.version ?? null,
    lockfile: input.lockfile,
    environment: input.environment,
    exists: input.exists,
    config: input.config
  }
  const u = model.unwrap(ctx)
  // a parser the wrapper needs is loading (the config reader noted it): analysed again once it is
  if (u.kind === 'pending') return null
  const use: WrapperUse = { model, program: word.text, at, version: ctx.version, unresolved: null, reads: null, others: [], shellStays: false, inner: null, details: {} }
  let inner: A | null = null
  if (u.kind === 'unknown') use.unresolved = { at: u.at, what: u.what }
  else {
    const base: CommandBase | undefined = u.kind === 'line' ? u.base : undefined
    const next: WrappedLine = { file: u.file, entry: u.entry, reparse: u.kind === 'line' ? (unset) => analyzeCommand(u.file, u.entry.command, u.entry.commandStart, input.environment, unset, base) : null }
    const wrapped = u.kind === 'command' ? u.command : next.reparse!('empty')
    if (u.file !== line.file) use.reads = u.file.path
    if (u.kind === 'line') {
      use.shellStays = u.shellStays === true
      use.others = u.others ?? []
    }
    // a part of the same line must come to the words the shell read after the wrapper's
    const words = u.kind === 'line' ? u.words : undefined
    const got = wordTexts(wrapped)
    if (words && (got.length === 0 || got.join('\u0000') !== words.slice(words.length - got.length).join('\u0000')))
      use.unresolved = { at, what: `the command after \`${word.text}\`, which rack-check does not follow` }
    else {
      inner = core.analyzeLine(next, wrapped, depth + 1)
      if (!inner) return null
    }
  }
  if (!inner) {
    return core.unresolved(line, command, use)
  }
  use.inner = inner.facts
  use.details = model.describe?.(ctx, use) ?? {}
  let facts = model.wrap ? model.wrap(ctx, inner.facts) : inner.facts
  // `bundle exec thrust` with a lockfile that does not lock thruster: Bundler refuses to run it
  if ((command.bundleExec || command.binstub) && input.lockfile?.valid && model.gem && !locked) {
    const problem: BootProblem = { at, kind: 'not-bundled', data: { gem: model.gem, program: command.programName } }
    facts = { ...facts, boots: false, bootProblems: [problem, ...facts.bootProblems] }
  }
  // what the line does once the wrapper no longer stops it: the server's own facts
  const ifStarted = facts.boots !== false ? facts : inner.facts.boots !== false ? inner.facts : inner.ifStarted
  // a `bin/dev` that execs what it runs is not there any more when the server runs
  const shown = model.name !== null || use.unresolved || use.shellStays
  return { ...inner, facts, ifStarted, prediction: core.predict(facts), wrappers: shown ? [use, ...inner.wrappers] : inner.wrappers }
}

/** A program word in a sentence: repository text, bounded here as the message placeholders are (rules/define-rule.ts). */
function quoted(program: string): string {
  return `\`${cut(program, 120)}\``
}

/** What the server does with a signal when rack-check does not follow what the wrapper runs. */
function unfollowed(w: WrapperUse, which?: string): SignalEffect {
  const program = quoted(w.program)
  return { effect: 'unknown', does: `does something rack-check cannot predict${which ? `, ${which}` : ''} (rack-check does not follow what ${program} runs)`, dropsRequests: null, why: `rack-check does not follow what ${program} runs` }
}

/**
 * A signal to a line that runs a wrapper (wrapper.ts): what the wrapper's process does with it,
 * given what the server does. Cloud 66 does not document whether it signals the process it
 * started or the PID in /tmp/web_server.pid, which is the server's (docs/research/cloud66.md#which-process-gets-the-signal):
 * the effect is known only when both come to the same.
 */
function throughWrappers(web: Analysed, signal: string, server: SignalEffect): SignalEffect {
  // what a wrapper rack-check does not follow runs is not known, nor what it does with the signal
  const lost = web.wrappers.find((w) => w.unresolved)
  if (lost) server = unfollowed(lost)
  let effect = server
  for (const w of [...web.wrappers].reverse()) {
    const program = quoted(w.program)
    // what the launcher itself does with the signal is known even when what it runs is not (foreman's HUP stops it)
    if (w.unresolved) effect = w.model.signal ? w.model.signal(signal, unfollowed(w)) : notStudied(program)
    else if (w.shellStays) effect = { effect: 'unknown', does: `reaches the shell that runs ${program} (its last command has no \`exec\`), and what that shell does with it was not studied`, dropsRequests: null, why: `the shell running ${program} stays the process Cloud 66 started` }
    else if (w.model.signal) effect = w.model.signal(signal, effect)
  }
  // nothing known on either side: one clause, not the same unknown twice
  if (lost && !lost.model.signal) return unfollowed(lost, 'whichever process Cloud 66 signals')
  const outer = quoted(web.wrappers[0].program)
  const pidFile = (web.ifStarted ?? web.facts).pidFile.value
  const pid = pidFile === true
  // both cases, always: which process Cloud 66 signals is not documented
  const other = pid
    ? `; if it signals the PID in /tmp/web_server.pid, the server ${server.does}`
    : pidFile === false
      ? '; if it signals the PID in /tmp/web_server.pid, which nothing writes, no process gets it'
      : `; if it signals the PID in /tmp/web_server.pid and the server writes that file, the server ${server.does}`
  // the same either way: certain, whichever process gets it
  if (effect.effect === server.effect && effect.effect !== 'unknown') return pid ? { ...effect, does: `${effect.does}, if Cloud 66 signals the ${outer} process${other}` } : effect
  return {
    effect: 'unknown',
    does: `${effect.does}, if Cloud 66 signals the ${outer} process${other}; which of the two it signals is not documented`,
    dropsRequests: null,
    why: `Cloud 66 does not document whether it signals the ${outer} process or the PID in /tmp/web_server.pid`
  }
}

/** What every wrapper model carries: the code above, in its chunk. */
export const ENGINE: WrapperEngine = { analyze: analyzeWrapped, through: throughWrappers }
