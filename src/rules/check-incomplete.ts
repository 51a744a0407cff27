import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'check-incomplete',
  severity: 'error',
  summary: "rack-check could not finish checking part of the app: its Ruby parser gave up on a config file (nested too deeply, out of time), or the app's analysis stopped on an internal error.",
  messages: {
    parser: '`{path}` {why}, so rack-check could not check all of it; Cloud 66 and the server may read it fine. Simplify the nesting, or check this file by hand.',
    tooMany: 'rack-check reports at most {max} findings, so {count} more ({kinds}) were left out, the first of them here; fix the ones reported and check again.',
    internal: 'rack-check stopped checking this app on an internal error ({why}), so its findings for this app are incomplete. Run again with RACK_CHECK_DEBUG=1 for details, and please report it.'
  },
  check(ctx) {
    const app = ctx.analysis.app
    for (const f of app.failures) {
      if (f.path !== null) {
        // a limit of rack-check's, not a mistake in the repository
        ctx.report({ file: f.path, line: 1, column: 1, endLine: 1, endColumn: 1 }, 'parser', { path: f.path, why: f.why }, { severity: 'warning' })
      } else {
        const file = app.present.procfile ?? app.present.manifest ?? app.present.deployHooks ?? (app.root ? `${app.root}/Procfile` : 'Procfile')
        ctx.report({ file, line: 1, column: 1, endLine: 1, endColumn: 1 }, 'internal', { why: f.why })
      }
    }
  }
})
