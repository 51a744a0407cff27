import { appRelative } from '../servers/environment.js'
import type { ServerName } from '../servers/types.js'
import type { WebServerAnalysis } from '../servers/index.js'

/** What to write to serve the socket, per server. */
export function socketFix(server: ServerName, program: string): string {
  switch (server) {
    case 'puma':
      return '`-b unix:///tmp/web_server.sock`'
    case 'thin':
    case 'passenger':
      return '`--socket /tmp/web_server.sock`'
    case 'unicorn':
      return program === 'unicorn_rails' ? '`-l /tmp/web_server.sock` (or `listen "/tmp/web_server.sock"` in the config file)' : '`-l /tmp/web_server.sock`'
    case 'rackup':
      return '`-o /tmp/web_server.sock`'
    case 'rails':
      return '`-b /tmp/web_server.sock`'
    default:
      return 'a listener on the Unix socket /tmp/web_server.sock'
  }
}

/** What to write in the server's own config file to serve the socket. */
export function configSocketFix(server: ServerName): string {
  switch (server) {
    case 'unicorn':
      return '`listen "/tmp/web_server.sock"`'
    case 'thin':
      return '`socket: /tmp/web_server.sock`'
    default:
      return '`bind "unix:///tmp/web_server.sock"`'
  }
}

/** What to write in the server's own config file for the PID file. */
export function configPidFix(server: ServerName): string {
  switch (server) {
    case 'unicorn':
      return '`pid "/tmp/web_server.pid"`'
    case 'thin':
      return '`pid: /tmp/web_server.pid`'
    default:
      return '`pidfile "/tmp/web_server.pid"`'
  }
}

/** What to write to get the PID file, per server. */
export function pidFix(server: ServerName, program: string): string {
  switch (server) {
    case 'puma':
      return '`--pidfile /tmp/web_server.pid`'
    case 'thin':
      return '`--pid /tmp/web_server.pid` (Thin writes it only when daemonized)'
    case 'unicorn':
      return program === 'unicorn_rails' ? '`pid "/tmp/web_server.pid"` in the config file' : '`pid "/tmp/web_server.pid"` in the config file (or `-P /tmp/web_server.pid`)'
    case 'rackup':
    case 'rails':
      return '`-P /tmp/web_server.pid`'
    case 'passenger':
      return '`--pid-file /tmp/web_server.pid`'
    default:
      return 'a PID file at /tmp/web_server.pid'
  }
}

export function serverLabel(web: WebServerAnalysis): string {
  return web.version ? `${web.program} ${web.version}` : web.program
}

/** An absolute path as the user knows it: app-relative when it is inside the app folder. */
export function displayPath(abs: string): string {
  const rel = appRelative(abs)
  return rel === null ? '`' + abs + '`' : rel === '' ? 'the app folder' : '`' + rel + '` in the app folder'
}
