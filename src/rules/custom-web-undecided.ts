import { defineRule, type RuleContext } from './define-rule.js'
import { SIGNAL_NAMES } from '../model/signals.js'
import { cloud66Of } from '../servers/registry.js'
import { failsOnEveryVersion } from './helpers.js'

export default defineRule({
  id: 'custom-web-undecided',
  severity: 'notice',
  rack: true,
  summary: 'rack-check cannot tell from the files alone what the `custom_web` server will do.',
  messages: {
    notFollowable: 'rack-check does not follow {what} in a `custom_web` command, so it does not predict what starts; keep the command a plain server command.',
    unknownValue: 'This command uses {variables}, which Cloud 66 fills from the app\'s environment variables and rack-check cannot see, so it cannot tell whether the server {what}.',
    version: 'Whether the server {what} depends on its version ({versions}); lock the gem in Gemfile.lock to get one answer.',
    configValue: 'rack-check cannot tell whether the server {what}: {why}.',
    configFile: 'Whether the server {what} depends on `{files}`, which rack-check could not evaluate.',
    unknownOption: '`{word}` is not an option of `{program}`, and what it does with an unknown option was not measured, so rack-check does not predict what starts; use {suggest}.',
    restartUnknown: 'rack-check cannot tell what {signal}, the signal {source}, does to {server} on deploy: {why}; try a deploy on a staging stack before relying on it.',
    restartUnknownSet: 'rack-check cannot tell what {signal} does to {server} on deploy: {why}; try a deploy on a staging stack before relying on it.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web || web.model === null && web.command.argv) return
    restartUnknown(ctx)
    const f = web.facts
    const open = [
      ['serves /tmp/web_server.sock', f.socket],
      ['writes /tmp/web_server.pid', f.pidFile],
      ['daemonizes', f.daemonizes]
    ] as const
    const seen = new Set<string>()
    // when every version fails, custom-web-fails-on-every-version already says what each one does
    const everyVersion = failsOnEveryVersion(web, ctx.options.processManager) !== null
    // a removed Ruby method's: ruby-removed-method says it
    if (f.bootUnknown && !f.bootUnknown.rubyRemoved) ctx.report(f.bootUnknown.at, 'configValue', { what: 'starts', why: f.bootUnknown.why })
    for (const [what, v] of open) {
      if (v.value !== null) continue
      const key = `${v.reason}@${v.at.line}:${v.at.column}`
      if (seen.has(key)) continue
      seen.add(key)
      const d = { what, text: v.data.text ?? v.data.word ?? '', variables: v.data.variables || 'a variable', versions: v.data.versions ?? '', files: v.data.files ?? '', ...v.data }
      if (v.reason === 'not-followable') return ctx.report(v.at, 'notFollowable', d)
      if (v.reason === 'unknown-option') return ctx.report(v.at, 'unknownOption', { ...d, program: v.data.program ?? web.program, suggest: v.data.suggest ?? 'a documented option' })
      if (v.reason === 'unknown-value') ctx.report(v.at, 'unknownValue', { ...d, variables: variablesOf(web.command.unknownWords, d.variables) })
      else if (v.reason === 'version') {
        if (!everyVersion) ctx.report(v.at, 'version', d)
      }
      else if (v.reason === 'config-file') ctx.report(v.at, 'configFile', d)
      else if (v.reason === 'config-value') ctx.report(v.at, 'configValue', { ...d, why: v.data.why ?? '' })
    }
  }
})

function variablesOf(words: Array<{ unknownVars: string[] }>, fallback: string): string {
  const vars = [...new Set(words.flatMap((w) => w.unknownVars))]
  return vars.length ? vars.map((v) => '`$' + v + '`').join(', ') : fallback
}

/**
 * A restart signal whose effect on this server nothing tells (neither its source nor a
 * measurement: Iodine's HUP and USR2, Agoo's HUP, USR1 and USR2; docs/research/servers.md#iodine,
 * #agoo): a notice naming what is unknown (issue 24, item 3). An unknown effect that depends on a
 * setting (`cause`, e.g. Puma's worker count) is said by the restart guidance and the rules about
 * that setting instead.
 */
function restartUnknown(ctx: RuleContext<'restartUnknown' | 'restartUnknownSet'>): void {
  const { restart, web } = ctx.analysis
  if (!restart || !web || web.model === null || web.wrappers.length > 0) return
  // only the servers whose signals neither Cloud 66 documents nor rack-check measured; a value that
  // is no signal name is metadata-invalid-value's
  const part = cloud66Of(web.model)
  if (!part.defaultsUnconfirmed || !SIGNAL_NAMES.has(restart.signal)) return
  // a launcher whose server is unknown (the notices on the socket and PID file say so), or a line
  // that does not start (custom-web-fails-to-boot): the signal is not what is unknown there
  const facts = web.ifStarted ?? web.facts
  if (facts.socket.reason === 'unknown-server' || web.prediction.boots === false) return
  const e = restart.effect
  if (e.effect !== 'unknown' || e.cause || restart.restartOnDeploy?.value === false) return
  const data = { signal: restart.signal.toUpperCase(), server: part.label, why: e.why ?? 'its handling was neither read nor measured' }
  if (restart.setBy) return ctx.report(restart.setBy.at, 'restartUnknownSet', data)
  ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'restartUnknown', { ...data, source: 'Cloud 66 sends if its generic default for a custom server applies (it documents none for this server)' })
}
