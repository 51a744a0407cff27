/**
 * Where the checked folder is in its repository. Every output names a file relative to the
 * repository root, as ESLint and actionlint do, so that GitHub annotates (and code scanning files)
 * the right file: `examples/puma-misconfigured/Procfile`, not `Procfile`. The root is the git
 * top-level of the checked folder, found by walking up for a `.git` entry as git does
 * (gitrepository-layout(5): a `.git` folder, or a `.git` file `gitdir: …` for worktrees and
 * submodules) — no `git` process is started, which would cost start-up time; outside any git
 * repository it is the current directory. Nothing here reads outside `.git` and its refs.
 */
import { lstatSync, readFileSync, realpathSync } from 'node:fs'
import { dirname, join, relative, resolve, sep } from 'node:path'
import type { Report } from './check.js'
import { withoutTrailingSlashes } from './model/paths.js'

export interface Repository {
  /** the repository root (real path), or the current directory outside any git repository */
  root: string
  /** the git folder (`.git`, or where a `.git` file points), null outside git */
  gitDir: string | null
  /** the checked folder relative to the root, "/" separated, '' when it is the root */
  prefix: string
}

/** A `.git` entry in `folder`: the git folder it is or points at, else null. */
function gitDirIn(folder: string): string | null {
  const dotGit = join(folder, '.git')
  let st
  try {
    st = lstatSync(dotGit)
  } catch {
    return null
  }
  try {
    if (st.isDirectory()) return lstatSync(join(dotGit, 'HEAD')).isFile() ? dotGit : null
    if (st.isFile() && st.size < 4096) {
      const m = /^gitdir: (.+?)\s*$/m.exec(readFileSync(dotGit, 'utf8'))
      return m ? resolve(folder, m[1]) : null
    }
  } catch {
    return null
  }
  return null
}

/**
 * The repository of `dir`: the nearest folder at or above it with a `.git` entry, else `fallback`
 * (the current directory). `stopAt` (the action's workspace) is the highest folder looked at.
 */
export function findRepository(dir: string, fallback: string, stopAt?: string): Repository {
  const real = realpathOr(resolve(dir))
  const top = stopAt ? realpathOr(resolve(stopAt)) : null
  for (let folder = real; ; folder = dirname(folder)) {
    const gitDir = gitDirIn(folder)
    if (gitDir) return { root: folder, gitDir, prefix: slashes(relative(folder, real)) }
    if (folder === top || dirname(folder) === folder) break
  }
  const root = realpathOr(resolve(fallback))
  return { root, gitDir: null, prefix: slashes(relative(root, real)) }
}

/** The real path, or the path as given when it does not exist (yet). */
export function realpathOr(p: string): string {
  try {
    return realpathSync(p)
  } catch {
    return p
  }
}

function slashes(p: string): string {
  return p.split(sep).join('/')
}

/** A folder given by a user (`working-directory`), as a prefix: "/" separated, no `./`, no trailing `/`. */
export function normalPrefix(p: string): string {
  return withoutTrailingSlashes(p.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\.$/, ''))
}

/** A path relative to the checked folder, made relative to the repository root. */
export function inRepository(prefix: string, file: string): string {
  const p = normalPrefix(prefix)
  return p ? `${p}/${file}` : file
}

/** The path back inside the checked folder, or null when `file` is not under `prefix`. */
export function inFolder(prefix: string, file: string): string | null {
  const p = normalPrefix(prefix)
  if (!p) return file
  return file.startsWith(p + '/') ? file.slice(p.length + 1) : null
}

/**
 * The report with every path relative to the repository root (contract §5): `apps[].root` says
 * where each app is, and `files`, `webServer.file`, `restart.file` and each finding's `file` name
 * files as the repository has them. The engine's report (relative to the checked folder) is left as
 * it is; the shells call this before any output.
 */
