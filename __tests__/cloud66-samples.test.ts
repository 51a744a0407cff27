/**
 * Cloud 66's own sample configs (issue 24 item 5), as its documentation publishes them
 * (__tests__/fixtures/cloud66-samples/README.md: pages, commits, and why each verdict below holds),
 * judged on every server version and Ruby line Cloud 66 users run: Puma 3.12, 4.3, 5.6, 6.6, 7.2
 * and 8.0 and Unicorn 6.0 (locked in Gemfile.lock), Ruby 3.1 to 4.0 (the manifest's
 * `ruby_version`). Each row compares rack-check's verdict (prediction, the restart effect of
 * Cloud 66's default signal and of `usr1`, the findings) with the table below, written by hand
 * from the facts. The samples on Puma 7.2.1 and 8.0.2 and the Unicorn sample on 6.0.0 are also
 * measured: the conformance cases `live-puma{7_2_1,8_0_2}-cloud66-sample-{2022,2025,2026}` and
 * `live-unicorn-cloud66-sample-verbatim`.
 */
import { describe, expect, test } from '@jest/globals'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { signalEffect } from '../src/servers/restart.js'
import type { Prediction } from '../src/core/report.js'
import { FIXTURES } from './helpers/paths.js'

const SAMPLES = join(FIXTURES, 'cloud66-samples')
/** the releases the live suite runs (Debian's 5.6.5, the builds of the others) */
const PUMAS = ['3.12.6', '4.3.12', '5.6.5', '6.6.1', '7.2.1', '8.0.2']
/** one release of each Ruby line Cloud 66 offers; 3.2.2 is human-essentials' and 4.0.6 cloud66-samples/rails-mysql's */
const RUBIES = ['3.1.6', '3.2.2', '3.3.4', '3.4.5', '4.0.6']

interface Verdict {
  prediction: Prediction
  /** Cloud 66's default restart signal under systemd, and what it does */
  restart: string
  usr1: string
  /** `rule@line:severity`, in report order */
  findings: string[]
}

/**
 * 2022 and 2026 samples, every Puma and every Ruby. `port ENV.fetch("PORT") { 3000 }` and `bind`
 * are both listeners (Puma's DSL `port` is a `bind` of tcp://host:PORT; PORT is unset on Cloud 66,
 * contract §4), so TCP 3000 and the socket (cloud66.md §12.1); the 2026 sample's socket logic turns
 * `/tmp/web_server.sock` into `unix:///tmp/web_server.sock`. `workers 2` + `preload_app!`: usr2 is
 * a hot restart, and usr1 falls back to a hot restart because `Cluster#phased_restart` returns
 * false with preload_app (`lib/puma/cluster.rb` in 3.12.6, 4.3.12 and 8.0.2; servers.md §5.4).
 * Measured on 5.6.5 (live-puma-cloud66-sample-2022), 7.2.1 and 8.0.2.
 */
const PUMA_SERVES: Verdict = {
  prediction: { boots: true, servesSocket: true, writesPidFile: true, daemonizes: false, tcpPorts: [3000] },
  restart: 'usr2:hot-restart',
  usr1: 'hot-restart',
  findings: ['custom-web-extra-tcp-listener@5:notice']
}

/**
 * The 2025 sample: `bind ENV.fetch("CUSTOM_WEB_SOCKET_FILE") { … }` binds the variable's value as
 * it is, and in the prediction environment (contract §4) it is the bare path /tmp/web_server.sock:
 * Puma's binder logs "Invalid URI" and exits 1 (`lib/puma/binder.rb`, `log_writer.error`; measured
 * on 7.2.1 and 8.0.2). A server that cannot start is judged, for its signals, as it would run once
 * fixed: the restart effects are the 2026 sample's.
 */
const PUMA_INVALID_BIND: Verdict = {
  prediction: { boots: false, servesSocket: false, writesPidFile: false, daemonizes: false, tcpPorts: [] },
  restart: 'usr2:hot-restart',
  usr1: 'hot-restart',
  findings: ['custom-web-fails-to-boot@13:error']
}

/**
 * The Unicorn sample on Ruby 3.1: `listen` the socket, `pid` the PID file, no `-D`; usr2 starts a
 * new master (whose `before_fork` QUITs the old one) and usr1 reopens the logs (servers.md Unicorn
 * signals; measured on 6.0.0 with Debian's Ruby 3.1.2, live-unicorn-cloud66-sample-verbatim).
 * `File.exists?` still exists on 3.1 (removed in 3.2: servers.md §16.1).
 */
