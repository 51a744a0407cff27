import { defineRule } from './define-rule.js'
import { serverLabel } from './helpers.js'

export default defineRule({
  id: 'restart-signal-not-restart',
  severity: 'error',
  rack: true,
  summary: 'The restart signal Cloud 66 sends on deploy stops, suspends or does not restart this server.',
  messages: {
    stops: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
    suspends: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the site hangs after the deploy; {fix}.',
    noRestart: 'On deploy Cloud 66 sends {signal} to {server}, which {does} — so the new code is never loaded; {fix}.',
    bluepill: 'Under Bluepill Cloud 66 restarts every web server with USR2 (cloud66.md §5.3, read literally), and {server} {does}; check how your stack restarts Thin, or move the server to systemd.',
    defaultStops: 'On deploy Cloud 66 sends its default {signal} to {server}, which {does} — so the deploy takes the site down instead of restarting it; {fix}.',
    defaultNoRestart: 'On deploy Cloud 66 sends its default {signal} to {server}, which {does} — so the new code is never loaded; {fix}.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    if (!restart || !web) return
    const e = restart.effect.effect
    const kind = e === 'stop' ? 'stops' : e === 'suspend' ? 'suspends' : e === 'none' || e === 'reopen-logs' || restart.effect.oldCode ? 'noRestart' : null
    if (!kind) return
    const preload = (web.ifStarted ?? web.facts).settings?.preload?.value === true
    const data = { signal: restart.signal.toUpperCase(), server: serverLabel(web), does: restart.effect.does, fix: fix(web.server, preload) }
    if (restart.setBy) ctx.report(restart.setBy.at, kind, data)
    // a default signal that does not restart: Bluepill's USR2 to a server without a USR2 handler
    else if (ctx.options.processManager === 'bluepill') ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'bluepill', data, { severity: 'warning' })
    // systemd's default HUP to a launcher running Puma (rackup, rails server)
    else ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), kind === 'stops' ? 'defaultStops' : 'defaultNoRestart', data)
  }
})

function fix(server: string, preload: boolean): string {
  switch (server) {
    case 'puma':
      return 'use `restart_signal: usr2` (hot restart) or `usr1` (phased restart in cluster mode), or remove `restart_signal` for the default USR2'
    case 'unicorn':
      // with preload_app true only a new master loads new code (Unicorn's SIGNALS)
      return preload
        ? 'remove `restart_signal` for the default USR2 (a new master, which loads the new code; with `preload_app true` HUP does not)'
        : 'use `restart_signal: usr2` (new master, the default) or `hup` (reload the config and the code), or remove `restart_signal`'
    case 'thin':
      return 'use `restart_signal: hup` (the default for Thin), or remove `restart_signal`'
    case 'rackup':
    case 'rails':
      // under a launcher no signal restarts Puma with its options (live-rackup-puma-signals)
      return 'run Puma itself, e.g. `bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid`, whose default USR2 is a hot restart'
    default:
      return 'use a signal this server restarts on, or remove `restart_signal`'
  }
}
