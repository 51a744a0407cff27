import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'web-competes-with-custom-web',
  severity: 'error',
  summary: '`web:` and `custom_web:` would both use the socket or the PID file.',
  messages: {
    compete: '`web:` and `custom_web:` both {what}; two servers cannot share them, and whichever starts second fails or overwrites the first; remove the `web:` entry (Cloud 66 runs `custom_web`) or give it its own port and PID file.'
  },
  check(ctx) {
    const { web, herokuWeb } = ctx.analysis
    if (!web || !herokuWeb) return
    // with no locked version a line may claim the socket on some versions only: that still competes
    const claims = (v: { value: boolean | null; reason: string; data: Record<string, string> }): boolean => v.value === true || (v.reason === 'version' && v.data.someVersions === 'true')
    const shared: string[] = []
    const a = web.ifStarted ?? web.facts
    const b = herokuWeb.ifStarted ?? herokuWeb.facts
    if (claims(a.socket) && claims(b.socket)) shared.push('serve /tmp/web_server.sock')
    if (claims(a.pidFile) && claims(b.pidFile)) shared.push('write /tmp/web_server.pid')
    if (shared.length === 0) return
    ctx.report(herokuWeb.procfile.span(herokuWeb.entry.nameStart, herokuWeb.entry.nameEnd), 'compete', { what: shared.join(' and ') })
  }
})
