import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'hooks-copied-deploy-file',
  severity: 'notice',
  summary: 'A deploy hook copies a Procfile or a web server config into the stack path: rack-check checks the copy in its place.',
  messages: {
    checked: 'This {point} hook puts `{source}` in place of `{destination}`; rack-check checks `{source}` as `{destination}`, the file in place once the hook has run. Whether Cloud 66 reads this copy or the repository\'s `{destination}` when it decides which processes run and whether Passenger serves the app is not documented.',
    checkedConfig: 'This {point} hook puts `{source}` in place of `{destination}`; rack-check checks `{source}` as `{destination}`, since the web server reads the file in place when it starts, which is this copy when it starts after the hook has run.',
    notInRepo: 'This {point} hook puts a file from outside the repository in place of `{destination}`, so the `{destination}` in the repository may not be the one Cloud 66 uses; rack-check can only check the repository\'s.',
    buildOnly: 'This {point} hook puts `{source}` in place of `{destination}` only while the app is built (`apply_during: build_only`); later deploys use the repository\'s `{destination}`, which is the one rack-check checks.'
  },
  check(ctx) {
    const { app, web } = ctx.analysis
    const procfiles = new Set(['Procfile', `Procfile_${app.environment}`])
    const relevant = new Set([...procfiles, ...(web?.facts.configFiles ?? []), 'config/puma.rb', `config/puma/${app.environment}.rb`, 'config/unicorn.rb', 'config/thin.yml'])
    for (const copy of app.deployHooks?.copies ?? []) {
      if (!relevant.has(copy.destination)) continue
      const data = { point: '`' + copy.hook.point.name + '`', source: copy.source ?? '', destination: copy.destination }
      if (copy.buildOnly) ctx.report(copy.at, 'buildOnly', data)
      // the Procfile: which copy Cloud 66 reads to choose the processes and the web server is not documented (docs/research/cloud66.md#procfiles-elsewhere)
      else if (copy.source !== null && app.replaced.get(copy.destination)?.source === copy.source) ctx.report(copy.at, procfiles.has(copy.destination) ? 'checked' : 'checkedConfig', data)
      else ctx.report(copy.at, 'notInRepo', data)
    }
  }
})
