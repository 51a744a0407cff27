import { defineRule } from './define-rule.js'
import { quoted } from './helpers.js'

/**
 * After a signal that starts a new Unicorn master (USR2, Cloud 66's default; HUP without a config
 * file), the old master keeps serving beside the new one until something sends it QUIT: measured
 * on Unicorn 6.0.0 (docs/research/servers.md#measured-unicorn-old-master). Cloud 66's sample config
 * does it from `before_fork`; whether Cloud 66 stops the old master itself is not documented
 * (docs/research/cloud66.md#unicorn-old-master), so this is a warning that names that question.
 */
export default defineRule({
  id: 'unicorn-old-master-kept',
  severity: 'warning',
  rack: true,
  summary: 'The restart signal starts a new Unicorn master, and no config hook stops the old one: old and new code both serve.',
  messages: {
    kept: 'On deploy Cloud 66 sends {signal}, which starts a new Unicorn master beside the old one, and {nothing} sends the old master QUIT: measured on Unicorn 6.0.0, both masters then keep serving, old code beside new (half the requests 30 seconds later), until the old one is stopped. Cloud 66 does not document stopping the old master itself. Add the `before_fork` hook of Cloud 66\'s Unicorn sample, which sends QUIT to the PID in `/tmp/web_server.pid.oldbin`.',
    undecided: 'On deploy Cloud 66 sends {signal}, which starts a new Unicorn master beside the old one; rack-check cannot tell whether the config stops the old master ({why}). Without a hook that sends it QUIT (Cloud 66\'s Unicorn sample does it in `before_fork`, reading `/tmp/web_server.pid.oldbin`), old and new code both keep serving.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    if (!restart || !web || restart.effect.effect !== 'new-master' || restart.restartOnDeploy?.value === false) return
    const facts = web.ifStarted ?? web.facts
    const stop = facts.settings?.stopsOldMaster
    if (!stop) return
    const signal = restart.setBy ? restart.signal.toUpperCase() : `its default ${restart.signal.toUpperCase()}`
    if (stop.value === false) {
      // a line that does not start as written is judged as it would run once fixed (ifStarted): the finding stays on
      // the line (as written it may not load the config at all), and the engine says it of the line once it runs
      // (engine/coherence.ts, RUNNING_RULES)
      const fixed = web.facts.boots === false
      const file = facts.configFiles[0]
      const nothing = file ? `no \`before_fork\` or \`after_fork\` hook of \`${quoted(file)}\`` : 'with no config file nothing'
      ctx.report(fixed ? web.commandSpan : (stop.at ?? web.commandSpan), 'kept', { signal, nothing })
    } else if (stop.value === null && stop.at && stop.why) {
      // only a hook rack-check cannot read: a config file it cannot follow at all has its own finding (custom-web-undecided)
      ctx.report(stop.at, 'undecided', { signal, why: quoted(stop.why, 200) }, { severity: 'notice' })
    }
  }
})
