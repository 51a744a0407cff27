/**
 * The pull-request comment and the job summary (Markdown): a one-line verdict, a switch to or from
 * Passenger as a GitHub alert block, the findings as a table (errors first, identical findings in
 * one row, each linking to its line at the head commit: comment-rows.ts), the restart guidance,
 * and the prediction in a collapsible block.
 * Everything quoted from the repository goes through `inline` (no mentions, references, HTML or
 * breakouts, each piece cut to MAX_TEXT characters), so that no one value can crowd out the rest;
 * the body stays under GitHub's 65,536-character limit by dropping table rows first.
 */
import type { ReportView } from './reporter.js'
import type { Finding } from '../core/finding.js'
import type { Correction } from '../engine/check.js'
import { hasHiddenCharacters, inline, MAX_TEXT } from './markdown.js'
import { docsUrl, ruleUrl } from '../core/docs-url.js'
import { groupFindings, groupRow, lineUrl, TABLE_HEAD, type FindingGroup, type RowContext } from './comment-rows.js'
import { noProblems } from './adoption.js'
import { plural } from '../core/text.js'

/** GitHub refuses comment bodies over 65,536 characters; keep a margin for the edit. */
export const MAX_BODY = 65_000

export interface CommentContext {
  /** `owner/name` of the checked repository, for links to lines */
  repository: string
  /** the head commit the links point at */
  sha: string
  serverUrl: string
  /** the working-directory input, repository-relative ('' for the root) */
  workingDirectory: string
  /** findings GitHub will not show as annotations (its per-step limits) */
  hiddenAnnotations: number
  /** corrected lines the engine has verified (fixes/corrected-line.ts), shown first */
  corrections?: Correction[]
  /**
   * Where the findings a cut comment leaves out are listed, as the cut comment says it; default
   * "the job summary or the JSON report" (the action says "the JSON report" when the job summary
   * is cut too).
   */
  elsewhere?: string
}

/** Where left-out findings are, by default. */
const ELSEWHERE = 'the job summary or the JSON report'

/** A rendered body and how much of the report it leaves out (0 and 0 when it shows every finding). */
export interface Rendered {
  body: string
  /** unsuppressed findings not in the body */
  omittedFindings: number
  /** apps with findings that have no section of their own (renderApps) */
  omittedApps: number
}

/** The hidden marker that finds the comment again: one comment per pull request and folder. */
export function commentMarker(workingDirectory: string): string {
  // the folder is part of an HTML comment: keep it from closing the comment early
  return `<!-- rack-check:sticky-comment working-directory=${JSON.stringify(workingDirectory || '.').replace(/--/g, '-\\u002d')} -->`
}

/** The icon of the most severe unsuppressed finding. */
function icon(findings: Finding[]): string {
  const shown = findings.filter((f) => !f.suppressed)
  return shown.some((f) => f.severity === 'error') ? '❌' : shown.some((f) => f.severity === 'warning') ? '⚠️' : 'ℹ️'
}

function verdict(result: ReportView): string {
  const s = result.report.summary
  if (result.report.apps.length === 0) return '✅ **No Cloud 66 deployment files** (Procfile, `.cloud66/`) in this folder.'
  if (s.errors + s.warnings + s.notices === 0) return `✅ **${noProblems([s])}** in the Cloud 66 deployment setup.`
  const parts = [s.errors && plural(s.errors, 'error'), s.warnings && plural(s.warnings, 'warning'), s.notices && plural(s.notices, 'notice')].filter(Boolean)
  return `${s.errors ? '❌' : s.warnings ? '⚠️' : 'ℹ️'} **${parts.join(', ')}** in the Cloud 66 deployment setup.`
}

