/**
 * The restart guidance every reporter renders: in one or two sentences what the next deploy's
 * restart does to this app (the signal Cloud 66 sends, what this server does with it, whether
 * requests fail), then the details — what to change for zero-downtime restarts, computed from
 * the app's effective settings so that nothing already configured is recommended, the
 * environment-variable caveat, the stop sequence. Plain sentences with `code` spans; the
 * reporters escape and format them.
 */
import type { RestartPlan } from './restart.js'
import type { ServerName, Setting } from './types.js'
import { atLeast } from './version.js'

/** A setting a piece of advice asks for, so that a test can tell advice already followed. */
export interface Recommendation {
  setting: 'restart_signal' | 'workers' | 'preload' | 'prune_bundler'
  /** what it asks for: a signal name, a minimum worker count, preload on or off */
  value: string | number | boolean
}

export interface Advice {
  text: string
  recommends: Recommendation[]
}

export interface Guidance {
  /** what the next deploy's restart does to this app: one or two sentences */
  summary: string
  /** how to get zero-downtime restarts from here; only what the app does not do yet */
  zeroDowntime: Advice | null
  /** how this restart could surprise (already zero-downtime but…, a second master, …) */
  caveat: string | null
  /** where the signal comes from, the default when it is set, the stop sequence */
  signal: string
  stop: string
  environment: string
  /** the server does not start as written, or is not restarted on deploy */
  notes: string[]
}

/** What the guidance needs from the web server besides the plan. */
export interface ServerSettings {
  version: string | null
  settings: Record<string, Setting> | undefined
}

const SERVER_LABEL: Record<ServerName, string> = {
  puma: 'Puma',
  unicorn: 'Unicorn',
  thin: 'Thin',
  passenger: 'Passenger',
  rails: '`rails server`',
  rackup: '`rackup`',
  unknown: 'the server'
}

function where(plan: RestartPlan): string {
  const s = plan.setBy
  if (!s) return `the default for ${SERVER_LABEL[plan.server]} under ${plan.processManager === 'bluepill' ? 'Bluepill' : 'systemd'}`
  return `${s.at.file}:${s.at.line}`
}

function requests(plan: RestartPlan): string {
  const e = plan.effect
  if (e.effect === 'stop' || e.effect === 'suspend') return 'Every request fails from then on: the server is not restarted, and Cloud 66\'s deploy check fails.'
  if (e.dropsRequests === true) return 'Some requests fail while it restarts (measured with Thin: 1 or 2 of 30 probes in 6 seconds).'
  if (e.dropsRequests === false) {
    if (e.effect === 'hot-restart') return 'No request fails (the socket is kept), but requests wait while the app boots again.'
    if (e.effect === 'reopen-logs' || e.effect === 'none') return 'No request fails, and the new code is not loaded: the deploy does not take effect.'
    return 'No request fails (measured).'
  }
  return 'Whether requests fail is not known.'
}

const known = (s: Setting | undefined): boolean => !!s && s.value !== null

/**
 * Puma's phased restart needs USR1, cluster mode and no preloaded app (or `fork_worker`)
 * (servers.md §1.6; `Cluster#phased_restart`): the steps this app has not taken yet.
 */
function pumaAdvice(plan: RestartPlan, server: ServerSettings): Advice | null {
  const e = plan.effect
  // a phased restart already, or USR1 that falls back: the finding on `restart_signal` says what to change
  if (e.effect === 'phased-restart' || (plan.signal === 'usr1' && e.fallback)) return null
  if (plan.signal !== 'usr2' && plan.signal !== 'usr1') return null
  const s = server.settings ?? {}
  const steps: string[] = []
  const recommends: Recommendation[] = []
  if (plan.signal !== 'usr1') {
    steps.push('set `restart_signal: usr1` under `procfile_metadata` → `web` in `.cloud66/manifest.yml`')
    recommends.push({ setting: 'restart_signal', value: 'usr1' })
  }
  const workers = s.workers
  const cluster = known(workers) && typeof workers!.value === 'number' && workers!.value >= 2
  if (!cluster) {
    steps.push(known(workers) ? 'run Puma in cluster mode (`workers 2` or more in the config file)' : 'run Puma in cluster mode (`workers 2` or more), if the config does not already')
    recommends.push({ setting: 'workers', value: 2 })
  }
  if (s.forkWorker?.value !== true) {
    const preload = s.preload
    const puma7 = server.version !== null && atLeast(server.version, '7.0.0')
    if (preload?.value === true && preload.origin !== 'default') {
      steps.push(preload.origin === 'environment' ? 'write `preload_app! false` in the config file (`WEB_CONCURRENCY` above 1 turns preloading on)' : 'remove `preload_app!`')
      recommends.push({ setting: 'preload', value: false })
    } else if (s.pruneBundler?.value !== true && (puma7 || server.version === null || preload?.value === true) && preload?.origin === 'default') {
      // Puma 7 preloads by default in cluster mode unless prune_bundler is set (docs/7.0-Upgrade.md)
      steps.push(`${puma7 ? '' : 'on Puma 7 and later, '}add \`prune_bundler\` to the config file (in cluster mode Puma 7 and later preload the app unless it is set)`)
      recommends.push({ setting: 'prune_bundler', value: true })
    } else if (preload?.value === null) {
      steps.push('make sure the app is not preloaded (`preload_app!`)')
    }
  }
  if (!steps.length) return null
  const sentence = steps.length === 1 ? steps[0] : `${steps.slice(0, -1).join(', ')} and ${steps[steps.length - 1]}`
  return { text: `For a rolling (phased) restart, where the other workers keep serving while each one is replaced: ${sentence}.`, recommends }
}

