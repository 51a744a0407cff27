import type { SourceFile } from '../files/source-file.js'
import type { Span } from '../core/span.js'
import { parseShell, type ShellParse, type Word } from '../model/shell.js'
import { APP_ROOT, predictionEnvironment, resolvePath, shellEnvironment } from './environment.js'

/** What runs when Cloud 66 starts a Procfile command, as far as it can be followed. */
export interface CommandLine {
  /** null when the command cannot be followed; `unsupported` says why */
  argv: Word[] | null
  unsupported: { at: Span; what: string } | null
  /** the program word (after `exec`, `env`, `bundle exec`, `sh -c`) */
  program: Word | null
  /** basename of the program: `puma`, `unicorn_rails`, `rails` */
  programName: string
  bundleExec: boolean
  /** `bin/puma`, `./bin/rails`: a binstub, which sets up Bundler itself */
  binstub: boolean
  /** the server's working directory (absolute), or null when it cannot be known */
  cwd: string | null
  /** environment of the server process: the prediction environment plus assignments */
  env: Map<string, string>
  /** variables set on the line whose values cannot be known */
  unknownEnv: Set<string>
  /** words whose value depends on an unknown variable */
  unknownWords: Word[]
  /** `$NAME` expansions of variables the prediction environment does not set: empty as written */
  unsetVariables: Array<{ name: string; at: Span; start: number; end: number }>
}

/**
 * Where a command runs when a launcher runs it (servers/wrapper.ts): the launcher's environment,
 * variables the launcher sets for it (`overrides`, which the words do not see: they were expanded
 * before), and its working directory.
 */
export interface CommandBase {
  env: ReadonlyMap<string, string>
  unknownEnv: ReadonlySet<string>
  cwd: string | null
  overrides?: ReadonlyMap<string, string | null>
}

const WRAPPERS_WITHOUT_ARGS = new Set(['exec', 'nohup'])
const SHELLS = new Set(['sh', 'bash', 'dash', 'zsh'])

function basename(p: string): string {
  const i = p.lastIndexOf('/')
  return i < 0 ? p : p.slice(i + 1)
}

/** Maps a word parsed from inside another word's text back to the file. */
function remap(inner: Word, outer: Word): Word {
  const at = (k: number): number => outer.offsets[Math.min(Math.max(k, 0), outer.offsets.length - 1)] ?? outer.start
  return {
    ...inner,
    offsets: inner.offsets.map(at),
    start: at(inner.start),
    end: at(inner.end - 1) + 1,
    unknown: inner.unknown || outer.unknown
  }
}

/**
 * `unset`: what a bare `$NAME` of a variable the prediction environment does not set gives —
 * 'empty' as written (the prediction), 'unknown' to ask what the line would do if the app
 * defined it (to report the line's other problems when it fails as written).
 */
export function analyzeCommand(file: SourceFile, command: string, commandStart: number, environment: string, unset: 'empty' | 'unknown' = 'empty', base?: CommandBase): CommandLine {
  const env = base ? new Map(base.env) : predictionEnvironment(environment)
  const result: CommandLine = {
    argv: null,
    unsupported: null,
    program: null,
    programName: '',
    bundleExec: false,
    binstub: false,
    cwd: base ? base.cwd : APP_ROOT,
    env,
    unknownEnv: new Set(base?.unknownEnv),
    unknownWords: [],
    unsetVariables: []
  }
  const follow = (parse: ShellParse, map: (w: Word) => Word, depth: number): void => {
    const span = (s: number, e: number): Span => file.span(s, e)
    for (const u of parse.unset) {
      const w = map({ text: '', offsets: [], start: u.start, end: u.end, unknown: false, unknownVars: [], vars: [] })
      result.unsetVariables.push({ name: u.name, at: span(w.start, w.end), start: w.start, end: w.end })
    }
    if (parse.unsupported) {
      const u = parse.unsupported
      const w = map({ text: '', offsets: [], start: u.start, end: u.end, unknown: false, unknownVars: [], vars: [] })
      result.unsupported = { at: span(w.start, w.end), what: u.what }
      return
    }
    if (parse.commands.length === 0) {
      result.unsupported = { at: file.span(commandStart, commandStart + command.length), what: 'an empty command' }
      return
    }
    // earlier commands of a `&&`/`;` list may change directory or export variables
    for (const c of parse.commands.slice(0, -1)) {
      const words = c.words.map(map)
      const name = words[0]?.text
      if (name === 'cd') {
        const dir = words[1]
        if (!dir || dir.unknown) result.cwd = null
        else if (result.cwd !== null) result.cwd = resolvePath(result.cwd, dir.text)
      } else if (name === 'export') {
        for (const w of words.slice(1)) {
          const eq = w.text.indexOf('=')
          if (eq > 0) setVar(w.text.slice(0, eq), w.unknown ? null : w.text.slice(eq + 1))
        }
      } else if (words.length === 0) {
        for (const a of c.assignments) if (a.value.unknown) result.unknownEnv.add(a.name)
      }
    }
    const last = parse.commands[parse.commands.length - 1]
    for (const a of last.assignments) setVar(a.name, a.value.unknown ? null : a.value.text)
    let words = last.words.map(map)
    // strip wrappers in front of the program
    for (;;) {
      const head = words[0]?.text
      if (head === undefined) break
      if (WRAPPERS_WITHOUT_ARGS.has(head)) {
        words = words.slice(1)
        continue
      }
      if (head === 'env') {
        let k = 1
        while (k < words.length && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[k].text)) {
          const w = words[k]
          const eq = w.text.indexOf('=')
          setVar(w.text.slice(0, eq), w.unknown ? null : w.text.slice(eq + 1))
          k++
        }
        if (words[k]?.text.startsWith('-')) {
          result.unsupported = { at: span(words[k].start, words[k].end), what: '`env` with options' }
          return
        }
        words = words.slice(k)
        continue
      }
      if ((head === 'bundle' || head === 'bundler') && words[1]?.text === 'exec') {
        result.bundleExec = true
        let k = 2
        while (k < words.length && words[k].text.startsWith('--')) k++
        words = words.slice(k)
        continue
      }
      if (SHELLS.has(basename(head)) && words[1]?.text === '-c' && words[2] && depth < 3) {
        const inner = words[2]
        if (inner.unknown) {
          result.unsupported = { at: span(inner.start, inner.end), what: 'a `sh -c` script built from an unknown variable' }
          return
        }
        const innerParse = parseShell(inner.text, 0, shellEnvironment(result.env, unset))
        follow(innerParse, (w) => remap(w, inner), depth + 1)
        return
      }
      if (head === 'ruby' && words[1] && !words[1].text.startsWith('-')) {
        words = words.slice(1)
        continue
      }
      break
    }
    if (words.length === 0) {
      result.unsupported = { at: file.span(commandStart, commandStart + command.length), what: 'a command with no program' }
      return
    }
    result.argv = words
    result.program = words[0]
    result.programName = basename(words[0].text)
    result.binstub = /^(\.\/)?bin\//.test(words[0].text)
    result.unknownWords = words.filter((w) => w.unknown)
  }
  const setVar = (name: string, value: string | null): void => {
    if (value === null) {
      result.unknownEnv.add(name)
      result.env.delete(name)
    } else {
      result.unknownEnv.delete(name)
      result.env.set(name, value)
    }
  }
  // the words are expanded before a wrapper runs them; the wrapper's own variables reach the process only
  const parse = parseShell(command, commandStart, shellEnvironment(new Map(env), unset))
  for (const [name, value] of base?.overrides ?? []) setVar(name, value)
  follow(parse, (w) => w, 0)
  return result
}
