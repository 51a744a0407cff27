/**
 * The findings table of the pull-request comment: the order (errors, then warnings, then
 * notices, each by file and line), identical findings grouped in one row, and each row's visible
 * lead with the whole message folded beside it. Issue 26 measured the old table, a row per finding
 * with every message in full, at 37 lines for examples/puma-misconfigured and 105 for a
 * 13-error pull request; the reader sees what is wrong and where first, and opens the rest.
 */
import type { Finding } from '../core/finding.js'
import { compareFindings } from '../core/finding.js'
import { SEVERITY_RANK } from '../core/span.js'
import { ruleUrl } from '../core/docs-url.js'
import { ONCE_FOREGROUND, ONCE_RUNNING } from '../engine/coherence.js'
import { inline, pathUrl } from './markdown.js'

export const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' } as const

/** A group's lines are listed up to this many; more are a range ("lines 3–40"). */
export const MAX_LISTED_LINES = 4
/** The longest lead shown in a row (with its "Once the web server runs: "), in characters; a longer first clause is cut at a word, so that a row with its icon, place and link is about 100 characters. */
export const MAX_LEAD = 72

/** Findings with the same rule, severity, file and message: one row. */
export interface FindingGroup {
  /** the first finding of the group, in comment order: its rule, severity, file and message are the group's */
  first: Finding
  findings: Finding[]
}

/** Errors first, then warnings, then notices; within a severity by file, line and column. */
export function commentOrder(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || compareFindings(a, b))
}

/** Identical findings (same rule, severity, file, message) grouped, in comment order, in time linear in the findings. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>()
  for (const f of commentOrder(findings)) {
    const key = `${f.rule}\0${f.severity}\0${f.file}\0${f.message}`
    const g = groups.get(key)
    if (g) g.findings.push(f)
    else groups.set(key, { first: f, findings: [f] })
  }
  return [...groups.values()]
}

/** Where each clause of a message ends: "; ", ": ", " — " or ". " outside parentheses, brackets, quotes and code. */
function clauseEnds(text: string): Array<{ at: number; space: boolean }> {
  const out: Array<{ at: number; space: boolean }> = []
  let depth = 0
  let code = false
  let quote = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '`') code = !code
    if (code) continue
    if (c === '"') quote = !quote
    if (quote) continue
    if (c === '(' || c === '[') depth++
    else if ((c === ')' || c === ']') && depth > 0) depth--
    else if (depth === 0 && c === ' ') {
      const before = text[i - 1]
      out.push({ at: i, space: true })
      if (before === ';' || before === ':' || before === '.') out[out.length - 1] = { at: i - 1, space: false }
      else if (text.startsWith('— ', i + 1)) out.push({ at: i, space: false })
    }
  }
  return out
}

/**
 * The visible start of a message: its first clause (to the first "; ", ": ", " — " or ". " outside
 * parentheses, quotes and code), cut at a word to MAX_LEAD characters with "…". A finding said of
 * a line once it runs (engine/coherence.ts) keeps those words and leads with its own first clause.
 * Returns the message itself when the lead would be all of it.
 */
export function leadOf(message: string): string {
  let prefix = ''
  let text = message
  for (const once of [ONCE_RUNNING, ONCE_FOREGROUND]) {
    if (!message.startsWith(`${once} (`)) continue
    // "<once> (as written it …: see …): <message>"
    const close = message.indexOf('): ', once.length)
    if (close > 0) {
      prefix = `${once}: `
      text = message.slice(close + 3)
    }
  }
  const ends = clauseEnds(text)
  const clause = ends.find((e) => !e.space)
  let lead = clause ? text.slice(0, clause.at) : text.replace(/\.$/, '')
  // the room left beside the prefix
  const max = MAX_LEAD - prefix.length
  if (lead.length > max) {
    const word = ends.filter((e) => e.space && e.at <= max - 1).pop()
    lead = (word ? text.slice(0, word.at) : lead.slice(0, max)).replace(/[,;:]$/, '') + '…'
    // cut inside code (no word to cut at before it): the span is closed, so that the rest of the text stays code and is not read as Markdown
    if ((lead.match(/`/g)?.length ?? 0) % 2 === 1) lead += '`'
  }
  const out = prefix + lead
  return out === message || out + '.' === message ? message : out
}

/** One cell: the lead, and the whole message with the rule's id folded beside it when the lead is not all of it. */
function findingCell(f: Finding): string {
  const lead = leadOf(f.message)
  if (lead === f.message) return inline(f.message)
  return `${inline(lead)} <details><summary>more</summary>${inline(f.message)} (rule \`${f.rule}\`)</details>`
}

export interface RowContext {
  repository: string
  sha: string
  serverUrl: string
  /** the folder the findings' paths are relative to, repository-relative ('' for the root) */
  workingDirectory: string
}

/** The link to a file at the head commit, at a line or a span of lines. */
export function lineUrl(file: string, line: number, endLine: number, ctx: RowContext): string {
  const path = ctx.workingDirectory ? `${ctx.workingDirectory}/${file}` : file
  return `${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${pathUrl(path)}${endLine > line ? `#L${line}-L${endLine}` : `#L${line}`}`
}

/**
 * Where a group is: `[Procfile:2](…)` for one finding; for several, the file, how many, and the
 * lines, each a link: listed up to MAX_LISTED_LINES distinct lines (`Procfile ×3, lines 3, 5, 9`),
 * else the first and the last (`Procfile ×12, lines 3–40`).
 */
function whereCell(g: FindingGroup, ctx: RowContext): string {
  const f = g.first
  if (g.findings.length === 1) return `[${inline(`${f.file}:${f.line}`)}](${lineUrl(f.file, f.line, f.endLine, ctx)})`
  const lines = [...new Set(g.findings.map((x) => x.line))].sort((a, b) => a - b)
  const link = (line: number): string => `[${line}](${lineUrl(f.file, line, line, ctx)})`
  const which = lines.length === 1 ? `line ${link(lines[0])}` : lines.length <= MAX_LISTED_LINES ? `lines ${lines.map(link).join(', ')}` : `lines ${link(lines[0])}–${link(lines[lines.length - 1])}`
  return `${inline(f.file)} ×${g.findings.length}, ${which}`
}

/**
 * A row: the severity's icon, the lead (the message folded), where, and the rule's page as the
 * short link "docs" (the rule's id is in the folded message), so that no rule id wraps in a
 * narrow column (issue 26: they wrapped over three lines).
 */
export function groupRow(g: FindingGroup, ctx: RowContext): string {
  const f = g.first
  return `| ${ICON[f.severity]} | ${findingCell(f)} | ${whereCell(g, ctx)} | [docs](${ruleUrl(f.rule)}) |`
}

/** The table's header row and delimiter. */
export const TABLE_HEAD = ['| | Finding | Where | Rule |', '| --- | --- | --- | --- |']
