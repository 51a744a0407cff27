/**
 * What the adoption settings set aside (issue 26; engine/adopt.ts), said the same way by the text
 * output and the comment: the findings a baseline knows, those of apps outside `filter: changed`,
 * and the baseline's entries that are fixed. The comment's folded section is
 * adoption-section.ts. The `github` format (in the chunk every run loads) says them too, so the
 * bundle holds this module once though the text output's chunk and the action's use it.
 */
import type { Report } from '../core/report.js'
import { plural } from '../core/text.js'


/** One sentence each for what was set aside; [] when no adoption setting was in use. */
export function adoptionLines(report: Report): string[] {
  const lines: string[] = []
  const s = report.summary
  if (report.filter) {
    const apps = report.filter.changedApps
    lines.push(`filter: changed: ${apps.length ? `findings count in ${plural(apps.length, 'app')} the change touched (${apps.join(', ')})` : 'the change touched no app\'s deployment files'}${s.outsideFilter ? `; ${plural(s.outsideFilter, 'finding')} of other apps ${s.outsideFilter === 1 ? 'does' : 'do'} not count` : ''}.`)
  }
  if (report.baseline) {
    const b = report.baseline
    if (s.known) lines.push(`${plural(s.known, 'known finding')} from the baseline ${b.file} (not counted).`)
    if (b.fixed.length) lines.push(`${b.fixed.length} fixed since the baseline ${b.file}; run --write-baseline to record it.`)
    if (!s.known && !b.fixed.length) lines.push(`The baseline ${b.file} knows none of these findings.`)
  }
  return lines
}

/** 'No problems', or 'No problems that count' when the adoption settings set findings aside (the section below lists them). */
export function noProblems(summaries: Array<Report['summary']>): string {
  return summaries.some((s) => s.known || s.outsideFilter) ? 'No problems that count' : 'No problems'
}
