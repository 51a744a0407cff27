import { cloud66Of } from '../servers/registry.js'
import { defineRule } from './define-rule.js'
import { deleteWords, failsOnEveryVersion, serverLabel } from './helpers.js'

export default defineRule({
  id: 'custom-web-fails-to-boot',
  severity: 'error',
  rack: true,
  summary: 'The `custom_web` server exits at start.',
  messages: {
    invalidOption: '{server} rejects `{option}` (invalid option) and exits at start{versions}; remove it.',
    invalidBind: 'Puma cannot bind `{option}`: a bind is a `unix://`, `tcp://` or `ssl://` URI, so Puma exits at start; write `unix:///tmp/web_server.sock`.',
    ambiguousOption: '`{option}` is ambiguous for {server} ({candidates}), so it exits at start{versions}; spell the option out.',
    missingArgument: '`{option}` needs a value, so {server} exits at start{versions}; give it one.',
    needlessArgument: '`{option}` takes no value, so {server} exits at start{versions}; remove the value.',
    removedDaemon: 'Puma 5.0 removed daemon mode, so `{option}` makes {server} exit at start{versions}; remove `{option}` (systemd keeps Puma in the foreground).',
    thinNoCommand: 'Thin needs a command word and exits with "Command required"; add `start`.',
    thinOtherCommand: '`thin {command}` does not start a server; use `thin start`.',
    missingConfig: '`{path}` does not exist, so {server} exits at start; fix the path or add the file.',
    configRemovedDaemon: 'Puma 5.0 removed `daemonize` from the config DSL, so loading `{path}` raises NameError and {server} exits at start{versions}; remove the line (systemd keeps Puma in the foreground).',
    configSyntax: '`{path}` is not valid Ruby ({message}), so {server} exits at start while loading it; fix the syntax.',
    configInvalidBind: '{server} cannot listen on `{option}` (not an address it understands), so it exits at start while loading `{path}`; write {fix}.',
    missingFolder: '`{text}` makes {server} change to the folder `{path}` before starting, and no such folder exists (Thin does not expand shell variables in its YAML), so it exits at start; write the path, e.g. `chdir: /var/deploy/app/web_head/current`, or drop the key.',
    wrapperPortTaken: 'Thruster {version} tries to bind port {port} before it starts the server, and on Cloud 66 Nginx already listens there, so Thruster exits with status 1 and the server never starts; drop `{program}` from the line (Nginx is already in front of the server), or set `HTTP_PORT` to a free port (the server behind Thruster then still needs its own socket and PID file).',
    thinSocketNotPath: 'Thin makes a Unix socket only from a name that contains `/`, so it takes `{path}` (from `{text}`) for a TCP host name, cannot listen on it and exits at start; write `/tmp/web_server.sock`.',
    evalWord: '`{option} {value}` is `--eval` for {server}: it runs `{value}` as Ruby, which raises NameError at start; use `{fix}` for the environment.',
    configRemovedDirective: '`{directive}` is not a directive of {server} ({why}), so loading `{path}` raises NoMethodError and it exits at start{versions}; remove the line.',
    configHookArity: 'While {server} loads `{path}`, {why}, so it exits at start; give the block the parameters `|{names}|`.',
    directiveFails: '{why}, so {server} exits at start{versions}; {fix}.',
    configRaises: 'While {server} loads `{path}`, {why}, so it exits at start{versions}; give the value a default (e.g. `ENV.fetch("PORT", 3000)`) or define what the file needs.',
    invalidValue: '{server} cannot use {shown} as the value of `{option}` ({why}), so it exits at start{versions}; give `{option}` a valid value or remove it.',
    noApp: '{server} takes `{text}` for the rackup file to run (a word left over after the options), and there is no such file, so it exits with "No application configured, nothing to run"{versions}; remove the word, or give the option before it a value.',
    extraArgument: '{server} takes `{text}` for {what} (a word left over after the options), so it exits at start{versions}; remove the word, or give the option before it a value.',
    thorExtraArgument: '`{option}` is not an option of `rails server`, so Thor takes it for an extra argument and stops with `"rails server" was called with arguments`: it exits at start; use {suggest}.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web) return
    const ids = {
      'invalid-option': 'invalidOption',
      'ambiguous-option': 'ambiguousOption',
      'missing-argument': 'missingArgument',
      'needless-argument': 'needlessArgument',
      'removed-daemon': 'removedDaemon',
      'thin-no-command': 'thinNoCommand',
      'thin-other-command': 'thinOtherCommand',
      'missing-config': 'missingConfig',
      'missing-folder': 'missingFolder',
      'thin-socket-not-path': 'thinSocketNotPath',
      'wrapper-port-taken': 'wrapperPortTaken',
      'config-removed-daemon': 'configRemovedDaemon',
      'config-syntax': 'configSyntax',
      'config-invalid-bind': 'configInvalidBind',
      'eval-word': 'evalWord',
      'invalid-value': 'invalidValue',
      'config-raises': 'configRaises',
      'config-removed-directive': 'configRemovedDirective',
      'config-hook-arity': 'configHookArity',
      'config-directive-fails': 'directiveFails',
      'no-app': 'noApp',
      'extra-argument': 'extraArgument',
      'thor-extra-argument': 'thorExtraArgument'
    } as const
    // a problem of some versions, when every version fails: custom-web-fails-on-every-version says it all
    const everyVersion = failsOnEveryVersion(web, ctx.options.processManager) !== null
    // a problem that goes away when the app defines the unset variable the line uses (`-p $PORT`
    // taking the next option as its value) is not certain: whether it does is the app's (docs/contract.md §2.1)
    const ifSet = web.ifSet?.bootProblems
    const onlyUnset = (p: { kind: string; at: { line: number; column: number } }): boolean => ifSet !== undefined && !ifSet.some((q) => q.kind === p.kind && q.at.line === p.at.line && q.at.column === p.at.column)
    for (const p of web.facts.bootProblems) {
      if (p.kind === 'not-bundled') continue // server-gem-not-locked reports it
      if (p.kind === 'ruby-removed') continue // ruby-removed-method reports it
      if (p.versions && everyVersion) continue
      const id = p.kind === 'invalid-option' && p.data.bind ? 'invalidBind' : ids[p.kind]
      const versions = p.versions ? ` on ${web.program} ${p.versions} (no version of the gem is locked in Gemfile.lock)` : ''
      const shown = p.data.value === undefined ? '' : p.data.value === '' ? 'an empty word' : '`' + p.data.value + '`'
      // Puma 5+'s refused `-d` is removed (systemd keeps the server in the foreground)
      const dropD = id === 'removedDaemon' && p.at.file === web.procfile.path && ctx.analysis.textAt(p.at) === p.data.option && !p.versions
      const fix = dropD ? { description: `remove \`${p.data.option}\``, edits: [deleteWords(web.procfile, p.at)] } : null
      ctx.report(p.at, id, { server: serverLabel(web), versions, option: '', candidates: '', command: '', path: '', value: '', fix: cloud66Of(web.model).configSocketFix, message: '', shown, text: '', what: '', why: '', suggest: '', ...p.data }, p.versions || onlyUnset(p) ? { severity: 'warning' } : { fix })
    }
  }
})