/** A fence no run of backticks in the text can close (CommonMark §4.5). */
function fenced(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}\n${text}\n${fence}\n`
}

function counted(findings: Finding[]): string {
  const n = (s: Finding['severity']): number => findings.filter((f) => f.severity === s).length
  return [n('error') && plural(n('error'), 'error'), n('warning') && plural(n('warning'), 'warning'), n('notice') && plural(n('notice'), 'notice')].filter(Boolean).join(', ')
}

/**
 * The corrected lines, to copy: repository text, so it is one line, without the characters that
 * reorder or hide text, never cut (a cut line is not a correct one) and never carrying the marker.
 */
function correctionsSection(corrections: Correction[]): string {
  let out = ''
  for (const c of corrections) {
    const line = c.after.replace(/\r/g, '')
    if (line.length > MAX_TEXT || hasHiddenCharacters(line)) continue
    out += `**${inline(c.file)} line ${c.line} should read** (fixes ${counted(c.fixes)} below):\n\n${fenced(line)}\n`
  }
  return out
}

function appLabel(root: string): string {
  return root === '.' ? '' : ` (${inline(root)})`
}

interface RestartParts {
  /** what the next deploy does, shown: only when the server starts */
  shown: string
  /** the rest, inside the details */
  more: string
  /** what the details hold of the restart when its heading is there too ('' when it is shown) */
  folded: string
}

function restartParts(result: ReportView): RestartParts {
  let shown = ''
  let more = ''
  let folded = ''
  const errors = result.report.findings.some((f) => f.severity === 'error' && !f.suppressed)
  result.analyses.forEach((a, i) => {
    const plan = a.restart
    const app = result.report.apps[i]
    const g = result.guidance[i]
    if (!plan || !app?.webServer || !g) return
    const heading = `### Restart on deploy${appLabel(app.root)}: \`${plan.effect.effect}\``
    const bullets = [
      g.zeroDowntime && `- **Zero downtime:** ${inline(g.zeroDowntime.text)}`,
      g.caveat && `- ${inline(g.caveat)}`,
      `- **Signal:** ${inline(g.signal)}`,
      `- **Environment variables:** ${inline(g.environment)}`,
      `- **Stop:** ${inline(g.stop)}`
    ].filter(Boolean)
    const notes = g.notes.filter((n) => plan.boots !== false || !n.startsWith('As written'))
    if (plan.boots === false) {
      // noise until the errors are fixed: all of it in the details, said to be for later
      more += `${heading} (once the server starts)\n\n${inline(g.summary)}\n\n${bullets.join('\n')}\n\n`
      folded = 'the restart on deploy once the server starts'
    } else if (errors) {
      // the errors first: what a restart does is read once they are fixed, in the details
      more += `${heading}\n\n${inline(g.summary)}${notes.map((n) => ' ' + inline(n)).join('')}\n\n${bullets.join('\n')}\n\n`
      folded ||= 'the restart on deploy'
    } else {
      shown += `${heading}\n\n${inline(g.summary)}${notes.map((n) => ' ' + inline(n)).join('')}\n\n`
      more += `${bullets.join('\n')}\n\n`
    }
  })
  return { shown, more, folded }
}

function predictions(result: ReportView): string {
  let out = ''
  for (const app of result.report.apps) {
    const w = app.webServer
    const yn = (v: boolean | null): string => (v === null ? 'unknown' : v ? 'yes' : 'no')
    const label = app.root === '.' ? '' : ` ${inline(app.root)}`
    // the web server is the header row: a table with no empty header
    if (!w) {
      out += `| web server${label} | Passenger (no \`custom_web\`) |\n| --- | --- |\n\n`
      continue
    }
    let rows = `| web server${label} | ${inline(`${w.server}${w.version ? ' ' + w.version : ''}${w.wrapper ? ' behind ' + w.wrapper : ''}`)} |\n| --- | --- |\n`
    rows += `| boots | ${yn(w.prediction.boots)} |\n| serves \`/tmp/web_server.sock\` | ${yn(w.prediction.servesSocket)} |\n| writes \`/tmp/web_server.pid\` | ${yn(w.prediction.writesPidFile)} |\n| daemonizes | ${yn(w.prediction.daemonizes)} |\n`
    rows += `| other TCP ports | ${w.prediction.tcpPorts === null ? 'unknown' : w.prediction.tcpPorts.join(', ') || 'none'} |\n`
    const files = [app.files.procfile, app.files.manifest, app.files.deployHooks, ...app.files.serverConfig, app.files.lockfile].filter((f): f is string => !!f)
    if (files.length) rows += `| files read | ${files.map((f) => inline(f)).join(', ')} |\n`
    out += rows + '\n'
  }
  return out
}

