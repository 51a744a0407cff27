/**
 * The repository's configuration, `.rack-check.yml` (docs/config.md, schema schemas/config.schema.json):
 *
 *     rules:                       # a rule's severity, or off
 *       custom-web-extra-tcp-listener: off
 *       hooks-not-a-list: error
 *     process-manager: systemd     # as --process-manager
 *     environment: production      # as --environment
 *     fail-on: warning             # as --fail-on
 *     apps: [apps/web, apps/api]   # the app folders to check (relative to the config file)
 *     ignore: ["vendor/**"]        # folders --recursive never enters
 *     filter: changed              # as --filter
 *     baseline: .rack-check-baseline.json   # as --baseline (relative to the config file)
 *
 * A bad configuration is never replaced by a silent default: an unknown key, an unknown rule id,
 * a wrong type, a glob the matcher does not support or a YAML error is a ConfigError that names
 * the file, line and column of each mistake, all of them (the shells exit 2 with it). Touches no `process`: the shells read the file and pass its text.
 */
import { SourceFile } from '../files/source-file.js'
import type { Severity } from '../core/span.js'
import { parseYamlTree, type YamlModule, type YNode, type YPair } from '../model/yaml-tree.js'
import { withoutTrailingSlashes } from '../core/paths.js'
import { didYouMean } from '../core/text.js'

/** The names rack-check looks for, in this order; a folder with both is a configuration error (config-file.ts). */
export const CONFIG_FILE = '.rack-check.yml'
export const CONFIG_FILES = [CONFIG_FILE, '.rack-check.yaml'] as const

export type FailOn = Severity | 'never'

export interface Config {
  /** the file it came from, as given (for messages) */
  path: string
  rules: Map<string, Severity | 'off'>
  processManager?: 'systemd' | 'bluepill'
  environment?: string
  /** as --fail-on; the command line's option and the action's input win over it */
  failOn?: FailOn
  apps?: string[]
  /** where each `apps` entry is written (same order), for the messages of entries that are not folders */
  appsAt?: Array<{ line: number; column: number }>
  ignore?: string[]
  /** `filter: changed | all` (engine/adopt.ts); the command line's or input's wins */
  filter?: 'changed' | 'all'
  /** `baseline: FILE`, relative to the configuration file's folder */
  baseline?: string
}

/** One or more mistakes of a configuration, one line each (`FILE:LINE:COL: …`), all of them. */
export class ConfigError extends Error {}

const KEYS = ['rules', 'process-manager', 'environment', 'fail-on', 'apps', 'ignore', 'filter', 'baseline'] as const
const LEVELS = ['off', 'notice', 'warning', 'error'] as const
const FAIL_ON = ['error', 'warning', 'notice', 'never'] as const

/** Reads a configuration's text; `ruleIds` are the rules that exist. Every mistake is reported, each on its own line. */
export function parseConfig(path: string, text: string, yaml: YamlModule, ruleIds: Set<string>): Config {
  const file = new SourceFile(path, text.replace(/^\uFEFF/, ''))
  const tree = parseYamlTree(file, yaml)
  const problems: string[] = []
  const problem = (at: { line: number; column: number }, message: string): void => void problems.push(`${path}:${at.line}:${at.column}: ${message}`)
  const stop = (): never => {
    throw new ConfigError(problems.join('\n'))
  }
  // a syntax error or a limit leaves no tree to read further
  if (tree.error) problem(tree.error.at, `not valid YAML: ${tree.error.message}`)
  if (tree.limit) problem({ line: 1, column: 1 }, tree.limit)
  if (problems.length) stop()
  for (const d of tree.duplicates) problem(d.kept, `\`${d.key}\` is set twice (also on line ${d.lost.line})`)
  const config: Config = { path, rules: new Map() }
  const root = tree.root
  if (root !== null && root.kind !== 'map') {
    problem(root.at, `the configuration must be a mapping of settings (${KEYS.join(', ')})`)
    stop()
  }
  for (const pair of root?.kind === 'map' ? root.pairs : []) readSetting(pair, config, problem, ruleIds)
  if (problems.length) stop()
  return config
}

type Problem = (at: { line: number; column: number }, message: string) => void

