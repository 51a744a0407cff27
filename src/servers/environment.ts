import type { Environment } from '../model/shell.js'

/**
 * Where the prediction places the app (contract §4: STACK_PATH = the app root). The path is the
 * one Cloud 66 uses for a Rack app's current release.
 */
export const APP_ROOT = '/var/deploy/app/web_head/current'

/** The prediction environment of contract §4, plus variables set on the command line. */
export function predictionEnvironment(environment: string): Map<string, string> {
  return new Map([
    ['RACK_ENV', environment],
    ['RAILS_ENV', environment],
    ['STACK_PATH', APP_ROOT],
    ['RAILS_STACK_PATH', APP_ROOT],
    ['CUSTOM_WEB_SOCKET_FILE', '/tmp/web_server.sock'],
    ['CUSTOM_WEB_PID_FILE', '/tmp/web_server.pid']
  ])
}

export { resolvePath } from '../model/paths.js'

/**
 * A bare `$NAME` that the prediction environment does not set is an application variable that
 * rack-check cannot see (Cloud 66 substitutes the app's own variables): its value is unknown.
 * `${NAME:-default}` takes the default, as the shell does when NAME is unset.
 */
export function shellEnvironment(vars: Map<string, string>): Environment {
  return { get: (n) => vars.get(n), unsetBare: 'unknown' }
}

/** The app-relative form of an absolute path under the app root, or null when outside it. */
export function appRelative(abs: string): string | null {
  if (abs === APP_ROOT) return ''
  return abs.startsWith(APP_ROOT + '/') ? abs.slice(APP_ROOT.length + 1) : null
}
