/**
 * `.cloud66/deploy_hooks.yml` (docs/research/cloud66.md#deploy-hooks-file-and-structure): optional environment → hook point → list of hooks.
 * Besides the structure, it finds the hooks that put a file into the stack path (a Procfile or a
 * server config copied from `.cloud66/files/`), because that file, not the one at the root, is the
 * one the server uses (docs/research/cloud66.md#procfiles-elsewhere, #hooks-that-touch-the-web-server).
 */
import type { SourceFile } from '../files/source-file.js'
import { resolvePath } from '../core/paths.js'
import { append } from '../core/arrays.js'
import { parseShell, type SimpleCommand } from './shell.js'
import type { Span } from '../core/span.js'
import { get, parseYamlTree, type YMap, type YNode, type YamlTree, type YamlModule } from './yaml-tree.js'

const ENGINES = ['redis', 'mysql', 'postgresql', 'mongodb', 'elasticsearch', 'rabbitmq', 'glusterfs', 'influxdb']
const REPLICATION = ['glusterfs_config', 'redis_replication', 'mongodb_replication', 'mysql_replication', 'postgresql_replication']
const FRAMEWORKS = ['rails', 'rack', 'sinatra', 'padrino']
const PAIRED = ['agent', ...ENGINES, ...REPLICATION, 'data_mount', 'haproxy', 'node', 'nginx', 'docker', 'processes', ...FRAMEWORKS]

/** The union of the 2022 and current hook-point lists, x, y and z expanded (docs/research/cloud66.md#hook-points). */
export const HOOK_POINTS = new Set([
  'first_thing',
  ...PAIRED.flatMap((p) => [`before_${p}`, `after_${p}`]),
  'custom_server',
  'after_checkout',
  'after_bundle',
  'after_symlink',
  'before_restart',
  'last_thing'
])

/** The fields that give a hook its type, one of which every hook has (docs/research/cloud66.md#hook-fields). */
const HOOK_TYPES = ['command', 'snippet', 'inline', 'source']

export interface HookPoint {
  /** null: no environment level (every environment) */
  environment: string | null
  name: string
  keyAt: Span
  value: YNode | null
}

export interface Hook {
  point: HookPoint
  map: YMap
  /**
   * the hook point holds this one mapping instead of a list (hooks-not-a-list): read as a list of
   * one, so that the rules that read hooks check its command too; whether Cloud 66 runs it is
   * not documented (docs/research/cloud66.md#deploy-hooks-file-and-structure)
   */
  lone?: true
}

/** A hook that writes a file into the stack path. */
export interface Copy {
  hook: Hook
  /** where the hook says it (the `destination:` or the `cp`/`mv` command) */
  at: Span
  /** the app path written, e.g. `Procfile` or `config/unicorn.rb` */
  destination: string
  /** the app path copied from; null when it is not in the repository (or cannot be known) */
  source: string | null
  /** `apply_during: build_only`: only until the first successful deploy */
  buildOnly: boolean
}

export interface DeployHooks {
  file: SourceFile
  tree: YamlTree
  points: HookPoint[]
  /** the hooks of every environment, in list-valued hook points (and lone mappings, `lone`) */
  hooks: Hook[]
  /** the hooks that run in the selected environment */
  applying: Hook[]
  copies: Copy[]
}

export function parseDeployHooks(file: SourceFile, environment: string, yaml: YamlModule): DeployHooks {
  const tree = parseYamlTree(file, yaml)
  const out: DeployHooks = { file, tree, points: [], hooks: [], applying: [], copies: [] }
  if (tree.root?.kind !== 'map') return out
  for (const top of tree.root.pairs) {
    // a top-level hook point, or a list (a hook point under any name), means "no environment level";
    // an empty environment (`production:` and nothing under it) holds no hooks
    const empty = top.value === null || (top.value.kind === 'scalar' && top.value.value === null)
    if (HOOK_POINTS.has(top.key) || (top.value?.kind !== 'map' && !empty)) out.points.push({ environment: null, name: top.key, keyAt: top.keyAt, value: top.value })
    else if (top.value?.kind === 'map') for (const p of top.value.pairs) out.points.push({ environment: top.key, name: p.key, keyAt: p.keyAt, value: p.value })
  }
  for (const point of out.points) {
    // a lone mapping that is a hook (it has a hook type field: docs/research/cloud66.md#hook-fields): a list of one
    const map = point.value?.kind === 'map' ? point.value : null
    if (map && HOOK_TYPES.some((t) => get(map, t))) out.hooks.push({ point, map, lone: true })
    if (point.value?.kind !== 'seq') continue
    for (const item of point.value.items) if (item?.kind === 'map') out.hooks.push({ point, map: item })
  }
  out.applying = out.hooks.filter((h) => h.point.environment === null || h.point.environment === environment)
  // a lone mapping's copy is not taken as done: whether Cloud 66 runs the hook at all is the open question
  out.copies = out.applying.filter((h) => !h.lone).flatMap((h) => copiesOf(h))
  return out
}

