/**
 * Signal names as `procfile_metadata` writes them: lower case, no `SIG` prefix (docs/research/cloud66.md#signal-spelling),
 * and `stop_sequence` strings (`term, 90, kill`: signal, seconds, signal, …; docs/research/cloud66.md#procfile_metadata-values).
 */
import type { SourceFile } from '../files/source-file.js'
import type { Span } from '../core/span.js'
import type { YScalar } from './yaml-tree.js'

/** Linux signal names (signal(7)), lower case, without `SIG`. */
export const SIGNAL_NAMES = new Set([
  'hup', 'int', 'quit', 'ill', 'trap', 'abrt', 'iot', 'bus', 'fpe', 'kill', 'usr1', 'segv', 'usr2', 'pipe', 'alrm', 'term',
  'stkflt', 'chld', 'cont', 'stop', 'tstp', 'ttin', 'ttou', 'urg', 'xcpu', 'xfsz', 'vtalrm', 'prof', 'winch', 'io', 'poll', 'pwr', 'sys'
])

export type SpellingProblem = 'upper-case' | 'sig-prefix' | 'symbol'

export interface SignalWord {
  text: string
  at: Span
  /** the signal meant, lower case without `SIG`; null when the word is not a signal */
  name: string | null
  /** how the word departs from the documented spelling (`usr1`) */
  spelling: SpellingProblem[]
}

export function readSignal(text: string, at: Span): SignalWord {
  const spelling: SpellingProblem[] = []
  let t = text
  if (t.startsWith(':')) {
    spelling.push('symbol')
    t = t.slice(1)
  }
  if (t !== t.toLowerCase()) spelling.push('upper-case')
  t = t.toLowerCase()
  if (t.startsWith('sig') && SIGNAL_NAMES.has(t.slice(3))) {
    spelling.push('sig-prefix')
    t = t.slice(3)
  }
  return SIGNAL_NAMES.has(t) ? { text, at, name: t, spelling } : { text, at, name: null, spelling: [] }
}

/** Where each character of a scalar's value sits in the file, when it can be known exactly. */
function valueOffset(file: SourceFile, s: YScalar): number | null {
  const [start, end] = file.offsets(s.at)
  const raw = file.text.slice(start, end)
  const value = String(s.value)
  if (raw === value) return start
  if (s.quoted && raw.length >= 2 && raw.slice(1, -1) === value) return start + 1
  return null
}

export interface StopStep {
  kind: 'signal' | 'seconds' | 'other'
  word: string
  at: Span
  signal?: SignalWord
}

export interface StopSequence {
  steps: StopStep[]
  /** the first thing wrong with the order of the steps, if any */
  problem: { at: Span; kind: 'empty-step' | 'expected-signal' | 'expected-seconds' | 'ends-with-seconds' } | null
}

/** `term, 90, kill` → signal, seconds, signal; each with its own position when it can be found. */
export function parseStopSequence(file: SourceFile, s: YScalar): StopSequence {
  const value = String(s.value)
  const base = valueOffset(file, s)
  const steps: StopStep[] = []
  let problem: StopSequence['problem'] = null
  let from = 0
  const parts = value.split(',')
  parts.forEach((part, i) => {
    const lead = part.length - part.trimStart().length
    const word = part.trim()
    const start = from + lead
    from += part.length + 1
    const at = base === null ? s.at : file.span(base + start, base + start + Math.max(word.length, 1))
    const wantSignal = i % 2 === 0
    if (word === '') {
      problem ??= { at, kind: 'empty-step' }
      steps.push({ kind: 'other', word, at })
      return
    }
    if (/^\d+$/.test(word)) {
      steps.push({ kind: 'seconds', word, at })
      if (wantSignal) problem ??= { at, kind: 'expected-signal' }
      return
    }
    const signal = readSignal(word, at)
    steps.push({ kind: signal.name ? 'signal' : 'other', word, at, signal })
    if (!wantSignal) problem ??= { at, kind: 'expected-seconds' }
  })
  const last = steps[steps.length - 1]
  if (last && last.kind === 'seconds' && !problem) problem = { at: last.at, kind: 'ends-with-seconds' }
  return { steps, problem }
}
