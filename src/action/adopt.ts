/**
 * The action's side of adoption (issue 26; engine/adopt.ts): `filter` (input, else
 * `.rack-check.yml`'s `filter`, else `changed` on pull_request and pull_request_target events and
 * `all` elsewhere; the changed files are the pull request's, from the API's files list) and the
 * baseline (input `baseline`, else `.rack-check.yml`'s `baseline`, else `.rack-check-baseline.json`
 * in the checked folder: the working directory, or the workspace for several folders and `auto`).
 */
import * as core from './runner.js'
import { isAbsolute, relative, resolve, sep } from 'node:path'
import type { CheckedFolder, FoldersResult } from '../engine/check-folders.js'
import type { Adopted, Adoption } from '../engine/adopt.js'
import { ConfigError, type Config } from '../engine/config.js'
import { realpathOr, within } from '../files/repository.js'
import { Workspace } from '../files/workspace.js'
import type { ActionEvent } from './event.js'
import type { PullRequestApi } from './github-api.js'
import { InputError, type ActionInputs } from './inputs.js'
import { apiError } from './problems.js'
import { plural } from '../core/text.js'

const BASELINE_FILE = '.rack-check-baseline.json'

export interface ActionAdoption {
  hook?: (folders: CheckedFolder[]) => Promise<void>
  record(result: FoldersResult): Promise<void>
}

export interface AdoptionPlace {
  workspace: string
  /** the checked root's repository path ('' for the workspace) */
  prefix: string
  /** the configuration that gives the run-wide keys, with the repository path of its folder */
  config: { config: Config; prefix: string } | null
  /** reads a file of the repository (the checkout, or the API at the head); null when absent */
  read(path: string): Promise<string | null>
}

/** What the run counts; nothing to do (and the adoption module not loaded) when neither is in use. */
export async function actionAdoption(inputs: ActionInputs, event: ActionEvent, place: AdoptionPlace, api: (() => Promise<PullRequestApi>) | null): Promise<ActionAdoption> {
  const filter = inputs.filter || place.config?.config.filter || (event.pullRequest ? 'changed' : 'all')
  let changed: Set<string> | null = null
  if (filter === 'changed') changed = await changedFiles(event, api)
  const baselinePath = baselineOf(inputs, place)
  const text = await place.read(baselinePath.path)
  if (text === null && baselinePath.given) throw new ConfigError(`${baselinePath.path}: no such file (the ${baselinePath.given} names it)`)
  if (text === null && changed === null) return { record: async () => {} }
  const m = await import('../engine/adopt.js')
  const baseline = text === null ? null : m.parseBaseline(baselinePath.path, place.prefix, text)
  const adoption: Adoption = { changed, baseline }
  let adopted: Adopted | undefined
  if (changed) core.info(`rack-check: filter: changed (${plural(changed.size, 'file')} changed in the pull request)`)
  return {
    hook: async (folders) => void (adopted = await m.adoptFolders(folders, adoption)),
    record: async (result) => m.recordAdoption(result, adoption, adopted!)
  }
}

/** The pull request's changed files; null (every finding counts) with a notice when they cannot be read. */
async function changedFiles(event: ActionEvent, api: (() => Promise<PullRequestApi>) | null): Promise<Set<string> | null> {
  if (!event.pullRequest) {
    core.notice('rack-check: filter: changed needs a pull request to know what changed; every finding counts (filter: all).')
    return null
  }
  if (!api) {
    core.notice('rack-check could not read the pull request\'s changed files (no token or repository), so every finding counts (filter: all).')
    return null
  }
  try {
    const files = await (await api()).files()
    // GitHub lists at most 3000 files of a pull request (docs/research/github-actions.md#pull-request-files-list): past that the list may not be the whole change
    if (files.length >= 3000) {
      core.notice(`rack-check: the pull request changes ${files.length} or more files, more than GitHub lists, so every finding counts (filter: all).`)
      return null
    }
    return new Set(files.map((f) => f.path))
  } catch (e) {
    core.notice(`rack-check could not read the pull request's changed files (${apiError(e)}), so every finding counts (filter: all).`)
    return null
  }
}

/** The baseline's repository path, and what named it ('' for the default). */
function baselineOf(inputs: ActionInputs, place: AdoptionPlace): { path: string; given: string } {
  const inRepo = (p: string, what: string): string => {
    const norm = p.split(sep).join('/')
    if (isAbsolute(p) || norm.split('/').includes('..')) throw new InputError(`${what} "${p}" must be a file inside the repository`)
    return norm.replace(/^\.\//, '')
  }
  if (inputs.baseline) return { path: inRepo(inputs.baseline, 'baseline'), given: 'baseline input' }
  const c = place.config
  if (c?.config.baseline) return { path: inRepo(c.prefix ? `${c.prefix}/${c.config.baseline}` : c.config.baseline, 'baseline'), given: `\`baseline\` of ${c.config.path}` }
  return { path: place.prefix ? `${place.prefix}/${BASELINE_FILE}` : BASELINE_FILE, given: '' }
}

/** A checkout's reader: a repository path read through the workspace (no link out of it). */
export function checkoutReader(workspace: string): (path: string) => Promise<string | null> {
  return async (path) => {
    const r = new Workspace(workspace).read(path)
    if (r.ok) return r.file.text
    if (r.missing) return null
    throw new ConfigError(`${path}: ${r.problem}`)
  }
}

/** The configuration whose `filter` and `baseline` apply to the run: the `config` input's, else the checked root's `.rack-check.yml`, else the workspace's. */
export async function runConfig(inputs: ActionInputs, workspace: string, checkedRoot: string): Promise<AdoptionPlace['config']> {
  const { findConfig, loadConfig } = await import('../engine/config-file.js')
  const found = inputs.config ? await loadConfig(resolve(workspace, inputs.config), inputs.config, workspace) : await findConfig(checkedRoot, workspace)
  return found ? { config: found.config, prefix: workspacePath(workspace, found.folder) } : null
}

/** The repository path of a folder of the workspace ('' for the workspace). */
export function workspacePath(workspace: string, folder: string): string {
  const real = realpathOr(folder)
  const top = realpathOr(workspace)
  return within(top, real) ? relative(top, real).split(sep).join('/') : ''
}
