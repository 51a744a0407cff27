import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'custom-web-unknown-server',
  severity: 'warning',
  rack: true,
  summary: 'The `custom_web` command runs a server rack-check does not model.',
  messages: {
    unknown: 'rack-check does not know `{program}`, so it cannot tell whether it serves /tmp/web_server.sock and writes /tmp/web_server.pid; make sure it does (Cloud 66 documents Puma, Unicorn and Thin).'
  },
  check(ctx) {
    const web = ctx.analysis.web
    // a launcher rack-check could not follow: custom-web-wrapper says what it could not follow
    if (web && web.command.argv && web.model === null && !web.wrappers.some((w) => w.unresolved)) ctx.report(web.facts.socket.at, 'unknown', { program: web.command.program?.text ?? web.program })
  }
})