/** Everything generic, folded: a summary that says what is inside. */
function detailsBlock(result: ReportView, restart: RestartParts): string {
  const table = predictions(result)
  const parts = [restart.more && (restart.folded || 'zero-downtime restarts, environment variables'), table && 'what rack-check predicts'].filter(Boolean)
  if (!parts.length) return ''
  const summary = parts.join('; ')
  return `<details><summary>More: ${summary}</summary>\n\n${restart.more}${table}</details>\n`
}

/** The comment body (and the job summary): never over MAX_BODY characters. */
export function renderComment(result: ReportView, ctx: CommentContext): string {
  return renderCommentWithin(result, ctx, MAX_BODY).body
}

/** renderComment in at most `limit` characters (the job summary has more room), saying what it leaves out. */
export function renderCommentWithin(result: ReportView, ctx: CommentContext, limit: number): Rendered {
  const alert = passengerAlert(result, ctx, '')
  const head = `${commentMarker(ctx.workingDirectory)}\n## rack-check${ctx.workingDirectory ? ` — ${inline(ctx.workingDirectory)}` : ''}\n\n${verdict(result)}\n\n${alert}`
  const footer = `\n<sub>rack-check ${inline(result.report.tool.version)} · [rules](${docsUrl('docs/rules/README.md')})</sub>\n`
  const part = appPart(result, ctx, head, footer, limit)
  return { body: part.text, omittedFindings: part.omitted, omittedApps: 0 }
}

/** The rule whose findings are the alert at the top of the comment, not rows of the table. */
const SWITCH_RULE = 'passenger-transition'
/** GitHub's alert types (docs.github.com, "Basic writing and formatting syntax", Alerts) by severity. */
const ALERT = { error: 'CAUTION', warning: 'WARNING', notice: 'NOTE' } as const

/**
 * A switch to or from Passenger, the fact this comment exists to tell, as a GitHub alert block at
 * the top, said once: the finding's message (the rule's wording of Cloud 66's docs), where, and
 * what is not confirmed (docs/research/cloud66.md#passenger-is-chosen-at-the-first-build: the
 * current server pages dropped the caveat, the Heroku guide and the Passenger Enterprise page
 * still describe the choice at the first build). `folder` names the app in a several-folder comment.
 */
function passengerAlert(result: ReportView, ctx: RowContext, folder: string): string {
  let out = ''
  for (const f of result.report.findings) {
    if (f.rule !== SWITCH_RULE || f.suppressed) continue
    const where = `[${inline(`${f.file}:${f.line}`)}](${lineUrl(f.file, f.line, f.endLine, ctx)})`
    out +=
      `> [!${ALERT[f.severity]}]\n` +
      `> **Passenger switch${folder ? ` in ${inline(folder, 200)}` : ''}** (${where}, [docs](${ruleUrl(f.rule)})): ${inline(f.message)}\n` +
      '> Cloud 66\'s current server pages no longer repeat this caveat, while its [Heroku migration guide](https://help.cloud66.com/docs/getting-started/migrate-from-heroku) still says to set `custom_web` before the first build; whether the platform changed is not confirmed, so treat the switch as not applied until you have seen it work.\n\n'
  }
  return out
}

