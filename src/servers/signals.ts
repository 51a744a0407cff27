/**
 * What a signal does to a Ruby server process that does not trap it: Ruby's own handlers make
 * HUP, INT, QUIT, TERM, ALRM, USR1 and USR2 end the process, it ignores PIPE, and the kernel's
 * defaults apply to the rest (signal(7): STOP, TSTP, TTIN and TTOU suspend; CHLD, CONT, URG and
 * WINCH are ignored; the others terminate). servers.md §9.2: "Signals not trapped by the server
 * get the POSIX default action".
 */
import type { SignalEffect } from './types.js'

const SUSPENDS = new Set(['stop', 'tstp', 'ttin', 'ttou'])
const IGNORED = new Set(['chld', 'cont', 'urg', 'winch', 'pipe'])

export function untrapped(signal: string): SignalEffect {
  const name = signal.toUpperCase()
  if (SUSPENDS.has(signal)) return { effect: 'suspend', does: `does not handle ${name}, so the kernel suspends it (it stops answering until it gets CONT)`, dropsRequests: true }
  if (IGNORED.has(signal)) return { effect: 'none', does: `ignores ${name}`, dropsRequests: false }
  return { effect: 'stop', does: `does not handle ${name}, so the process ends at once`, dropsRequests: true, graceful: false }
}

export function stopped(signal: string, graceful: boolean, how?: string): SignalEffect {
  const does = how ?? (graceful ? `stops gracefully on ${signal.toUpperCase()} (finishes the requests in flight, then exits)` : `stops at once on ${signal.toUpperCase()}`)
  return { effect: 'stop', does, dropsRequests: true, graceful }
}

export function notStudied(server: string): SignalEffect {
  return { effect: 'unknown', does: `what ${server} does with this signal was not measured`, dropsRequests: null, why: `rack-check has no measurements of ${server}'s signal handling` }
}
