import { cloud66Of } from '../servers/registry.js'
import { defineRule } from './define-rule.js'
import { serverLabel } from './helpers.js'

export default defineRule({
  id: 'restart-signal-not-restart',
  severity: 'error',
  rack: true,
  ownText: ['does', 'fix'],
  summary: 'The restart signal Cloud 66 sends on deploy stops, suspends or does not restart this server.',
  messages: {
    stops: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
    suspends: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the site hangs after the deploy; {fix}.',
    noRestart: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the new code is never loaded; {fix}.',
    bluepill: 'Under Bluepill Cloud 66 restarts every web server with USR2 (so the Cloud 66 docs say, read literally), and {server} {does}; check how your stack restarts Thin, or move the server to systemd.',
    defaultStops: 'On deploy Cloud 66 sends its default {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
    defaultNoRestart: 'On deploy Cloud 66 sends its default {signal} to {server}, which {does} — so the new code is never loaded; {fix}.',
    unconfirmedDefault: 'Cloud 66 documents no restart signal for {server}; if it sends its generic default for a custom server, {signal}, {server} {does} — so a deploy {outcome}; {fix}.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    if (!restart || !web) return
    const e = restart.effect.effect
    const kind = e === 'stop' ? 'stops' : e === 'suspend' ? 'suspends' : e === 'none' || e === 'reopen-logs' || restart.effect.oldCode ? 'noRestart' : null
    if (!kind) return
    const preload = (web.ifStarted ?? web.facts).settings?.preload?.value === true
    // a launcher in front of the server (Thruster, foreman) is the process Cloud 66 started
    const data = { signal: restart.signal.toUpperCase(), server: web.wrappers[0] ? `\`${web.wrappers[0].program}\`` : serverLabel(web), does: restart.effect.does, fix: (web.wrappers[0]?.model.cloud66 ?? cloud66Of(web.model)).restartFix(preload) }
    if (restart.setBy) ctx.report(restart.setBy.at, kind, data)
    // the default rests on Cloud 66's generic custom-server signal, which it does not confirm applies (docs/research/cloud66.md#per-server-defaults-under-systemd): a warning.
    // The plan's part is the launcher's when one wraps the server (Thruster, foreman): Cloud 66 sees its command
    else if (restart.cloud66.defaultsUnconfirmed) {
      const outcome = kind === 'stops' ? 'would take the site down instead of restarting it' : kind === 'suspends' ? 'would leave the site hanging' : 'would never load the new code'
      ctx.report(web.line.procfile.span(web.line.entry.nameStart, web.line.entry.nameEnd), 'unconfirmedDefault', { ...data, outcome }, { severity: 'warning' })
    }
    // a default signal that does not restart: Bluepill's USR2 to a server without a USR2 handler
    else if (ctx.options.processManager === 'bluepill') ctx.report(web.line.procfile.span(web.line.entry.nameStart, web.line.entry.nameEnd), 'bluepill', data, { severity: 'warning' })
    // systemd's default HUP to a launcher running Puma (rackup, rails server)
    else ctx.report(web.line.procfile.span(web.line.entry.nameStart, web.line.entry.nameEnd), kind === 'stops' ? 'defaultStops' : 'defaultNoRestart', data)
  }
})
