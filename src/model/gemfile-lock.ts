import type { SourceFile } from '../files/source-file.js'

export interface LockedGem {
  name: string
  /** version without the platform suffix, e.g. "1.15.4" for "1.15.4-x86_64-linux" */
  version: string
  line: number
  start: number
  end: number
}

export interface Lockfile {
  file: SourceFile
  gems: Map<string, LockedGem>
  /** false when the file has no `specs:` section at all */
  valid: boolean
}

/**
 * Reads the `specs:` entries of a Gemfile.lock (`GEM`, `GIT` and `PATH` sections): four spaces,
 * `name (version)`. Platform-specific variants share one version.
 */
export function parseLockfile(file: SourceFile): Lockfile {
  const gems = new Map<string, LockedGem>()
  let inSpecs = false
  let sawSpecs = false
  for (let line = 1; line <= file.lineCount; line++) {
    const text = file.lineText(line)
    if (/^\S/.test(text)) {
      inSpecs = false
      continue
    }
    if (/^ {2}specs:\s*$/.test(text)) {
      inSpecs = true
      sawSpecs = true
      continue
    }
    if (/^ {2}\S/.test(text)) {
      inSpecs = false
      continue
    }
    if (!inSpecs) continue
    const m = /^ {4}([^\s(]+) \(([^)\s]+)\)\s*$/.exec(text)
    if (!m) continue
    const version = m[2].replace(/-[A-Za-z_].*$/, '')
    if (!gems.has(m[1])) {
      const start = file.lineOffset(line) + 4
      gems.set(m[1], { name: m[1], version, line, start, end: start + m[1].length + m[2].length + 3 })
    }
  }
  return { file, gems, valid: sawSpecs }
}
