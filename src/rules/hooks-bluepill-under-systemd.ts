import { defineRule } from './define-rule.js'
import { field, hookCommands, programWords } from '../model/deploy-hooks.js'

export default defineRule({
  id: 'hooks-bluepill-under-systemd',
  severity: 'warning',
  rack: true,
  summary: 'A deploy hook runs `bluepill`, which servers built since June 2020 (systemd) do not have.',
  messages: {
    bluepill: 'This hook runs `bluepill`, but Cloud 66 servers built since June 2020 manage processes with systemd and have no Bluepill, so the command fails (and with `halt_on_error`, the default, so does the deploy); use `sudo systemctl {verb} cloud66_web_server` or `restart_signal`, or pass `--process-manager bluepill` for an older server.'
  },
  check(ctx) {
    if (ctx.options.processManager !== 'systemd') return
    for (const hook of ctx.analysis.app.deployHooks?.hooks ?? []) {
      const command = field(hook, 'command')
      if (!command) continue
      const c = hookCommands(command.text).find((c) => programWords(c)[0]?.split('/').pop() === 'bluepill')
      if (!c) continue
      const words = programWords(c)
      const verb = words.includes('stop') ? 'stop' : words.includes('start') ? 'start' : 'restart'
      ctx.report(command.at, 'bluepill', { verb })
    }
  }
})
