/**
 * Where the checked folder is in its repository. Every output names a file relative to the
 * repository root, as ESLint and actionlint do, so that GitHub annotates (and code scanning files)
 * the right file: `examples/puma-misconfigured/Procfile`, not `Procfile`. The root is the git
 * top-level of the checked folder, found by walking up for a `.git` entry as git does
 * (gitrepository-layout(5): a `.git` folder, or a `.git` file `gitdir: …` for worktrees and
 * submodules) — no `git` process is started, which would cost start-up time; outside any git
 * repository it is the current directory. Nothing here reads outside `.git` and its refs, and a
 * `.git` file's `gitdir:` is followed only to the checkout's own git folder (gitDirIn).
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import type { Report } from '../core/report.js'
import { withoutTrailingSlashes } from '../core/paths.js'

export interface Repository {
  /** the repository root (real path), or the current directory outside any git repository */
  root: string
  /** the git folder (`.git`, or where a `.git` file points), null outside git */
  gitDir: string | null
  /** the checked folder relative to the root, "/" separated, '' when it is the root */
  prefix: string
  /** set when the root's `.git` file points somewhere rack-check does not read (gitDir is then null): why */
  gitDirRefused?: string
}

/**
 * A small regular file's text, or null: opened without following a link and without blocking (a
 * FIFO swapped in after a check cannot hang the run), and checked again once open.
 */
function readSmall(path: string, max: number): string | null {
  let fd: number
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0))
  } catch {
    return null
  }
  try {
    const st = fstatSync(fd)
    if (!st.isFile() || st.size > max) return null
    const buf = Buffer.alloc(st.size)
    let got = 0
    while (got < buf.length) {
      const n = readSync(fd, buf, got, buf.length - got, got)
      if (n === 0) break
      got += n
    }
    return buf.toString('utf8', 0, got)
  } catch {
    return null
  } finally {
    closeSync(fd)
  }
}

type GitEntry = { gitDir: string } | { refused: string } | null

/**
 * A `.git` entry in `folder`: the git folder it is or points at, else null. A `.git` file's
 * `gitdir:` is followed only to a folder inside `folder`, or to a git folder that names `folder`
 * back as its own (a worktree's `gitdir` file, a submodule's `core.worktree`): a repository can
 * carry a `.git` file of its own making, and another repository's URL, branch and commit must not
 * reach a report. A link is not followed (`.git` must be a folder or a file itself).
 */
function gitDirIn(folder: string): GitEntry {
  const dotGit = join(folder, '.git')
  let st
  try {
    st = lstatSync(dotGit)
  } catch {
    return null
  }
  try {
    if (st.isDirectory()) return lstatSync(join(dotGit, 'HEAD')).isFile() ? { gitDir: dotGit } : null
    if (st.isFile() && st.size < 4096) {
      const m = /^gitdir: (.+?)\s*$/m.exec(readSmall(dotGit, 4096) ?? '')
      if (!m) return null
      const target = resolve(folder, m[1])
      return pointsBack(folder, target) ? { gitDir: target } : { refused: 'its .git file points to a git folder outside the repository that is not this checkout\'s own' }
    }
  } catch {
    return null
  }
  return null
}

/** Whether a `.git` file's target is the folder's own git folder: inside it, or a worktree or submodule git folder that names it back. */
function pointsBack(folder: string, target: string): boolean {
  let real: string
  try {
    real = realpathSync(target)
    if (!lstatSync(join(real, 'HEAD')).isFile()) return false
  } catch {
    return false
  }
  if (within(folder, real)) return true
  const small = (p: string): string | null => readSmall(p, 64 * 1024)
  // `git worktree add`: <gitdir>/gitdir holds the path of the worktree's .git file
  const back = small(join(real, 'gitdir'))?.trim()
  if (back && realpathOr(resolve(real, back)) === join(folder, '.git')) return true
  // a submodule: <gitdir>/config sets core.worktree to the submodule's folder
  const worktree = /^\s*worktree\s*=\s*(.+?)\s*$/m.exec(small(join(real, 'config')) ?? '')?.[1]
  return worktree !== undefined && realpathOr(resolve(real, worktree)) === folder
}

/** `inner` is `outer` or inside it (both real paths, or both as given: this compares the text). */
export function within(outer: string, inner: string): boolean {
  const rel = relative(outer, inner)
  return rel === '' || (!rel.startsWith('..' + sep) && rel !== '..' && !isAbsolute(rel))
}

/**
 * The repository of `dir`: the nearest folder at or above it with a `.git` entry, else `fallback`
 * (the current directory). `stopAt` (the action's workspace) is the highest folder looked at. A
 * `.git` file that points outside (gitDirIn) still marks the root, without git information.
 */
export function findRepository(dir: string, fallback: string, stopAt?: string): Repository {
  const real = realpathOr(resolve(dir))
  const top = stopAt ? realpathOr(resolve(stopAt)) : null
  for (let folder = real; ; folder = dirname(folder)) {
    const entry = gitDirIn(folder)
    if (entry && 'gitDir' in entry) return { root: folder, gitDir: entry.gitDir, prefix: slashes(relative(folder, real)) }
    if (entry) return { root: folder, gitDir: null, prefix: slashes(relative(folder, real)), gitDirRefused: entry.refused }
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
  const realGit = realpathOr(gitDir)
  // only files of the git folder (and of its common folder), never through a link out of them
  const read = (base: string, ...parts: string[]): string | null => {
    try {
      const p = join(base, ...parts)
      return within(base, realpathSync(p)) ? readSmall(p, 1024 * 1024) : null
    } catch {
      return null
    }
  }
  // a worktree's refs and config are in the common folder: <common>/worktrees/<name> is the git folder
  const commonRel = read(realGit, 'commondir')?.trim()
  const commonReal = commonRel ? realpathOr(resolve(realGit, commonRel)) : realGit
  const common = commonReal !== realGit && dirname(dirname(realGit)) === commonReal && basename(dirname(realGit)) === 'worktrees' ? commonReal : realGit
  const head = read(realGit, 'HEAD')?.trim() ?? ''
  let revisionId: string | null = null
  let branch: string | null = null
  // a ref name as git allows it (git-check-ref-format: no `..`, no empty part)
  const ref = /^ref: (refs\/[^\s]+)$/.exec(head)
  if (ref && !ref[1].split('/').some((part) => part === '' || part === '.' || part === '..')) {
    branch = ref[1].replace(/^refs\/heads\//, '')
    const loose = read(realGit, ...ref[1].split('/'))?.trim() ?? read(common, ...ref[1].split('/'))?.trim()
    if (loose && /^[0-9a-f]{40,64}$/.test(loose)) revisionId = loose
    else {
      for (const line of (read(common, 'packed-refs') ?? '').split('\n')) {
        const [sha, name] = line.split(' ')
        if (name === ref[1] && /^[0-9a-f]{40,64}$/.test(sha)) revisionId = sha
      }
    }
  } else if (/^[0-9a-f]{40,64}$/.test(head)) revisionId = head
  return { repositoryUri: originUrl(read(common, 'config') ?? ''), revisionId, branch }
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
