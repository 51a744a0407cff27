import { defineRule } from './define-rule.js'
import { field, hookCommands, programWords } from '../model/deploy-hooks.js'

export default defineRule({
  id: 'hooks-pumactl-restart',
  severity: 'notice',
  rack: true,
  summary: 'A deploy hook restarts Puma with `pumactl … restart`: obsolete advice; Cloud 66 restarts the web server itself.',
  messages: {
    pumactl: 'This hook runs `pumactl {command}`, the 2017–2019 advice for when Puma ignored Cloud 66\'s restart; today Cloud 66 sends the restart signal itself ({signal}), so this restarts Puma a second time; remove the hook and set `restart_signal` under `procfile_metadata` if you need another signal.'
  },
  check(ctx) {
    const { app, restart } = ctx.analysis
    for (const hook of app.deployHooks?.hooks ?? []) {
      const command = field(hook, 'command')
      if (!command) continue
      for (const c of hookCommands(command.text)) {
        const words = programWords(c)
        if (!words[0] || words[0].split('/').pop() !== 'pumactl') continue
        const verb = words.find((w) => w === 'restart' || w === 'phased-restart')
        if (verb) ctx.report(command.at, 'pumactl', { command: verb, signal: restart ? restart.signal.toUpperCase() : 'USR2 by default' })
      }
    }
  }
})