const UNICORN_SERVES: Verdict = {
  prediction: { boots: true, servesSocket: true, writesPidFile: true, daemonizes: false, tcpPorts: [] },
  restart: 'usr2:new-master',
  usr1: 'reopen-logs',
  findings: []
}

/**
 * The Unicorn sample on Ruby ≥ 3.2: `File.exists?` (line 22) is gone, Unicorn runs `before_fork`
 * in the master inside `spawn_missing_workers`, whose rescue logs and calls `exit!`: the master
 * exits at boot (cloud66.md §12.3; servers.md §16.2, measured by emulation on 6.0.0). Only the
 * boot and the findings are stated: what the other fields say of a master that left its PID and
 * socket files behind is the Ruby-version rules' to decide.
 */
const UNICORN_REMOVED_METHOD = { boots: false, findings: ['ruby-removed-method@22:error'] }

async function verdict(sample: string, lock: string, ruby: string): Promise<Verdict> {
  const dir = mkdtempSync(join(tmpdir(), 'rack-check-sample-'))
  try {
    cpSync(join(SAMPLES, sample), dir, { recursive: true })
    writeFileSync(join(dir, 'Gemfile.lock'), lock)
    mkdirSync(join(dir, '.cloud66'))
    // the shape of human-essentials' manifest (cloud66.md §3.1): no environment level
    writeFileSync(join(dir, '.cloud66', 'manifest.yml'), `rails:\n  configuration:\n    ruby_version: ${ruby}\n`)
    const { report, analyses } = await checkDirectory(dir, { environment: 'production', processManager: 'systemd' })
    const [analysis] = analyses
    return {
      prediction: report.apps[0].webServer!.prediction,
      restart: `${analysis.restart!.signal}:${analysis.restart!.effect.effect}`,
      usr1: signalEffect(analysis.web!, 'usr1').effect,
      findings: report.findings.map((f) => `${f.rule}@${f.line}:${f.severity}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function lockfile(gem: string, version: string, deps: string[]): string {
  const specs = [...deps, `${gem} (${version})`].sort().map((s) => `    ${s}`)
  return `GEM\n  remote: https://rubygems.org/\n  specs:\n${specs.join('\n')}\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  ${gem}\n\nBUNDLED WITH\n   2.5.22\n`
}

describe("Cloud 66's Puma samples on every Puma and Ruby", () => {
  const rows = (['puma-2022', 'puma-2025', 'puma-2026'] as const).flatMap((sample) => PUMAS.flatMap((puma) => RUBIES.map((ruby) => [sample, puma, ruby] as const)))
  // no Ruby fact changes a Puma verdict: the samples call none of the methods Ruby 3.2–4.0 removed
  // (servers.md §16.1), and neither does Puma's own lib/ in these releases (README.md)
  const expected: Record<(typeof rows)[number][0], Verdict> = { 'puma-2022': PUMA_SERVES, 'puma-2025': PUMA_INVALID_BIND, 'puma-2026': PUMA_SERVES }
  test.each(rows)('%s on puma %s, Ruby %s', async (sample, puma, ruby) => {
    expect(await verdict(sample, lockfile('puma', puma, ['nio4r (2.7.4)', 'rack (3.1.16)']), ruby)).toEqual(expected[sample])
  })
})

describe("Cloud 66's Unicorn sample on Unicorn 6.0 and every Ruby", () => {
  const lock = lockfile('unicorn', '6.0.0', ['kgio (2.11.4)', 'raindrops (0.20.1)', 'rack (2.2.22)'])
  test('unicorn 6.0.0, Ruby 3.1.6', async () => {
    expect(await verdict('unicorn', lock, '3.1.6')).toEqual(UNICORN_SERVES)
  })
  for (const ruby of RUBIES.filter((r) => r !== '3.1.6')) {
    // File.exists? in before_fork: ruby-removed-method (docs/research/servers.md#ruby-removals)
    test(`unicorn 6.0.0, Ruby ${ruby}: File.exists? ends the master at boot`, async () => {
      const v = await verdict('unicorn', lock, ruby)
      expect({ boots: v.prediction.boots, findings: v.findings }).toEqual(UNICORN_REMOVED_METHOD)
    })
  }
})
