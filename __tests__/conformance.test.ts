/**
 * The measured cases (docs/research/servers.md#measured-start-up and #measured-puma-across-versions, and cases measured by __tests__/live), one app folder
 * each, with what the real server did in observed.json. rack-check's prediction must equal the
 * observation, field by field: null (undecided) counts as a disagreement. Where a case was also
 * sent signals, the restart effect rack-check derives must equal what the server did.
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { signalEffect } from '../src/servers/restart.js'
import { CASES } from './helpers/paths.js'

interface Observed {
  command: string
  observed: Record<string, unknown>
  /** what each signal did to the running server (docs/research/servers.md#measured-signals–7.4) */
  signals?: Record<string, string>
}

const names = readdirSync(CASES).sort()
const stats = { agreed: 0, signals: 0 }

describe('predictions equal the measured behaviour of the real servers', () => {
  test.each(names)('%s', async (name) => {
    const dir = join(CASES, name)
    const { observed, signals = {} } = JSON.parse(readFileSync(join(dir, 'observed.json'), 'utf8')) as Observed
    const { report, analyses } = await checkDirectory(dir, { environment: 'production', processManager: 'systemd' })
    // the restart effect of every measured signal, from the same effective config
    for (const [signal, want] of Object.entries(signals)) {
      expect({ signal, effect: signalEffect(analyses[0].web!, signal).effect }).toEqual({ signal, effect: want })
      stats.signals++
    }
    const prediction = report.apps[0]?.webServer?.prediction as Record<string, unknown> | undefined
    expect(prediction).toBeDefined()
    for (const [key, want] of Object.entries(observed)) {
      if (want === null) continue // not comparable (e.g. Passenger's own random TCP port)
      const got = prediction![key]
      expect({ key, got }).toEqual({ key, got: want })
      stats.agreed++
    }
  })

  // the restart rig's figures (__tests__/live/rig.mjs, written by the live suite): one run per
  // recorded signal, keyed `<signal>[ boot Ns][ PWD=current]`, with the fields docs/restart.md's table shows
  test.each(names.filter((n) => existsSync(join(CASES, n, 'under-load.json'))))('%s: under-load.json has the rig figures of recorded signals', (name) => {
    const { signals = {} } = JSON.parse(readFileSync(join(CASES, name, 'observed.json'), 'utf8')) as Observed
    const { source, runs } = JSON.parse(readFileSync(join(CASES, name, 'under-load.json'), 'utf8')) as { source: string; runs: Record<string, Record<string, unknown>> }
    expect(source).toMatch(/__tests__\/live\/rig\.mjs/)
    for (const [key, run] of Object.entries(runs)) {
      const m = /^([a-z0-9]+)( boot (\d+)s)?( PWD=current)?$/.exec(key)
      expect({ key, valid: m !== null && m[1] in signals }).toEqual({ key, valid: true })
      expect({ key, effect: run.effect, boot: run.boot, pwd: run.pwd }).toEqual({ key, effect: signals[m![1]], boot: Number(m![3] ?? 0), pwd: m![4] !== undefined })
      for (const f of ['sent', 'failed', 'longestMs', 'bothMs', 'load']) expect({ key, f, type: typeof run[f] }).toEqual({ key, f, type: 'number' })
      for (const f of ['newServes', 'sideBySide', 'releasesSideBySide']) expect({ key, f, type: typeof run[f] }).toEqual({ key, f, type: 'boolean' })
      expect(Object.values(run.failedBy as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(run.failed)
      expect(run.failed as number).toBeLessThanOrEqual(run.sent as number)
    }
  })

  test('every case was compared', () => {
    expect(names.length).toBeGreaterThanOrEqual(40)
    // printed so that CI logs show how much was decided
    process.stdout.write(`conformance (offline): ${names.length} cases, ${stats.agreed} fields and ${stats.signals} signal effects agreed with the recorded observations\n`)
    expect(stats.signals).toBeGreaterThanOrEqual(40)
    expect(stats.agreed).toBeGreaterThan(0)
  })
})
