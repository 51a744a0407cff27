/**
 * The restart guidance every reporter renders: in one or two sentences what the next deploy's
 * restart does to this app (the signal Cloud 66 sends, what this server does with it, whether
 * requests fail), then the details — what to change for zero-downtime restarts, computed from
 * the app's effective settings so that nothing already configured is recommended, the
 * environment-variable caveat, the stop sequence. Plain sentences with `code` spans; the
 * reporters escape and format them. What differs per server (its label, advice and caveat) is the
 * server's Cloud 66 part (cloud66.ts), carried by the plan.
 */
import type { RestartPlan } from './restart.js'
import type { Advice, ServerSettings } from './cloud66.js'
import { RESTART_FIGURES } from '../generated/restart-figures.js'

// the advice's types are the Cloud 66 part's (cloud66.ts); the reporters and tests find them here too
export type { Advice, Recommendation, ServerSettings } from './cloud66.js'

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

function where(plan: RestartPlan): string {
  const s = plan.setBy
  if (!s) return `the default for ${plan.cloud66.label} under ${plan.processManager === 'bluepill' ? 'Bluepill' : 'systemd'}`
  return `${s.at.file}:${s.at.line}`
}

// thousands with a comma, as en-US writes them: not toLocaleString, whose first call loads ICU's
// locale data and cost every run about 12 ms (measured with --cpu-prof, docs/performance.md)
const count = (n: number): string => String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

/**
 * What the live suite's restart rig measured for this server and effect: requests through Nginx
 * while the signal was handled (docs/restart.md#measured-under-load-behind-nginx,
 * src/generated/restart-figures.ts). `short`, for the summary: the run with the longest boot (the
 * closest to a real app's); `detail`, for the caveat: every boot time, the versions, and whether
 * this version was among them. Null when it was not measured.
 */
function measured(plan: RestartPlan, version: string | null): { short: string; detail: string } | null {
  const figures = RESTART_FIGURES[`${plan.server} ${plan.effect.effect}`]
  if (!figures?.length) return null
  const label = plan.cloud66.label
  const versions = [...new Set(figures.flatMap((f) => f.versions))]
  const f = figures[figures.length - 1]
  const each = figures.map((g) => `${count(g.failed)} of ${count(g.sent)} failed ${g.boot === 0 ? 'with an app that boots at once' : `with a ${g.boot} s boot`} (longest wait ${seconds(g.longestMs)})`)
  const other = version !== null && !versions.some((v) => v.split(' ')[0] === version) ? ` (not on ${version})` : ''
  return {
    short: `${count(f.failed)} of ${count(f.sent)} failed behind Nginx${f.boot === 0 ? '' : ` (${f.boot} s boot)`}`,
    detail: `Requests measured behind Nginx under load on ${label} ${versions.join(', ')}${other}: ${each.join(', ')}; docs/restart.md has every run.`
  }
}

const upper = (text: string): string => text[0].toUpperCase() + text.slice(1)

function requests(plan: RestartPlan, version: string | null): string {
  const e = plan.effect
  // what follows is not documented: Cloud 66's systemd units are not public, and its process check
  // after a deploy is described only as "systemd reports the app healthy" (docs/research/cloud66.md#after-a-stopping-signal)
  if (e.effect === 'stop') return 'Requests fail once it has stopped, until the server is started again: the restart signal does not start it, and Cloud 66 documents nothing else that would.'
  if (e.effect === 'suspend') return 'Requests get no answer from then on, until the server is sent CONT: the restart signal does not resume it.'
  const m = measured(plan, version)
  const figures = m ? `${m.short}.` : `how requests fare under load was not measured for ${plan.cloud66.label}.`
  if (e.dropsRequests === true) return `Some requests fail while it restarts: ${figures}`
  if (e.effect === 'reopen-logs' || e.effect === 'none' || e.effect === 'refork') return `The new code is not loaded: the deploy does not take effect${e.dropsRequests === false ? `; ${figures}` : '.'}`
  // the figures hold for the effect as measured; where something makes it differ (a plugin that
  // crashes a phased restart, an unknown effect) they are not quoted
  if (e.dropsRequests !== false) return 'Whether requests fail is not known.'
  if (e.effect === 'hot-restart') return `Requests wait while it boots; ${figures}`
  return m ? `Requests: ${figures}` : upper(figures)
}

