// Names what a running server did with a signal (the contract's restart effects), from what
// identifies each effect, not from whether one HTTP probe happened to fail (issue 22, item 9).
// observe.mjs gathers the facts inside the server's namespace; __tests__/live-classify.test.ts
// feeds it recorded observations. docs/maintainers/testing.md, "How the live suite names a restart", explains
// the rules.
//
// What identifies an effect:
// - suspend: the signalled process is stopped (state T).
// - stop: nothing answers on the socket any more, after retries (and no process still holds a
//   listening socket at the path that might answer later).
// - phased-restart: Puma logs "Starting phased worker restart".
// - new-master: Unicorn's re-executed master (`.oldbin` pid file, "inherited addr=") under a new PID.
// - hot-restart: the server re-executed itself and kept its listening socket: Puma logs
//   "* Restarting..." or "* Inherited unix:"; or (a daemonized Puma < 5, which logs to /dev/null
//   and daemonizes again after the re-exec) a NEW PID serves the SAME listener inode the old one
//   had. A probe that failed while the re-exec booted does not change this.
// - full-restart: the server came back without its listener (the socket was bound again: a new
//   inode), or under a new PID that does not hold the old listener, or the signalled process died
//   while something else serves.
// - refork: Pitchfork logs "Terminating old mold" (a worker was promoted to a new mold, and the
//   workers are replaced by ones forked from it) under the same monitor: the code loaded at start
//   keeps running.
// - reload-config: the same master with its workers replaced.
// - reopen-logs: a watched log file was created again (or the log says so).
// - none: none of the above.

/** The longest run of consecutive probes that failed (after their retry), from a probe trace. */
export function longestOutage(trace) {
  let longest = 0
  let run = 0
  for (const c of trace ?? '') {
    run = c === '-' ? run + 1 : 0
    longest = Math.max(longest, run)
  }
  return longest
}

/**
 * @param {object} f the facts observe.mjs gathered after the signal (see ClassifyFacts in classify.d.mts)
 * @returns {string} the effect
 */
export function classify(f) {
  const log = f.log ?? ''
  const pidChanged = f.pidAfter !== null && f.pidAfter !== undefined && f.pidAfter !== f.pidBefore
  const before = f.listenersBefore ?? []
  const after = f.listenersAfter ?? []
  // every listener the server had is gone and another one listens at the path: bound again
  const listenerReplaced = before.length > 0 && after.length > 0 && !before.some((l) => after.includes(l))
  if (f.targetAlive && f.targetState === 'T') return 'suspend'
  if (!f.serving) return 'stop'
  if (/Starting phased worker restart/.test(log)) return 'phased-restart'
  if ((f.oldbin || /inherited addr=|forked child re-executing/.test(log)) && f.pidAfter !== f.pidBefore) return 'new-master'
  if (/\* Restarting\.\.\.|\* Inherited unix:/.test(log)) return 'hot-restart'
  // a re-exec that daemonized again: a new PID, the old listener (identity, not timing)
  if (pidChanged && f.keptListener && !f.rebound && !listenerReplaced) return 'hot-restart'
  if (pidChanged || f.rebound || listenerReplaced || !f.targetAlive) return 'full-restart'
  // Pitchfork's USR2: a new mold and new workers under the same monitor (measured: ../shared/servers/README.md, Pitchfork)
  if (/Terminating old mold/.test(log) && !pidChanged && f.targetAlive) return 'refork'
  // the same master with every worker replaced (Unicorn logs "reloading config_file" only when not daemonized)
  if (/reloading config_file/.test(log) || (f.appeared > 0 && f.vanished >= f.appeared)) return 'reload-config'
  if (f.reopened) return 'reopen-logs'
  return 'none'
}
