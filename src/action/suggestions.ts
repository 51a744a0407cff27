/**
 * Suggested changes on the pull request (issue 14, item 4): each unsuppressed finding whose fix
 * changes lines that the pull request's diff shows gets one review comment with a ```suggestion
 * block, which GitHub lets a reviewer apply with one click. The comments are found again on the
 * next run by a hidden marker on their first line, written by the token's own identity (the same
 * rule as the sticky comment: sticky-comment.ts `writtenBy`): left alone when unchanged, edited when
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
import type { Finding } from '../core/finding.js'
import { SourceFile } from '../files/source-file.js'
import type { applyEdits } from '../fixes/apply.js'
import { hasHiddenCharacters, inline } from '../reporters/markdown.js'
import { writtenBy, type Identity } from './sticky-comment.js'
import { append } from '../core/arrays.js'

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

/** At most this many suggestions are posted in a run: each is a review comment, a notification and a write. */
export const MAX_SUGGESTIONS = 50

/** A fix whose lines the head does not have where the fix was made for them: no suggestion (see `planSuggestions`). */
export interface NotAtHead {
  rule: string
  /** repository path */
  path: string
  /** the first line the fix was made for, in the checked file */
  line: number
  why: 'moved' | 'unread'
}

export interface Plan {
  suggestions: Suggestion[]
  /** fixes on lines the diff does not show */
  outsideDiff: number
  /** fixes posted at another line of the head than in the checked file (the block found once at the head) */
  moved: number
  /** fixes not posted because the head's lines are not the ones the fix was made for */
  notAtHead: NotAtHead[]
  /** fixes left out past MAX_SUGGESTIONS */
  overLimit: number
}

/**
 * Where the checked file's lines `first`… (the block `lines`) are at the head, 1-based: the same
 * line when the head has the same text there, else the one place the head has that block, else
 * null (not there, or there more than once).
 */
function headLine(head: HeadLines, first: number, lines: string[]): number | null {
  const same = (at: number): boolean => lines.every((l, i) => head.lines[at - 1 + i] === l)
  if (same(first)) return first
  const candidates = head.index().get(lines[0]) ?? []
  let found: number | null = null
  // a line the file has thousands of times: ambiguous, whatever the rest of the block
  for (const at of candidates.slice(0, 1000)) {
    if (!same(at)) continue
    if (found !== null) return null
    found = at
  }
  return candidates.length > 1000 ? null : found
}

/** A head file's lines, with an index of where each line text is (made when first needed). */
class HeadLines {
  readonly lines: string[]
  private byText: Map<string, number[]> | null = null

  constructor(text: string) {
    // the engine reads a file without its byte order mark
    this.lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split('\n')
  }

  index(): Map<string, number[]> {
    if (!this.byText) {
      this.byText = new Map()
      this.lines.forEach((l, i) => {
        const at = this.byText!.get(l)
        if (at) at.push(i + 1)
        else this.byText!.set(l, [i + 1])
      })
    }
    return this.byText
  }
}

/**
 * The suggestions for one app's findings (app-relative files, as the engine reports them): only
 * fixes on one line or a run of lines of one file, all inside one hunk of the diff. `read` gives
 * an app-relative file's text; `patches` the diff by repository path; `label` names the folder
 * (or the set of folders) in the marker.
 *
 * `head`: the pull request head's text of each repository path, when the checked files may not be
 * the head's (a `pull_request` checkout is the merge of the head with the base: a line the base
 * added above moves every line below it). A suggestion is made of the head's lines, so it is
 * posted only where the head has exactly the lines the fix was made for: at the same line, or at
 * the one place the head has them; otherwise not at all (`notAtHead`). null: the checked files
 * are the head's (`source: api`).
 *
 * Linear in the findings: each file is split into lines once, and each fix applied to its own lines.
 */