/** whether the summary quotes the rig's figures (requests() above) */
const quoted = (plan: RestartPlan): boolean => plan.effect.effect !== 'stop' && plan.effect.effect !== 'suspend' && plan.effect.dropsRequests !== null

function advice(plan: RestartPlan, server: ServerSettings): Advice | null {
  return plan.cloud66.advice?.(plan, server) ?? null
}

function caveat(plan: RestartPlan): string | null {
  const part = plan.cloud66
  const own = part.caveat?.(plan) ?? null
  if (own !== null) return own
  if (plan.effect.effect === 'unknown' || part.unmeasured) return `rack-check has no measurements of how ${part.label} restarts here. Puma and Unicorn are the servers Cloud 66 documents for zero-downtime restarts.`
  return null
}

export function restartGuidance(plan: RestartPlan, server: ServerSettings = { version: null, settings: undefined }): Guidance {
  const name = plan.signal.toUpperCase()
  const notes: string[] = []
  if (plan.boots === false) notes.push('As written the server does not start (see the errors); this is what a restart does once it does.')
  if (plan.restartOnDeploy?.value === false) notes.push(`\`restart_on_deploy: false\` (${plan.restartOnDeploy.setBy.at.file}:${plan.restartOnDeploy.setBy.at.line}): Cloud 66 does not restart the web server on deploy, so new code runs only after a manual restart.`)
  const s = plan.setBy
  const block = s ? (s.environment === null ? 'procfile_metadata' : `${s.environment}.procfile_metadata`) : ''
  const pm = plan.processManager === 'bluepill' ? 'Bluepill' : 'systemd'
  // Cloud 66 documents no default for this server: its generic custom-server default is assumed, never stated as fact (docs/research/cloud66.md#per-server-defaults-under-systemd)
  const assumed = !s && plan.cloud66.defaultsUnconfirmed
  return {
    summary: assumed
      ? `If Cloud 66 sends its generic default ${name} on deploy (it documents no restart signal for ${plan.cloud66.label} under ${pm}): ${plan.cloud66.label} ${plan.effect.does}. ${requests(plan, server.version)}`
      : `On every deploy Cloud 66 sends ${name} (${where(plan)}): ${plan.cloud66.label} ${plan.effect.does}. ${requests(plan, server.version)}`,
    zeroDowntime: advice(plan, server),
    caveat: [caveat(plan), quoted(plan) ? measured(plan, server.version)?.detail : null].filter(Boolean).join(' ') || null,
    signal: assumed
      ? `${name} is Cloud 66's generic default for a custom server under ${pm}, which it does not document for ${plan.cloud66.label}; \`restart_signal\` under \`procfile_metadata\` → \`web\` in \`.cloud66/manifest.yml\` sets the signal.`
      : s ? `\`${block}.${s.process}.restart_signal\` at ${s.at.file}:${s.at.line} sets the signal; without it Cloud 66 would send ${plan.cloud66.defaultsUnconfirmed ? `its generic default for a custom server, ${plan.defaultSignal.toUpperCase()} (not documented for ${plan.cloud66.label})` : plan.defaultSignal.toUpperCase()}.` : `${name} is the default for ${plan.cloud66.label} under ${plan.processManager === 'bluepill' ? 'Bluepill' : 'systemd'}; \`restart_signal\` under \`procfile_metadata\` → \`web\` in \`.cloud66/manifest.yml\` changes it.`,
    stop: plan.stop.setBy
      ? `To stop the server Cloud 66 sends \`${plan.stop.text}\` (stop_sequence at ${plan.stop.setBy.at.file}:${plan.stop.setBy.at.line}).`
      : plan.cloud66.defaultsUnconfirmed
        ? `Cloud 66 documents no stop sequence for ${plan.cloud66.label}; if it uses its generic one for a custom server, it sends \`${plan.stop.text}\` to stop the server.`
        : `To stop the server Cloud 66 sends \`${plan.stop.text}\` (the default).`,
    environment: 'Changes to environment variables need a hard restart whatever the signal: a re-executed or phased process keeps the environment it was started with. Restart the web server from the Cloud 66 dashboard (or `sudo systemctl restart cloud66_web_server`) after changing them.',
    notes
  }
}
