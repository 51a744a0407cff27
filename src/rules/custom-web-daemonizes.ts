import { defineRule } from './define-rule.js'
import { deleteWords } from './helpers.js'

// what daemonizing does under Cloud 66's systemd is documented only as its outcome, "terminate
// prematurely"; the mechanism is UNCONFIRMED (docs/research/cloud66.md#daemonizing-under-systemd)
export default defineRule({
  id: 'custom-web-daemonizes',
  severity: 'error',
  rack: true,
  summary: 'The `custom_web` server daemonizes, which systemd (Cloud 66 servers since June 2020) does not support.',
  messages: {
    flag: '`{option}` makes `{program}` daemonize: Cloud 66\'s docs warn that daemonizing "will cause the process to terminate prematurely" under systemd (how, they do not say); remove `{option}` (daemonizing was the Bluepill-era advice; use `--process-manager bluepill` for servers built before June 2020).',
    thinFlag: '`{option}` makes `{program}` daemonize: Cloud 66\'s docs warn that daemonizing "will cause the process to terminate prematurely" under systemd (how, they do not say); removing `{option}` keeps Thin in the foreground, but then Thin writes no PID file at all (see thin-pid-needs-daemon), so consider Puma or Unicorn (daemonizing was the Bluepill-era advice; use `--process-manager bluepill` for servers built before June 2020).',
    config: '`{option}` in `{file}` makes `{program}` daemonize: Cloud 66\'s docs warn that daemonizing "will cause the process to terminate prematurely" under systemd (how, they do not say); remove it (daemonizing was the Bluepill-era advice; use `--process-manager bluepill` for servers built before June 2020).'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web || !web.ifStarted || ctx.options.processManager === 'bluepill') return
    const d = web.ifStarted.daemonizes
    if (d.value !== true) return
    // a verdict that changes when the app defines the unset variable the line uses is not certain (docs/contract.md §2.1)
    const severity = web.ifSet && web.ifSet.boots !== false && web.ifSet.daemonizes.value !== true ? ({ severity: 'warning' } as const) : {}
    // a flag of its own on the command line is removed; a config line or a grouped flag is left to the user
    const lone = d.reason !== 'config' && d.at.file === web.procfile.path && ctx.analysis.textAt(d.at) === d.data.option
    const fix = lone ? { description: `remove \`${d.data.option}\``, edits: [deleteWords(web.procfile, d.at)] } : null
    if (d.reason === 'config') ctx.report(d.at, 'config', { option: ctx.analysis.textAt(d.at), file: d.at.file, program: web.program }, severity)
    // a server that writes its PID file only when daemonized (Thin, docs/research/servers.md#thin): removing `-d` costs the PID file
    else if (web.model?.cloud66.pidOnlyWhenDaemonized) ctx.report(d.at, 'thinFlag', { option: d.data.option ?? 'daemonize', program: web.program }, severity)
    else ctx.report(d.at, 'flag', { option: d.data.option ?? 'daemonize', program: web.program }, { ...severity, fix })
  }
})
