import { defineRule } from './define-rule.js'
import { PID_FILE_REASON } from './helpers.js'

export default defineRule({
  id: 'thin-pid-needs-daemon',
  // the same severity and reason as custom-web-no-pid-file (docs/research/cloud66.md#a-missing-pid-file)
  severity: 'warning',
  rack: true,
  summary: 'Thin writes its PID file only when it daemonizes, which systemd does not allow.',
  messages: {
    conflict: `Thin writes its PID file only when it daemonizes, so without \`-d\` /tmp/web_server.pid, ${PID_FILE_REASON}, is never written, and with \`-d\` the docs say the process terminates prematurely under systemd; Cloud 66's documented Thin line has this conflict, so consider Puma or Unicorn, or confirm with Cloud 66 how your server tracks Thin.`
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web || !web.ifStarted || ctx.options.processManager !== 'systemd') return
    if (web.ifStarted.pidFile.reason === 'thin-needs-daemon') ctx.report(web.ifStarted.pidFile.at, 'conflict')
  }
})
