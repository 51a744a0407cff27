import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'web-without-custom-web',
  severity: 'warning',
  rack: true,
  summary: 'A `web:` entry with no `custom_web` entry: Cloud 66 ignores `web:` on Rack apps.',
  messages: {
    ignored: 'Cloud 66 ignores `web:` on Rack apps and serves them with Passenger, so this command does not run; to use it as the web server, name it `custom_web` (before the app is first built: a later switch from Passenger is not applied).',
    rightCommandWrongName: 'This `web:` command serves /tmp/web_server.sock, but Cloud 66 ignores `web:` on Rack apps and serves them with Passenger; rename the entry to `custom_web` (before the app is first built: a later switch from Passenger is not applied).'
  },
  check(ctx) {
    const { app, herokuWeb } = ctx.analysis
    if (app.web || !herokuWeb) return
    const at = herokuWeb.procfile.span(herokuWeb.entry.nameStart, herokuWeb.entry.nameEnd)
    const right = herokuWeb.facts.socket.value === true
    const fix = right ? { description: 'rename it `custom_web`', edits: [{ file: herokuWeb.procfile, start: herokuWeb.entry.nameStart, end: herokuWeb.entry.nameEnd, text: 'custom_web' }] } : null
    ctx.report(at, right ? 'rightCommandWrongName' : 'ignored', {}, { fix })
  }
})
