import { defineRule } from './define-rule.js'
import { cloud66Of } from '../servers/registry.js'
import { appendToCommand, codeOf, displayPath, optionPrefix, PID_FILE_REASON, replaceSpan } from './helpers.js'

export default defineRule({
  id: 'custom-web-no-pid-file',
  // a warning for every server: the requirement is documented, what Cloud 66 does without the file
  // is not (docs/research/cloud66.md#a-missing-pid-file; docs/contract.md §2.1)
  severity: 'warning',
  rack: true,
  summary: 'The `custom_web` server does not write its PID to /tmp/web_server.pid, which Cloud 66 requires so that it can manage and restart the server.',
  messages: {
    none: `Nothing writes /tmp/web_server.pid, ${PID_FILE_REASON}; add {fix}.`,
    otherPath: `\`{text}\` writes the PID to {path}, not to /tmp/web_server.pid, ${PID_FILE_REASON}; use {fix}.`,
    railsP: `For \`unicorn_rails\`, \`-P\` is the deprecated \`--path\` (it mounts the app at \`{text}\`) and no PID file is written, so there is no /tmp/web_server.pid, ${PID_FILE_REASON}; set \`pid "/tmp/web_server.pid"\` in the config file (\`-c\`).`,
    thinBluepill: `Thin writes its PID file only when it daemonizes, so /tmp/web_server.pid, ${PID_FILE_REASON}, is never written; add \`-d\` (under Bluepill the web server is expected to daemonize).`,
    configOtherPath: `\`{text}\` in \`{file}\` makes {program} write its PID to {path}, not to /tmp/web_server.pid, ${PID_FILE_REASON}; write {fix} there.`,
    clusterRenamed: `With several servers Thin numbers its PID files (\`{path}\`, …), so /tmp/web_server.pid, ${PID_FILE_REASON}, never exists; run one server.`,
    impossible: `{server} cannot write /tmp/web_server.pid, ${PID_FILE_REASON}: {why}; use {fix}.`
  },
  check(ctx) {
    const web = ctx.analysis.web
    // a line that exits at start is also judged as if the words that stop it were removed
    const facts = web?.ifStarted
    if (!web || !facts || facts.pidFile.value !== false) return
    const p = facts.pidFile
    const part = cloud66Of(web.model)
    const data = { fix: part.pidFix, text: '', path: '', ...p.data }
    // the command-line option that writes it, for the servers that have one (Unicorn and Thin need their config or -d)
    const option = part.pidFixIsOption ? codeOf(data.fix) : null
    const add = option ? { description: `add \`${option}\``, edits: [appendToCommand(web, option)] } : null
    switch (p.reason) {
      case 'none':
        return ctx.report(p.at, 'none', data, { fix: add })
      case 'other-path': {
        const prefix = p.at.file === web.procfile.path ? optionPrefix(ctx.analysis.textAt(p.at)) : null
        if (prefix && option) return ctx.report(p.at, 'otherPath', { ...data, text: ctx.analysis.textAt(p.at), path: displayPath(data.path) }, { fix: { description: 'write /tmp/web_server.pid', edits: [replaceSpan(web.procfile, p.at, prefix + '/tmp/web_server.pid')] } })
      }
        if (p.at.file !== web.procfile.path) return ctx.report(p.at, 'configOtherPath', { ...data, program: web.program, file: p.at.file, text: ctx.analysis.textAt(p.at), path: displayPath(data.path), fix: part.configPidFix })
        return ctx.report(p.at, 'otherPath', { ...data, text: ctx.analysis.textAt(p.at), path: displayPath(data.path) })
      case 'unicorn-rails-p-is-path':
        return ctx.report(p.at, 'railsP', data)
      case 'cluster-renamed':
        return ctx.report(p.at, 'clusterRenamed', data)
      case 'impossible':
        // the server has no way to write one (its model's Cloud 66 part says why)
        return ctx.report(p.at, 'impossible', { ...data, server: part.label, why: part.noPidFile ?? 'it has no PID-file setting' })
      case 'thin-needs-daemon':
        // under systemd this is the conflict the thin-pid-needs-daemon rule explains
        if (ctx.options.processManager === 'bluepill') ctx.report(p.at, 'thinBluepill', data)
        return
      default:
        return ctx.report(p.at, 'none', data, { fix: add })
    }
  }
})
