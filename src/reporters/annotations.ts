/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step, and 50 per job
 * (docs: "Workflow commands" / annotation limits; docs/research/github-actions.md#annotation-limits). The most important ones are
 * chosen: severity first, then one finding of each rule before a second of any rule, then file
 * order; what is left out is counted so that the summary and comment can say so.
 */
import { counts, type Finding } from '../core/finding.js'
import type { Severity } from '../core/span.js'

export const PER_SEVERITY = 10
export const PER_JOB = 50

export interface AnnotationChoice {
  shown: Finding[]
  /** how many of each severity are not shown */
  hidden: Record<Severity, number>
}

export function chooseAnnotations(findings: Finding[], perSeverity = PER_SEVERITY, perJob = PER_JOB): AnnotationChoice {
  const shown: Finding[] = []
  const hidden: Record<Severity, number> = { error: 0, warning: 0, notice: 0 }
  for (const severity of ['error', 'warning', 'notice'] as const) {
    const all = findings.filter((f) => f.severity === severity && counts(f))
    // round-robin over rules: the k-th finding of each rule before the (k+1)-th of any
    const rank = new Map<Finding, number>()
    const seen = new Map<string, number>()
    for (const f of all) {
      const k = seen.get(f.rule) ?? 0
      rank.set(f, k)
      seen.set(f.rule, k + 1)
    }
    const ordered = [...all].sort((a, b) => rank.get(a)! - rank.get(b)!)
    const room = Math.max(0, Math.min(perSeverity, perJob - shown.length))
    shown.push(...ordered.slice(0, room))
    hidden[severity] = Math.max(0, all.length - room)
  }
  return { shown, hidden }
}

export function hiddenCount(c: AnnotationChoice): number {
  return c.hidden.error + c.hidden.warning + c.hidden.notice
}
