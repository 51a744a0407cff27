/**
 * The pull-request comment and the job summary (Markdown): a one-line verdict, the findings as a
 * table linking each to its line at the head commit, the restart guidance, the Passenger section
 * when the change switches to or from Passenger, and the prediction in a collapsible block.
 * Everything quoted from the repository goes through `inline` (no mentions, references, HTML or
 * breakouts, each piece cut to MAX_TEXT characters), so that no one value can crowd out the rest;
 * the body stays under GitHub's 65,536-character limit by dropping table rows first.
 */
import type { CheckResult } from '../check.js'
import type { Finding } from '../finding.js'
import { restartGuidance } from '../guidance.js'
import type { Direction } from '../transition.js'
import { inline, pathUrl } from './markdown.js'

/** GitHub refuses comment bodies over 65,536 characters; keep a margin for the edit. */
export const MAX_BODY = 65_000
const DOCS = 'https://github.com/c66/rack-check/blob/v1/'
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

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
}

/** The hidden marker that finds the comment again: one comment per pull request and folder. */
export function commentMarker(workingDirectory: string): string {
  // the folder is part of an HTML comment: keep it from closing the comment early
  return `<!-- rack-check:sticky-comment working-directory=${JSON.stringify(workingDirectory || '.').replace(/--/g, '-\\u002d')} -->`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function verdict(result: CheckResult): string {
  const s = result.report.summary
  if (result.report.apps.length === 0) return '✅ **No Cloud 66 deployment files** (Procfile, `.cloud66/`) in this folder.'
  if (s.errors + s.warnings + s.notices === 0) return '✅ **No problems** in the Cloud 66 deployment setup.'
  const parts = [s.errors && plural(s.errors, 'error'), s.warnings && plural(s.warnings, 'warning'), s.notices && plural(s.notices, 'notice')].filter(Boolean)
  return `${s.errors ? '❌' : s.warnings ? '⚠️' : 'ℹ️'} **${parts.join(', ')}** in the Cloud 66 deployment setup.`
}

function findingRow(f: Finding, ctx: CommentContext): string {
  const path = ctx.workingDirectory ? `${ctx.workingDirectory}/${f.file}` : f.file
  const lines = f.endLine > f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`
  const where = `[${inline(`${f.file}:${f.line}`)}](${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${pathUrl(path)}${lines})`
  const message = inline(f.message)
  return `| ${ICON[f.severity]} ${f.severity} | ${message} [\`${f.rule}\`](${DOCS}${f.docs}) | ${where} |`
}

function restartSection(result: CheckResult): string {
  let out = ''
  result.analyses.forEach((a, i) => {
    const plan = a.restart
    const app = result.report.apps[i]
    if (!plan || !app?.webServer) return
    const g = restartGuidance(plan)
    const label = app.root === '.' ? '' : ` (${inline(app.root)})`
    const w = app.webServer
    out += `### Restart on deploy${label}: \`${plan.effect.effect}\`\n\n`
    out += `${inline(`${w.server}${w.version ? ' ' + w.version : ''}`)} from \`custom_web\` in ${inline(`${w.file}:${w.line}`)}.\n\n`
    out += `- **What Cloud 66 sends:** ${inline(g.sends)}\n`
    out += `- **What the server does:** ${inline(g.does)}\n`
    out += `- **Requests:** ${inline(g.requests)}\n`
    out += `- **Zero downtime:** ${inline(g.zeroDowntime)}\n`
    out += `- **Environment variables:** ${inline(g.environment)}\n`
    for (const n of g.notes) out += `- ${inline(n)}\n`
    out += '\n'
  })
  return out
}

function passengerSection(result: CheckResult): string {
  let out = ''
  result.analyses.forEach((a, i) => {
    const change = a.change
    if (!change || change.direction === 'none') return
    const root = result.report.apps[i]?.root ?? '.'
    out += `### ${change.direction === 'to-custom' ? 'Switching from Passenger' : 'Switching to Passenger'}${root === '.' ? '' : ` (${inline(root)})`}\n\n`
    out += passengerText(change.direction, change.transition.from, change.transition.to)
  })
  return out
}

/** What will and will not happen on the existing app, and how to apply the switch (cloud66.md §8). */
export function passengerText(direction: Direction, from: string, to: string): string {
  const now = direction === 'to-custom' ? `Passenger serves this app today; this change asks for ${inline(to)} (\`custom_web\`).` : `${inline(from)} serves this app today (\`custom_web\`); this change removes \`custom_web\`, which means Passenger.`
  return (
    `${now}\n\n` +
    '- **Per Cloud 66\'s docs, a change to or from Passenger is not applied after an app\'s initial build:** an existing app keeps its current server when this is deployed. Switching among Puma, Unicorn and Thin is applied on redeploy.\n' +
    '- **A new app built from this branch** gets the new server (set `custom_web` before the app is first analyzed, as the [Heroku migration guide](https://help.cloud66.com/docs/getting-started/migrate-from-heroku) says).\n' +
    '- **On the existing app**, the documented route is to scale up a new server and scale down the old one (the Passenger Enterprise page describes this).\n' +
    '- Cloud 66\'s 2025 server pages no longer repeat this caveat; whether the platform changed is not confirmed, so treat the switch as not applied until you have seen it work.\n\n'
  )
}

function details(result: CheckResult): string {
  let rows = ''
  for (const app of result.report.apps) {
    const w = app.webServer
    const yn = (v: boolean | null): string => (v === null ? 'unknown' : v ? 'yes' : 'no')
    const label = app.root === '.' ? '' : ` ${inline(app.root)}`
    if (!w) {
      rows += `| web server${label} | Passenger (no \`custom_web\`) |\n`
      continue
    }
    rows += `| web server${label} | ${inline(`${w.server}${w.version ? ' ' + w.version : ''}`)} |\n`
    rows += `| boots | ${yn(w.prediction.boots)} |\n| serves \`/tmp/web_server.sock\` | ${yn(w.prediction.servesSocket)} |\n| writes \`/tmp/web_server.pid\` | ${yn(w.prediction.writesPidFile)} |\n| daemonizes | ${yn(w.prediction.daemonizes)} |\n`
    rows += `| other TCP ports | ${w.prediction.tcpPorts === null ? 'unknown' : w.prediction.tcpPorts.join(', ') || 'none'} |\n`
    const files = [app.files.procfile, app.files.manifest, app.files.deployHooks, ...app.files.serverConfig, app.files.lockfile].filter((f): f is string => !!f)
    if (files.length) rows += `| files read | ${files.map((f) => inline(f)).join(', ')} |\n`
  }
  if (!rows) return ''
  return `<details><summary>What rack-check predicts</summary>\n\n| | |\n| --- | --- |\n${rows}\n</details>\n`
}

/** The comment body (and the job summary): never over MAX_BODY characters. */
export function renderComment(result: CheckResult, ctx: CommentContext): string {
  const head = `${commentMarker(ctx.workingDirectory)}\n## rack-check${ctx.workingDirectory ? ` — ${inline(ctx.workingDirectory)}` : ''}\n\n${verdict(result)}\n\n`
  const findings = result.report.findings
  const hidden = ctx.hiddenAnnotations ? `> ${plural(ctx.hiddenAnnotations, 'finding')} ${ctx.hiddenAnnotations === 1 ? 'is' : 'are'} not annotated on the diff (GitHub shows at most 10 per severity in a step); all are listed here.\n\n` : ''
  const tail = passengerSection(result) + restartSection(result) + details(result) + `\n<sub>rack-check ${inline(result.report.tool.version)} · [rules](${DOCS}docs/rules/README.md)</sub>\n`
  // one line per row, the "… and N more" row included: a blank line would end the table before it
  const table = (rows: string[], more: number): string =>
    rows.length === 0 && more === 0 ? '' : ['| | Finding | Where |', '| --- | --- | --- |', ...rows, ...(more ? [`| | … and ${plural(more, 'more finding')}: see the job summary or the JSON report | |`] : [])].join('\n') + '\n\n'
  const rows = findings.map((f) => findingRow(f, ctx))
  let body = head + hidden + table(rows, 0) + tail
  if (body.length <= MAX_BODY) return body
  // too long: keep the first rows that fit beside the rest (the "… and N more" row included)
  const fixed = (head + hidden + table([], rows.length) + tail).length + 200
  let used = 0
  let keep = 0
  while (keep < rows.length && fixed + used + rows[keep].length + 1 <= MAX_BODY) used += rows[keep++].length + 1
  body = head + hidden + table(rows.slice(0, keep), rows.length - keep) + tail
  return body.length <= MAX_BODY ? body : body.slice(0, MAX_BODY - 40) + '\n\n… (cut to fit GitHub\'s limit)\n'
}
