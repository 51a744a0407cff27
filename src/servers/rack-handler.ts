/**
 * What Rack's handlers do with Host, Port and the Puma config file (servers.md §4.3–4.4, §5):
 * the Puma handler binds a Unix socket when Host starts with `/` or `.` (and `@` from Puma 6.5);
 * the Thin handler when Host contains `/`. Without `-s`/`-u`, Rack picks the first handler
 * whose gem is in the bundle.
 */
import type { Span } from '../model/span.js'
import { atLeast } from './version.js'
import { tcpListener, type ServerContext } from './common.js'
import type { Listener } from './types.js'

export type Handler = 'puma' | 'thin' | 'falcon' | 'webrick' | 'other'

export function handlerListener(handler: Handler, host: string, port: number | null, portText: string, at: Span, origin: Listener['origin'], pumaVersion: string | null): Listener {
  const unixPrefix = handler === 'puma' && (host.startsWith('/') || host.startsWith('.') || (host.startsWith('@') && pumaVersion !== null && atLeast(pumaVersion, '6.5.0')))
  if (unixPrefix || (handler === 'thin' && host.includes('/'))) return { kind: 'unix', path: host, text: host, at, origin }
  return tcpListener(`${host}:${portText}`, host, port, at, origin)
}

/** The handler Rack would choose; null when it cannot be known (no lockfile, unknown env). */
export function defaultHandler(ctx: ServerContext, rack3: boolean): Handler | null {
  const envName = rack3 ? ['RACKUP_HANDLER', 'RACK_HANDLER'] : ['RACK_HANDLER']
  for (const n of envName) {
    if (ctx.command.unknownEnv.has(n)) return null
    const v = ctx.command.env.get(n)
    if (v) return named(v)
  }
  if (!ctx.lockfile) return null
  const order = rack3 ? ['puma', 'falcon', 'webrick'] : ['puma', 'thin', 'falcon', 'webrick']
  for (const g of order) if (ctx.lockfile.gems.has(g)) return g as Handler
  // WEBrick shipped with Ruby before 3.0; it is the last resort either way
  return 'webrick'
}

export function named(name: string): Handler {
  const n = name.toLowerCase()
  return n === 'puma' || n === 'thin' || n === 'falcon' || n === 'webrick' ? n : 'other'
}
