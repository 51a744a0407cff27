/**
 * What the adoption settings set aside (issue 26; engine/adopt.ts), said the same way by the text
 * output and the comment: the findings a baseline knows, those of apps outside `filter: changed`,
 * and the baseline's entries that are fixed. Kept apart from comment.ts's layout: the comment and
 * the job summary append `adoptionSection` at the end.
 */
import { setAside, type Finding } from '../core/finding.js'
import type { Report } from '../core/report.js'
import { inline } from './markdown.js'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

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

/**
 * The comment's and job summary's section: the sentences above, then the set-aside findings,
 * each once, folded in a `<details>`, within `limit` characters (a line says how many more the
 * JSON report has). '' when nothing was set aside and no adoption setting was in use.
 */
export function adoptionSection(report: Report, limit = 6000): string {
  const lines = adoptionLines(report)
  if (lines.length === 0) return ''
  const aside = report.findings.filter((f) => !f.suppressed && setAside(f))
  let out = `\n${lines.map((l) => `> ${inline(l)}`).join('\n>\n')}\n`
  if (aside.length === 0) return out
  const rows: string[] = []
  let used = 0
  for (const f of aside) {
    const row = `- ${f.severity} · ${inline(`${f.file}:${f.line}`)} · ${inline(f.message)} (${inline(f.rule)}${f.baseline === 'known' ? ', known' : ', outside the filter'})`
    if (used + row.length > limit) break
    rows.push(row)
    used += row.length + 1
  }
  const more = aside.length - rows.length
  out += `\n<details><summary>${plural(aside.length, 'finding')} that ${aside.length === 1 ? 'does' : 'do'} not count</summary>\n\n${rows.join('\n')}\n${more ? `\n…and ${more} more in the JSON report.\n` : ''}\n</details>\n`
  return out
}

/** The view without the set-aside findings (what the comment's own layout lists). */
export function countedOnly(findings: Finding[]): Finding[] {
  return findings.filter((f) => !setAside(f))
}
