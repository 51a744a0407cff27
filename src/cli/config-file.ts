/**
 * Finding and reading `.rack-check.yml` for the shells (CLI and action): `--config PATH` (the
 * `config` input), else the file in the app folder, else at the repository root. Read through the
 * Workspace (no links out, bounded, regular files only); a file that cannot be read or parsed is a
 * ConfigError — exit 2 — never a silent default.
 */
import { dirname, join, relative, sep } from 'node:path'
import { CONFIG_FILE, ConfigError, parseConfig, type Config } from '../config.js'
import { Workspace } from '../files/workspace.js'
import { loadYaml } from '../model/yaml-tree.js'
import { RULES } from '../rules/index.js'

/** A configuration file and the folder its `apps` are relative to. */
export interface FoundConfig {
  folder: string
  config: Config
}

/** Reads a configuration file; a file that cannot be read is a ConfigError (exit 2), never a silent default. */
export async function loadConfig(path: string, shown: string): Promise<FoundConfig> {
  const folder = dirname(path)
  const ws = new Workspace(folder)
  const r = ws.read(relative(folder, path))
  if (!r.ok) throw new ConfigError(`${shown}: ${r.missing ? 'no such file' : r.problem}`)
  return { folder, config: parseConfig(shown, r.file.text, await loadYaml(), new Set(RULES.map((x) => x.id))) }
}

/** `.rack-check.yml` in the app folder, else at the repository root; null when there is none. */
export async function findConfig(folder: string, root: string): Promise<FoundConfig | null> {
  for (const dir of [folder, root]) {
    const ws = new Workspace(dir)
    if (ws.exists(CONFIG_FILE)) return loadConfig(join(dir, CONFIG_FILE), slashes(relative(root, join(dir, CONFIG_FILE))) || CONFIG_FILE)
    if (dir === root) break
  }
  return null
}


/** A configuration's text (read elsewhere, e.g. through the GitHub API). */
export async function configFromText(shown: string, folder: string, text: string): Promise<FoundConfig> {
  return { folder, config: parseConfig(shown, text, await loadYaml(), new Set(RULES.map((x) => x.id))) }
}

function slashes(p: string): string {
  return p.split(sep).join('/')
}