/** One top-level setting into `config`; its mistakes to `problem`. */
function readSetting(pair: YPair, config: Config, problem: Problem, ruleIds: Set<string>): void {
  const value = pair.value
  const scalar = (allowed: readonly string[], what: string): string | undefined => {
    if (value?.kind === 'scalar' && typeof value.value === 'string' && allowed.includes(value.value)) return value.value
    problem(value?.at ?? pair.keyAt, `\`${pair.key}\` must be ${what}`)
    return undefined
  }
  switch (pair.key as (typeof KEYS)[number]) {
    case 'rules':
      readRules(value, config, problem, ruleIds)
      break
    case 'process-manager':
      config.processManager = scalar(['systemd', 'bluepill'], '`systemd` or `bluepill`') as Config['processManager']
      break
    case 'fail-on':
      config.failOn = scalar(FAIL_ON, FAIL_ON.map((l) => '`' + l + '`').join(', ').replace(/, ([^,]*)$/, ' or $1')) as FailOn | undefined
      break
    case 'environment':
      if (value?.kind === 'scalar' && typeof value.value === 'string' && /^[A-Za-z0-9_-]+$/.test(value.value)) config.environment = value.value
      else problem(value?.at ?? pair.keyAt, '`environment` must be an environment name such as `production`')
      break
    case 'apps': {
      const items = strings(value, pair, problem)
      config.apps = items.map((i) => i.text)
      config.appsAt = items.map((i) => i.at)
      for (const i of items) if (i.text.startsWith('/') || i.text.split('/').includes('..')) problem(i.at, `\`${i.text}\` must be a folder inside the repository`)
      break
    }
    case 'ignore': {
      const items = strings(value, pair, problem)
      config.ignore = items.map((i) => i.text)
      for (const i of items) {
        const unsupported = unsupportedGlob(i.text)
        if (unsupported) problem(i.at, `\`${i.text}\` uses ${unsupported}, which rack-check's globs do not support; they support \`*\` (any characters but \`/\`), \`**\` (any number of folders), \`?\` (one character) and plain characters: write one pattern per item`)
      }
      break
    }
    case 'filter':
      config.filter = scalar(['changed', 'all'], '`changed` or `all`') as Config['filter']
      break
    case 'baseline': {
      const v = value?.kind === 'scalar' ? value.value : undefined
      if (typeof v !== 'string' || v === '' || v.startsWith('/') || v.split('/').includes('..')) problem(value?.at ?? pair.keyAt, '`baseline` must be a file inside the repository, such as .rack-check-baseline.json')
      else config.baseline = v
      break
    }
    default: {
      const near = didYouMean(pair.key, KEYS)
      problem(pair.keyAt, `\`${pair.key}\` is not a setting of ${CONFIG_FILE}; ${near ? `did you mean \`${near}\`?` : `the settings are ${KEYS.map((k) => '`' + k + '`').join(', ')}`}`)
    }
  }
}

function readRules(value: YNode | null, config: Config, problem: Problem, ruleIds: Set<string>): void {
  if (value === null) return
  if (value.kind !== 'map') return problem(value.at, '`rules` must map rule ids to `off`, `notice`, `warning` or `error`')
  for (const r of value.pairs) {
    if (!ruleIds.has(r.key)) {
      const near = didYouMean(r.key, ruleIds)
      problem(r.keyAt, `\`${r.key}\` is not a rack-check rule (${near ? `did you mean \`${near}\`?` : 'the rules are listed in docs/rules/README.md'})`)
      continue
    }
    const level = r.value?.kind === 'scalar' ? r.value.value : undefined
    // YAML 1.1 reads a bare `off` as false
    const name = level === false ? 'off' : level
    if (typeof name !== 'string' || !(LEVELS as readonly string[]).includes(name)) problem(r.value?.at ?? r.keyAt, `\`${r.key}\` must be \`off\`, \`notice\`, \`warning\` or \`error\``)
    else config.rules.set(r.key, name as Severity | 'off')
  }
}

/** A list of non-empty strings with their positions; each item that is not one is a problem. */
function strings(node: YNode | null, pair: YPair, problem: Problem): Array<{ text: string; at: { line: number; column: number } }> {
  if (node?.kind !== 'seq') {
    problem(node?.at ?? pair.keyAt, `\`${pair.key}\` must be a list of ${pair.key === 'apps' ? 'folders' : 'folder patterns'}`)
    return []
  }
  const out: Array<{ text: string; at: { line: number; column: number } }> = []
  for (const item of node.items) {
    if (item?.kind === 'scalar' && typeof item.value === 'string' && item.value !== '') out.push({ text: item.value, at: item.at })
    else problem(item?.at ?? node.at, `each item of \`${pair.key}\` must be a non-empty string`)
  }
  return out
}

/**
 * What a pattern uses that globMatcher does not support, said for the message; null when it
 * supports all of it. These are the syntaxes of .gitignore, minimatch and shells that would
 * otherwise match nothing, silently: braces, character classes, a leading `!`, backslash escapes.
 */
export function unsupportedGlob(pattern: string): string | null {
  if (pattern.startsWith('!')) return 'a leading `!` (negation)'
  if (/[{}]/.test(pattern)) return 'braces (`{a,b}`)'
  if (/[[\]]/.test(pattern)) return 'a character class (`[…]`)'
  if (pattern.includes('\\')) return 'a backslash'
  return null
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
 * default. `failOn` (when the caller has one) follows the same order.
 */
export function withConfig<O extends { environment: string; processManager: 'systemd' | 'bluepill'; failOn?: FailOn }>(given: O, explicit: ReadonlySet<'environment' | 'processManager' | 'failOn'>, config: Config | null): O & { rules?: Config['rules'] } {
  if (!config) return given
  return {
    ...given,
    environment: explicit.has('environment') ? given.environment : (config.environment ?? given.environment),
    processManager: explicit.has('processManager') ? given.processManager : (config.processManager ?? given.processManager),
    ...(given.failOn === undefined ? {} : { failOn: explicit.has('failOn') ? given.failOn : (config.failOn ?? given.failOn) }),
    rules: config.rules
  }
}
