/**
 * The folders of a monorepo (`--recursive`, the action's `working-directory: auto`): every folder
 * under the given one that has a Procfile, a `Procfile_<env>` or a `.cloud66/` folder. Links are
 * never followed, and `.git`, `node_modules`, `vendor` and the configuration's `ignore` globs are
 * never entered; the walk is bounded (MAX_FOLDERS folders, MAX_DEPTH deep) so that a huge tree cannot
 * stall the run, and the result says when a bound was reached: the caller tells the user.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { plural } from '../core/text.js'

const SKIP = new Set(['.git', 'node_modules', 'vendor', '.cloud66', '.bundle'])
/** folders looked at, at the most (a repository with more is cut, and the caller says so) */
export const MAX_FOLDERS = 20_000
/** folders deeper than this below the start are not looked into (the caller says which were left) */
export const MAX_DEPTH = 32

export interface FoundApps {
  /** app folders relative to the start folder, "/" separated ('' = the start folder itself) */
  apps: string[]
  /** the walk stopped at MAX_FOLDERS */
  truncated: boolean
  /** folders MAX_DEPTH deep whose subfolders were not looked into, "/" separated (the first three) */
  tooDeep: string[]
  /** the subfolders not looked into because they are deeper than MAX_DEPTH */
  tooDeepCount: number
}

/** `ignored(rel)` tells whether a folder (relative to `root`, "/" separated) is left out. */
export function findApps(root: string, ignored: (rel: string) => boolean = () => false): FoundApps {
  const apps: string[] = []
  let seen = 0
  let truncated = false
  const tooDeep: string[] = []
  let tooDeepCount = 0
  const visit = (rel: string, depth: number): void => {
    if (truncated) return
    if (++seen > MAX_FOLDERS) {
      truncated = true
      return
    }
    let entries
    try {
      entries = readdirSync(rel ? join(root, rel) : root, { withFileTypes: true })
    } catch {
      return
    }
    const isApp = entries.some((e) => (e.isFile() && (e.name === 'Procfile' || e.name.startsWith('Procfile_'))) || (e.isDirectory() && e.name === '.cloud66'))
    if (isApp) apps.push(rel)
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      // isDirectory() is false for a link to a folder: links are not followed
      if (!e.isDirectory() || SKIP.has(e.name)) continue
      const child = rel ? `${rel}/${e.name}` : e.name
      if (ignored(child)) continue
      if (depth >= MAX_DEPTH) {
        // never silently: the caller says how many folders were left, and under which
        tooDeepCount++
        if (tooDeep.length < 3 && !tooDeep.includes(rel)) tooDeep.push(rel)
        continue
      }
      visit(child, depth + 1)
    }
  }
  visit('', 0)
  return { apps, truncated, tooDeep, tooDeepCount }
}

/** What a walk that reached MAX_DEPTH left out, as the end of a sentence; null when nothing. */
export function tooDeepNote(found: FoundApps, start: string): string | null {
  if (found.tooDeepCount === 0) return null
  const under = found.tooDeep.map((rel) => (!rel ? start : start === '.' ? rel : `${start.replace(/\/+$/, '')}/${rel}`))
  const n = found.tooDeepCount
  return `did not look into ${plural(n, 'folder')} more than ${MAX_DEPTH} levels deep (below ${under.join(', ')}${found.tooDeep.length < n && found.tooDeep.length === 3 ? ', …' : ''}), so an app there is not checked; give its folder explicitly`
}

/**
 * A folder with no deployment files of its own but app folders below it (a monorepo's root
 * checked without --recursive): how many, and the first three, as the start of a sentence
 * ("3 app folders below it: apps/api, apps/web, services/admin"); null when there are none. The
 * shells add how to check them (`--recursive`, `working-directory: auto`).
 */
export function appsBelow(folder: string, ignored?: (rel: string) => boolean): string | null {
  const found = findApps(folder, ignored)
  const below = found.apps.filter((rel) => rel !== '')
  if (below.length === 0) return null
  const n = below.length
  const more = n > 3 ? `, and ${n - 3} more` : ''
  return `${n}${found.truncated ? ' or more' : ''} app folder${n === 1 ? '' : 's'} below it: ${below.slice(0, 3).join(', ')}${more}`
}
