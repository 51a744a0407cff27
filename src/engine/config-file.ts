/**
 * Finding and reading `.rack-check.yml` (or `.rack-check.yaml`) for the shells (CLI and action):
 * `--config PATH` (the `config` input), else the file in the app folder, else at the repository root. Read through a
 * Workspace of the repository (no link out of it, bounded, regular files only); a file that cannot
 * be read or parsed, or an `apps` entry that leads out of the repository, is a ConfigError — exit
 * 2 — never a silent default.
 */
import { realpathSync, statSync } from 'node:fs'
import { basename, dirname, join, relative, resolve, sep } from 'node:path'
import { CONFIG_FILES, ConfigError, parseConfig, type Config } from './config.js'
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

/**
 * `.rack-check.yml` (or `.rack-check.yaml`) in the app folder, else at the repository root; null
 * when there is none. A folder with both is a ConfigError: which one wins would be a guess, and a
 * setting of the other would silently not apply.
 */
export async function findConfig(folder: string, root: string): Promise<FoundConfig | null> {
  // real paths: the folder is compared with the root as text (reader)
  root = realpathOr(root)
  for (const dir of [realpathOr(folder), root]) {
    const present = CONFIG_FILES.map((name) => join(dir, name)).filter((path) => {
      const { ws, rel } = reader(path, root)
      return ws.exists(rel)
    })
    const shown = (path: string): string => slashes(relative(root, path)) || basename(path)
    if (present.length > 1) throw new ConfigError(`${shown(present[1])}: both ${present.map(shown).join(' and ')} exist; rack-check reads one configuration per folder, so delete one of them (or merge them into one)`)
    if (present.length === 1) return loadConfig(present[0], shown(present[0]), root)
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
  const { apps = [], appsAt = [] } = found.config
  const config = realpathOr(found.folder)
  const top = realpathOr(repository)
  const boundary = within(top, config) ? top : config
  const problems: string[] = []
  const folders: string[] = []
  apps.forEach((a, i) => {
    const at = appsAt[i]
    const problem = (why: string): void => void problems.push(`${found.config.path}${at ? `:${at.line}:${at.column}` : ''}: \`apps\` entry \`${a}\` ${why}`)
    let real: string
    try {
      real = realpathSync(resolve(found.folder, a))
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      // `apps` lists folders: a pattern is not expanded (--recursive finds the app folders)
      if (code === 'ENOENT' && /[*?[{]/.test(a)) return problem('does not exist: `apps` lists folders, and patterns are not expanded there; list each folder, or use --recursive (the action: `working-directory: auto`) with `ignore`')
      return problem(code === 'ENOENT' || code === 'ENOTDIR' ? 'does not exist (or is a broken symbolic link)' : `cannot be read (${code ?? 'error'})`)
    }
    if (!within(boundary, real)) return problem('leads outside the repository through a symbolic link; rack-check reads nothing outside the repository, so it was not checked')
    if (!statSync(real).isDirectory()) return problem('is a file, not a folder; `apps` lists app folders (the folders that hold a Procfile or `.cloud66/`)')
    folders.push(real)
  })
  if (problems.length) throw new ConfigError(problems.join('\n'))
  return folders
}

/** A configuration's text (read elsewhere, e.g. through the GitHub API). */
export async function configFromText(shown: string, folder: string, text: string): Promise<FoundConfig> {
  return { folder, config: parseConfig(shown, text, await loadYaml(), new Set(RULES.map((x) => x.id))) }
}

function slashes(p: string): string {
  return p.split(sep).join('/')
}
