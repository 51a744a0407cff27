/**
 * The repository's configuration, `.rack-check.yml` (docs/config.md, schema docs/config.schema.json):
 *
 *     rules:                       # a rule's severity, or off
 *       custom-web-extra-tcp-listener: off
 *       hooks-not-a-list: error
 *     process-manager: systemd     # as --process-manager
 *     environment: production      # as --environment
 *     apps: [apps/web, apps/api]   # the app folders to check (relative to the config file)
 *     ignore: ["vendor/**"]        # folders --recursive never enters
 *     filter: changed              # as --filter (issue 26)
 *     baseline: .rack-check-baseline.json   # as --baseline (relative to the config file)
 *
 * A bad configuration is never replaced by a silent default: an unknown key, an unknown rule id,
 * a wrong type or a YAML error is a ConfigError that names the file, line and column (the shells
 * exit 2 with it). Touches no `process`: the shells read the file and pass its text.
 */
import { SourceFile } from '../files/source-file.js'
import type { Severity } from '../core/span.js'
import { parseYamlTree, type YamlModule, type YNode } from '../model/yaml-tree.js'
import { withoutTrailingSlashes } from '../core/paths.js'

export const CONFIG_FILE = '.rack-check.yml'

export interface Config {
  /** the file it came from, as given (for messages) */
  path: string
  rules: Map<string, Severity | 'off'>
  processManager?: 'systemd' | 'bluepill'
  environment?: string
  apps?: string[]
  ignore?: string[]
  /** `filter: changed | all` (engine/adopt.ts); the command line's or input's wins */
  filter?: 'changed' | 'all'
  /** `baseline: FILE`, relative to the configuration file's folder */
  baseline?: string
}

export class ConfigError extends Error {}

const KEYS = ['rules', 'process-manager', 'environment', 'apps', 'ignore', 'filter', 'baseline'] as const
const LEVELS = ['off', 'notice', 'warning', 'error'] as const

/** Reads a configuration's text; `ruleIds` are the rules that exist. */
export function parseConfig(path: string, text: string, yaml: YamlModule, ruleIds: Set<string>): Config {
  const file = new SourceFile(path, text.replace(/^\uFEFF/, ''))
  const tree = parseYamlTree(file, yaml)
  const fail = (at: { line: number; column: number }, message: string): never => {
    throw new ConfigError(`${path}:${at.line}:${at.column}: ${message}`)
  }
  if (tree.error) fail(tree.error.at, `not valid YAML: ${tree.error.message}`)
  if (tree.limit) fail({ line: 1, column: 1 }, tree.limit)
  for (const d of tree.duplicates) fail(d.kept, `\`${d.key}\` is set twice (also on line ${d.lost.line})`)
  const config: Config = { path, rules: new Map() }
  const root = tree.root
  if (root === null) return config
  if (root.kind !== 'map') fail(root.at, 'the configuration must be a mapping of settings (rules, process-manager, environment, apps, ignore)')
  const strings = (node: YNode | null, key: string, at: { line: number; column: number }): string[] => {
    if (node?.kind !== 'seq') return fail(node?.at ?? at, `\`${key}\` must be a list of folders or patterns`)
    return node.items.map((item) => (item?.kind === 'scalar' && typeof item.value === 'string' && item.value !== '' ? item.value : fail(item?.at ?? node.at, `each item of \`${key}\` must be a non-empty string`)))
  }
  for (const pair of (root as Extract<YNode, { kind: 'map' }>).pairs) {
    const value = pair.value
    switch (pair.key as (typeof KEYS)[number]) {
      case 'rules': {
        if (value === null) break
        if (value.kind !== 'map') fail(value.at, '`rules` must map rule ids to `off`, `notice`, `warning` or `error`')
        for (const r of (value as Extract<YNode, { kind: 'map' }>).pairs) {
          if (!ruleIds.has(r.key)) fail(r.keyAt, `\`${r.key}\` is not a rack-check rule (the rules are listed in docs/rules/README.md)`)
          const level = r.value?.kind === 'scalar' ? r.value.value : undefined
          // YAML 1.1 reads a bare `off` as false
          const name = level === false ? 'off' : level
          if (typeof name !== 'string' || !(LEVELS as readonly string[]).includes(name)) fail(r.value?.at ?? r.keyAt, `\`${r.key}\` must be \`off\`, \`notice\`, \`warning\` or \`error\``)
          config.rules.set(r.key, name as Severity | 'off')
        }
        break
      }
      case 'process-manager':
        if (value?.kind !== 'scalar' || (value.value !== 'systemd' && value.value !== 'bluepill')) fail(value?.at ?? pair.keyAt, '`process-manager` must be `systemd` or `bluepill`')
        config.processManager = (value as { value: 'systemd' | 'bluepill' }).value
        break
      case 'environment':
        if (value?.kind !== 'scalar' || typeof value.value !== 'string' || !/^[A-Za-z0-9_-]+$/.test(value.value)) fail(value?.at ?? pair.keyAt, '`environment` must be an environment name such as `production`')
        config.environment = (value as { value: string }).value
        break
      case 'apps':
        config.apps = strings(value, 'apps', pair.keyAt)
        for (const [k, a] of config.apps.entries()) if (a.startsWith('/') || a.split('/').includes('..')) fail((value as Extract<YNode, { kind: 'seq' }>).items[k]!.at, `\`${a}\` must be a folder inside the repository`)
        break
      case 'ignore':
        config.ignore = strings(value, 'ignore', pair.keyAt)
        break
      case 'filter':
        if (value?.kind !== 'scalar' || (value.value !== 'changed' && value.value !== 'all')) fail(value?.at ?? pair.keyAt, '`filter` must be `changed` or `all`')
        config.filter = (value as { value: 'changed' | 'all' }).value
        break
      case 'baseline': {
        const v = value?.kind === 'scalar' ? value.value : undefined
        if (typeof v !== 'string' || v === '' || v.startsWith('/') || v.split('/').includes('..')) fail(value?.at ?? pair.keyAt, '`baseline` must be a file inside the repository, such as .rack-check-baseline.json')
        config.baseline = v as string
        break
      }
      default:
        fail(pair.keyAt, `\`${pair.key}\` is not a setting of ${CONFIG_FILE} (the settings are ${KEYS.map((k) => '`' + k + '`').join(', ')})`)
    }
  }
  return config
}

