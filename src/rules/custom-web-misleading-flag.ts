import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'custom-web-misleading-flag',
  severity: 'warning',
  rack: true,
  summary: 'A server flag does something other than what it looks like.',
  messages: {
    unicornDebug: 'For `{program}`, `-d` is `--debug` (Ruby\'s $DEBUG), not daemonize; remove it.',
    unicornEval: 'For `{program}`, `-e` is `--eval` (it runs Ruby code), not the environment; use `-E` for the environment.',
    thinDebug: 'For Thin, `-D` is `--debug`, not daemonize; remove it.',
    thinChdir: 'For Thin, `-c` is `--chdir`, and `{value}` looks like a config file, which is `-C`; write `-C {value}`.',
    rackupBuilder: 'For rackup, `-b` is `--builder` (a Rack::Builder line), not a bind address; use `-o` for the host or socket.',
    rackupEval: 'For rackup, `-e` is `--eval` (it runs Ruby code), not the environment; use `-E` for the environment.',
    rackupDebug: 'For rackup, `-d` is `--debug`, not daemonize; remove it.',
    railsConfig: 'For `rails server`, `-c` names the rackup file (config.ru), not a server config file; drop it and let the server load its own config.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web) return
    const ids = {
      'unicorn-debug': 'unicornDebug',
      'unicorn-eval': 'unicornEval',
      'thin-debug': 'thinDebug',
      'thin-chdir': 'thinChdir',
      'rackup-builder': 'rackupBuilder',
      'rackup-eval': 'rackupEval',
      'rackup-debug': 'rackupDebug',
      'rails-config': 'railsConfig'
    } as const
    for (const n of web.facts.flagNotes) {
      if (n.kind === 'puma-state' || n.kind === 'env-default' || n.kind === 'thin-yaml-variable' || n.kind === 'yaml-later-documents' || n.kind === 'puma-renamed-hook' || n.kind === 'puma-plugin') continue // custom-web-no-socket explains -S; the others have rules of their own
      ctx.report(n.at, ids[n.kind], { program: web.program, value: '', ...n.data })
    }
  }
})
