import { defineRule } from './define-rule.js'

/**
 * rack-check's rules are about Cloud 66's Rack stack (custom_web, Passenger, the Ruby servers).
 * A Node.js or static app with a Procfile gets one notice instead of Rack advice that does not
 * apply to it (a `web:` line is what Cloud 66 runs for Node apps).
 */
export default defineRule({
  id: 'app-not-rack',
  severity: 'notice',
  summary: 'The folder is not a Rack app (no Gemfile, lockfile or config.ru, and no Ruby server in the Procfile), so the Rack rules are skipped.',
  messages: {
    notRack: 'This folder has no Gemfile, Gemfile.lock or config.ru and its Procfile runs no Ruby web server, so it is not a Rack app; rack-check checks the Cloud 66 setup of Rack apps and skips its Rack rules here.'
  },
  check(ctx) {
    const a = ctx.analysis
    if (a.rack) return
    const file = a.app.procfiles[0]?.file ?? a.app.manifest?.file ?? a.app.deployHooks?.file
    if (file) ctx.report(file.lineSpan(1), 'notRack')
  }
})