/** The note on findings GitHub does not annotate: "all are listed here" only when they all are. */
function hiddenNote(hidden: number, complete: boolean, elsewhere: string): string {
  if (!hidden) return ''
  const where = complete ? 'all are listed here' : `see ${elsewhere} for all of them`
  return `> ${plural(hidden, 'finding')} ${hidden === 1 ? 'is' : 'are'} not annotated on the diff (GitHub shows at most 10 per severity in a step); ${where}.\n\n`
}

/**
 * One app's part: `head`, the notes, the corrected lines, the table, the guidance and `footer`, in
 * at most `limit` characters, and how many findings it leaves out. The rows are made only as far
 * as they fit (a report of 140,000 findings makes a few hundred). When even no row fits beside the
 * guidance, the guidance goes first; when nothing fits, `omitted` is every finding and the text
 * is cut.
 */
function appPart(result: ReportView, ctx: CommentContext, head: string, footer: string, limit: number): { text: string; omitted: number } {
  const elsewhere = ctx.elsewhere ?? ELSEWHERE
  // suppressed findings are counted in one line, not listed; a Passenger switch is the alert above
  const unsuppressed = result.report.findings.filter((f) => !f.suppressed)
  const groups = groupFindings(unsuppressed.filter((f) => f.rule !== SWITCH_RULE))
  const total = groups.reduce((n, g) => n + g.findings.length, 0)
  const suppressedCount = result.report.findings.length - unsuppressed.length
  const suppressed = suppressedCount ? `> ${plural(suppressedCount, 'finding')} ${suppressedCount === 1 ? 'is' : 'are'} suppressed in the repository (\`# rack-check: disable=…\`); the JSON report lists them.\n\n` : ''
  const corrections = correctionsSection(ctx.corrections ?? [])
  const restart = restartParts(result)
  const fullTail = restart.shown + detailsBlock(result, restart) + footer
  // one line per row, the "… and N more" row included: a blank line would end the table before it
  const table = (rows: string[], more: number): string =>
    rows.length === 0 && more === 0 ? '' : [...TABLE_HEAD, ...rows, ...(more ? [`| | … and ${plural(more, 'more finding')}: see ${elsewhere} | | |`] : [])].join('\n') + '\n\n'
  // every row, while they fit: the same text as ever when the whole report fits
  const complete = suppressed + hiddenNote(ctx.hiddenAnnotations, true, elsewhere) + corrections
  const room = limit - (head + complete + fullTail).length
  const rows: string[] = []
  let used = 0
  for (const g of groups) {
    const row = groupRow(g, ctx)
    used += row.length + 1
    if (used > room) break
    rows.push(row)
  }
  if (rows.length === groups.length) {
    const text = head + complete + table(rows, 0) + fullTail
    if (text.length <= limit) return { text, omitted: 0 }
  }
  // too long: the first rows that fit beside the rest (the "… and N more" row included); without
  // the guidance when not even one row fits beside it
  const notes = suppressed + hiddenNote(ctx.hiddenAnnotations, false, elsewhere) + corrections
  const shortTail = `_The restart guidance and the prediction are left out to fit; see ${elsewhere}._\n` + footer
  const left = (keep: number): number => total - count(groups, keep)
  for (const tail of [fullTail, shortTail]) {
    const fixed = (head + notes + table([], total) + tail).length + 200
    let keep = 0
    let size = 0
    while (keep < rows.length && fixed + size + rows[keep].length + 1 <= limit) size += rows[keep++].length + 1
    if (keep === 0 && tail === fullTail && total > 0) continue
    const text = head + notes + table(rows.slice(0, keep), left(keep)) + tail
    if (text.length <= limit) return { text, omitted: left(keep) }
  }
  const text = head + notes + table([], total) + shortTail
  return { text: text.length <= limit ? text : text.slice(0, limit - 40) + '\n\n… (cut to fit GitHub\'s limit)\n', omitted: total }
}

/** How many findings the first `keep` groups hold. */
function count(groups: FindingGroup[], keep: number): number {
  let n = 0
  for (let i = 0; i < keep; i++) n += groups[i].findings.length
  return n
}

