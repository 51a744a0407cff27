/**
 * The measured cases of servers.md §7.2 and §7.4, one app folder each, with what the real server
 * did in observed.json. rack-check's prediction must equal the observation; a field may be null
 * only where a config file the server loads decides it (evaluated by the config-file layer).
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDirectory } from '../src/check.js'
import { CASES } from './helpers/paths.js'

interface Observed {
  command: string
  observed: Record<string, unknown>
}

const names = readdirSync(CASES).sort()
const stats = { agreed: 0, undecided: 0 }

describe('predictions equal the measured behaviour of the real servers', () => {
  test.each(names)('%s', (name) => {
    const dir = join(CASES, name)
    const { observed } = JSON.parse(readFileSync(join(dir, 'observed.json'), 'utf8')) as Observed
    const { report } = checkDirectory(dir, { environment: 'production', processManager: 'systemd' })
    const prediction = report.apps[0]?.webServer?.prediction as Record<string, unknown> | undefined
    expect(prediction).toBeDefined()
    const hasConfig = existsSync(join(dir, 'config', 'puma.rb')) || existsSync(join(dir, 'config', 'unicorn.rb')) || existsSync(join(dir, 'config', 'thin.yml')) || existsSync(join(dir, 'config', 'puma'))
    for (const [key, want] of Object.entries(observed)) {
      if (want === null) continue // not comparable (e.g. Passenger's own random TCP port)
      const got = prediction![key]
      if (got === null && hasConfig) {
        stats.undecided++
        continue
      }
      expect({ key, got }).toEqual({ key, got: want })
      stats.agreed++
    }
  })

  test('every case was compared', () => {
    expect(names.length).toBeGreaterThanOrEqual(40)
    // printed so that CI logs show how much was decided
    process.stdout.write(`conformance (offline): ${names.length} cases, ${stats.agreed} fields agreed, ${stats.undecided} left to config evaluation\n`)
    expect(stats.agreed).toBeGreaterThan(0)
  })
})
