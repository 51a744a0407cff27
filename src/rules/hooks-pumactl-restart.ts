import { defineRule } from './define-rule.js'
import { field, hookCommands, programWords } from '../model/deploy-hooks.js'

export default defineRule({
  id: 'hooks-pumactl-restart',
  severity: 'notice',
  rack: true,
  summary: 'A deploy hook runs `pumactl … restart`: obsolete advice; Cloud 66 restarts the web server itself, and where no Puma serves the app the hook restarts nothing.',
  messages: {
    pumactl: 'This hook runs `pumactl {command}`, the 2017–2019 advice for when Puma ignored Cloud 66\'s restart; today Cloud 66 sends the restart signal itself ({signal}), so this restarts Puma a second time; remove the hook and set `restart_signal` under `procfile_metadata` if you need another signal.',
    passenger: 'This hook runs `pumactl {command}`, the 2017–2019 advice for Puma as Cloud 66\'s custom web server, but Passenger serves this app, so no Puma web server is there for the hook to restart: pumactl sends {pumaSignal} to the process its PID file names, if there is such a file; with none it exits with status 1{startsPuma} (Puma\'s lib/puma/control_cli.rb); remove the hook.',
    otherServer: 'This hook runs `pumactl {command}`, the 2017–2019 advice for Puma as Cloud 66\'s custom web server, but this app\'s custom web server runs `{program}`, not Puma itself: pumactl sends {pumaSignal} to whatever process its PID file names, a second signal on top of Cloud 66\'s restart ({signal}) if that is the web server, and with no PID file it exits with status 1 (Puma\'s lib/puma/control_cli.rb); remove the hook, and set `restart_signal` under `procfile_metadata` if you need another signal.'
  },
  ownText: ['startsPuma'],
  check(ctx) {
    const { app, restart, web } = ctx.analysis
    for (const hook of app.deployHooks?.hooks ?? []) {
      const command = field(hook, 'command')
      if (!command) continue
      for (const c of hookCommands(command.text)) {
        const words = programWords(c)
        const program = words[0]?.split('/').pop()
        if (program !== 'pumactl') continue
        const verb = words.find((w) => w === 'restart' || w === 'phased-restart')
        if (!verb) continue
        // what pumactl does, from Puma's control_cli.rb (docs/research/servers.md#pumactl-with-no-puma-running):
        // USR2 for restart, USR1 for phased-restart; a PID file naming a gone process makes `restart` start a Puma
        const pumaSignal = verb === 'restart' ? 'USR2' : 'USR1'
        const signal = restart ? restart.signal.toUpperCase() : 'USR2 by default'
        if (!web) {
          const startsPuma = verb === 'restart' ? ', and when the file names a process that has gone, `pumactl restart` starts a Puma of its own in the foreground of the hook' : ''
          ctx.report(command.at, 'passenger', { command: verb, pumaSignal, startsPuma })
        } else if (web.model?.cloud66.controlProgram === program) ctx.report(command.at, 'pumactl', { command: verb, signal })
        else ctx.report(command.at, 'otherServer', { command: verb, pumaSignal, signal, program: web.program })
      }
    }
  }
})
