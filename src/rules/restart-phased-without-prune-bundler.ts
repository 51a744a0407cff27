import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'restart-phased-without-prune-bundler',
  severity: 'notice',
  rack: true,
  summary: 'Phased restarts (`restart_signal: usr1`) on a Puma without `prune_bundler`: gem changes are not picked up.',
  messages: {
    noPrune: 'Phased restarts keep the master\'s loaded gems: without `prune_bundler` in the Puma config, a deploy that changes Gemfile.lock runs new workers on the old bundle (Puma docs/restart.md); add `prune_bundler`, as Cloud 66\'s Puma page advises.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    if (!restart?.setBy || !web || restart.effect.effect !== 'phased-restart') return
    const prune = (web.ifStarted ?? web.facts).settings?.pruneBundler
    if (prune?.value === false) ctx.report(restart.setBy.at, 'noPrune')
  }
})
