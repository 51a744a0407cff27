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
    thruster: '`{program}` runs the server behind Thruster, which Cloud 66 does not need: Nginx is already in front of it{bind}. Thruster gives the server `PORT={port}` and relays only INT and TERM: HUP ends Thruster, and USR1 and USR2 never reach the server unless Cloud 66 signals the PID in /tmp/web_server.pid (which process it signals is not documented); drop `{program}` from the line.',
    thrusterVersion: '`{program}` binds port {port} before it starts the server, and on Cloud 66 Nginx already listens there: Thruster {exits} and later exit with status 1 and the server never starts, earlier versions start it anyway (no version of thruster is locked in Gemfile.lock); drop `{program}` from the line, Nginx is already in front of the server.',
    foreman: 'foreman (`{program}`) starts every process of `{file}` ({processes}) as one web process: when any of them exits, foreman stops them all; HUP, INT and TERM stop everything, USR1 and USR2 go to every process, and foreman writes no PID file of its own (which process Cloud 66 signals is not documented); run the web process\'s own command as `custom_web` and the others as Procfile processes of their own.',
    unresolved: 'rack-check does not follow {what}, so it does not predict what `{program}` runs; make `custom_web` run the server\'s own command.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web) return
    for (const w of web.wrappers) {
      const data: Record<string, string> = { program: w.program, ...w.details }
      if (w.unresolved) ctx.report(w.unresolved.at, 'unresolved', { ...data, what: w.unresolved.what }, { severity: 'notice' })
      else if (data.kind === 'thruster-version') ctx.report(w.at, 'thrusterVersion', { exits: '', port: '', ...data })
      else if (data.kind === 'thruster') ctx.report(w.at, 'thruster', { bind: '', port: '', ...data })
      else if (data.kind === 'foreman') ctx.report(w.at, 'foreman', { file: w.reads ?? 'Procfile', processes: '', ...data })
    }
  }
})