export function planSuggestions(
  findings: Finding[],
  prefix: string,
  commitId: string,
  read: (file: string) => string | null,
  patches: Map<string, string | undefined>,
  /** fixes/apply.ts's, passed in: that module is a chunk of its own, loaded by whoever applies fixes first */
  apply: typeof applyEdits,
  label = prefix,
  head: Map<string, string | null> | null = null,
  room = MAX_SUGGESTIONS
): Plan {
  const plan: Plan = { suggestions: [], outsideDiff: 0, moved: 0, notAtHead: [], overLimit: 0 }
  const keys = new Set<string>()
  const diffs = new Map<string, Map<number, number>>()
  const sources = new Map<string, SourceFile | null>()
  const heads = new Map<string, HeadLines | null>()
  // both keep their last line's newline; a suggestion's block holds the lines without it
  const strip = (s: string): string => (s.endsWith('\n') ? s.slice(0, -1) : s)
  for (const f of findings) {
    if (f.suppressed || !f.fix || f.fix.edits.length === 0) continue
    if (plan.suggestions.length >= room) {
      plan.overLimit++
      continue
    }
    const file = f.fix.edits[0].file
    if (f.fix.edits.some((e) => e.file !== file)) continue
    if (!sources.has(file)) {
      const text = read(file)
      sources.set(file, text === null ? null : new SourceFile(file, text))
    }
    const source = sources.get(file)!
    if (source === null) continue
    const first = Math.min(...f.fix.edits.map((e) => e.line))
    // an edit that ends at column 1 ends with the line before it (end exclusive)
    const last = Math.max(...f.fix.edits.map((e) => (e.endColumn === 1 && e.endLine > e.line ? e.endLine - 1 : e.endLine)))
    const before = source.text.slice(source.lineOffset(first), source.lineOffset(last + 1))
    // a line with a carriage return (a CRLF file) or invisible characters cannot be shown as a
    // suggestion that applies as it reads; the sticky comment has the corrected line
    if (before === '' || before.includes('\r')) continue
    let after: string
    try {
      // the edits applied to their own lines, not to the whole file
      after = strip(apply(before, f.fix.edits.map((e) => ({ ...e, line: e.line - first + 1, endLine: e.endLine - first + 1 }))))
    } catch {
      continue
    }
    const lines = strip(before).split('\n')
    if (after.includes('\r') || after.split('\n').some(hasHiddenCharacters) || lines.some(hasHiddenCharacters)) continue
    const path = prefix ? `${prefix}/${file}` : file
    const patch = patches.get(path)
    if (patch === undefined) {
      plan.outsideDiff++
      continue
    }
    // the lines at the head
    let at = first
    if (head) {
      if (!heads.has(path)) {
        const text = head.get(path)
        heads.set(path, typeof text === 'string' ? new HeadLines(text) : null)
      }
      const h = heads.get(path)!
      const found = h === null ? null : headLine(h, first, lines)
      if (found === null) {
        plan.notAtHead.push({ rule: f.rule, path, line: first, why: h === null ? 'unread' : 'moved' })
        continue
      }
      if (found !== first) plan.moved++
      at = found
    }
    const end = at + (last - first)
    if (!diffs.has(path)) diffs.set(path, diffLines(patch))
    const shown = diffs.get(path)!
    const hunk = shown.get(at)
    let inside = hunk !== undefined
    for (let l = at; inside && l <= end; l++) inside = shown.get(l) === hunk
    if (!inside) {
      plan.outsideDiff++
      continue
    }
    const marker = suggestionMarker(f.rule, label)
    const key = `${marker}\n${path}\n${at}\n${end}`
    if (keys.has(key)) continue
    keys.add(key)
    const body = `${marker}\n**rack-check** \`${f.rule}\`: ${inline(f.message)}\n\n${inline(f.fix.description)}:\n\n${fenced('suggestion', after)}\n`
    plan.suggestions.push({ marker, commitId, path, line: end, ...(at < end ? { startLine: at } : {}), body })
  }
  return plan
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
  api: (() => Promise<ReviewApi & { files(): Promise<Array<{ path: string; patch?: string }>>; identity(): Promise<Identity>; fileAt(sha: string, prefix: string, path: string): Promise<Buffer | null> }>) | null
  /**
   * The checked files are the head's (`source: api` read them at the head): no need to read them
   * again. Otherwise (a checkout, which on `pull_request` is the merge with the base) the head's
   * files with fixes in the diff are read through the API and each suggestion is placed on them.
   */
  checkedAtHead: boolean
  log: { info(s: string): void; warning(s: string): void }
  /** an API failure in a few words */
  describe: (e: unknown) => string
}

