/**
 * The comment's and job summary's part about what the adoption settings set aside (issue 26):
 * appended at the end, apart from comment.ts's own layout.
 */
import { setAside, type Finding } from '../core/finding.js'
import type { Report } from '../core/report.js'
import { adoptionLines } from './adoption.js'
import { inline } from './markdown.js'
import { plural } from '../core/text.js'


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
