import type { Environment } from '../model/shell.js'

/**
 * Where the prediction places the app (contract §4: STACK_PATH = the app root). The path is the
 * one Cloud 66 uses for a Rack app's current release.
 */
export const APP_ROOT = '/var/deploy/app/web_head/current'

/** The variables contract §4 sets for the web server, by name. */
export const PREDICTION_VARIABLES = ['RACK_ENV', 'RAILS_ENV', 'STACK_PATH', 'RAILS_STACK_PATH', 'CUSTOM_WEB_SOCKET_FILE', 'CUSTOM_WEB_PID_FILE']

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

export { resolvePath } from '../core/paths.js'

/**
 * The command line is read under the prediction environment of contract §4, as config files are:
 * a bare `$NAME` that it does not set is empty, so the shell drops the unquoted word and the
 * server's option parser sees the words that remain. The app may define the variable among its
 * own environment variables; the findings say in one clause what changes then
 * (rule custom-web-unset-variable), but the prediction is of the line as written.
 * `${NAME:-default}` takes the default, as the shell does when NAME is unset.
 */
export function shellEnvironment(vars: Map<string, string>, unset: Environment['unsetBare'] = 'empty'): Environment {
  return { get: (n) => vars.get(n), unsetBare: unset }
}

/** The app-relative form of an absolute path under the app root, or null when outside it. */
export function appRelative(abs: string): string | null {
  if (abs === APP_ROOT) return ''
  return abs.startsWith(APP_ROOT + '/') ? abs.slice(APP_ROOT.length + 1) : null
}
