import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'custom-web-extra-tcp-listener',
  severity: 'notice',
  rack: true,
  summary: 'The `custom_web` server also listens on a TCP port that Nginx does not use.',
  messages: {
    extra: '`{program}` also listens on {port} (`{text}`) besides /tmp/web_server.sock; Nginx only uses the socket, so the port is unused and may be reachable from outside; remove it unless something else needs it.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    const facts = web?.ifStarted
    if (!web || !facts || facts.socket.value !== true || !facts.listeners) return
    for (const l of facts.listeners) {
      if (l.kind === 'tcp' && l.origin !== 'default') ctx.report(l.at, 'extra', { program: web.program, port: l.port != null ? `TCP port ${l.port}` : 'a TCP port', text: ctx.analysis.textAt(l.at) })
    }
  }
})
