/**
 * What the shells ask of fixes/: the verified corrected `custom_web` lines of a check
 * (fixes/corrected-line.ts). Here, above the engine, so that engine/ never imports fixes/.
 */
import type { CheckResult, Correction } from '../engine/check.js'
import type { CheckOptions } from '../core/report.js'

export type { Correction }

/**
 * The verified corrected `custom_web` line of each app. Only a finding with a fix can give one,
 * so without such a finding that code is not loaded (start-up time).
 */
export async function corrections(result: CheckResult, options: CheckOptions): Promise<Correction[]> {
  if (!result.report.findings.some((f) => f.fix && !f.suppressed)) return []
  return (await import('./corrected-line.js')).verifiedCorrections(result, options)
}
