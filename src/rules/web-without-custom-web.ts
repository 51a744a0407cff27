import { defineRule } from './define-rule.js'
import { SOCKET_PATH, type ServerFacts } from '../servers/types.js'

/**
 * What in a line's facts shows it was written for Cloud 66's custom web server contract: it serves
 * or binds /tmp/web_server.sock, or writes /tmp/web_server.pid (docs/research/cloud66.md#the-custom-web-server-contract).
 * A Heroku-style `web:` line (`-p $PORT`, `-C config/puma.rb`) shows neither and works on Cloud 66
 * as it is: Passenger serves the app (docs/research/cloud66.md#web-is-ignored-on-rack-apps).
 */
function meantForCloud66(facts: ServerFacts | null): boolean {
  if (!facts) return false
  // with no version locked a verdict may be "yes on some versions" (servers/index.ts): the line still asks for it
  const claims = (v: ServerFacts['socket'] | ServerFacts['pidFile']) => v.value === true || (v.reason === 'version' && v.data.someVersions === 'true')
  return claims(facts.socket) || claims(facts.pidFile) || (facts.listeners ?? []).some((l) => l.kind === 'unix' && l.path === SOCKET_PATH)
}

export default defineRule({
  id: 'web-without-custom-web',
  severity: 'notice',
  rack: true,
  summary: 'A `web:` entry with no `custom_web` entry: Cloud 66 ignores `web:` on Rack apps (a warning when the line was meant as Cloud 66\'s custom web server).',
  messages: {
    ignored: 'Cloud 66 ignores `web:` on Rack apps and serves them with Passenger, so this command does not run there; nothing in it serves /tmp/web_server.sock or writes /tmp/web_server.pid, so this reads as a Heroku-style line that needs no change. To run it as the web server instead, name it `custom_web` and make it serve that socket and write that PID file (before the app is first built: a later switch from Passenger is not applied).',
    meant: 'This `web:` command is set up for Cloud 66\'s custom web server (/tmp/web_server.sock or /tmp/web_server.pid), but Cloud 66 ignores `web:` on Rack apps and serves them with Passenger, so it does not run; to use it as the web server, name it `custom_web` (before the app is first built: a later switch from Passenger is not applied).',
    rightCommandWrongName: 'This `web:` command serves /tmp/web_server.sock, but Cloud 66 ignores `web:` on Rack apps and serves them with Passenger; rename the entry to `custom_web` (before the app is first built: a later switch from Passenger is not applied).',
    passenger: 'Cloud 66 ignores `web:` on Rack apps and serves them with its own Passenger, so this `{program} start` line does not run there.',
    passengerMeant: 'This `{program} start` line is set up for Cloud 66\'s custom web server (/tmp/web_server.sock or /tmp/web_server.pid), but Cloud 66 ignores `web:` on Rack apps and serves them with its own Passenger, so it does not run; Cloud 66 documents no `{program} start` custom web server.'
  },
  check(ctx) {
    const { app, herokuWeb } = ctx.analysis
    if (app.web || !herokuWeb) return
    const at = herokuWeb.procfile.span(herokuWeb.entry.nameStart, herokuWeb.entry.nameEnd)
    const meant = meantForCloud66(herokuWeb.facts) || meantForCloud66(herokuWeb.ifStarted)
    const severity = meant ? 'warning' : 'notice'
    // `passenger start` as a `custom_web` is undocumented: say that the line does not run, never "rename it"
    if (herokuWeb.model?.cloud66.notACustomWeb) {
      ctx.report(at, meant ? 'passengerMeant' : 'passenger', { program: herokuWeb.program }, { severity })
      return
    }
    const right = herokuWeb.facts.socket.value === true
    const fix = right ? { description: 'rename it `custom_web`', edits: [{ file: herokuWeb.procfile, start: herokuWeb.entry.nameStart, end: herokuWeb.entry.nameEnd, text: 'custom_web' }] } : null
    ctx.report(at, right ? 'rightCommandWrongName' : meant ? 'meant' : 'ignored', {}, { fix, severity })
  }
})
