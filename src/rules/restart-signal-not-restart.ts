import { cloud66Of } from '../servers/registry.js'
import { defineRule } from './define-rule.js'
import { serverLabel } from './helpers.js'
import type { SignalEffect } from '../servers/types.js'

export default defineRule({
  id: 'restart-signal-not-restart',
  severity: 'error',
  rack: true,
  ownText: ['does', 'fix', 'effects', 'open'],
  summary: 'The restart signal Cloud 66 sends on deploy stops, suspends or does not restart this server.',
  messages: {
    stops: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
    suspends: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the site hangs after the deploy; {fix}.',
    noRestart: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the new code is never loaded; {fix}.',
    noRestartOpen: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the new code may never be loaded ({open}); {fix}.',
    bluepill: 'Under Bluepill Cloud 66 restarts every web server with USR2 (so the Cloud 66 docs say, read literally), and {server} {does}; check how your stack restarts Thin, or move the server to systemd.',
    defaultStops: 'On deploy Cloud 66 sends its default {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
    defaultNoRestart: 'On deploy Cloud 66 sends its default {signal} to {server}, which {does} — so the new code is never loaded; {fix}.',
    defaultNoRestartOpen: 'On deploy Cloud 66 sends its default {signal} to {server}, which {does} — so the new code may never be loaded ({open}); {fix}.',
    unconfirmedDefault: 'Cloud 66 documents no restart signal for {server}; if it sends its generic default for a custom server, {signal}, {server} {does} — so a deploy {outcome}; {fix}.',
    noDefaultWorks: 'Cloud 66 documents no restart signal for {server}, and none of the defaults it documents restarts it: {effects} — so whichever it sends, a deploy {outcome}; {fix}.',
    someDefaultFails: 'Cloud 66 documents no restart signal for {server}, so which of its documented defaults it sends is an open question: {effects} — so a deploy {outcome} if it sends {failing}; {fix}.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    if (!restart || !web) return
    const kind = breaks(restart.effect)
    const preload = (web.ifStarted ?? web.facts).settings?.preload?.value === true
    // a launcher in front of the server (Thruster, foreman) is the process Cloud 66 started
    const server = web.wrappers[0] ? `\`${web.wrappers[0].program}\`` : serverLabel(web)
    const data = { signal: restart.signal.toUpperCase(), server, does: restart.effect.does, fix: (web.wrappers[0]?.model.cloud66 ?? cloud66Of(web.model)).restartFix(preload) }
    const at = web.line.procfile.span(web.line.entry.nameStart, web.line.entry.nameEnd)
    // old code kept only under a condition rack-check cannot see: a warning that names it (docs/contract.md §2.1)
    const open = kind === 'noRestart' ? restart.effect.oldCodeOpen : undefined
    if (restart.setBy) {
      if (open) ctx.report(restart.setBy.at, 'noRestartOpen', { ...data, open }, { severity: 'warning' })
      else if (kind) ctx.report(restart.setBy.at, kind, data)
    }
    // Cloud 66 documents no default for this server (docs/research/cloud66.md#per-server-defaults-under-systemd):
    // the verdict is certain only when every default it documents breaks the restart (docs/contract.md §2.1)
    else if (restart.candidates) {
      const failing = restart.candidates.filter((c) => breaks(c.effect))
      if (!failing.length) return
      const effects = restart.candidates.map((c) => `on ${c.signal.toUpperCase()} (${c.documented}) it ${c.effect.does}`).join('; ')
      const outcome = [...new Set(failing.map((c) => OUTCOME[breaks(c.effect)!]))].join(' or ')
      if (failing.length === restart.candidates.length) ctx.report(at, 'noDefaultWorks', { ...data, effects, outcome })
      else ctx.report(at, 'someDefaultFails', { ...data, effects, outcome, failing: failing.map((c) => c.signal.toUpperCase()).join(' or ') }, { severity: 'warning' })
    }
    else if (!kind) return
    // under Bluepill, the one generic default for a server whose signals Cloud 66 does not document
    else if (restart.cloud66.defaultsUnconfirmed) ctx.report(at, 'unconfirmedDefault', { ...data, outcome: WOULD[kind] }, { severity: 'warning' })
    // a default signal that does not restart: Bluepill's USR2 to a server without a USR2 handler
    else if (ctx.options.processManager === 'bluepill') ctx.report(at, 'bluepill', data, { severity: 'warning' })
    // a documented default that breaks this server
    else if (open) ctx.report(at, 'defaultNoRestartOpen', { ...data, open }, { severity: 'warning' })
    else ctx.report(at, kind === 'stops' ? 'defaultStops' : 'defaultNoRestart', data)
  }
})

type Kind = 'stops' | 'suspends' | 'noRestart'

/** How a signal's effect breaks the restart, or null when it restarts (or its effect is unknown). */
function breaks(e: SignalEffect): Kind | null {
  return e.effect === 'stop' ? 'stops' : e.effect === 'suspend' ? 'suspends' : e.effect === 'none' || e.effect === 'reopen-logs' || e.oldCode ? 'noRestart' : null
}

const OUTCOME: Record<Kind, string> = {
  stops: 'takes the site down instead of restarting it',
  suspends: 'leaves the site hanging',
  noRestart: 'never loads the new code'
}

const WOULD: Record<Kind, string> = {
  stops: 'would take the site down instead of restarting it',
  suspends: 'would leave the site hanging',
  noRestart: 'would never load the new code'
}
