/**
 * Launchers that wrap a server (issue 24: Thruster, foreman, `bin/dev`): one app per row of the
 * issue's table, written the way the row says, under __tests__/fixtures/wrappers/<case>/; its
 * report (web server, prediction, restart, findings) is golden in expected.txt, and the verdicts
 * the row names are asserted here too. And the guidance's sentences for every server, wrapper
 * and the unknown one read as English (issue 24 item 6).
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { checkDirectory, runRules } from '../src/engine/check.js'
import { RULES } from '../src/rules/index.js'
import { signalEffect } from '../src/servers/restart.js'
import { restartGuidance } from '../src/servers/guidance.js'
import { LAUNCHERS, loadModel, UNKNOWN_SERVER, WRAPPERS, type LazyModel, type Launcher } from '../src/servers/registry.js'
import type { RestartPlan } from '../src/servers/restart.js'
import { notStudied, untrapped } from '../src/servers/signal-effects.js'
import type { Cloud66Part } from '../src/servers/cloud66.js'
import type { SignalEffect } from '../src/servers/types.js'
import { formatText } from '../src/reporters/text.js'
import { findingLines, golden } from './helpers/golden.js'
import { FIXTURES } from './helpers/paths.js'

const ROOT = join(FIXTURES, 'wrappers')
const options = { environment: 'production', processManager: 'systemd' as const }

async function run(name: string) {
  const result = await checkDirectory(join(ROOT, name), options)
  const app = result.report.apps[0]
  return { app, findings: result.report.findings, analysis: result.analyses[0] }
}

describe.each(readdirSync(ROOT))('%s', (name) => {
  test('report equals expected.txt', async () => {
    const { app, findings, analysis } = await run(name)
    const restart = analysis.restart
    const text = [
      `webServer: ${JSON.stringify(app.webServer)}`,
      `restart: ${JSON.stringify(app.restart)}`,
      restart ? `guidance: ${restartGuidance(restart).summary}` : 'guidance: none',
      findingLines(findings)
    ].join('\n')
    const g = golden(join(ROOT, name), 'expected.txt', text)
    expect(g.actual).toBe(g.expected)
  })
})

const rule = (findings: Array<{ rule: string; severity: string }>, id: string) => findings.filter((f) => f.rule === id).map((f) => f.severity)

describe('the rows of issue 24', () => {
  test('`bundle exec thrust bin/rails server` on Thruster 0.1.16: exits 1 (port 80 is Nginx\'s), rails server would listen on TCP 3000 only', async () => {
    const { app, findings, analysis } = await run('thrust-rails-0.1.16')
    expect(app.webServer).toMatchObject({ server: 'rails', wrapper: 'thruster', prediction: { boots: false } })
    expect(rule(findings, 'custom-web-fails-to-boot')).toEqual(['error'])
    expect(rule(findings, 'custom-web-no-socket')).toEqual(['error'])
    // what the server would do once Thruster no longer stops it: PORT=3000 from Thruster
    expect(analysis.web?.ifStarted?.listeners?.map((l) => l.port)).toEqual([3000])
  })

  test('`./bin/thrust ./bin/rails server` on Thruster 0.1.15: the server starts, on TCP 3000 only', async () => {
    const { app, findings } = await run('bin-thrust-rails-0.1.15')
    expect(app.webServer).toMatchObject({ server: 'rails', wrapper: 'thruster', prediction: { boots: true, servesSocket: false, writesPidFile: false, tcpPorts: [3000] } })
    expect(rule(findings, 'custom-web-fails-to-boot')).toEqual([])
    expect(rule(findings, 'custom-web-wrapper')).toEqual(['warning'])
  })

  test('no thruster version locked: a warning naming both outcomes, start-up unknown', async () => {
    const { app, findings } = await run('thrust-rails-unlocked')
    expect(app.webServer).toMatchObject({ wrapper: 'thruster', prediction: { boots: null } })
    const f = findings.find((x) => x.rule === 'custom-web-wrapper')
    expect(f?.severity).toBe('warning')
    expect(f?.message).toMatch(/0\.1\.16 and later exit with status 1, earlier versions run the server anyway/)
  })

  test('Thruster in front of a correct Puma line: 0.1.16 never starts Puma; 0.1.15 starts it, and which process gets the restart signal is a warning', async () => {
    const newer = await run('thrust-puma-0.1.16')
    expect(newer.app.webServer).toMatchObject({ server: 'puma', wrapper: 'thruster', prediction: { boots: false } })
    expect(rule(newer.findings, 'custom-web-fails-to-boot')).toEqual(['error'])
    const older = await run('thrust-puma-0.1.15')
    expect(older.app.webServer).toMatchObject({ server: 'puma', wrapper: 'thruster', prediction: { boots: true, servesSocket: true, writesPidFile: true } })
    expect(rule(older.findings, 'custom-web-wrapper')).toEqual(['warning'])
    expect(older.findings.find((f) => f.rule === 'custom-web-wrapper')?.message).toContain('unless Cloud 66 signals the PID in /tmp/web_server.pid (not documented)')
    // USR1 to Thruster is dropped; to the PID in /tmp/web_server.pid it is Puma's: unknown which
    const plan = older.analysis.restart!
    const { signalEffect } = await import('../src/servers/restart.js')
    expect(signalEffect(older.analysis.web!, 'usr1').effect).toBe('unknown')
    expect(signalEffect(older.analysis.web!, 'term').effect).toBe('stop')
    expect(plan.cloud66.label).toBe('Thruster')
  })

  test('the text report names the launcher next to the server', async () => {
    const result = await checkDirectory(join(ROOT, 'thrust-puma-0.1.15'), options)
    expect(formatText(result, { color: false, source: () => undefined })).toContain('Web server: puma 6.6.0 behind thruster from custom_web in Procfile:1')
  })

  test('THRUSTER_HTTP_PORT wins over HTTP_PORT (internal/config.go): a free port, so Thruster starts', async () => {
    const { analyzeWebServer } = await import('../src/servers/index.js')
    const { SourceFile } = await import('../src/files/source-file.js')
    const { parseProcfile } = await import('../src/model/procfile.js')
    const { parseLockfile } = await import('../src/model/gemfile-lock.js')
    const { WRAPPERS } = await import('../src/servers/registry.js')
    const lock = parseLockfile(new SourceFile('Gemfile.lock', 'GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.6.0)\n    thruster (0.1.22)\n\nDEPENDENCIES\n  puma\n  thruster\n'))
    const boots = async (line: string) => {
      const file = new SourceFile('Procfile', line)
      const entry = parseProcfile(file).entries[0]
      const models = { thrust: await WRAPPERS.thrust.load() }
      const none = { status: 'missing' as const }
      const web = analyzeWebServer({ procfile: file, entry, environment: 'production', lockfile: lock, exists: () => false, isFolder: () => false, config: { ruby: () => none, yaml: () => none, text: () => none }, models, pending: () => {} })
      return web?.prediction.boots
    }
    expect(await boots('custom_web: HTTP_PORT=80 THRUSTER_HTTP_PORT=8080 bundle exec thrust bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n')).toBe(true)
    expect(await boots('custom_web: HTTP_PORT=8080 THRUSTER_HTTP_PORT=80 bundle exec thrust bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n')).toBe(false)
    expect(await boots('custom_web: bundle exec thrust bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n')).toBe(false)
  })

  test('HTTP_PORT set to a free port: Thruster starts, Puma serves the socket, Thruster adds TCP 8080', async () => {
    const { app, findings } = await run('thrust-http-port')
    expect(app.webServer).toMatchObject({ server: 'puma', wrapper: 'thruster', prediction: { boots: true, servesSocket: true, writesPidFile: true, tcpPorts: [8080] } })
    expect(rule(findings, 'custom-web-fails-to-boot')).toEqual([])
  })

  test('`bin/dev` of Rails 8 is `rails server` in the same process: no wrapper', async () => {
    const { app, findings } = await run('bin-dev-rails8')
    expect(app.webServer).toMatchObject({ server: 'rails', prediction: { boots: true, servesSocket: false, writesPidFile: false, tcpPorts: [3000] } })
    expect(app.webServer?.wrapper).toBeUndefined()
    expect(rule(findings, 'custom-web-wrapper')).toEqual([])
  })

  test('`bin/dev` of jsbundling-rails is foreman: its PID and signals, the web line of Procfile.dev', async () => {
    const { app, findings, analysis } = await run('bin-dev-jsbundling')
    expect(app.webServer).toMatchObject({ file: 'Procfile', line: 1, server: 'rails', wrapper: 'foreman', prediction: { servesSocket: false, writesPidFile: false, tcpPorts: [3000] } })
    expect(rule(findings, 'custom-web-wrapper')).toEqual(['warning'])
    expect(analysis.restart?.cloud66.label).toBe('foreman')
    const { signalEffect } = await import('../src/servers/restart.js')
    expect(signalEffect(analysis.web!, 'hup').effect).toBe('stop')
  })

  test('`bundle exec foreman start -f Procfile.web`: the web line\'s Puma, foreman\'s signals', async () => {
    const { app, findings } = await run('foreman-start-f')
    expect(app.webServer).toMatchObject({ server: 'puma', wrapper: 'foreman', prediction: { servesSocket: true, writesPidFile: true } })
    expect(rule(findings, 'custom-web-wrapper')).toEqual(['warning'])
  })

  test('a `bin/dev` rack-check does not recognise: a notice naming it, prediction null, no "unknown server"', async () => {
    const { app, findings } = await run('bin-dev-unknown')
    expect(app.webServer).toMatchObject({ server: 'unknown', prediction: { boots: null, servesSocket: null } })
    expect(rule(findings, 'custom-web-wrapper')).toEqual(['notice'])
    expect(rule(findings, 'custom-web-unknown-server')).toEqual([])
  })
})

/** Every Cloud 66 part the guidance may name: each server's, each wrapper's, the unknown one's. */
async function parts(): Promise<Array<[string, Cloud66Part]>> {
  const out: Array<[string, Cloud66Part]> = []
  for (const l of LAUNCHERS) {
    const launcher: Launcher = l.launcher
    const model = 'model' in launcher ? launcher.model : await loadModel(l.program as LazyModel)
    out.push([l.program, model.cloud66])
  }
  for (const [program, w] of Object.entries(WRAPPERS)) {
    const model = await w.load()
    if (model.cloud66) out.push([program, model.cloud66])
  }
  out.push(['unknown', UNKNOWN_SERVER])
  return out
}

