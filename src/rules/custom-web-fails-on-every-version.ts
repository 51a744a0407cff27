import { defineRule } from './define-rule.js'
import { deleteWords, failsOnEveryVersion } from './helpers.js'

/**
 * With no version locked, each version band is modelled (servers/index.ts). When every band breaks
 * the contract — in different ways, such as Puma's `-d`, which daemonizes below 5.0 and is refused
 * from 5.0 on — the line is wrong whatever Bundler installs: an error, not a per-version warning.
 */
export default defineRule({
  id: 'custom-web-fails-on-every-version',
  severity: 'error',
  rack: true,
  summary: 'With no version locked, the `custom_web` line breaks Cloud 66\'s contract on every version of the server, in different ways.',
  messages: {
    sameWord: 'This line fails on Cloud 66 whatever version of {program} Bundler installs ({locked}): {bands}; remove `{word}`.',
    different: 'This line fails on Cloud 66 whatever version of {program} Bundler installs ({locked}): {bands}; fix each of these, and lock the version you deploy in Gemfile.lock.',
    pidOpen: 'This line breaks a Cloud 66 requirement whatever version of {program} Bundler installs ({locked}): {bands}; where only /tmp/web_server.pid is missing, what Cloud 66 does without it is not documented; fix each of these, and lock the version you deploy in Gemfile.lock.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web) return
    const groups = failsOnEveryVersion(web, ctx.options.processManager)
    if (!groups) return
    // say what is there: a lockfile that locks no version of the gem, or no lockfile at all
    const lockName = ctx.analysis.app.present.lockfile?.split('/').pop()
    const locked = lockName ? `${lockName} locks no version of it` : 'there is no Gemfile.lock'
    const bands = groups.map((g) => `on ${web.program} ${g.versions} ${g.failures.map((f) => f.what).join(' and ')}`).join('; ')
    const spans = groups.flatMap((g) => g.failures.map((f) => f.at))
    const first = spans[0]
    const same = spans.every((s) => s.line === first.line && s.column === first.column && s.endColumn === first.endColumn && s.file === first.file)
    const word = ctx.analysis.textAt(first)
    // a band that only lacks the PID file: what Cloud 66 does then is open (docs/research/cloud66.md#a-missing-pid-file), so not certain on every version
    if (groups.some((g) => g.failures.every((f) => f.kind === 'no-pid'))) return ctx.report(first, 'pidOpen', { program: web.program, locked, bands }, { severity: 'warning' })
    // some version starts once the app defines the unset variable the line uses: not certain (docs/contract.md §2.1)
    const severity = web.ifSet && !failsOnEveryVersion({ ...web, facts: web.ifSet }, ctx.options.processManager) ? ({ severity: 'warning' } as const) : {}
    if (same && word.startsWith('-')) ctx.report(first, 'sameWord', { program: web.program, locked, bands, word }, { ...severity, ...(first.file === web.procfile.path ? { fix: { description: `remove \`${word}\``, edits: [deleteWords(web.procfile, first)] } } : {}) })
    else ctx.report(first, 'different', { program: web.program, locked, bands }, severity)
  }
})
