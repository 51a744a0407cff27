import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'thin-pid-needs-daemon',
  severity: 'warning',
  rack: true,
  summary: 'Thin writes its PID file only when it daemonizes, which systemd does not allow.',
  messages: {
    conflict: 'Thin writes its PID file only when it daemonizes, so without `-d` /tmp/web_server.pid is never written, and with `-d` systemd loses track of the server; Cloud 66\'s documented Thin line has this conflict, so consider Puma or Unicorn, or confirm with Cloud 66 how your server tracks Thin.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web || !web.ifStarted || ctx.options.processManager !== 'systemd') return
    if (web.ifStarted.pidFile.reason === 'thin-needs-daemon') ctx.report(web.ifStarted.pidFile.at, 'conflict')
  }
})
