/**
 * The measured cases (docs/research/servers.md#measured-start-up and #measured-puma-across-versions, and cases measured by __tests__/live), one app folder
 * each, with what the real server did in observed.json. rack-check's prediction must equal the
 * observation, field by field: null (undecided) counts as a disagreement. Where a case was also
 * sent signals, the restart effect rack-check derives must equal what the server did.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync } from 'node:fs'
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

  test('every case was compared', () => {
    expect(names.length).toBeGreaterThanOrEqual(40)
    // printed so that CI logs show how much was decided
    process.stdout.write(`conformance (offline): ${names.length} cases, ${stats.agreed} fields and ${stats.signals} signal effects agreed with the recorded observations\n`)
    expect(stats.signals).toBeGreaterThanOrEqual(40)
    expect(stats.agreed).toBeGreaterThan(0)
  })
})
