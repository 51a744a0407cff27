/**
 * Suggested changes on the pull request (issue 14, item 4): each unsuppressed finding whose fix
 * changes lines that the pull request's diff shows gets one review comment with a ```suggestion
 * block, which GitHub lets a reviewer apply with one click. The comments are found again on the
 * next run by a hidden marker on their first line, written by the token's own identity (the same
 * rule as the sticky comment: comment.ts `writtenBy`): left alone when unchanged, edited when
 * their text changed, deleted when no longer wanted (the finding is gone, or its line left the
 * diff). Stale suggestions are deleted rather than resolved: deleting needs no GraphQL and no
 * second permission, and the pull request then shows only what is still true.
 *
 * GitHub's review comments (REST docs, "Pull request review comments"): `line` is a line of the
 * diff on `side` RIGHT (the head), `start_line` the first line of a multi-line comment; both must
 * be lines a hunk shows (added or context lines) and in one hunk, else GitHub answers 422.
 * A suggestion replaces exactly those lines with the block's text ("Incorporating feedback in
 * your pull request", GitHub docs).
 */
import type { Finding } from '../finding.js'
import { SourceFile } from '../files/source-file.js'
import type { applyEdits } from '../fixes/apply.js'
import { hasHiddenCharacters, inline } from '../reporters/markdown.js'
import { writtenBy, type Identity } from './comment.js'

export interface ReviewComment {
  id: number
  body: string
  login: string
  userType: string
  path: string
  /** the comment's line at the head; null when GitHub shows it as outdated */
  line: number | null
  startLine: number | null
}

export interface NewReviewComment {
  /** the head commit the lines are of */
  commitId: string
  path: string
  line: number
  /** set only for a comment over several lines */
  startLine?: number
  body: string
}

export interface ReviewApi {
  /** every review comment of the pull request */
  reviewComments(): Promise<ReviewComment[]>
  createReviewComment(c: NewReviewComment): Promise<ReviewComment>
  updateReviewComment(id: number, body: string): Promise<ReviewComment>
  removeReviewComment(id: number): Promise<void>
}

/** A value in the marker: it cannot close the HTML comment. */
const attr = (v: string): string => JSON.stringify(v).replace(/--/g, '-\\u002d').replace(/>/g, '\\u003e')

/** The hidden first line of a suggestion. */
export function suggestionMarker(rule: string, workingDirectory: string): string {
  return `<!-- rack-check:suggestion rule=${attr(rule)} working-directory=${attr(workingDirectory || '.')} -->`
}

/** Whether a first line is a suggestion marker of this folder (any rule). */
function isMarkerOf(firstLine: string, workingDirectory: string): boolean {
  return firstLine.startsWith('<!-- rack-check:suggestion rule="') && firstLine.endsWith(` working-directory=${attr(workingDirectory || '.')} -->`)
}

/**
 * The head's line numbers a patch shows, by hunk (GitHub's `patch` of the files API is the diff's
 * hunks without the file header). Added and context lines count; removed ones are not at the head.
 */
export function diffLines(patch: string): Map<number, number> {
  const lines = new Map<number, number>()
  let hunk = -1
  let next = 0
  for (const text of patch.split('\n')) {
    const h = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(text)
    if (h) {
      hunk++
      next = Number(h[1])
      continue
    }
    if (hunk < 0) continue
    if (text.startsWith('+') || text.startsWith(' ')) lines.set(next++, hunk)
    // '-' lines are only at the base; '\ No newline at end of file' is no line
  }
  return lines
}

export interface Suggestion extends NewReviewComment {
  marker: string
}

/** A fence no run of backticks in the text can close (CommonMark §4.5). */
function fenced(info: string, text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length))
  const fence = '`'.repeat(Math.max(3, longest + 1))
  return `${fence}${info}\n${text}${text === '' ? '' : '\n'}${fence}`
}

/**
 * The suggestions for one app's findings (app-relative files, as the engine reports them): only
 * fixes on one line or a run of lines of one file, all inside one hunk of the diff. `read` gives
 * an app-relative file's text; `patches` the diff by repository path; `label` names the folder
 * (or the set of folders) in the marker.
 */
