/**
 * The restart guidance every reporter renders (text now, the pull-request comment later): what
 * Cloud 66 sends on deploy, what this server does with it, whether requests fail, how to get
 * zero-downtime restarts with this server, and the environment-variable caveat. Plain sentences
 * with `code` spans; the reporters escape and format them.
 */
import type { RestartPlan } from './restart.js'
import type { ServerName } from './servers/types.js'

export interface Guidance {
  sends: string
  does: string
  requests: string
  zeroDowntime: string
  environment: string
  notes: string[]
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
  const block = s.environment === null ? 'procfile_metadata' : `${s.environment}.procfile_metadata`
  return `\`${block}.${s.process}.restart_signal\` at ${s.at.file}:${s.at.line}`
}

function zeroDowntime(plan: RestartPlan): string {
  const e = plan.effect
  switch (plan.server) {
    case 'puma':
      if (e.effect === 'phased-restart') return 'Already zero-downtime: a phased restart keeps the other workers serving while each one is replaced. It does not upgrade Puma itself or re-read the config file: after changing either, deploy once with `usr2` or restart the server.'
      return 'For a rolling (phased) restart set `restart_signal: usr1` under `procfile_metadata` → `web` in `.cloud66/manifest.yml`, run Puma in cluster mode (`workers 2` or more) without `preload_app!` (on Puma 7 and later write `preload_app! false`, or use `prune_bundler`, which also lets new gems load). A hot restart (USR2) fails no request either, but every request waits while the whole app boots again.'
    case 'unicorn':
      return 'USR2 is Unicorn\'s zero-downtime restart: the new master boots beside the old one. Make the config file\'s `before_fork` send QUIT to the old master (its PID is in `/tmp/web_server.pid.oldbin`), as in Cloud 66\'s Unicorn sample, or two masters keep serving old and new code.'
    case 'thin':
      return 'A single Thin has no zero-downtime restart: HUP stops it and starts it again. For zero-downtime deploys use Puma (phased restarts) or Unicorn (USR2).'
    case 'passenger':
      return 'Not known: how Cloud 66 restarts a `passenger start` custom server is not documented.'
    default:
      return `Not known: rack-check has no measurements of ${SERVER_LABEL[plan.server]}'s restarts. Puma and Unicorn are the servers Cloud 66 documents for zero-downtime restarts.`
  }
}

function requests(plan: RestartPlan): string {
  const e = plan.effect
  if (e.effect === 'stop' || e.effect === 'suspend') return 'Every request fails from then on: the server is not restarted, and Cloud 66\'s deploy check fails.'
  if (e.dropsRequests === true) return 'Some requests fail while it restarts (measured with Thin: 1 or 2 of 30 probes in 6 seconds).'
  if (e.dropsRequests === false) {
    if (e.effect === 'hot-restart') return 'None fail (the socket is kept), but requests wait while the app boots again.'
    if (e.effect === 'reopen-logs' || e.effect === 'none') return 'None fail, and the new code is not loaded: the deploy does not take effect.'
    return 'None fail (measured).'
  }
  return 'Not known.'
}

export function restartGuidance(plan: RestartPlan): Guidance {
  const name = plan.signal.toUpperCase()
  const notes: string[] = []
  if (plan.boots === false) notes.push('As written the server does not start (see the errors above); this is what a restart does once it does.')
  if (plan.restartOnDeploy?.value === false) notes.push(`\`restart_on_deploy: false\` (${plan.restartOnDeploy.setBy.at.file}:${plan.restartOnDeploy.setBy.at.line}): Cloud 66 does not restart the web server on deploy, so new code runs only after a manual restart.`)
  if (plan.signal !== plan.defaultSignal) notes.push(`Without \`restart_signal\` Cloud 66 would send ${plan.defaultSignal.toUpperCase()}.`)
  notes.push(`To stop the server Cloud 66 sends \`${plan.stop.text}\`${plan.stop.setBy ? ` (stop_sequence at ${plan.stop.setBy.at.file}:${plan.stop.setBy.at.line})` : ' (the default)'}.`)
  return {
    sends: `On every deploy Cloud 66 sends ${name} to the web server (${where(plan)}).`,
    does: `${SERVER_LABEL[plan.server]} ${plan.effect.does}.`,
    requests: requests(plan),
    zeroDowntime: zeroDowntime(plan),
    environment: 'Changes to environment variables need a hard restart whatever the signal: a re-executed or phased process keeps the environment it was started with. Restart the web server from the Cloud 66 dashboard (or `sudo systemctl restart cloud66_web_server`) after changing them.',
    notes
  }
}
