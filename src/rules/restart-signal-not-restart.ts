import { defineRule } from './define-rule.js'
import { serverLabel } from './helpers.js'

export default defineRule({
  id: 'restart-signal-not-restart',
  severity: 'error',
  summary: 'The restart signal Cloud 66 sends on deploy stops, suspends or does not restart this server.',
  messages: {
    stops: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
    suspends: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the site hangs after the deploy; {fix}.',
    noRestart: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the new code is never loaded; {fix}.',
    bluepill: 'Under Bluepill Cloud 66 restarts every web server with USR2 (cloud66.md §5.3, read literally), and {server} {does}; check how your stack restarts Thin, or move the server to systemd.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    if (!restart || !web) return
    const e = restart.effect.effect
    const kind = e === 'stop' ? 'stops' : e === 'suspend' ? 'suspends' : e === 'none' || e === 'reopen-logs' ? 'noRestart' : null
    if (!kind) return
    const data = { signal: restart.signal.toUpperCase(), server: serverLabel(web), does: restart.effect.does, fix: fix(web.server) }
    if (restart.setBy) ctx.report(restart.setBy.at, kind, data)
    // a default signal that does not restart: only Bluepill's USR2 to a server without a USR2 handler
    else ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'bluepill', data, { severity: 'warning' })
  }
})

function fix(server: string): string {
  switch (server) {
    case 'puma':
      return 'use `restart_signal: usr2` (hot restart) or `usr1` (phased restart in cluster mode), or remove `restart_signal` for the default USR2'
    case 'unicorn':
      return 'use `restart_signal: usr2` (new master, the default) or `hup` (reload the config), or remove `restart_signal`'
    case 'thin':
      return 'use `restart_signal: hup` (the default for Thin), or remove `restart_signal`'
    default:
      return 'use a signal this server restarts on, or remove `restart_signal`'
  }
}
