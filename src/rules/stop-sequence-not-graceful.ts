import { cloud66Of } from '../servers/registry.js'
import { defineRule } from './define-rule.js'
import { serverLabel } from './helpers.js'

export default defineRule({
  id: 'stop-sequence-not-graceful',
  severity: 'warning',
  rack: true,
  ownText: ['does'],
  summary: 'The web server\'s `stop_sequence` does not start with a signal that stops this server gracefully.',
  messages: {
    notStop: 'The stop sequence starts with {signal}, which does not stop {server}: it {does}, and the server is still running when the next signal comes; start with `{graceful}`, e.g. `{example}`.',
    abrupt: 'The stop sequence starts with {signal}, and {server} {does}; start with `{graceful}`, which lets the requests in flight finish, e.g. `{example}`.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    const stop = restart?.stop
    if (!restart || !web || !stop?.setBy || !stop.first || !stop.sequence || stop.sequence.problem) return
    // the signal the server stops gracefully on, where it was studied (its model's Cloud 66 part)
    const part = cloud66Of(web.model)
    const graceful = part.gracefulStop
    if (!graceful) return
    const step = stop.sequence.steps[0]
    const e = stop.first
    if (e.effect === 'stop' && e.graceful) return
    if (e.effect === 'unknown') return
    // the example is the server's own default under systemd, which starts with that signal
    const example = part.stopSequence.systemd
    ctx.report(step.at, e.effect === 'stop' ? 'abrupt' : 'notStop', { signal: step.signal?.name?.toUpperCase() ?? step.word, server: serverLabel(web), does: e.does, graceful, example })
  }
})
