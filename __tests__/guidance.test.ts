/**
 * Restart guidance computed from the app's effective settings: on every example, rule fixture,
 * conformance case and corpus app, no advice recommends what the app already has (the signal,
 * cluster mode, preload off, prune_bundler), in the structured advice or in the comment's text;
 * and a server that does not start gets no restart guidance outside the folded details.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { restartGuidance } from '../src/servers/guidance.js'
import { signalEffect } from '../src/servers/restart.js'
import { renderComment } from '../src/reporters/comment.js'
import type { Setting } from '../src/servers/types.js'
import { RESTART_FIGURES } from '../src/generated/restart-figures.js'
import { corpusApps, knownApps } from './helpers/apps.js'
import { CORPUS, corpusPresent, PROJECT } from './helpers/paths.js'

const work = mkdtempSync(join(tmpdir(), 'rack-check-guidance-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const options = { environment: 'production', processManager: 'systemd' as const }
const ctx = { repository: 'acme/shop', sha: '0'.repeat(40), serverUrl: 'https://github.com', workingDirectory: '', hiddenAnnotations: 0 }

/** What the app already has that a piece of advice could ask for again; empty when it has none of them. */
function alreadyAsked(signal: string, s: Record<string, Setting>, text: string, recommends: Array<{ setting: string; value: unknown }>): string[] {
  const wrong: string[] = []
  const workers = typeof s.workers?.value === 'number' ? s.workers.value : null
  for (const r of recommends) {
    if (r.setting === 'restart_signal' && r.value === signal) wrong.push(`recommends restart_signal ${signal}, which is set`)
    if (r.setting === 'workers' && workers !== null && workers >= (r.value as number)) wrong.push(`recommends workers ${String(r.value)}, the app has ${workers}`)
    if (r.setting === 'preload' && s.preload?.value === r.value) wrong.push(`recommends preload ${String(r.value)}, which it is`)
    if (r.setting === 'prune_bundler' && s.pruneBundler?.value === true) wrong.push('recommends prune_bundler, which is set')
  }
  // the words, whatever the structured advice says
  if (text.includes(`restart_signal: ${signal}`)) wrong.push(`says "restart_signal: ${signal}"`)
  if (workers !== null && workers >= 2 && text.includes('`workers 2`')) wrong.push('says "workers 2"')
  if (s.pruneBundler?.value === true && text.includes('prune_bundler')) wrong.push('says "prune_bundler"')
  if (s.preload?.value === false && /remove `preload_app!`|`preload_app! false`/.test(text)) wrong.push('says to turn preloading off')
  return wrong
}

async function check(dirs: string[], root: string): Promise<{ advised: number; wrong: string[] }> {
  let advised = 0
  const wrong: string[] = []
  for (const dir of dirs) {
    const result = await checkDirectory(dir, options)
    const body = renderComment(result, ctx)
    const zeroDowntime = body.split('\n').filter((l) => l.startsWith('- **Zero downtime:**')).join('\n')
    for (const a of result.analyses) {
      if (!a.restart || !a.web) continue
      const settings = (a.web.ifStarted ?? a.web.facts).settings ?? {}
      const g = restartGuidance(a.restart, { version: a.web.version, settings })
      if (g.zeroDowntime) advised++
      const text = `${g.zeroDowntime?.text ?? ''}\n${zeroDowntime}`
      for (const w of alreadyAsked(a.restart.signal, settings, text, g.zeroDowntime?.recommends ?? [])) wrong.push(`${relative(root, dir)}: ${w}`)
      // no restart guidance for a server that does not start, except folded away
      const shown = body.replace(/<details>[\s\S]*?<\/details>/g, '')
      if (a.restart.boots === false && shown.includes('Restart on deploy')) wrong.push(`${relative(root, dir)}: restart guidance shown for a server that does not start`)
    }
  }
  return { advised, wrong }
}

