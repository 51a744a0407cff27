import { defineRule } from './define-rule.js'

/**
 * A launcher wraps the `custom_web` server (servers/wrapper.ts): Thruster or foreman, or a
 * `bin/dev` rack-check cannot follow. What each does is read from its source
 * (docs/research/servers.md#thruster, #foreman); which process Cloud 66 signals on deploy — the one
 * it started or the PID in /tmp/web_server.pid — is not documented
 * (docs/research/cloud66.md#which-process-gets-the-signal), so this is a warning.
 */
export default defineRule({
  id: 'custom-web-wrapper',
  severity: 'warning',
  rack: true,
  summary: 'A launcher (Thruster, foreman, `bin/dev`) stands between Cloud 66 and the `custom_web` server.',
  messages: {
    thruster: '`{program}` puts Thruster in front of the server, where Nginx already is{bind}: the server gets `PORT={port}`, and Thruster relays only INT and TERM (HUP ends it, USR1 and USR2 are dropped) unless Cloud 66 signals the PID in /tmp/web_server.pid (not documented); drop `{program}`.',
    thrusterVersion: '`{program}` tries to bind port {port}, which Nginx holds, before it runs the server: Thruster {exits} and later exit with status 1, earlier versions run the server anyway (Gemfile.lock locks no thruster); drop `{program}`.',
    foreman: 'Under foreman, {processes} runs as the `custom_web` process{together}; HUP, INT and TERM stop foreman and all it runs, it passes USR1 and USR2 to each, and it writes no PID file (which process Cloud 66 signals is not documented); run the web command itself instead of `{program}`.',
    unresolved: 'rack-check does not follow {what}, so it does not predict what `{program}` runs; make `custom_web` run the server\'s own command.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web) return
    for (const w of web.wrappers) {
      // what the launcher's model says about it (`describe`): the rule never asks for its name
      const d = w.details
      if (w.unresolved) ctx.report(w.unresolved.at, 'unresolved', { program: w.program, what: w.unresolved.what }, { severity: 'notice' })
      else if (d.message === 'thruster' || d.message === 'thrusterVersion' || d.message === 'foreman') ctx.report(w.at, d.message, { program: w.program, bind: '', port: '', exits: '', processes: '', together: '', ...d })
    }
  }
})
