/**
 * The sticky pull-request comment: found again by its hidden marker among the comments written by
 * the token's own identity, edited in place, created only when the `comment` policy says so, and
 * never duplicated — after creating one, the comments are listed again and the newer duplicates
 * (from a run at the same time) are removed. The API is an interface so that this logic does not
 * depend on octokit; github.ts implements it.
 */

export interface IssueComment {
  id: number
  body: string
  login: string
  url: string
}

export interface CommentApi {
  /** every comment of the pull request, oldest first */
  list(): Promise<IssueComment[]>
  create(body: string): Promise<IssueComment>
  update(id: number, body: string): Promise<IssueComment>
  remove(id: number): Promise<void>
}

export type CommentOutcome = { action: 'created' | 'updated' | 'unchanged'; url: string } | { action: 'skipped'; url: '' }

/**
 * `create`: whether a new comment may be created (an existing one is always kept current, so a
 * pull request that becomes clean says so instead of keeping stale findings).
 */
export async function upsertComment(api: CommentApi, marker: string, login: string, body: string, create: boolean): Promise<CommentOutcome> {
  const mine = (all: IssueComment[]): IssueComment[] => all.filter((c) => c.login === login && c.body.includes(marker)).sort((a, b) => a.id - b.id)
  const existing = mine(await api.list())
  if (existing.length) {
    const [keep, ...extra] = existing
    for (const c of extra) await api.remove(c.id)
    if (keep.body === body) return { action: 'unchanged', url: keep.url }
    return { action: 'updated', url: (await api.update(keep.id, body)).url }
  }
  if (!create) return { action: 'skipped', url: '' }
  const created = await api.create(body)
  // another run may have created one at the same time: keep the oldest, remove the rest
  const after = mine(await api.list())
  if (after.length > 1) {
    const [keep, ...extra] = after
    for (const c of extra) await api.remove(c.id)
    if (keep.id !== created.id) return { action: keep.body === body ? 'unchanged' : 'updated', url: keep.body === body ? keep.url : (await api.update(keep.id, body)).url }
  }
  return { action: 'created', url: created.url }
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