/** One app of a monorepo run: its own result (paths relative to its folder) and corrected lines. */
export interface AppSection {
  /** the app folder, repository-relative ('' for the root) */
  folder: string
  result: ReportView
  corrections?: Correction[]
}

/**
 * One comment for several app folders (the action's `working-directory` with several lines or
 * `auto`): a verdict for the set, one line per clean app, then a section per app with findings,
 * each as renderComment builds it for that app alone. `set` names the set in the marker
 * (`auto`, or the folders), so that a one-folder run keeps its own marker and comment.
 */
export function renderApps(sections: AppSection[], set: string, ctx: Omit<CommentContext, 'workingDirectory' | 'corrections'>): string {
  return renderAppsWithin(sections, set, ctx, MAX_BODY).body
}

/** Each app with findings gets at least this much room for its section; with more apps than that allows, the rest are named on a line each. */
const MIN_SECTION = 2000

/**
 * renderApps in at most `limit` characters. When every app with findings can have a section of
 * MIN_SECTION characters, each gets an equal share (its rows dropped first). Otherwise the first
 * apps get a section, half the room, the next are named on one line each with their counts, and
 * the rest are counted; a note under the verdict says how many findings and apps are not shown
 * and where they are.
 */
export function renderAppsWithin(sections: AppSection[], set: string, ctx: Omit<CommentContext, 'workingDirectory' | 'corrections'>, limit: number): Rendered {
  const elsewhere = ctx.elsewhere ?? ELSEWHERE
  const name = (folder: string): string => inline(folder || '.', 200)
  // the findings an app's section would list (a Passenger switch is in the alerts, always shown)
  const unsuppressed = (s: AppSection): number => s.result.report.findings.reduce((n, f) => n + (f.suppressed || f.rule === SWITCH_RULE ? 0 : 1), 0)
  const all = sections.flatMap((s) => s.result.report.findings)
  const shown = all.filter((f) => !f.suppressed)
  const totals = counted(shown)
  const noApp = sections.filter((s) => s.result.report.apps.length === 0)
  const clean = sections.filter((s) => s.result.report.apps.length > 0 && !s.result.report.findings.some((f) => !f.suppressed))
  const dirty = sections.filter((s) => s.result.report.findings.some((f) => !f.suppressed))
  const overall = totals ? `${shown.some((f) => f.severity === 'error') ? '❌' : shown.some((f) => f.severity === 'warning') ? '⚠️' : 'ℹ️'} **${totals}** in ${plural(dirty.length, 'app')} of ${sections.length}.` : `✅ **${noProblems(sections.map((x) => x.result.report.summary))}** in ${plural(sections.length, 'app folder')}.`
  const top = `${commentMarker(set)}\n## rack-check — ${plural(sections.length, 'app folder')}\n\n${overall}\n\n`
  const serverOf = (s: AppSection): string => s.result.report.apps.map((a) => (a.webServer ? `${a.webServer.server}${a.webServer.version ? ' ' + a.webServer.version : ''}` : 'Passenger')).join(', ')
  let lines = [
    ...clean.map((s) => `- ✅ **${name(s.folder)}**: ${noProblems([s.result.report.summary]).toLowerCase()} (${inline(serverOf(s))})`),
    ...noApp.map((s) => `- ✅ **${name(s.folder)}**: no Cloud 66 deployment files (Procfile, \`.cloud66/\`)`)
  ]
  // a clean app's suppressed findings are counted here once (an app with findings counts its own)
  const suppressed = clean.reduce((n, s) => n + s.result.report.findings.length, 0)
  // thousands of clean apps: a quarter of the room for their lines, the rest counted
  let size = 0
  const fitting = lines.findIndex((l) => (size += l.length + 1) > limit / 4)
  if (fitting >= 0) {
    const cleanOmitted = lines.length - fitting
    lines = lines.slice(0, fitting)
    lines.push(`- … and ${plural(cleanOmitted, 'more app folder')} without problems: see ${elsewhere}`)
  }
  if (suppressed) lines.push(`- ${plural(suppressed, 'finding')} ${suppressed === 1 ? 'is' : 'are'} suppressed in the repository (\`# rack-check: disable=…\`); the JSON report lists them.`)
  const listed = lines.length ? lines.join('\n') + '\n\n' : ''
  const footer = `\n<sub>rack-check ${inline(sections[0]?.result.report.tool.version ?? '')} · [rules](${docsUrl('docs/rules/README.md')})</sub>\n`
  // the notes under the verdict, once it is known what is left out (room kept for them)
  const NOTES = 700
  const notes = (omittedFindings: number, omittedApps: number): string => {
    let out = ''
    if (omittedFindings > 0 || omittedApps > 0) {
      const apps = omittedApps ? `; ${plural(omittedApps, 'app')} with findings ${omittedApps === 1 ? 'has' : 'have'} no section here` : ''
      out += `> **This comment does not show every finding:** ${omittedFindings} of ${shown.length} ${shown.length === 1 ? 'is' : 'are'} not listed here${apps}; see ${elsewhere} for all of them.\n\n`
    }
    return out + hiddenNote(ctx.hiddenAnnotations, omittedFindings === 0, elsewhere)
  }
  // a switch to or from Passenger in any app: the alerts at the top, before everything else
  const alerts = sections.map((s) => passengerAlert(s.result, { ...ctx, workingDirectory: s.folder }, s.folder || '.')).join('')
  const budget = limit - top.length - alerts.length - listed.length - footer.length - NOTES
  // the app's verdict in its heading: a line less for each app
  const sectionHead = (s: AppSection): string => `---\n\n### ${name(s.folder)} · ${icon(s.result.report.findings)} ${counted(s.result.report.findings.filter((f) => !f.suppressed))}\n\n`
  const part = (s: AppSection, share: number): { text: string; omitted: number } => appPart(s.result, { ...ctx, workingDirectory: s.folder, hiddenAnnotations: 0, corrections: s.corrections }, sectionHead(s), '\n', share)
  let body = ''
  let omittedFindings = 0
  let omittedApps = 0
  if (dirty.length * MIN_SECTION <= budget) {
    // each app with findings gets an equal share (its rows are dropped first, as for one app)
    const share = dirty.length ? Math.max(400, Math.floor(budget / dirty.length)) : 0
    for (const s of dirty) {
      const p = part(s, share)
      body += p.text
      omittedFindings += p.omitted
    }
  } else {
    // more apps than sections fit: half the room for sections, then a line per app, then a count
    let left = Math.floor(budget / 2)
    let i = 0
    for (; i < dirty.length && left >= MIN_SECTION; i++) {
      const p = part(dirty[i], MIN_SECTION)
      body += p.text
      left -= p.text.length
      omittedFindings += p.omitted
    }
    let named = ''
    left += budget - Math.floor(budget / 2)
    const rest = dirty.slice(i)
    let j = 0
    for (; j < rest.length; j++) {
      const s = rest[j]
      const line = `- ${s.result.report.summary.errors ? '❌' : s.result.report.summary.warnings ? '⚠️' : 'ℹ️'} **${name(s.folder)}**: ${counted(s.result.report.findings.filter((f) => !f.suppressed))}\n`
      if (line.length + 200 > left) break
      named += line
      left -= line.length
    }
    for (const s of rest) omittedFindings += unsuppressed(s)
    omittedApps = rest.length
    const unnamed = rest.length - j
    body += `---\n\n### ${plural(rest.length, 'more app')} with findings\n\n${named}${unnamed ? `- … and ${plural(unnamed, 'more app')}: see ${elsewhere}\n` : ''}\n`
  }
  body = top + notes(omittedFindings, omittedApps) + alerts + listed + body + footer
  return { body: body.length <= limit ? body : body.slice(0, limit - 40) + '\n\n… (cut to fit GitHub\'s limit)\n', omittedFindings, omittedApps }
}
