import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'passenger-transition',
  severity: 'warning',
  rack: true,
  summary: 'The change switches the app to or from Passenger, which Cloud 66\'s docs say is not applied to an existing app.',
  messages: {
    toCustom: 'This change moves the web server from Passenger to {to}; per Cloud 66\'s docs a change to or from Passenger is not applied after an app\'s initial build, so an existing app keeps Passenger; build a new app with this Procfile, or add a new server and retire the old one (switching among Puma, Unicorn and Thin is applied on redeploy).',
    toPassenger: 'This change removes `custom_web`, so the app would be served by Passenger instead of {from}; per Cloud 66\'s docs a change to or from Passenger is not applied after an app\'s initial build, so an existing app keeps {from}; build a new app, or add a new server and retire the old one.'
  },
  check(ctx) {
    const { change, web, app } = ctx.analysis
    if (!change || change.direction === 'none') return
    const data = { from: change.transition.from, to: change.transition.to }
    if (change.direction === 'to-custom' && web) return ctx.report(web.procfile.span(web.entry.nameStart, web.entry.nameEnd), 'toCustom', data)
    // no custom_web any more: line 1 of the Procfile, or of whichever deployment file remains
    const file = app.procfiles[0]?.file ?? app.manifest?.file ?? app.deployHooks?.file
    if (file) ctx.report(file.lineSpan(1), 'toPassenger', data)
  }
})