export function rootedReport(report: Report, prefix: string): Report {
  const p = normalPrefix(prefix)
  if (!p) return report
  const at = (f: string): string => inRepository(p, f)
  const atOrNull = (f: string | null): string | null => (f === null ? null : at(f))
  return {
    ...report,
    apps: report.apps.map((a) => ({
      ...a,
      root: a.root === '.' ? p : at(a.root),
      files: {
        procfile: atOrNull(a.files.procfile),
        manifest: atOrNull(a.files.manifest),
        deployHooks: atOrNull(a.files.deployHooks),
        serverConfig: a.files.serverConfig.map(at),
        lockfile: atOrNull(a.files.lockfile)
      },
      webServer: a.webServer ? { ...a.webServer, file: at(a.webServer.file) } : null,
      restart: a.restart ? { ...a.restart, file: atOrNull(a.restart.file) } : null
    })),
    findings: report.findings.map((f) => ({ ...f, file: at(f.file) }))
  }
}

/** What git says the checked-out commit is: for SARIF's `versionControlProvenance`. */
export interface Revision {
  /** an `https://` URL of the `origin` remote without credentials; null when there is none */
  repositoryUri: string | null
  revisionId: string | null
  branch: string | null
}

/**
 * The commit and branch of `HEAD` and the `origin` URL, read from the git folder's plain files
 * (HEAD, the loose ref or packed-refs, config; gitrepository-layout(5)). Anything unusual (a
 * reftable, an unreadable file) gives nulls rather than a guess.
 */
export function readRevision(gitDir: string): Revision {
  const read = (p: string): string | null => {
    try {
      const st = lstatSync(p)
      return st.isFile() && st.size < 1024 * 1024 ? readFileSync(p, 'utf8') : null
    } catch {
      return null
    }
  }
  // a worktree's refs and config are in the common folder
  const commonRel = read(join(gitDir, 'commondir'))?.trim()
  const common = commonRel ? resolve(gitDir, commonRel) : gitDir
  const head = read(join(gitDir, 'HEAD'))?.trim() ?? ''
  let revisionId: string | null = null
  let branch: string | null = null
  const ref = /^ref: (refs\/[^\s]+)$/.exec(head)
  if (ref) {
    branch = ref[1].replace(/^refs\/heads\//, '')
    const loose = read(join(gitDir, ...ref[1].split('/')))?.trim() ?? read(join(common, ...ref[1].split('/')))?.trim()
    if (loose && /^[0-9a-f]{40,64}$/.test(loose)) revisionId = loose
    else {
      for (const line of (read(join(common, 'packed-refs')) ?? '').split('\n')) {
        const [sha, name] = line.split(' ')
        if (name === ref[1] && /^[0-9a-f]{40,64}$/.test(sha)) revisionId = sha
      }
    }
  } else if (/^[0-9a-f]{40,64}$/.test(head)) revisionId = head
  return { repositoryUri: originUrl(read(join(common, 'config')) ?? ''), revisionId, branch }
}

/** The `url` of `[remote "origin"]` in a git config, as an https URL without user or password. */
function originUrl(config: string): string | null {
  let inOrigin = false
  for (const raw of config.split('\n')) {
    const line = raw.trim()
    if (line.startsWith('[')) inOrigin = /^\[remote\s+"origin"\]$/.test(line)
    else if (inOrigin) {
      const m = /^url\s*=\s*(.+)$/.exec(line)
      if (m) return httpsUrl(m[1].trim())
    }
  }
  return null
}

export function httpsUrl(url: string): string | null {
  // scp-like syntax: git@github.com:owner/repo.git
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)(.+)$/.exec(url)
  let u: URL
  try {
    u = new URL(scp ? `https://${scp[1]}/${scp[2]}` : url.replace(/^(ssh|git):\/\/(?:[^@/]+@)?/, 'https://'))
  } catch {
    return null
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null
  // a token or password in the URL must never reach a report
  u.username = ''
  u.password = ''
  u.port = ''
  return `https://${u.host}${u.pathname.replace(/\.git\/?$/, '').replace(/\/+$/, '')}`
}
