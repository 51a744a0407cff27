/**
 * The action's inputs to engine/check-folders.ts: the app folders of a checkout (the
 * working-directory lines, or every app folder with `auto`), the configuration the `config` input
 * names, and the same for `source: api` (a folder and `.rack-check.yml` read at the head).
 */
import * as core from './runner.js'
import { realpathSync, statSync } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { normalPrefix, realpathOr } from '../files/repository.js'
import { CONFIG_FILES, ConfigError, globMatcher, type Config } from '../engine/config.js'
import { configFromText, findConfig, loadConfig } from '../engine/config-file.js'
import { appsBelow, findApps, MAX_FOLDERS, tooDeepNote } from '../engine/apps.js'
import type { Folder } from '../engine/check-folders.js'
import { InputError, type ActionInputs } from './inputs.js'
import { plural } from '../core/text.js'

export interface CheckoutFolders {
  folders: Folder[]
  /** the `config` input's configuration, for every folder (null: each folder's own is found) */
  config: Config | null
  /** several folders: the set's name in the comment's marker (`auto`, or the folders); null for one folder */
  label: string | null
}

/** The folders of a checkout to check, and the configuration given. */
export async function checkoutFolders(inputs: ActionInputs, workspace: string): Promise<CheckoutFolders> {
  if (inputs.auto) {
    const config = await givenConfig(workspace, inputs.config)
    // the `ignore` globs of the `config` input, else of the root's .rack-check.yml
    const rootConfig = config ?? (await findConfig(workspace, workspace))?.config ?? null
    const ignore = (rootConfig?.ignore ?? []).map(globMatcher)
    const found = findApps(realpathSync(workspace), (rel) => ignore.some((m) => m(rel)))
    if (found.truncated) core.warning(`rack-check: working-directory: auto looked at ${MAX_FOLDERS} folders and stopped there; list the app folders instead`)
    const deep = tooDeepNote(found, '.')
    if (deep) core.warning(`rack-check: working-directory: auto ${deep}`)
    let folders = found.apps.map((rel) => ({ dir: rel ? join(workspace, rel) : workspace, prefix: rel }))
    if (folders.length === 0) folders = [{ dir: workspace, prefix: '' }]
    core.info(`rack-check: working-directory: auto found ${plural(folders.length, 'app folder')}: ${folders.map((f) => f.prefix || '.').join(', ')}`)
    return { folders, config, label: 'auto' }
  }
  let folders = inputs.workingDirectories.map((given) => checkoutFolder(workspace, given))
  folders = folders.filter((f, i) => folders.findIndex((g) => g.prefix === f.prefix) === i)
  const config = await givenConfig(workspace, inputs.config)
  // the marker names the set, so that a one-folder job of the same repository keeps its own comment
  return { folders, config, label: inputs.workingDirectories.length > 1 ? folders.map((f) => f.prefix || '.').join(',') : null }
}

/**
 * Nothing found in the folders given (not `auto`): a folder with app folders below it (a
 * monorepo's root) gets a notice that says how many and suggests `working-directory: auto`.
 */
export async function suggestAuto(folders: Folder[], config: Config | null, workspace: string): Promise<void> {
  for (const f of folders) {
    const ignore = ((config ?? (await findConfig(f.dir, workspace))?.config)?.ignore ?? []).map(globMatcher)
    const below = appsBelow(f.dir, (rel) => ignore.some((m) => m(f.prefix ? `${f.prefix}/${rel}` : rel)))
    if (below) core.notice(`rack-check: no Cloud 66 deployment files in ${f.prefix || '.'} itself, but ${below}; set working-directory: auto to check every app folder (or list them, one per line)`)
  }
}

/** A working-directory line of a checkout: the folder on this machine and its repository path. */
function checkoutFolder(workspace: string, given: string): Folder {
  const dir = resolve(workspace, given)
  const inside = relative(realpathSync(workspace), realpathOr(dir))
  if (inside === '..' || inside.startsWith('..' + sep) || isAbsolute(inside)) throw new InputError(`working-directory "${given}" is outside the workspace`)
  if (!isDirectory(dir)) throw new InputError(`working-directory "${given}" is not a folder`)
  // the workspace is the repository root (actions/checkout puts the repository there)
  return { dir, prefix: inside === '' ? '' : inside.split('\\').join('/') }
}

/** The `config` input of a checkout (relative to the workspace); null when not given (each folder's `.rack-check.yml` is found, else the workspace's). */
async function givenConfig(workspace: string, input: string): Promise<Config | null> {
  if (!input) return null
  const path = resolve(workspace, input)
  const inside = relative(realpathSync(workspace), path)
  if (inside === '..' || inside.startsWith('..' + sep) || isAbsolute(inside)) throw new InputError(`config "${input}" is outside the workspace`)
  // read through the workspace's Workspace: no link on the way may lead out of it
  return (await loadConfig(path, input, workspace)).config
}

/** The working directory for `source: api`: a plain relative folder of the repository. */
export function apiPrefix(workingDirectory: string): string {
  const prefix = normalPrefix(workingDirectory)
  if (workingDirectory.startsWith('/') || prefix.split('/').some((part) => part === '..' || part === '.' || (part === '' && prefix !== ''))) throw new InputError(`working-directory "${workingDirectory}" must be a folder inside the repository, such as apps/web`)
  return prefix
}

/**
 * `.rack-check.yml` (or `.rack-check.yaml`) read through the API at the head: the `config` input,
 * else the app folder's, else the root's; a folder with both is a configuration error, as in a
 * checkout (engine/config-file.ts `findConfig`). `inPrefix`: whether the app folder's tree has a
 * file (paths relative to it), so that only the names it has are fetched.
 */
export async function apiConfig(input: string, prefix: string, read: (path: string) => Promise<Buffer | null>, inPrefix?: (path: string) => boolean): Promise<Config | null> {
  if (input) {
    const bytes = await read(normalPrefix(input))
    if (!bytes) throw new InputError(`config "${input}" is not a file at the pull request's head`)
    return (await configFromText(normalPrefix(input), '', bytes.toString('utf8'))).config
  }
  for (const folder of prefix ? [prefix, ''] : ['']) {
    const found: Array<{ path: string; bytes: Buffer }> = []
    for (const name of CONFIG_FILES) {
      const path = folder ? `${folder}/${name}` : name
      // the app folder's tree is known already: no request for a name it does not have
      if (folder === prefix && inPrefix && !inPrefix(name)) continue
      const bytes = await read(path)
      if (bytes) found.push({ path, bytes })
    }
    if (found.length > 1) throw new ConfigError(`${found[1].path}: both ${found.map((f) => f.path).join(' and ')} exist; rack-check reads one configuration per folder, so delete one of them (or merge them into one)`)
    if (found.length === 1) return (await configFromText(found[0].path, '', found[0].bytes.toString('utf8'))).config
  }
  return null
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}
