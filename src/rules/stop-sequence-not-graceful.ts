import { defineRule } from './define-rule.js'
import { serverLabel } from './helpers.js'

/** The signal each server stops gracefully on (servers.md §1.6, §2.4, §3.3). */
const GRACEFUL: Record<string, string> = { puma: 'term', unicorn: 'quit', thin: 'quit' }

export default defineRule({
  id: 'stop-sequence-not-graceful',
  severity: 'warning',
  rack: true,
  summary: 'The web server\'s `stop_sequence` does not start with a signal that stops this server gracefully.',
  messages: {
    notStop: 'The stop sequence starts with {signal}, which does not stop {server}: it {does}, and the server is still running when the next signal comes; start with `{graceful}`, e.g. `{example}`.',
    abrupt: 'The stop sequence starts with {signal}, and {server} {does}; start with `{graceful}`, which lets the requests in flight finish, e.g. `{example}`.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    const stop = restart?.stop
    if (!restart || !web || !stop?.setBy || !stop.first || !stop.sequence || stop.sequence.problem) return
    const graceful = GRACEFUL[web.server]
    if (!graceful) return
    const step = stop.sequence.steps[0]
    const e = stop.first
    if (e.effect === 'stop' && e.graceful) return
    if (e.effect === 'unknown') return
    const example = web.server === 'unicorn' ? 'quit, 75, term, 15, kill' : web.server === 'thin' ? 'quit, 75, int, 15, kill' : 'term, 90, kill'
    ctx.report(step.at, e.effect === 'stop' ? 'abrupt' : 'notStop', { signal: step.signal?.name?.toUpperCase() ?? step.word, server: serverLabel(web), does: e.does, graceful, example })
  }
})
