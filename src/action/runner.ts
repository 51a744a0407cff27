/**
 * The runner protocol (inputs, workflow commands, outputs, job summary), from `@actions/core`'s
 * own modules but not through its index: the index also loads its OIDC client, whose HTTP stack
 * (`@actions/http-client`, undici, tunnel, https) is a megabyte that the action never uses and
 * that alone doubled the action's start-up (measured with bench/startup.mjs).
 *
 * The package's `exports` only name ".", so these are reached by path; the functions below are
 * the index's own, line for line (core.ts of @actions/core 3.0.1), and test/runner.test.ts
 * checks that they write exactly what the index writes.
 */
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'
import type { AnnotationProperties } from '../../node_modules/@actions/core/lib/core.js'
import { EOL } from 'node:os'

export { summary } from '../../node_modules/@actions/core/lib/summary.js'
export type { AnnotationProperties }

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function setOutput(name: string, value: string): void {
  if (process.env['GITHUB_OUTPUT']) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}

/** Sets the exit code to 1 and writes the message as an error. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}
