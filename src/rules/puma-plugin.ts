import { defineRule } from './define-rule.js'

/**
 * Puma plugins that change what a deploy's restart does (docs/research/servers.md#puma-plugins):
 * `tmp_restart` hot-restarts Puma whenever `tmp/restart.txt` is touched; `solid_queue` does not
 * support phased restarts (its README; rails/solid_queue#563, open); any other plugin is named,
 * since rack-check does not know what it does. `systemd` (Puma's own) changes no restart.
 */
export default defineRule({
  id: 'puma-plugin',
  severity: 'notice',
  rack: true,
  summary: 'A Puma plugin changes how Puma restarts, or rack-check does not know what it does.',
  messages: {
    tmpRestart: '`plugin :tmp_restart` makes Puma hot-restart (as on USR2) whenever `tmp/restart.txt` is touched (it checks every 2 seconds): anything that touches that file during a deploy (`bin/rails restart`, a deploy hook) causes one more restart besides Cloud 66\'s signal; whether Cloud 66 itself touches it is not known. Remove the line if nothing should restart Puma that way.',
    solidQueuePhased: '`plugin :solid_queue`{when} with phased restarts (`usr1`, app not preloaded): Solid Queue\'s README says "phased restarts are not supported currently because the plugin requires app preloading", and rails/solid_queue#563 (open) reports that the plugin crashes Puma during a phased restart, an outage on every deploy; use `restart_signal: usr2` (a hot restart), or run Solid Queue as a Procfile process of its own (`bin/jobs`).',
    unknown: '`{text}` loads a Puma plugin rack-check does not know (`puma/plugin/{name}` from a gem in the bundle; without one Puma exits with "Unable to find plugin"): what it does on a restart is not checked.'
  },
  check(ctx) {
    const { web, restart } = ctx.analysis
    if (!web) return
    // also when the command line stops Puma: the config file is the same once the line is fixed
    for (const n of (web.ifStarted ?? web.facts).flagNotes) {
      if (n.kind !== 'puma-plugin') continue
      const name = n.data.name
      if (name === 'tmp_restart') ctx.report(n.at, 'tmpRestart', {})
      else if (name === 'solid_queue') {
        if (restart?.effect.effect !== 'phased-restart') continue
        const when = n.data.variables ? ` (loaded only when \`${n.data.variables}\` is set, which the prediction environment leaves unset; Cloud 66's docs do not mention it, and the app's environment variables may set it)` : n.data.condition ? ` (loaded only under the condition on line ${n.data.condition})` : ''
        ctx.report(n.at, 'solidQueuePhased', { when }, { severity: 'warning' })
      } else if (name !== 'systemd') ctx.report(n.at, 'unknown', { text: ctx.analysis.textAt(n.at).split('\n')[0], name: name || '…' })
    }
  }
})
