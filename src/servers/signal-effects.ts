/**
 * What a signal does to a Ruby server process that does not trap it: Ruby's own handlers make
 * HUP, INT, QUIT, TERM, ALRM, USR1 and USR2 end the process, it ignores PIPE, and the kernel's
 * defaults apply to the rest (signal(7): STOP suspends; CHLD, CONT, URG and WINCH are ignored;
 * the others terminate). docs/research/servers.md#restart-effects: "Signals not trapped by the server get the POSIX
 * default action".
 *
 * TSTP, TTIN and TTOU are job-control stops, which the kernel discards for a process whose group
 * is orphaned (signal(7), setpgid(2)) — and a service started by systemd leads its own session
 * (systemd.exec(5), exit code 220 EXIT_SETSID), as does a daemonized server. Measured live: TTIN
 * and TSTP leave a single-mode Puma (started in its own session) and a daemonized Thin serving.
 * docs/research/servers.md#puma-signals-and-restarts measured TTIN suspending Puma when it was started from a shell, which is not how
 * Cloud 66 starts it.
 */
import type { SignalEffect } from './types.js'

const JOB_CONTROL = new Set(['tstp', 'ttin', 'ttou'])
const IGNORED = new Set(['chld', 'cont', 'urg', 'winch', 'pipe'])

export function untrapped(signal: string): SignalEffect {
  const name = signal.toUpperCase()
  if (signal === 'stop') return { effect: 'suspend', does: 'is suspended by STOP (it stops answering until it gets CONT)', dropsRequests: true }
  if (JOB_CONTROL.has(signal)) return { effect: 'none', does: `does not handle ${name}, and the kernel discards it for a server that leads its own session (as under systemd): nothing happens`, dropsRequests: false }
  if (IGNORED.has(signal)) return { effect: 'none', does: `ignores ${name}`, dropsRequests: false }
  return { effect: 'stop', does: `does not handle ${name}, so the process ends at once`, dropsRequests: true, graceful: false }
}

export function stopped(signal: string, graceful: boolean, how?: string): SignalEffect {
  const does = how ?? (graceful ? `stops gracefully on ${signal.toUpperCase()} (finishes the requests in flight, then exits)` : `stops at once on ${signal.toUpperCase()}`)
  return { effect: 'stop', does, dropsRequests: true, graceful }
}

export function notStudied(server: string): SignalEffect {
  // a verb phrase, as every `does` is: the guidance and the rules put the server's name before it
  return { effect: 'unknown', does: `does something rack-check cannot predict (how ${server} handles this signal was never measured)`, dropsRequests: null, why: `rack-check has no measurements of ${server}'s signal handling` }
}