/** A hook's string field, with its position. */
export function field(hook: Hook, key: string): { text: string; at: Span; erb: boolean } | null {
  const p = get(hook.map, key)
  const v = p?.value
  return v?.kind === 'scalar' && v.value !== null ? { text: String(v.value), at: v.at, erb: v.erb } : null
}

const STACK = '/$STACK_PATH'
const STACK_ERB = /^<%=\s*ENV\[\s*['"](?:RAILS_)?STACK_PATH['"]\s*\]\s*%>/

/** An absolute path under the stack path, as an app path; null when it is elsewhere. */
function inStack(path: string): string | null {
  const p = resolvePath('/', path)
  return p === STACK ? '' : p.startsWith(STACK + '/') ? p.slice(STACK.length + 1) : null
}


function copiesOf(hook: Hook): Copy[] {
  const buildOnly = field(hook, 'apply_during')?.text === 'build_only'
  const source = field(hook, 'source')
  const destination = field(hook, 'destination')
  if (source && destination) {
    // `source:` paths start at the repository root; `destination:` usually names the stack path through ERB
    const dest = destination.text.replace(STACK_ERB, STACK)
    const to = inStack(dest)
    if (to === null || to === '') return []
    const from = resolvePath('/', source.text).slice(1)
    return [{ hook, at: destination.at, destination: to, source: from, buildOnly }]
  }
  const command = field(hook, 'command')
  if (!command) return []
  return shellCopies(command.text).map((c) => ({ hook, at: command.at, destination: c.to, source: c.from, buildOnly }))
}

/**
 * The results for hook commands already read, by their text: YAML aliases repeat one command in
 * many hooks (100 aliases of a 100 kB command were parsed 100 times, 4.7 s; issue 22), and the
 * rules ask again for each hook. Kept small: a new entry past the bound starts it afresh.
 */
function memo<T>(f: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>()
  return (text) => {
    let v = seen.get(text)
    if (v === undefined) {
      if (seen.size >= 64) seen.clear()
      seen.set(text, (v = f(text)))
    }
    return v
  }
}

/** The simple commands of a hook command; constructs the shell model does not follow are skipped. */
export const hookCommands = memo(readHookCommands)

function readHookCommands(text: string): SimpleCommand[] {
  const env = { get: (n: string) => (n === 'STACK_PATH' || n === 'RAILS_STACK_PATH' ? STACK : undefined), unsetBare: 'unknown' as const }
  const out: SimpleCommand[] = []
  let rest = text
  for (let guard = 0; rest.trim() !== '' && guard < 100; guard++) {
    const p = parseShell(rest, 0, env)
    if (!p.unsupported) {
      append(out, p.commands)
      break
    }
    // what comes before an unsupported construct (`|| true`, a pipe) still runs; go on after it
    append(out, parseShell(rest.slice(0, p.unsupported.start), 0, env).commands)
    rest = rest.slice(Math.max(p.unsupported.end, p.unsupported.start + 1))
  }
  return out
}

/** The words of a command after `sudo`, `bundle exec` and similar prefixes. */
export function programWords(c: SimpleCommand): string[] {
  const words = c.words.map((w) => w.text)
  while (words.length) {
    if (words[0] === 'sudo' || words[0] === 'nohup' || words[0] === 'exec' || words[0] === 'env') words.shift()
    else if (words[0] === 'bundle' && words[1] === 'exec') words.splice(0, 2)
    else if (words[0].includes('=') && !words[0].startsWith('-')) words.shift()
    else break
  }
  return words
}

const shellCopies = memo(readShellCopies)

function readShellCopies(text: string): Array<{ from: string | null; to: string }> {
  // hook commands start in /tmp/deploy_hooks (docs/research/cloud66.md#hook-fields)
  let cwd = '/tmp/deploy_hooks'
  const out: Array<{ from: string | null; to: string }> = []
  const abs = (p: string): string => resolvePath(cwd, p)
  for (const c of hookCommands(text)) {
    const words = programWords(c)
    const args = words.slice(1).filter((w) => !w.startsWith('-'))
    if (words[0] === 'cd' && args.length === 1) cwd = abs(args[0])
    if ((words[0] !== 'cp' && words[0] !== 'mv') || args.length !== 2 || c.words.some((w) => w.unknown)) continue
    const src = abs(args[0])
    let dst = inStack(abs(args[1]))
    if (dst === null) continue
    if (args[1].endsWith('/') || dst === '' || dst === 'config') dst = (dst ? dst + '/' : '') + src.split('/').pop()
    out.push({ from: inStack(src), to: dst })
  }
  return out
}