/** Sentences that do not read: "the server what …", a lower-case sentence start, a doubled word. */
function badEnglish(text: string): string[] {
  const bad: string[] = []
  if (/\b(?:the server|Puma|Thruster|foreman|`[^`]+`) what\b/.test(text)) bad.push(`a label before "what": ${text}`)
  // "rack-check" is written in lower case wherever it stands
  for (const s of text.split(/(?<=\.) +/)) if (/^[a-z]/.test(s) && !s.startsWith('rack-check')) bad.push(`a sentence starts in lower case: ${s}`)
  if (/\b(\w+) \1\b/.test(text)) bad.push(`a doubled word: ${text}`)
  // rack-check's own sentences are never cut (a placeholder bound is for repository text)
  if (text.includes('…')) bad.push(`a cut sentence: ${text}`)
  if (/\)\s*\(/.test(text)) bad.push(`two parentheses in a row: ${text}`)
  // which process Cloud 66 signals is not documented: a sentence that names one case names the other
  if (/if Cloud 66 signals the `[^`]+` process/.test(text) && !/if it signals the PID in \/tmp\/web_server\.pid/.test(text)) bad.push(`one case of two: ${text}`)
  return bad
}

describe('the guidance reads as English for every server, wrapper and the unknown one (issue 24 item 6)', () => {
  const effects: Array<[string, SignalEffect]> = [
    ['not studied', notStudied('`thrust`')],
    ['untrapped', untrapped('usr1')],
    ['reopens logs', { effect: 'reopen-logs', does: 'reopens its log files', dropsRequests: false }]
  ]
  test('summary, caveat and signal lines', async () => {
    const bad: string[] = []
    for (const [name, part] of await parts()) {
      expect(part.label).not.toBe('')
      for (const [what, effect] of effects) {
        // `does` is a verb phrase: it follows the label ("Thruster catches …", "the server does …")
        expect([name, what, /^(what|how|whether)\b/.test(effect.does)]).toEqual([name, what, false])
        const plan = { server: 'unknown', cloud66: part, signal: 'hup', source: 'default', setBy: null, effect, defaultSignal: 'hup', processManager: 'systemd', stop: { text: 'term, 90, kill', setBy: null, sequence: null, first: null }, boots: true, restartOnDeploy: null } as RestartPlan
        const g = restartGuidance(plan)
        for (const text of [g.summary, g.caveat ?? '', g.signal, g.stop]) bad.push(...badEnglish(text).map((b) => `${name} / ${what}: ${b}`))
      }
    }
    expect(bad).toEqual([])
  })

  // every wrapper fixture with each kind of signal, as the default and as the manifest's: the
  // findings of the rules that quote what a signal does, and the guidance, read as whole English
  test('the restart findings and guidance of every wrapper fixture, for every kind of signal', async () => {
    const bad: string[] = []
    const rules = RULES.filter((r) => ['restart-signal-not-restart', 'custom-web-wrapper', 'stop-sequence-not-graceful'].includes(r.id))
    let messages = 0
    for (const name of readdirSync(ROOT)) {
      const { analysis } = await run(name)
      const restart = analysis.restart
      const web = analysis.web
      if (!restart || !web) continue
      for (const signal of ['hup', 'usr1', 'usr2', 'ttin', 'winch', 'quit', 'term', 'stop']) {
        for (const set of [false, true]) {
          const setBy = set ? { at: web.line.procfile.span(web.line.entry.nameStart, web.line.entry.nameEnd), scalar: restart.setBy?.scalar as never, process: 'web', environment: 'production' } : null
          const plan = { ...restart, signal, setBy, source: set ? 'manifest' : 'default', effect: signalEffect(web, signal) } as RestartPlan
          const g = restartGuidance(plan)
          const texts = [g.summary, g.caveat ?? '', g.signal, g.stop, ...runRules({ ...analysis, restart: plan }, options, rules).map((f) => f.message)]
          messages += texts.length
          for (const text of texts) bad.push(...badEnglish(text).map((b) => `${name} / ${signal}${set ? ' (manifest)' : ''}: ${b}`))
        }
      }
    }
    expect(messages).toBeGreaterThan(100)
    expect(bad).toEqual([])
  })

  // Cloud 66 documents defaults for Puma, Unicorn and Thin only (docs/research/cloud66.md#per-server-defaults-under-systemd)
  test('Thruster, foreman and an unknown server: the default signal and stop sequence are assumed, never stated as fact', async () => {
    const seen: string[] = []
    for (const [name, part] of await parts()) {
      if (!['thrust', 'foreman', 'unknown'].includes(name)) continue
      seen.push(name)
      const plan = { server: 'unknown', cloud66: part, signal: 'hup', source: 'default', setBy: null, effect: untrapped('hup'), defaultSignal: 'hup', processManager: 'systemd', stop: { text: 'term, 90, kill', setBy: null, sequence: null, first: null }, boots: true, restartOnDeploy: null } as RestartPlan
      const g = restartGuidance(plan)
      expect([name, g.summary]).toEqual([name, expect.stringMatching(/^If Cloud 66 sends its generic default HUP on deploy \(it documents no restart signal for /)])
      expect([name, g.signal]).not.toEqual([name, expect.stringContaining('is the default for')])
      expect([name, g.stop]).toEqual([name, `Cloud 66 documents no stop sequence for ${part.label}; if it uses its generic one for a custom server, it sends \`term, 90, kill\` to stop the server.`])
      expect([name, g.summary]).not.toEqual([name, expect.stringContaining('deploy check fails')])
    }
    expect(seen.sort()).toEqual(['foreman', 'thrust', 'unknown'])
  })

  test('the check itself catches the old sentence', () => {
    expect(badEnglish('On deploy Cloud 66 sends TTIN to `thrust`, which does not handle TTIN, and the kernel discards the signal for a… — so the new code is never loaded.')).not.toEqual([])
    expect(badEnglish('Thruster relays INT (all restart together) (which process Cloud 66 signals is not documented).')).not.toEqual([])
    expect(badEnglish('Thruster catches USR1, so the server never sees it if Cloud 66 signals the `./bin/thrust` process (not documented).')).not.toEqual([])
    expect(badEnglish('On every deploy Cloud 66 sends HUP (the default): the server what thrust does with this signal was not measured.')).not.toEqual([])
    expect(badEnglish('Ok. the server restarts.')).not.toEqual([])
  })
})
