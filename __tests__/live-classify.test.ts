/**
 * The live suite's restart classifier (__tests__/live/classify.mjs) on recorded observations: what
 * __tests__/live/observe.mjs gathered after sending each signal to a real server (the probe trace,
 * PIDs, listener inodes, processes, the log lines), kept in __tests__/live/recorded.json by a run
 * with RACK_CHECK_LIVE_RECORD. It needs no server and no root, so `npm test` runs it.
 *
 * Issue 22 (item 9): on a busy machine one probe of about 24 failed while a daemonized Puma 3.12 or
 * 4.3 re-executed itself after USR2, and the old classifier called that hot restart a full restart.
 * A hot restart is identified by the listener inode that the new process still holds; the probes
 * do not decide it.
 */
import { describe, expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { classify, longestOutage, type ClassifyFacts } from './live/classify.mjs'
import { settled } from './live/rig.mjs'
import { PROJECT } from './helpers/paths.js'

interface Recorded {
  case: string
  label: string
  signal: string
  /** the effect observed.json records for this case and signal */
  recorded: string
  facts: ClassifyFacts
}

const recorded = JSON.parse(readFileSync(join(PROJECT, '__tests__', 'live', 'recorded.json'), 'utf8')) as { source: string; observations: Recorded[] }
const find = (name: string, signal: string): Recorded => {
  const r = recorded.observations.find((o) => o.case === name && o.signal === signal)
  if (!r) throw new Error(`no recorded observation of ${name} ${signal}`)
  return r
}
/** the trace with the probe at `at` failed (both tries) */
const failProbe = (trace: string, at: number): string => trace.slice(0, at) + '-' + trace.slice(at + 1)
const withTrace = (facts: ClassifyFacts, trace: string): ClassifyFacts => ({ ...facts, trace, failed: [...trace].filter((c) => c === '-').length, probes: trace.length })

describe('recorded observations classify as the cases record', () => {
  test('the recording covers every kind of effect the classifier tells apart', () => {
    const effects = new Set(recorded.observations.map((o) => o.recorded))
    for (const e of ['hot-restart', 'phased-restart', 'full-restart', 'new-master', 'reload-config', 'stop', 'none', 'refork']) expect(effects).toContain(e)
  })

  test("Pitchfork's USR2 is a refork, not Unicorn's reload-config, though the workers are replaced under the same master", () => {
    const o = find('pitchfork0_18_1-signals', 'usr2')
    expect(o.facts.appeared).toBeGreaterThan(0)
    expect(o.facts.vanished).toBeGreaterThanOrEqual(o.facts.appeared!)
    expect(classify(o.facts)).toBe('refork')
    // without the log line it would be read as the same master with its workers replaced
    expect(classify({ ...o.facts, log: '' })).toBe('reload-config')
  })

  test.each(recorded.observations.map((o) => [`${o.case} ${o.signal.toUpperCase()} [${o.label}]`, o] as const))('%s', (_name, o) => {
    const effect = classify(o.facts)
    // as in live.test.ts: with no log file to reopen, reopening logs cannot be told from doing nothing
    if (o.recorded === 'reopen-logs' && o.facts.logsWatched === false) expect(['reopen-logs', 'none']).toContain(effect)
    else expect(effect).toBe(o.recorded)
  })
})

describe('a failed probe does not make a hot restart a full restart', () => {
  test.each([
    ['puma4_3_12-docs-d', 'usr2'],
    ['puma3_12_6-docs-d', 'usr2']
  ])('%s %s (daemonized Puma < 5: a new PID on the same listener)', (name, signal) => {
    const o = find(name, signal)
    expect(o.recorded).toBe('hot-restart')
    // what identifies it: the PID changed (it daemonized again) and it holds the listener it had
    expect(o.facts.pidAfter).not.toBe(o.facts.pidBefore)
    expect(o.facts.keptListener).toBe(true)
    expect(o.facts.listenersAfter).toEqual(o.facts.listenersBefore)
    const trace = o.facts.trace ?? ''
    expect(trace.length).toBeGreaterThan(10)
    // one failed probe anywhere (the case: one of about 24 in the middle), or a longer outage
    for (const at of [0, Math.floor(trace.length / 2), trace.length - 1]) expect(classify(withTrace(o.facts, failProbe(trace, at)))).toBe('hot-restart')
    expect(classify(withTrace(o.facts, '++' + '-'.repeat(trace.length - 4) + '++'))).toBe('hot-restart')
  })

  test('the same for a foreground Puma whose log says it restarted (USR2), and for the phased restart of a cluster (USR1)', () => {
    for (const [name, signal] of [
      ['puma-docs', 'usr2'],
      ['puma-cluster', 'usr1']
    ]) {
      const o = find(name, signal)
      const trace = o.facts.trace ?? ''
      expect(classify(withTrace(o.facts, failProbe(trace, Math.floor(trace.length / 2))))).toBe(o.recorded)
    }
  })

  test('Unicorn\'s HUP (the same master, new workers) stays a config reload with a failed probe', () => {
    const o = recorded.observations.find((r) => r.recorded === 'reload-config')!
    const trace = o.facts.trace ?? ''
    expect(classify(withTrace(o.facts, failProbe(trace, 3)))).toBe('reload-config')
  })
})

describe('and probes that all answered do not hide a full restart or a stop', () => {
  test('Thin\'s HUP binds the socket again (a new listener inode): a full restart even with no failed probe', () => {
    for (const o of recorded.observations.filter((r) => r.recorded === 'full-restart')) {
      expect(o.facts.listenersAfter.some((l) => !o.facts.listenersBefore.includes(l))).toBe(true)
      expect(classify(withTrace(o.facts, '+'.repeat((o.facts.trace ?? '').length)))).toBe('full-restart')
    }
  })

  test('a server that no longer answers (after the retries) has stopped, whatever the earlier probes said', () => {
    const o = recorded.observations.find((r) => r.recorded === 'stop' && r.facts.listenersAfter.length === 0)!
    expect(classify(withTrace(o.facts, '+'.repeat(30)))).toBe('stop')
  })

  test('a new PID that does not hold the old listener is a full restart, not a hot one', () => {
    const o = find('puma4_3_12-docs-d', 'usr2')
    expect(classify({ ...o.facts, keptListener: false, listenersAfter: [o.facts.listenersBefore[0] + 1] })).toBe('full-restart')
  })
})

test('longestOutage counts the longest run of probes that failed twice', () => {
  expect(longestOutage('++r+--+---+')).toBe(3)
  expect(longestOutage('')).toBe(0)
  expect(longestOutage(undefined)).toBe(0)
})

describe('the rig goes on until the answers have settled (rig.mjs settled), counted in answers', () => {
  // answers every 100 ms from `from` to `to` (ms), from release/parent `who`
  const answers = (from: number, to: number, ...who: Array<[string, string]>) => {
    const out = []
    for (let t = from, i = 0; t < to; t += 100, i++) out.push({ began: t, ms: 5, release: who[i % who.length][0], ppid: who[i % who.length][1] })
    return out
  }
  test('the same releases and parents in the last two windows: settled', () => {
    expect(settled(answers(0, 10_000, ['B', '1']), new Set(), 10_000)).toBe(true)
    // two masters side by side stay side by side: settled too
    expect(settled(answers(0, 10_000, ['A', '1'], ['B', '2']), new Set(), 10_000)).toBe(true)
    // nothing answers any more (a stopped server): nothing will change
    expect(settled([], new Set(), 10_000)).toBe(true)
  })
  test('a restart still under way is not settled: the answers changed, or a request is still waiting', () => {
    // release B took over 3 s ago: the window before the last still had A
    expect(settled([...answers(0, 7_000, ['A', '1']), ...answers(7_000, 10_000, ['B', '1'])], new Set(), 10_000)).toBe(false)
    // a phased restart: the new workers' answers grow in
    expect(settled([...answers(0, 9_000, ['A', '1']), ...answers(8_000, 10_000, ['B', '1'])], new Set(), 10_000)).toBe(false)
    // a request has waited for 2.5 s (a server still booting): not settled, whatever answered
    expect(settled(answers(0, 10_000, ['A', '1']), new Set([{ began: 7_500 }]), 10_000)).toBe(false)
    expect(settled(answers(0, 10_000, ['A', '1']), new Set([{ began: 9_000 }]), 10_000)).toBe(true)
  })
})
