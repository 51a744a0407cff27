/**
 * The runner protocol: inputs from `INPUT_*`, workflow commands on stdout (annotations, masks),
 * outputs in GITHUB_OUTPUT, the job summary appended to GITHUB_STEP_SUMMARY. These are the
 * functions of `@actions/core` the action uses, written out because of what loading the toolkit
 * costs at start-up (docs/performance.md):
 * - core's index loads its OIDC client, whose HTTP stack (http-client, undici, tunnel, https)
 *   is a megabyte the action never uses: alone it doubled the start-up;
 * - its file-command takes a random delimiter from node:crypto, its summary module loads
 *   fs/promises, and its commands go through `process.stdout`, which builds Node's stream
 *   classes: together another fifth of the start-up under Node 24.
 * Everything here is synchronous and writes straight to the file descriptor (src/io/output.ts) or
 * the file. __tests__/runner.test.ts checks each function against `@actions/core` itself.
 */
import { appendFileSync, existsSync } from 'node:fs'
import { EOL } from 'node:os'
import { writeFd } from '../io/output.js'
import { workflowCommand } from '../reporters/github.js'
import { escapeData, logLine } from '../core/neutralise.js'

/** Where an annotation points (core's `AnnotationProperties`). */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** The job log: fd 1 (tests put a collector here to compare with `@actions/core`). */
export const jobLog = { write: (text: string): void => writeFd(1, text) }

function issueCommand(command: string, properties: Record<string, string | number | undefined>, message: string): void {
  jobLog.write(workflowCommand(command, properties, message) + EOL)
}

/** core's property names for an annotation, in its order. */
function annotation(p: AnnotationProperties): Record<string, string | number | undefined> {
  return { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn }
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

/** The mask is the secret itself, as core writes it: not neutralised, or the log would show the secret's real characters unmasked. */
export function setSecret(secret: string): void {
  jobLog.write(`::add-mask::${escapeData(secret)}${EOL}`)
}

/**
 * An output, written to GITHUB_OUTPUT as `name<<delimiter` lines (GitHub's "multiline strings"),
 * as core writes it. core's delimiter is `ghadelimiter_` and a UUID from node:crypto; here the
 * random part comes from Math.random, and a delimiter that occurs in the value is never used,
 * so no value can end its block early (core throws in that case instead).
 */
export function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT']
  if (file) {
    if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
    let delimiter: string
    do delimiter = `ghadelimiter_${Math.random().toString(16).slice(2)}${Math.random().toString(16).slice(2)}`
    while (value.includes(delimiter) || name.includes(delimiter))
    appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
    return
  }
  jobLog.write(EOL)
  issueCommand('set-output', { name }, value)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('error', annotation(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('warning', annotation(properties), message)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issueCommand('notice', annotation(properties), message)
}

/** A line of the job log: repository text in it (folder and file names) is neutralised (neutralise.ts). */
export function info(message: string): void {
  jobLog.write(logLine(message) + EOL)
}

/** Sets the exit code to 1 and writes the message as an error. */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** Appends markdown to the job summary (core's `summary.addRaw(markdown).write()`); false when there is no summary file. */
export function appendSummary(markdown: string): boolean {
  const file = process.env['GITHUB_STEP_SUMMARY']
  if (!file) return false
  appendFileSync(file, markdown, { encoding: 'utf8' })
  return true
}