/**
 * A glob of `ignore` as a test of a repository-relative folder path: `*` is any run of characters
 * but `/`, `**` any number of folders, `?` one character; a pattern without `/` matches a folder
 * of that name at any depth (as .gitignore does).
 *
 * Matched by a scan that keeps the set of pattern positions reachable so far (a Thompson NFA,
 * Russ Cox, "Regular Expression Matching Can Be Simple And Fast",
 * https://swtch.com/~rsc/regexp/regexp1.html): pattern length × path length steps at most. It
 * was a RegExp on V8's backtracking engine, where `*a*a*a*a*a*a*a*a*a*b` against a long folder
 * name ran for minutes (issue 22). The semantics are that RegExp's, `^glob(/.*)?$` (anchored when
 * the pattern has a `/`, else after any `/`), with `**` as `.*` (a `/` after it dropped), `*` as
 * `[^/]*`, `?` as `[^/]`: so `.*` does not cross a line terminator (\n \r U+2028 U+2029).
 */
export function globMatcher(pattern: string): (path: string) => boolean {
  const p = withoutTrailingSlashes(pattern.replace(/^\.\//, ''))
  /** per pattern position: a character, or ANY (`?`), STAR (`*`), DEEP (`**`) */
  const tokens: Array<string | typeof ANY | typeof STAR | typeof DEEP> = []
  for (let i = 0; i < p.length; i++) {
    const c = p[i]
    if (c === '*' && p[i + 1] === '*') {
      tokens.push(DEEP)
      i++
      if (p[i + 1] === '/') i++
    } else if (c === '*') tokens.push(STAR)
    else if (c === '?') tokens.push(ANY)
    else tokens.push(c)
  }
  const anywhere = !p.includes('/')
  const end = tokens.length
  return (path) => {
    let lastBreak = -1
    for (let j = 0; j < path.length; j++) if (lineTerminator(path[j])) lastBreak = j
    let on = new Uint8Array(end + 1)
    let next = new Uint8Array(end + 1)
    /** adds state i and what a star lets through without a character */
    const enter = (set: Uint8Array, i: number): void => {
      for (; i <= end && !set[i]; i++) {
        set[i] = 1
        if (tokens[i] !== STAR && tokens[i] !== DEEP) return
      }
    }
    for (let j = 0; ; j++) {
      if (j === 0 || (anywhere && path[j - 1] === '/')) enter(on, 0)
      // the whole glob matched: the path ends here, or goes on into a subfolder (`(/.*)?$`)
      if (on[end] && (j === path.length || (path[j] === '/' && lastBreak < j))) return true
      if (j === path.length) return false
      const c = path[j]
      next.fill(0)
      let any = false
      for (let i = 0; i < end; i++) {
        if (!on[i]) continue
        const t = tokens[i]
        if (t === STAR ? c !== '/' : t === DEEP ? !lineTerminator(c) : false) enter(next, i)
        else if (t === ANY ? c !== '/' : t === c) enter(next, i + 1)
        else continue
        any = true
      }
      ;[on, next] = [next, on]
      if (!any && !anywhere) return false
    }
  }
}

const ANY = Symbol('?')
const STAR = Symbol('*')
const DEEP = Symbol('**')
/** what JavaScript's `.` does not match */
const lineTerminator = (c: string): boolean => c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029'

/**
 * The check's options from the command line or inputs, the configuration and the defaults, in
 * that order of precedence: a setting given explicitly wins over the file, the file over the
 * default.
 */
export function withConfig<O extends { environment: string; processManager: 'systemd' | 'bluepill' }>(given: O, explicit: ReadonlySet<'environment' | 'processManager'>, config: Config | null): O & { rules?: Config['rules'] } {
  if (!config) return given
  return {
    ...given,
    environment: explicit.has('environment') ? given.environment : (config.environment ?? given.environment),
    processManager: explicit.has('processManager') ? given.processManager : (config.processManager ?? given.processManager),
    rules: config.rules
  }
}
