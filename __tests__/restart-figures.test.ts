/**
 * The restart rig's figures (__tests__/conformance/cases/<case>/under-load.json, recorded by the live
 * suite, __tests__/live/rig.mjs) feed the table of docs/restart.md and the figures the restart text
 * quotes (src/generated/restart-figures.ts); both are made by scripts/restart-figures.mjs and must
 * be current. The text may quote only what was measured: each figure it uses comes from that file.
 */
import { describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { RESTART_FIGURES } from '../src/generated/restart-figures.js'
import { PROJECT } from './helpers/paths.js'

describe('restart figures', () => {
  test('src/generated/restart-figures.ts and the table of docs/restart.md are generated from under-load.json and current', () => {
    const r = spawnSync(process.execPath, [join(PROJECT, 'scripts', 'restart-figures.mjs'), '--check'], { cwd: PROJECT, encoding: 'utf8' })
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' })
  })

  test('every server the live suite restarts has figures at a boot of 0 s and 3 s', () => {
    for (const key of ['puma hot-restart', 'puma phased-restart', 'unicorn new-master', 'unicorn reload-config', 'thin full-restart', 'rails hot-restart', 'pitchfork refork']) {
      expect({ key, boots: (RESTART_FIGURES[key] ?? []).map((f) => f.boot) }).toEqual({ key, boots: [0, 3] })
    }
  })
})
