/**
 * What a Cloud 66 deploy does to the running web server: the restart signal it sends (the
 * manifest's `restart_signal`, else the default for the server and process manager,
 * docs/research/cloud66.md#default-signals), what that signal does to this server, version and effective config
 * (docs/research/servers.md#restart-effects), and the stop sequence that applies.
 */
import type { ProcessManager } from '../core/report.js'
import type { AppModel } from '../model/app.js'
import { webSetting, type Manifest } from '../model/manifest.js'
import { parseStopSequence, readSignal, type StopSequence } from '../model/signals.js'
import type { Span } from '../core/span.js'
import type { YScalar } from '../model/yaml-tree.js'
import type { WebServerAnalysis } from './index.js'
import { notStudied } from './signal-effects.js'
import { SYSTEMD_DEFAULT_CANDIDATES, type Cloud66Part } from './cloud66.js'
import { cloud66Of } from './registry.js'
import type { ServerName, SignalEffect } from './types.js'

export interface ManifestValue {
  at: Span
  scalar: YScalar
  /** `web` or `custom_web` */
  process: string
  /** null: the top level; else the environment */
  environment: string | null
}

export interface RestartPlan {
  server: ServerName
  /** what Cloud 66 does with this server and what to tell its users (its model's part, or the registry's default) */
  cloud66: Cloud66Part
  /** lower case, no `SIG`; as written (lower-cased) when it is not a signal name */
  signal: string
  source: 'default' | 'manifest'
  /** the manifest value, when the signal comes from the manifest */
  setBy: ManifestValue | null
  effect: SignalEffect
  /** the signal Cloud 66 would send without a `restart_signal` */
  defaultSignal: string
  /**
   * Without a `restart_signal`, when Cloud 66 documents no default for this server under systemd
   * (`defaultsUnconfirmed`): each default it documents for other servers, with what it does here
   * (docs/contract.md §2.1); null when the signal is set or its default is documented
   */
  candidates: Array<{ signal: string; documented: string; effect: SignalEffect }> | null
  processManager: ProcessManager
  stop: { text: string; setBy: ManifestValue | null; sequence: StopSequence | null; first: SignalEffect | null }
  /** whether the server starts as written (the effect is what happens once it does) */
  boots: boolean | null
  /** `restart_on_deploy: false` in the manifest */
  restartOnDeploy: { value: boolean; setBy: ManifestValue } | null
}

export function signalEffect(web: WebServerAnalysis, signal: string): SignalEffect {
  const model = web.model
  // a server that cannot start is judged as it would run once fixed
  const own = model?.signal ? model.signal(signal, web.ifStarted ?? web.facts, web.version) : notStudied(web.program ? '`' + web.program + '`' : 'this server')
  return web.wrappers.length ? web.wrappers[0].model.engine.through(web, signal, own) : own
}

function manifestValue(manifest: Manifest | null, key: string): ManifestValue | null {
  const s = manifest ? webSetting(manifest, key) : null
  if (!s || s.pair.value?.kind !== 'scalar') return null
  return { at: s.pair.value.at, scalar: s.pair.value, process: s.process, environment: s.block.environment }
}

export function planRestart(app: AppModel, web: WebServerAnalysis | null, pm: ProcessManager): RestartPlan | null {
  if (!web) return null
  const server = web.server
  // a wrapper's defaults when a launcher wraps the server: Cloud 66 sees its command, not the server's
  const cloud66 = web.wrappers.find((w) => w.model.cloud66)?.model.cloud66 ?? cloud66Of(web.model)
  // without `restart_signal`, the server's default under this process manager (cloud66.ts)
  const defaultSignal = cloud66.restartSignal[pm]
  const manifest = app.manifest
  const set = manifestValue(manifest, 'restart_signal')
  let signal = defaultSignal
  let effect: SignalEffect
  if (set && set.scalar.value !== null) {
    const text = String(set.scalar.value)
    const word = readSignal(text, set.at)
    signal = word.name ?? text.toLowerCase()
    effect = set.scalar.erb
      ? { effect: 'unknown', does: 'depends on an ERB tag in the manifest', dropsRequests: null, why: 'the value is an ERB tag' }
      : word.name
        ? signalEffect(web, word.name)
        : { effect: 'unknown', does: `\`${text}\` is not a signal name`, dropsRequests: null, why: `\`${text}\` is not a signal name` }
  } else effect = signalEffect(web, defaultSignal)

  const stopSet = manifestValue(manifest, 'stop_sequence')
  let stop: RestartPlan['stop']
  if (stopSet && manifest && typeof stopSet.scalar.value === 'string' && !stopSet.scalar.erb) {
    const sequence = parseStopSequence(manifest.file, stopSet.scalar)
    const firstSignal = sequence.steps[0]?.signal?.name
    stop = { text: stopSet.scalar.value, setBy: stopSet, sequence, first: firstSignal ? signalEffect(web, firstSignal) : null }
  } else if (stopSet) {
    stop = { text: String(stopSet.scalar.value), setBy: stopSet, sequence: null, first: null }
  } else {
    const text = cloud66.stopSequence[pm]
    stop = { text, setBy: null, sequence: null, first: signalEffect(web, text.split(',')[0].trim()) }
  }

  const isSet = set !== null && set.scalar.value !== null
  const candidates = !isSet && cloud66.defaultsUnconfirmed && pm === 'systemd'
    ? SYSTEMD_DEFAULT_CANDIDATES.map((c) => ({ ...c, effect: c.signal === defaultSignal ? effect : signalEffect(web, c.signal) }))
    : null

  const rod = manifestValue(manifest, 'restart_on_deploy')
  const restartOnDeploy = rod && typeof rod.scalar.value === 'boolean' && !rod.scalar.quoted ? { value: rod.scalar.value, setBy: rod } : null
  return { server, cloud66, boots: web.prediction.boots, signal, source: isSet ? 'manifest' : 'default', setBy: isSet ? set : null, effect, defaultSignal, candidates, processManager: pm, stop, restartOnDeploy }
}