/** At most this many files are read at the head to place suggestions (a contents request each). */
export const MAX_HEAD_FILES = 20

/** The repository paths of the fixes the diff may show (their file has a patch), at most `max`. */
function fixedPaths(apps: AppFindings[], patches: Map<string, string | undefined>, max: number): string[] {
  const paths = new Set<string>()
  for (const app of apps) {
    for (const f of app.findings) {
      if (f.suppressed || !f.fix || f.fix.edits.length === 0) continue
      const path = app.prefix ? `${app.prefix}/${f.fix.edits[0].file}` : f.fix.edits[0].file
      if (patches.get(path) !== undefined) paths.add(path)
      if (paths.size >= max) return [...paths]
    }
  }
  return [...paths]
}

const fixes = (n: number): string => `${n} fix${n === 1 ? '' : 'es'}`

/** Posts, edits and deletes the suggestions; every failure is a warning. Never throws. */
export async function publishSuggestions(apps: AppFindings[], c: SuggestionContext): Promise<void> {
  if (!c.enabled || !c.api || !/^[0-9a-f]{40}$/.test(c.headSha)) return
  try {
    const api = await c.api()
    const patches = new Map((await api.files()).map((f) => [f.path, f.patch]))
    let head: Map<string, string | null> | null = null
    if (!c.checkedAtHead) {
      head = new Map()
      for (const path of fixedPaths(apps, patches, MAX_HEAD_FILES)) {
        let text: string | null = null
        try {
          text = (await api.fileAt(c.headSha, '', path))?.toString('utf8') ?? null
        } catch (e) {
          c.log.info(`rack-check: could not read ${path} at the pull request's head (${c.describe(e)}), so its fixes get no suggested change`)
        }
        head.set(path, text)
      }
    }
    const wanted: Suggestion[] = []
    const total: Omit<Plan, 'suggestions'> = { outsideDiff: 0, moved: 0, notAtHead: [], overLimit: 0 }
    const { applyEdits } = await import('../fixes/apply.js')
    for (const app of apps) {
      const plan = planSuggestions(app.findings, app.prefix, c.headSha, app.read, patches, applyEdits, c.label, head, MAX_SUGGESTIONS - wanted.length)
      wanted.push(...plan.suggestions)
      total.outsideDiff += plan.outsideDiff
      total.moved += plan.moved
      total.overLimit += plan.overLimit
      append(total.notAtHead, plan.notAtHead)
    }
    if (total.notAtHead.length > 0) {
      const named = total.notAtHead.slice(0, 10).map((n) => `${n.path}:${n.line} (${n.rule}${n.why === 'unread' ? ', file not read at the head' : ''})`)
      const more = total.notAtHead.length > 10 ? ` and ${total.notAtHead.length - 10} more` : ''
      c.log.info(
        `rack-check: no suggested change for ${fixes(total.notAtHead.length)} whose lines the pull request's head does not have where they were checked (a pull_request checkout is the merge with the base, whose lines may differ from the head's): ${named.join(', ')}${more}; the comment shows the corrected line`
      )
    }
    const who = await api.identity()
    const r = await syncSuggestions(api, who, c.label, wanted)
    const outside = total.outsideDiff ? `; ${fixes(total.outsideDiff)} ${total.outsideDiff === 1 ? 'is' : 'are'} on lines outside the diff (the comment shows the corrected line)` : ''
    const moved = total.moved ? `; ${fixes(total.moved)} placed at the head's own line numbers, which differ from the checkout's` : ''
    const skipped = total.notAtHead.length ? `; ${fixes(total.notAtHead.length)} skipped (not the same lines at the head)` : ''
    const over = total.overLimit ? `; ${total.overLimit} more fix${total.overLimit === 1 ? "" : "es"} not suggested (at most ${MAX_SUGGESTIONS} suggestions a run; the report lists every finding)` : ''
    c.log.info(`rack-check: suggested changes: ${r.created} posted, ${r.updated} edited, ${r.unchanged} unchanged, ${r.deleted} removed${outside}${moved}${skipped}${over}`)
  } catch (e) {
    c.log.warning(`rack-check could not update the suggested changes on the pull request (${c.describe(e)}); the comment and the annotations still have the fixes.`)
  }
}
