/**
 * The sticky pull-request comment: found again by its hidden marker, on the first line of a
 * comment written by the token's own identity, edited in place, created only when the `comment`
 * policy says so, and never duplicated — after creating one, the comments are listed again and
 * the newer duplicates (from a run at the same time) are removed. The API is an interface so that
 * this logic does not depend on octokit; github-api.ts implements it.
 */
import { ApiProblem } from './api-guard.js'

export interface IssueComment {
  id: number
  body: string
  login: string
  /** the author's account type: `User`, `Bot`, `Organization` */
  userType: string
  /** the GitHub App that wrote it (`performed_via_github_app.slug`), if any */
  app: string | null
  url: string
}

/** The token's own account: a user, or a bot (installation tokens: GITHUB_TOKEN, GitHub Apps). */
export interface Identity {
  login: string
  bot: boolean
}

export interface CommentApi {
  /** every comment of the pull request, oldest first */
  list(): Promise<IssueComment[]>
  create(body: string): Promise<IssueComment>
  update(id: number, body: string): Promise<IssueComment>
  remove(id: number): Promise<void>
}

export type CommentOutcome = { action: 'created' | 'updated' | 'unchanged'; url: string } | { action: 'skipped'; url: '' }

/** REST names a bot `<slug>[bot]`; GraphQL's viewer may name it without the suffix. */
const botName = (login: string): string => login.replace(/\[bot\]$/, '')

/** Written by this identity: a bot only matches a Bot account, a user only a non-bot one. */
export function writtenBy(c: IssueComment, who: Identity): boolean {
  if (who.bot) return c.userType === 'Bot' && botName(c.login) === botName(who.login)
  return c.userType !== 'Bot' && c.login === who.login
}

/**
 * rack-check's comment for this folder: the marker is the whole first line, where rack-check
 * puts it (repository text is never on that line, so it cannot make a comment look like one).
 */
export function isOurComment(c: IssueComment, who: Identity, marker: string): boolean {
  return writtenBy(c, who) && c.body.split(/\r?\n/, 1)[0] === marker
}

/**
 * A write that failed in a way that does not say whether GitHub did it: the connection was lost
 * or timed out, a 5xx, or an answer that could not be read.
 */
export function mayHaveBeenWritten(e: unknown): boolean {
  if (e instanceof ApiProblem) return e.kind === 'timeout' || e.kind === 'unexpected-answer'
  const s = (e as { status?: unknown })?.status
  return typeof s === 'number' && s >= 500
}

/**
 * `create`: whether a new comment may be created (an existing one is always kept current, so a
 * pull request that becomes clean says so instead of keeping stale findings).
 */
export async function upsertComment(api: CommentApi, marker: string, who: Identity, body: string, create: boolean): Promise<CommentOutcome> {
  const mine = (all: IssueComment[]): IssueComment[] => all.filter((c) => isOurComment(c, who, marker)).sort((a, b) => a.id - b.id)
  const existing = mine(await api.list())
  if (existing.length) return keepOne(api, existing, body)
  if (!create) return { action: 'skipped', url: '' }
  let created: IssueComment | null = null
  try {
    created = await api.create(body)
  } catch (e) {
    // the comment may be there though the answer was lost: look again before writing again,
    // since every new comment notifies everyone subscribed to the pull request
    if (!mayHaveBeenWritten(e)) throw e
  }
  // another run may have created one at the same time: keep the oldest, remove the rest
  const after = mine(await api.list())
  if (after.length === 0) {
    created ??= await api.create(body)
    return { action: 'created', url: created.url }
  }
  if (created === null || after[0].id === created.id) {
    const [keep, ...extra] = after
    for (const c of extra) await api.remove(c.id)
    return { action: 'created', url: keep.url }
  }
  return keepOne(api, after, body)
}

/** Keeps the oldest of our comments current and removes the others. */
async function keepOne(api: CommentApi, ours: IssueComment[], body: string): Promise<CommentOutcome> {
  const [keep, ...extra] = ours
  for (const c of extra) await api.remove(c.id)
  if (keep.body === body) return { action: 'unchanged', url: keep.url }
  return { action: 'updated', url: (await api.update(keep.id, body)).url }
}

/** Files whose change makes `comment: changed` comment even without findings (contract §3). */
export function touchesDeployment(files: Array<{ path: string; patch?: string }>, prefix: string, serverConfig: string[]): boolean {
  const inApp = (p: string): string | null => (prefix === '' ? p : p.startsWith(prefix + '/') ? p.slice(prefix.length + 1) : null)
  const configs = new Set(serverConfig.map((c) => (prefix && c.startsWith(prefix + '/') ? c.slice(prefix.length + 1) : c)))
  return files.some(({ path, patch }) => {
    const p = inApp(path)
    if (p === null) return false
    if (/^Procfile(_[^/]+)?$/.test(p) || p.startsWith('.cloud66/') || configs.has(p)) return true
    if (/^config\/(puma(\/[^/]+)?\.rb|unicorn\.rb|thin\.ya?ml)$/.test(p)) return true
    // Gemfile.lock: only when a server gem's line changes
    if (p === 'Gemfile.lock' || p === 'gems.locked') return patch === undefined || /^[+-] {4}(puma|unicorn|thin|passenger|rack|railties) \(/m.test(patch)
    return false
  })
}
