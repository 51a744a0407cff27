import { defineRule } from './define-rule.js'
import { cloud66Of } from '../servers/registry.js'
import { appendToCommand, codeOf, displayPath, optionPrefix, replaceSpan } from './helpers.js'

export default defineRule({
  id: 'custom-web-no-socket',
  severity: 'error',
  rack: true,
  summary: 'The `custom_web` server does not serve HTTP on /tmp/web_server.sock, where Nginx sends the traffic.',
  messages: {
    noListener: '`{program}` is given no listener, so it listens on {default} and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; {verb} {fix}.',
    tcpOnly: '`{text}` is a TCP listener and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; {verb} {fix}.',
    relativeUnix: '`{text}` is the relative path `{path}` under the app folder, not /tmp/web_server.sock; write {fix}.',
    otherUnix: '`{text}` serves a socket at {where}, but Nginx sends the traffic to /tmp/web_server.sock; use {fix}.',
    stateFile: "`-S` is Puma's state file, not a socket: Puma writes a YAML file at `{text}` and listens on its default TCP port; use `-b unix:///tmp/web_server.sock`.",
    clusterRenamed: '`{text}` starts {count} servers, which number their sockets (`{path}`, …), so /tmp/web_server.sock never exists; run one server.',
    overridden: '`{text}` on the command line replaces every listener of the config file, so `{overrides} is dropped and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; remove `{text}` (the config file binds the socket) or add {fix}.',
    configTcpOnly: '`{text}` in `{file}` leaves {program} with TCP listeners only, and nothing serves /tmp/web_server.sock, where Nginx sends the traffic; write {configFix} in `{file}` instead (or {fix} on the command line).',
    hostNotSocket: '`rails server` reads `-b {text}` as a host name, not a socket; write `-b /tmp/web_server.sock`.',
    urlNotSocket: '{server} reads `{text}` as a TCP address, not a Unix socket, so nothing serves /tmp/web_server.sock, where Nginx sends the traffic; {fix}.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    // a line that exits at start is also judged as if the words that stop it were removed
    const facts = web?.ifStarted
    if (!web || !facts || facts.socket.value !== false) return
    const s = facts.socket
    const part = cloud66Of(web.model)
    // a verdict that changes when the app defines the unset variable the line uses is not certain (docs/contract.md §2.1)
    const severity = web.ifSet && web.ifSet.boots !== false && web.ifSet.socket.value !== false ? ({ severity: 'warning' } as const) : {}
    const fix = part.socketFix
    const inConfig = s.at.file !== web.procfile.path
    // a fix that is an option is added to the line; one that is not (Falcon's: another command) is used instead
    const verb = part.socketFixIsOption === false ? 'use' : 'add'
    const base = { program: web.program, fix: inConfig ? part.configSocketFix : fix, verb, text: '', ...s.data }
    // on the command line: the socket option is added, or a wrong socket path rewritten in place
    const option = part.socketFixIsOption === false ? null : codeOf(fix)
    const add = option && web.model !== null ? { description: `add \`${option}\``, edits: [appendToCommand(web, option)] } : null
    const written = inConfig ? null : ctx.analysis.textAt(s.at)
    const prefix = written ? optionPrefix(written) : null
    const socketValue = option?.split(/\s+/)[1]
    // the span is the option with its value, or the value alone
    const replacement = socketValue && written ? (prefix ? prefix + socketValue : written.startsWith('-') ? null : socketValue) : null
    const rewrite = replacement ? { description: `write \`${replacement}\``, edits: [replaceSpan(web.procfile, s.at, replacement)] } : null
    switch (s.reason) {
      case 'no-listener':
        return ctx.report(s.at, 'noListener', { default: s.data.default ?? 'its default port', ...base }, { ...severity, fix: add })
      case 'relative-unix':
        return ctx.report(s.at, 'relativeUnix', base, { ...severity, fix: rewrite })
      case 'other-unix':
        // the line as written, and the path as the user knows it (app-relative inside the app folder)
        return ctx.report(s.at, 'otherUnix', { ...base, text: inConfig ? ctx.analysis.textAt(s.at) : base.text, where: s.data.path?.startsWith('/') ? displayPath(s.data.path) : '`' + (s.data.path ?? '') + '`' }, { ...severity, fix: rewrite })
      case 'state-file':
        return ctx.report(s.at, 'stateFile', base, severity)
      case 'cluster-renamed':
        return ctx.report(s.at, 'clusterRenamed', base, severity)
      case 'host-not-socket':
        return ctx.report(s.at, 'hostNotSocket', base, severity)
      case 'url-not-socket':
        return ctx.report(s.at, 'urlNotSocket', { ...base, server: part.label, fix: 'use ' + fix }, severity)
      default: // 'tcp-only'
        if (s.data.overrides) return ctx.report(s.at, 'overridden', { ...base, fix, text: ctx.analysis.textAt(s.at) }, severity)
        if (inConfig) return ctx.report(s.at, 'configTcpOnly', { ...base, fix, configFix: part.configSocketFix, file: s.at.file, text: ctx.analysis.textAt(s.at) }, severity)
        return ctx.report(s.at, 'tcpOnly', { ...base, text: ctx.analysis.textAt(s.at) }, { ...severity, fix: add })
    }
  }
})
