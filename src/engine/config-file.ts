/**
 * Finding and reading `.rack-check.yml` for the shells (CLI and action): `--config PATH` (the
 * `config` input), else the file in the app folder, else at the repository root. Read through a
 * Workspace of the repository (no link out of it, bounded, regular files only); a file that cannot
 * be read or parsed, or an `apps` entry that leads out of the repository, is a ConfigError — exit
 * 2 — never a silent default.
 */
import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { CONFIG_FILE, ConfigError, parseConfig, type Config } from './config.js'
import { Workspace } from '../files/workspace.js'
import { loadYaml } from '../model/yaml-tree.js'
import { RULES } from '../rules/index.js'
import { realpathOr, within } from '../files/repository.js'

/** A configuration file and the folder its `apps` are relative to. */
export interface FoundConfig {
  folder: string
  config: Config
}

/**
 * Reads a configuration file; a file that cannot be read is a ConfigError (exit 2), never a silent
 * default. `repository`: a file inside it is read through a Workspace of the whole repository, so
 * that no link on its way leads out of the repository (a `config` input or `--config` given
 * outside it is read as given).
 */
export async function loadConfig(path: string, shown: string, repository?: string): Promise<FoundConfig> {
  const folder = dirname(path)
  const { ws, rel } = reader(path, repository)
  const r = ws.read(rel)
  if (!r.ok) throw new ConfigError(`${shown}: ${r.missing ? 'no such file' : r.problem}`)
  return { folder, config: parseConfig(shown, r.file.text, await loadYaml(), new Set(RULES.map((x) => x.id))) }
}

/** The Workspace that reads `path`: the repository's when the path is inside it, else its own folder's. */
function reader(path: string, repository?: string): { ws: Workspace; rel: string } {
  if (repository && within(repository, path) && path !== repository) return { ws: new Workspace(repository), rel: slashes(relative(repository, path)) }
  return { ws: new Workspace(dirname(path)), rel: basename(path) }
}

/** `.rack-check.yml` in the app folder, else at the repository root; null when there is none. */
export async function findConfig(folder: string, root: string): Promise<FoundConfig | null> {
  // real paths: the folder is compared with the root as text (reader)
  root = realpathOr(root)
  for (const dir of [realpathOr(folder), root]) {
    const path = join(dir, CONFIG_FILE)
    const { ws, rel } = reader(path, root)
    if (ws.exists(rel)) return loadConfig(path, slashes(relative(root, path)) || CONFIG_FILE, root)
    if (dir === root) break
  }
  return null
}

/**
 * The folders a configuration's `apps` names: each must be a folder inside `repository` (or
 * inside the configuration's folder when that is not in the repository), and no link on its way
 * may lead out of it; else a ConfigError, and nothing is read there. Real paths.
 */
export function appFolders(found: FoundConfig, repository: string): string[] {
  const apps = found.config.apps ?? []
  const config = realpathOr(found.folder)
  const top = realpathOr(repository)
  const boundary = within(top, config) ? top : config
  return apps.map((a) => {
    const at = `${found.config.path}: \`apps\` entry \`${a}\``
    let real: string
    try {
      real = realpathSync(resolve(found.folder, a))
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      throw new ConfigError(`${at} ${code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist (or is a broken symbolic link)' : `cannot be read (${code ?? 'error'})`}`)
    }
    if (!within(boundary, real)) throw new ConfigError(`${at} leads outside the repository through a symbolic link; rack-check reads nothing outside the repository, so it was not checked`)
    if (!statSync(real).isDirectory()) throw new ConfigError(`${at} is not a folder`)
    return real
  })
}

/** A configuration's text (read elsewhere, e.g. through the GitHub API). */
export async function configFromText(shown: string, folder: string, text: string): Promise<FoundConfig> {
  return { folder, config: parseConfig(shown, text, await loadYaml(), new Set(RULES.map((x) => x.id))) }
}

function slashes(p: string): string {
  return p.split(sep).join('/')
}
