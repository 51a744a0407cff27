import { defineRule } from './define-rule.js'

/**
 * Passenger Enterprise is installed on Passenger-based servers when `.cloud66/passenger-enterprise-license`
 * is present (docs/research/cloud66.md#passenger-enterprise); with a `custom_web` line Passenger does not serve the app, so the
 * license does nothing. The file is secret-like: its content is never read into a message.
 */
export default defineRule({
  id: 'passenger-enterprise-with-custom-web',
  severity: 'notice',
  rack: true,
  summary: 'A Passenger Enterprise license sits beside a `custom_web` line, which replaces Passenger.',
  messages: {
    contradictory: '`.cloud66/passenger-enterprise-license` installs Passenger Enterprise, but this `custom_web` line runs {program} instead of Passenger, so the license has no effect; remove the `custom_web` line to serve the app with Passenger Enterprise, or remove the license file.'
  },
  check(ctx) {
    const { web, enterpriseLicense } = ctx.analysis
    if (!web || !enterpriseLicense) return
    ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'contradictory', { program: web.program || 'another server' })
  }
})
