/** The report and the SARIF files: written where no link in the repository can redirect them. */
import * as core from './runner.js'
import { closeSync, constants, lstatSync, mkdtempSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'

/**
 * Where the report and the SARIF are written: `RUNNER_TEMP` when it is an absolute path to a real
 * folder (not a symbolic link); else a new folder of rack-check's own under the system's
 * temporary folder, named in a warning. Never the workspace: a repository can commit a link
 * where rack-check would write (a `.rack-check/` link once made the report land outside).
 */
export function reportFolder(): string {
  const given = process.env.RUNNER_TEMP
  let why = 'RUNNER_TEMP is not set'
  if (given) {
    const st = isAbsolute(given) ? lstatSync(given, { throwIfNoEntry: false }) : undefined
    if (st?.isDirectory()) return given
    why = `RUNNER_TEMP (${given}) is ${!isAbsolute(given) ? 'not an absolute path' : !st ? 'not there' : st.isSymbolicLink() ? 'a symbolic link, which rack-check does not write through' : 'not a folder'}`
  }
  const dir = mkdtempSync(join(tmpdir(), 'rack-check-'))
  core.warning(`rack-check: ${why}, so the report is written to a new folder, ${dir}, not into the workspace`)
  return dir
}

/** Writes a report file without following a link: a new file beside it (created exclusively), renamed over it. */
export function writeReportFile(path: string, text: string): void {
  const temp = `${path}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`
  const fd = openSync(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644)
  try {
    try {
      const bytes = Buffer.from(text, 'utf8')
      let done = 0
      while (done < bytes.length) done += writeSync(fd, bytes, done)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, path)
  } catch (e) {
    rmSync(temp, { force: true })
    throw e
  }
}