export function planSuggestions(
  findings: Finding[],
  prefix: string,
  commitId: string,
  read: (file: string) => string | null,
  patches: Map<string, string | undefined>,
  /** fixes/apply.ts's, passed in: that module is a chunk of its own, loaded by whoever applies fixes first */
  apply: typeof applyEdits,
  label = prefix
): { suggestions: Suggestion[]; outsideDiff: number } {
  const suggestions: Suggestion[] = []
  const keys = new Set<string>()
  let outsideDiff = 0
  const diffs = new Map<string, Map<number, number>>()
  for (const f of findings) {
    if (f.suppressed || !f.fix || f.fix.edits.length === 0) continue
    const file = f.fix.edits[0].file
    if (f.fix.edits.some((e) => e.file !== file)) continue
    const text = read(file)
    if (text === null) continue
    const first = Math.min(...f.fix.edits.map((e) => e.line))
    // an edit that ends at column 1 ends with the line before it (end exclusive)
    const last = Math.max(...f.fix.edits.map((e) => (e.endColumn === 1 && e.endLine > e.line ? e.endLine - 1 : e.endLine)))
    const source = new SourceFile(file, text)
    const start = source.lineOffset(first)
    const end = source.lineOffset(last + 1)
    const before = text.slice(start, end)
    // a line with a carriage return (a CRLF file) or invisible characters cannot be shown as a
    // suggestion that applies as it reads; the sticky comment has the corrected line
    if (before === '' || before.includes('\r')) continue
    let fixed: string
    try {
      fixed = apply(text, f.fix.edits)
    } catch {
      continue
    }
    let after = fixed.slice(start, end + fixed.length - text.length)
    // both keep their last line's newline; a suggestion's block holds the lines without it
    const strip = (s: string): string => (s.endsWith('\n') ? s.slice(0, -1) : s)
    after = strip(after)
    if (after.includes('\r') || after.split('\n').some(hasHiddenCharacters) || strip(before).split('\n').some(hasHiddenCharacters)) continue
    const path = prefix ? `${prefix}/${file}` : file
    const patch = patches.get(path)
    if (!diffs.has(path)) diffs.set(path, patch === undefined ? new Map() : diffLines(patch))
    const shown = diffs.get(path)!
    const hunk = shown.get(first)
    let inside = hunk !== undefined
    for (let l = first; inside && l <= last; l++) inside = shown.get(l) === hunk
    if (!inside) {
      outsideDiff++
      continue
    }
    const marker = suggestionMarker(f.rule, label)
    const key = `${marker}\n${path}\n${first}\n${last}`
    if (keys.has(key)) continue
    keys.add(key)
    const body = `${marker}\n**rack-check** \`${f.rule}\`: ${inline(f.message)}\n\n${inline(f.fix.description)}:\n\n${fenced('suggestion', after)}\n`
    suggestions.push({ marker, commitId, path, line: last, ...(first < last ? { startLine: first } : {}), body })
  }
  return { suggestions, outsideDiff }
}

export interface SyncOutcome {
  created: number
  updated: number
  unchanged: number
  deleted: number
}

/**
 * Makes the pull request's rack-check suggestions for this folder the wanted ones: one review
 * comment per suggestion, never two (an extra one, from a run at the same time, is deleted).
 */
export async function syncSuggestions(api: ReviewApi, who: Identity, prefix: string, wanted: Suggestion[]): Promise<SyncOutcome> {
  const out: SyncOutcome = { created: 0, updated: 0, unchanged: 0, deleted: 0 }
  const ours = (await api.reviewComments())
    .filter((c) => writtenBy({ id: c.id, body: c.body, login: c.login, userType: c.userType, app: null, url: '' }, who) && isMarkerOf(c.body.split(/\r?\n/, 1)[0], prefix))
    .sort((a, b) => a.id - b.id)
  const keyOf = (marker: string, path: string, start: number, line: number): string => `${marker}\n${path}\n${start}\n${line}`
  const existing = new Map<string, ReviewComment>()
  const stale: ReviewComment[] = []
  for (const c of ours) {
    // an outdated comment (no line at the head any more) is stale
    const key = c.line === null ? null : keyOf(c.body.split(/\r?\n/, 1)[0], c.path, c.startLine ?? c.line, c.line)
    if (key === null || existing.has(key)) stale.push(c)
    else existing.set(key, c)
  }
  for (const s of wanted) {
    const key = keyOf(s.marker, s.path, s.startLine ?? s.line, s.line)
    const c = existing.get(key)
    if (!c) {
      await api.createReviewComment(s)
      out.created++
      continue
    }
    existing.delete(key)
    if (c.body === s.body) out.unchanged++
    else {
      await api.updateReviewComment(c.id, s.body)
      out.updated++
    }
  }
  for (const c of [...stale, ...existing.values()]) {
    await api.removeReviewComment(c.id)
    out.deleted++
  }
  return out
}

/** One app folder's findings (app-relative files, as the engine reports them). */
export interface AppFindings {
  findings: Finding[]
  /** the folder relative to the repository root, '' at the root */
  prefix: string
  /** an app-relative file's text, or null */
  read: (file: string) => string | null
}

export interface SuggestionContext {
  enabled: boolean
  /** the pull request's head commit; '' when it is not a pull request */
  headSha: string
  /** the marker's name for the folder, or for the set of folders the action checked */
  label: string
  api: (() => Promise<ReviewApi & { files(): Promise<Array<{ path: string; patch?: string }>>; identity(): Promise<Identity> }>) | null
  log: { info(s: string): void; warning(s: string): void }
  /** an API failure in a few words */
  describe: (e: unknown) => string
}

/** Posts, edits and deletes the suggestions; every failure is a warning. Never throws. */
export async function publishSuggestions(apps: AppFindings[], c: SuggestionContext): Promise<void> {
  if (!c.enabled || !c.api || !/^[0-9a-f]{40}$/.test(c.headSha)) return
  try {
    const api = await c.api()
    const patches = new Map((await api.files()).map((f) => [f.path, f.patch]))
    const wanted: Suggestion[] = []
    let outsideDiff = 0
    const { applyEdits } = await import('../fixes/apply.js')
    for (const app of apps) {
      const plan = planSuggestions(app.findings, app.prefix, c.headSha, app.read, patches, applyEdits, c.label)
      wanted.push(...plan.suggestions)
      outsideDiff += plan.outsideDiff
    }
    const who = await api.identity()
    const r = await syncSuggestions(api, who, c.label, wanted)
    const outside = outsideDiff ? `; ${outsideDiff} fix${outsideDiff === 1 ? ' is' : 'es are'} on lines outside the diff (the comment shows the corrected line)` : ''
    c.log.info(`rack-check: suggested changes: ${r.created} posted, ${r.updated} edited, ${r.unchanged} unchanged, ${r.deleted} removed${outside}`)
  } catch (e) {
    c.log.warning(`rack-check could not update the suggested changes on the pull request (${c.describe(e)}); the comment and the annotations still have the fixes.`)
  }
}