describe('restart advice is never for what the app already has', () => {
  test('examples, rule fixtures and conformance cases', async () => {
    const apps = knownApps()
    const { advised, wrong } = await check(apps, PROJECT)
    expect(wrong).toEqual([])
    // the check has something to look at: advice is given on some apps, and withheld on others
    expect(apps.length).toBeGreaterThan(200)
    expect(advised).toBeGreaterThan(20)
    expect(advised).toBeLessThan(apps.length)
  })
  ;(corpusPresent ? test : test.skip)(`the corpus (${CORPUS})`, async () => {
    const apps = corpusApps(work)
    const { advised, wrong } = await check(apps, work)
    expect(wrong).toEqual([])
    process.stdout.write(`guidance: ${apps.length} corpus apps, zero-downtime advice on ${advised}\n`)
  }, 120_000)

  test('a Puma app with usr1, cluster mode and prune_bundler is told nothing to change; without them, each missing step', async () => {
    const phased = await checkDirectory(join(PROJECT, 'examples', 'puma-phased'), options)
    const a = phased.analyses[0]
    expect(restartGuidance(a.restart!, { version: a.web!.version, settings: a.web!.facts.settings }).zeroDowntime).toBeNull()
    const single = await checkDirectory(join(PROJECT, 'examples', 'puma-correct'), options)
    const b = single.analyses[0]
    const advice = restartGuidance(b.restart!, { version: b.web!.version, settings: b.web!.facts.settings }).zeroDowntime!
    expect(advice.recommends.map((r) => r.setting)).toEqual(['restart_signal', 'workers'])
    expect(advice.text).toContain('`restart_signal: usr1`')
  })
})

describe('issue 24: what the next deploy does on Puma 7–8 (each row an app written the way the issue says)', () => {
  const fixture = (rule: string, name: string): string => join(PROJECT, '__tests__', 'fixtures', 'rules', rule, name)
  const plan = async (dir: string) => {
    const a = (await checkDirectory(dir, options)).analyses[0]
    return { restart: a.restart!, web: a.web!, guidance: restartGuidance(a.restart!, { version: a.web!.version, settings: a.web!.facts.settings }) }
  }

  test('Puma 8 `workers 2` + `cluster do prune_bundler end` + usr1: a phased restart, and no advice to add prune_bundler', async () => {
    const { restart, guidance } = await plan(fixture('restart-phased-falls-back', 'puma8-cluster-prune-bundler'))
    expect(restart.effect.effect).toBe('phased-restart')
    expect(guidance.zeroDowntime).toBeNull()
    // the request figures are the restart rig's, for Puma's phased restart (docs/restart.md#measured-under-load-behind-nginx)
    const figures = RESTART_FIGURES['puma phased-restart']
    const longest = figures[figures.length - 1]
    expect(guidance.summary).toContain(`Requests: ${longest.failed.toLocaleString('en-US')} of ${longest.sent.toLocaleString('en-US')} failed behind Nginx (${longest.boot} s boot).`)
    expect(guidance.caveat).toContain(`Requests measured behind Nginx under load on Puma ${figures[0].versions.join(', ')}: `)
    expect(guidance.summary).not.toContain('No request fails')
  })

  test('Puma 8 `preload_app!` inside `cluster do`: preloaded, so usr1 falls back to a hot restart', async () => {
    const { restart } = await plan(fixture('restart-phased-falls-back', 'puma8-cluster-preload'))
    expect([restart.effect.effect, restart.effect.fallback]).toEqual(['hot-restart', 'preload'])
  })

  test('Puma 7.2 `workers :auto`: cluster mode; usr1 depends on the CPU count, and not on `workers`', async () => {
    const auto = await plan(fixture('restart-phased-falls-back', 'puma72-workers-auto'))
    expect(auto.web.facts.settings?.workers.value).toBe('auto')
    expect(auto.restart.effect.effect).toBe('unknown')
    expect(auto.restart.effect.does).toMatch(/one CPU it does a phased restart; with more, .*hot restart/)
    expect(auto.restart.effect.cause?.setting).not.toBe('workers')
    // Puma's own handling is measured: the caveat says what is unknown, not "no measurements"
    expect(auto.guidance.caveat).toBe("Puma's handling of USR1 is known from its source and measurements (single and cluster mode, preloaded or not); what is not known is which of those cases this app is in.")
    // with prune_bundler the count no longer matters (measured by hand on 7.2.1 and 8.0.2: docs/research/servers.md#puma-workers-auto)
    expect((await plan(fixture('restart-phased-falls-back', 'puma72-workers-auto-prune-bundler'))).restart.effect.effect).toBe('phased-restart')
    const ttin = await checkDirectory(fixture('restart-phased-falls-back', 'puma72-workers-auto'), options)
    expect(signalEffect(ttin.analyses[0].web!, 'ttin').does).toBe('starts one more worker and restarts nothing')
  })

  test('`workers :auto` that stops Puma at start (7.1, or no concurrent-ruby) with usr1: no single-mode fallback, no guessed advice', async () => {
    // Puma 7.1 raises at `workers :auto`: nothing of the config is known, so the mode is not either
    const old = await plan(fixture('custom-web-fails-to-boot', 'puma71-workers-auto'))
    expect([old.restart.effect.effect, old.restart.effect.fallback]).toEqual(['unknown', undefined])
    expect(old.guidance.summary).not.toContain('single mode')
    expect(old.guidance.zeroDowntime).toBeNull()
    expect(old.guidance.caveat).not.toContain('no measurements')
    // 7.2 without concurrent-ruby: the settings hold once the gem is added, so `auto` is judged as such
    const noGem = await plan(fixture('custom-web-fails-to-boot', 'puma72-workers-auto-no-concurrent-ruby'))
    expect(noGem.web.prediction.boots).toBe(false)
    expect(noGem.restart.effect.does).toMatch(/one CPU it does a phased restart; with more, .*hot restart/)
    expect(noGem.guidance.summary).not.toContain('single mode')
    for (const dir of ['puma71-workers-auto', 'puma72-workers-auto-no-concurrent-ruby']) {
      const r = await checkDirectory(fixture('custom-web-fails-to-boot', dir), options)
      expect(r.report.findings.filter((f) => f.rule === 'restart-phased-falls-back')).toEqual([])
    }
  })

  test('`plugin :solid_queue` (Rails 8: `if ENV["SOLID_QUEUE_IN_PUMA"]`) with usr1: no longer "no request fails"', async () => {
    const { restart, guidance } = await plan(fixture('puma-plugin', 'bad'))
    expect(restart.effect.effect).toBe('phased-restart')
    expect(restart.effect.dropsRequests).toBeNull()
    expect(guidance.summary).toContain('rails/solid_queue#563')
    expect(guidance.summary).toContain('Whether requests fail is not known.')
    expect(guidance.summary).not.toContain('behind Nginx')
    expect(guidance.caveat ?? '').not.toContain('behind Nginx')
  })
})

