import type { SourceFile } from '../files/source-file.js'
import type { ReadResult, Workspace } from '../files/workspace.js'
import { parseDeployHooks, type Copy, type DeployHooks } from './deploy-hooks.js'
import { parseLockfile, type Lockfile } from './gemfile-lock.js'
import { parseManifest, type Manifest } from './manifest.js'
import type { YamlModule } from './yaml-tree.js'
import { parseProcfile, procfileEntry, type Procfile, type ProcfileEntry } from './procfile.js'
import { appRuby, lockfileRuby, manifestRuby, rubyVersionFile, type AppRuby } from './ruby-version.js'

/** A file that exists but cannot be used. */
export interface Unreadable {
  path: string
  problem: string
}

/**
 * A part of the check rack-check could not finish: its own Ruby parser gave up on a file, or the
 * analysis of the app stopped on an error (docs/maintainers/robustness.md). Reported by `check-incomplete`.
 */
export interface AppFailure {
  /** the file concerned, or null for the app as a whole */
  path: string | null
  why: string
  /** the error's stack, for RACK_CHECK_DEBUG=1 (never in a finding) */
  stack?: string
}

/** Reads a file of the workspace; one that exists but cannot be used is noted in `unreadable` (once). */
export function readNoting(ws: Workspace, path: string, unreadable: Unreadable[]): ReadResult {
  const r = ws.read(path)
  if (!r.ok && !r.missing && !unreadable.some((u) => u.path === path)) unreadable.push({ path, problem: r.problem })
  return r
}

export interface AppModel {
  /** app folder relative to the checked folder ('' = the folder itself) */
  root: string
  workspace: Workspace
  environment: string
  /** `Procfile` and, when present, `Procfile_<environment>` */
  procfiles: Procfile[]
  /** the Procfile whose `custom_web` entry applies, with that entry */
  web: { procfile: Procfile; entry: ProcfileEntry } | null
  lockfile: Lockfile | null
  manifest: Manifest | null
  deployHooks: DeployHooks | null
  /**
   * Files a deploy hook copies into the stack path, by the app path they replace: the server uses
   * the copy, so rack-check reads the source instead (when it is in the repository).
   */
  replaced: Map<string, Copy>
  unreadable: Unreadable[]
  /** what rack-check could not finish checking */
  failures: AppFailure[]
  /** app-relative paths of the deployment files found */
  present: { procfile: string | null; manifest: string | null; deployHooks: string | null; lockfile: string | null }
  /** a YAML file is there but the YAML parser was not loaded: load it and read the app again */
  needsYaml: boolean
  /**
   * The app's Ruby from the manifest, `.ruby-version` and Gemfile.lock (model/ruby-version.ts);
   * the engine adds the Gemfile's `ruby` line once Prism is loaded.
   */
  ruby: AppRuby
}

const LOCKFILES = ['Gemfile.lock', 'gems.locked']
export const MANIFEST = '.cloud66/manifest.yml'
export const DEPLOY_HOOKS = '.cloud66/deploy_hooks.yml'

function join(root: string, p: string): string {
  return root === '' ? p : `${root}/${p}`
}

/** Is there anything Cloud 66 deploys from in this folder? */
export function hasDeploymentFiles(ws: Workspace, root: string): boolean {
  if (ws.exists(join(root, 'Procfile'))) return true
  if (ws.list(root).some((n) => n.startsWith('Procfile_'))) return true
  return ws.exists(join(root, MANIFEST)) || ws.exists(join(root, DEPLOY_HOOKS))
}

/** Reads an app's deployment files; `yaml` null means not loaded yet (then `needsYaml` may be set). */
export function loadApp(ws: Workspace, root: string, environment: string, yaml: YamlModule | null): AppModel {
  const unreadable: Unreadable[] = []
  const read = (rel: string): SourceFile | null => {
    const r = readNoting(ws, join(root, rel), unreadable)
    return r.ok ? r.file : null
  }
  const manifestFile = read(MANIFEST)
  const hooksFile = read(DEPLOY_HOOKS)
  const needsYaml = !yaml && (manifestFile !== null || hooksFile !== null)
  const deployHooks = hooksFile && yaml ? parseDeployHooks(hooksFile, environment, yaml) : null
  const replaced = new Map<string, Copy>()
  for (const c of deployHooks?.copies ?? []) if (!c.buildOnly && c.source !== null && ws.exists(join(root, c.source))) replaced.set(c.destination, c)
  const procfiles: Procfile[] = []
  for (const name of ['Procfile', `Procfile_${environment}`]) {
    const f = read(replaced.get(name)?.source ?? name)
    if (f) procfiles.push(parseProcfile(f))
  }
  // Procfile_<environment> is the more specific file: its custom_web applies when it has one
  let web: AppModel['web'] = null
  for (const p of procfiles) {
    const entry = procfileEntry(p, 'custom_web')
    if (entry) web = { procfile: p, entry }
  }
  let lockfile: Lockfile | null = null
  let lockPath: string | null = null
  for (const name of LOCKFILES) {
    const f = read(name)
    if (f) {
      lockfile = parseLockfile(f)
      lockPath = f.path
      break
    }
  }
  const existing = (rel: string): string | null => (ws.exists(join(root, rel)) ? join(root, rel) : null)
  const manifest = manifestFile && yaml ? parseManifest(manifestFile, environment, yaml) : null
  const rubyVersion = read('.ruby-version')
  const lockFile = lockfile?.file ?? null
  const ruby = appRuby([manifest ? manifestRuby(manifest, environment) : null, rubyVersion ? rubyVersionFile(rubyVersion) : null, lockFile ? lockfileRuby(lockFile) : null])
  // a YAML file rack-check stopped reading at one of its limits (check-incomplete)
  const failures: AppFailure[] = []
  for (const tree of [manifest?.tree, deployHooks?.tree]) if (tree?.limit) failures.push({ path: tree.file.path, why: tree.limit })
  return {
    root,
    workspace: ws,
    environment,
    procfiles,
    web,
    lockfile,
    manifest,
    deployHooks,
    replaced,
    unreadable,
    failures,
    present: {
      procfile: web?.procfile.file.path ?? procfiles[0]?.file.path ?? null,
      manifest: existing(MANIFEST),
      deployHooks: existing(DEPLOY_HOOKS),
      lockfile: lockPath
    },
    needsYaml,
    ruby
  }
}

/** An app of which nothing could be read: what a failed analysis reports on (with its failure). */
export function emptyApp(ws: Workspace, root: string, environment: string, failure: AppFailure): AppModel {
  const existing = (rel: string): string | null => {
    try {
      return ws.exists(join(root, rel)) ? join(root, rel) : null
    } catch {
      return null
    }
  }
  return {
    root,
    workspace: ws,
    environment,
    procfiles: [],
    web: null,
    lockfile: null,
    manifest: null,
    deployHooks: null,
    replaced: new Map(),
    unreadable: [],
    failures: [failure],
    present: { procfile: existing('Procfile'), manifest: existing(MANIFEST), deployHooks: existing(DEPLOY_HOOKS), lockfile: null },
    needsYaml: false,
    ruby: appRuby([])
  }
}
