import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding } from '../../src/core/finding.js'

export const updating = process.env.UPDATE_GOLDEN === '1'

/** One line per finding: `Procfile:3:31-3:60 error rule-id message`. */
export function findingLines(findings: Finding[]): string {
  return findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.severity} ${f.rule} ${f.message}${f.suppressed ? ` (suppressed: ${f.suppressed.reason || 'no reason given'})` : ''}\n`).join('')
}

/** Compares with (or, with UPDATE_GOLDEN=1, rewrites) the expected file. */
export function golden(dir: string, name: string, actual: string): { expected: string; actual: string } {
  const path = join(dir, name)
  if (updating || !existsSync(path)) {
    if (!updating) throw new Error(`${path} is missing; run with UPDATE_GOLDEN=1 and review it`)
    writeFileSync(path, actual)
  }
  return { expected: readFileSync(path, 'utf8'), actual }
}
