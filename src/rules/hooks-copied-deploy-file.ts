import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'hooks-copied-deploy-file',
  severity: 'notice',
  summary: 'A deploy hook copies a Procfile or a web server config into the stack path: that copy is what the server uses.',
  messages: {
    checked: 'This {point} hook puts `{source}` in place of `{destination}`, so that is the file Cloud 66 uses; rack-check checks `{source}` as `{destination}`.',
    notInRepo: 'This {point} hook puts a file from outside the repository in place of `{destination}`, so the `{destination}` in the repository may not be the one Cloud 66 uses; rack-check can only check the repository\'s.',
    buildOnly: 'This {point} hook puts `{source}` in place of `{destination}` only while the app is built (`apply_during: build_only`); later deploys use the repository\'s `{destination}`, which is the one rack-check checks.'
  },
  check(ctx) {
    const { app, web } = ctx.analysis
    const relevant = new Set(['Procfile', `Procfile_${app.environment}`, ...(web?.facts.configFiles ?? []), 'config/puma.rb', `config/puma/${app.environment}.rb`, 'config/unicorn.rb', 'config/thin.yml'])
    for (const copy of app.deployHooks?.copies ?? []) {
      if (!relevant.has(copy.destination)) continue
      const data = { point: '`' + copy.hook.point.name + '`', source: copy.source ?? '', destination: copy.destination }
      if (copy.buildOnly) ctx.report(copy.at, 'buildOnly', data)
      else if (copy.source !== null && app.replaced.get(copy.destination)?.source === copy.source) ctx.report(copy.at, 'checked', data)
      else ctx.report(copy.at, 'notInRepo', data)
    }
  }
})