function advice(plan: RestartPlan, server: ServerSettings): Advice | null {
  switch (plan.server) {
    case 'puma':
      return pumaAdvice(plan, server)
    case 'unicorn':
      if (plan.signal === 'usr2') return null
      return { text: 'USR2 is Unicorn\'s zero-downtime restart (a new master boots beside the old one): set `restart_signal: usr2` under `procfile_metadata` → `web` in `.cloud66/manifest.yml`, or leave it out (USR2 is the default).', recommends: [{ setting: 'restart_signal', value: 'usr2' }] }
    case 'thin':
      return { text: 'A single Thin has no zero-downtime restart. For zero-downtime deploys use Puma (phased restarts) or Unicorn (USR2).', recommends: [] }
    default:
      return null
  }
}

function caveat(plan: RestartPlan): string | null {
  const e = plan.effect
  if (plan.server === 'puma' && e.effect === 'phased-restart') return 'A phased restart does not upgrade Puma itself or re-read the config file: after changing either, deploy once with `usr2` or restart the server.'
  if (plan.server === 'unicorn' && e.effect === 'new-master') return 'Unless the config file\'s `before_fork` sends QUIT to the old master (its PID is in `/tmp/web_server.pid.oldbin`), as in Cloud 66\'s Unicorn sample, two masters keep serving old and new code.'
  if (plan.server === 'passenger') return 'How Cloud 66 restarts a `passenger start` custom server is not documented.'
  if (e.effect === 'unknown' || plan.server === 'unknown' || plan.server === 'rackup') return `rack-check has no measurements of how ${SERVER_LABEL[plan.server]} restarts here. Puma and Unicorn are the servers Cloud 66 documents for zero-downtime restarts.`
  return null
}

export function restartGuidance(plan: RestartPlan, server: ServerSettings = { version: null, settings: undefined }): Guidance {
  const name = plan.signal.toUpperCase()
  const notes: string[] = []
  if (plan.boots === false) notes.push('As written the server does not start (see the errors); this is what a restart does once it does.')
  if (plan.restartOnDeploy?.value === false) notes.push(`\`restart_on_deploy: false\` (${plan.restartOnDeploy.setBy.at.file}:${plan.restartOnDeploy.setBy.at.line}): Cloud 66 does not restart the web server on deploy, so new code runs only after a manual restart.`)
  const s = plan.setBy
  const block = s ? (s.environment === null ? 'procfile_metadata' : `${s.environment}.procfile_metadata`) : ''
  return {
    summary: `On every deploy Cloud 66 sends ${name} (${where(plan)}): ${SERVER_LABEL[plan.server]} ${plan.effect.does}. ${requests(plan)}`,
    zeroDowntime: advice(plan, server),
    caveat: caveat(plan),
    signal: s ? `\`${block}.${s.process}.restart_signal\` at ${s.at.file}:${s.at.line} sets the signal; without it Cloud 66 would send ${plan.defaultSignal.toUpperCase()}.` : `${name} is the default for ${SERVER_LABEL[plan.server]} under ${plan.processManager === 'bluepill' ? 'Bluepill' : 'systemd'}; \`restart_signal\` under \`procfile_metadata\` → \`web\` in \`.cloud66/manifest.yml\` changes it.`,
    stop: `To stop the server Cloud 66 sends \`${plan.stop.text}\`${plan.stop.setBy ? ` (stop_sequence at ${plan.stop.setBy.at.file}:${plan.stop.setBy.at.line})` : ' (the default)'}.`,
    environment: 'Changes to environment variables need a hard restart whatever the signal: a re-executed or phased process keeps the environment it was started with. Restart the web server from the Cloud 66 dashboard (or `sudo systemctl restart cloud66_web_server`) after changing them.',
    notes
  }
}