describe('issue 25: what Unicorn USR2 says depends on whether a hook stops the old master', () => {
  const fixture = (name: string): string => join(PROJECT, '__tests__', 'fixtures', 'rules', 'unicorn-old-master-kept', name)
  const plan = async (name: string) => {
    const a = (await checkDirectory(fixture(name), options)).analyses[0]
    return { restart: a.restart!, guidance: restartGuidance(a.restart!, { version: a.web!.version, settings: a.web!.facts.settings }) }
  }

  test('with the Cloud 66 sample hook: the old master is stopped and nothing is asked', async () => {
    for (const name of ['good', 'good-ttou']) {
      const { restart, guidance } = await plan(name)
      expect([restart.signal, restart.effect.effect, restart.effect.oldMaster]).toEqual(['usr2', 'new-master', 'stopped'])
      expect(guidance.summary).toContain('sends QUIT to the old one')
      // the caveat holds only the rig's figures (docs/restart.md), no hook advice
      expect(guidance.caveat).toContain('behind Nginx')
      expect(guidance.caveat).not.toMatch(/before_fork|cannot tell/)
    }
  })

  test('without it (no hook, a QUIT to itself, no config file): both masters serve, and the caveat gives the hook', async () => {
    for (const name of ['bad', 'trap-self', 'no-config']) {
      const { restart, guidance } = await plan(name)
      expect([restart.effect.effect, restart.effect.oldMaster]).toEqual(['new-master', 'serving'])
      expect(guidance.summary).toContain('both keep serving, old code beside new')
      expect(guidance.caveat).toContain('Add a `before_fork` hook')
    }
  })

  test('a hook rack-check cannot read: neither claim, and the caveat says it cannot tell', async () => {
    for (const name of ['undecided', 'conditional']) {
      const { restart, guidance } = await plan(name)
      expect(restart.effect.oldMaster).toBe('unknown')
      expect(guidance.summary).not.toContain('both keep serving')
      expect(guidance.summary).not.toContain('sends QUIT to the old one')
      expect(guidance.caveat).toContain('cannot tell')
    }
  })
})
