/**
 * foreman (`foreman start`, docs/research/servers.md#foreman) and the `bin/dev` scripts that run
 * it or `rails server` (docs/research/servers.md#bindev).
 *
 * foreman reads a Procfile (`-f`, else `Procfile` in its folder) and starts every line of it, each
 * with PORT = base + 100 × the line's position (base: `-p`, else PORT, else 5000), in the
 * Procfile's folder. When any of them exits it stops the others and exits; TERM, INT and HUP stop
 * everything; USR1 and USR2 go to every process. It writes no PID file. rack-check reads the
 * Procfile (read-only, through the workspace) and models its `web` line with that line's server.
 *
 * `bin/dev` is read as text: Rails 8's (a Ruby script, `exec "./bin/rails", "server", *ARGV`) is
 * `rails server` in the same process; jsbundling-rails' (a shell script whose last line runs
 * `foreman start -f Procfile.dev`) is foreman. Anything else is a script rack-check does not follow.
 */
import { parseProcfile, procfileEntry, type ProcfileEntry } from '../model/procfile.js'
import type { SourceFile } from '../files/source-file.js'
import type { Word } from '../model/shell.js'
import { parseShell } from '../model/shell.js'
import { ENGINE } from './wrapped.js'
import { CUSTOM_SERVER_SIGNALS, PUMA_CONFIG_FIXES } from './cloud66.js'
import type { CommandLine } from './command.js'
import { APP_ROOT, appRelative, resolvePath, shellEnvironment } from './environment.js'
import { lastOption, parseOptions, type OptionSpec } from './optparse.js'
import { untrapped } from './signal-effects.js'
import { wordSpan } from './common.js'
import type { Unwrapped, WrapperContext, WrapperModel } from './wrapper.js'

// `foreman start` options (lib/foreman/cli.rb, 0.90.0)
const OPTIONS: OptionSpec[] = [
  { key: 'procfile', short: ['f'], long: ['procfile'], arg: 'required' },
  { key: 'root', short: ['d'], long: ['root'], arg: 'required' },
  { key: 'env', short: ['e'], long: ['env'], arg: 'required' },
  { key: 'port', short: ['p'], long: ['port'], arg: 'required' },
  { key: 'formation', short: ['m'], long: ['formation'], arg: 'required' },
  { key: 'color', short: ['c'], long: ['color'], arg: 'none', negatable: true },
  { key: 'timeout', short: ['t'], long: ['timeout'], arg: 'required' },
  { key: 'timestamp', long: ['timestamp'], arg: 'none', negatable: true }
]

function unknown(at: WrapperContext['commandSpan'], what: string): Unwrapped {
  return { kind: 'unknown', at, what }
}

/** An app-relative path from a path as the command gives it. */
function inApp(ctx: WrapperContext, path: string): string | null {
  return appRelative(resolvePath(ctx.command.cwd ?? APP_ROOT, path))
}

export const foreman: WrapperModel = {
  name: 'foreman',
  engine: ENGINE,
  gem: 'foreman',
  unwrap(ctx) {
    const argv = ctx.command.argv!
    const parsed = parseOptions(argv.slice(2), OPTIONS, { abbreviations: false, thor: true })
    const at = wordSpan(ctx, argv[0])
    if (parsed.error) return unknown(ctx.file.span(parsed.error.start, parsed.error.end), `\`${parsed.error.written}\`, an option of \`foreman start\` rack-check does not model`)
    const given = [lastOption(parsed, 'procfile'), lastOption(parsed, 'root'), lastOption(parsed, 'port'), lastOption(parsed, 'formation')]
    const opaque = given.find((o) => o?.value?.unknown)
    if (opaque) return unknown(ctx.file.span(opaque.start, opaque.value!.end), `\`${opaque.written}\` with a value rack-check cannot know`)
    if (lastOption(parsed, 'formation')) return unknown(at, 'a `foreman start -m` formation, which rack-check does not model')
    const procfile = inApp(ctx, lastOption(parsed, 'procfile')?.value?.text ?? 'Procfile')
    if (procfile === null) return unknown(at, 'a Procfile outside the app')
    const read = ctx.config.text(procfile)
    if (read.status === 'pending') return { kind: 'pending' }
    if (read.status !== 'ok') return unknown(at, `\`${procfile}\`, which ${read.status === 'missing' ? 'is not in the repository' : 'rack-check could not read'}`)
    const p = parseProcfile(read.value)
    const only = parsed.positional[0]?.text
    const names = [...new Set(p.entries.map((e) => e.name))]
    const web = procfileEntry(p, only ?? 'web')
    if (!web) return unknown(at, only ? `\`${only}\`, a process \`${procfile}\` does not have` : `\`${procfile}\`, which has no \`web:\` line`)
    // lib/foreman/engine.rb `port_for`: base + 100 × the process's index + instance − 1
    const portOpt = lastOption(parsed, 'port')?.value?.text
    const envPort = ctx.command.unknownEnv.has('PORT') ? undefined : ctx.command.env.get('PORT')
    const baseText = portOpt ?? envPort ?? '5000'
    const port = /^\d+$/.test(baseText) ? String(Number(baseText) + 100 * names.indexOf(web.name)) : null
    const root = lastOption(parsed, 'root')?.value?.text
    const folder = root !== undefined ? inApp(ctx, root) : procfile.includes('/') ? procfile.slice(0, procfile.lastIndexOf('/')) : ''
    const env = new Map(ctx.command.env)
    const unknownEnv = new Set(ctx.command.unknownEnv)
    if (port === null) unknownEnv.add('PORT')
    else env.set('PORT', port)
    // foreman runs the line with `sh -c` when it has shell syntax, with PORT already set: the words see it
    return { kind: 'line', file: read.value, entry: web, base: { env, unknownEnv, cwd: folder === null ? null : resolvePath(APP_ROOT, folder) }, others: only ? [] : names.filter((n) => n !== web.name) }
  },
  signal(signal, inner) {
    const name = signal.toUpperCase()
    // lib/foreman/engine.rb: TERM, INT and HUP mean shutdown (TERM to every process, KILL after the timeout)
    if (signal === 'term' || signal === 'int' || signal === 'hup')
      return { effect: 'stop', does: `stops on ${name}: it sends TERM to every process it runs, KILL to those still running after 5 seconds, and exits`, dropsRequests: true }
    if (signal === 'usr1' || signal === 'usr2') {
      // forwarded to every process; one that exits on it makes foreman stop all the others
      if (inner.effect === 'stop') return { effect: 'stop', does: `forwards ${name} to every process it runs; the web server ${inner.does}, and foreman then stops the others and exits`, dropsRequests: true }
      return { ...inner, effect: 'unknown', does: `forwards ${name} to every process it runs, the web server among them, and stops them all when any of them exits on it`, dropsRequests: null, why: `what the other processes foreman runs do with ${name} is not known` }
    }
    return untrapped(signal)
  },
  describe(_ctx, use) {
    return use.others.length
      ? { message: 'foreman', processes: `every process of \`${use.reads ?? 'Procfile'}\` (the web process and ${use.others.map((n) => '`' + n + '`').join(', ')})`, together: ': when one of them exits, foreman stops them all' }
      : { message: 'foreman', processes: `the web process of \`${use.reads ?? 'Procfile'}\``, together: '' }
  },
  cloud66: {
    label: 'foreman',
    socketFix: 'a listener on the Unix socket /tmp/web_server.sock in the web process foreman runs',
    pidFix: 'a PID file at /tmp/web_server.pid written by the web process foreman runs',
    pidFixIsOption: false,
    ...PUMA_CONFIG_FIXES,
    ...CUSTOM_SERVER_SIGNALS,
    restartFix: () => 'run the web process\'s own command as `custom_web` instead of foreman',
    unmeasured: true,
    // Cloud 66 documents defaults for Puma, Unicorn and Thin only (docs/research/cloud66.md#per-server-defaults-under-systemd)
    defaultsUnconfirmed: true
  }
}

/** A word of a Ruby `bin/dev`'s `exec`, placed on the Procfile's `bin/dev` word. */
function literal(text: string, at: Word): Word {
  return { text, offsets: Array.from({ length: text.length }, () => at.start), start: at.start, end: at.end, unknown: false, unknownVars: [], vars: [] }
}

/** The Ruby `bin/dev` of Rails 8 (`bin/dev.tt`): `exec "./bin/rails", "server", *ARGV`. */
function rubyScript(ctx: WrapperContext, path: string): Unwrapped {
  const argv = ctx.command.argv!
  const at = wordSpan(ctx, argv[0])
  const env = { get: (n: string) => (ctx.command.unknownEnv.has(n) ? undefined : (ctx.command.env.get(n) ?? null)), appRoot: APP_ROOT, filePath: APP_ROOT + '/' + path }
  const read = ctx.config.ruby(path, env)
  if (read.status === 'pending') return { kind: 'pending' }
  if (read.status !== 'ok') return unknown(at, `\`${path}\`, which rack-check could not read`)
  const c = read.value
  const call = c.calls.length === 1 && c.opaque.length === 0 && !c.raises ? c.calls[0] : null
  const args = call?.name === 'exec' && call.condition === null ? call.args : []
  const known = args.filter((a) => a.known).map((a) => (a.known ? a.value : null))
  const rest = args.slice(known.length)
  // `*ARGV` is the one argument that may not be known: the script's own arguments, the Procfile's words after it
  const passesArgv = rest.length === 1 && !rest[0].known && ['*ARGV', 'ARGV'].includes(c.file.textAt(rest[0].at))
  const rails = known.length === 2 && (known[0] === './bin/rails' || known[0] === 'bin/rails') && (known[1] === 'server' || known[1] === 's')
  if (!rails || (rest.length > 0 && !passesArgv)) return unknown(at, `\`${path}\`, a Ruby script that is not Rails 8's \`exec "./bin/rails", "server", *ARGV\``)
  const words = [literal(known[0] as string, argv[0]), literal('server', argv[0]), ...(passesArgv ? argv.slice(1) : [])]
  const command: CommandLine = { ...ctx.command, argv: words, program: words[0], programName: 'rails', binstub: true, unknownWords: words.filter((w) => w.unknown) }
  return { kind: 'command', command, file: ctx.file, entry: ctx.entry }
}

/** Lines a generated shell `bin/dev` has before the command it runs: they change nothing that runs after them. */
const PREAMBLE = new Set(['if', 'then', 'else', 'fi', 'echo', 'gem'])

/** jsbundling-rails' shell `bin/dev` (`lib/install/dev`): its last line runs foreman. */
function shellScript(ctx: WrapperContext, file: SourceFile, path: string): Unwrapped {
  const at = wordSpan(ctx, ctx.command.argv![0])
  const env = new Map(ctx.command.env)
  const unknownEnv = new Set(ctx.command.unknownEnv)
  let cwd: string | null = ctx.command.cwd
  const lines: number[] = []
  for (let n = 2; n <= file.lineCount; n++) if (file.lineText(n).trim() !== '' && !file.lineText(n).trim().startsWith('#')) lines.push(n)
  const last = lines.pop()
  if (last === undefined) return unknown(at, `\`${path}\`, a script that runs nothing`)
  for (const n of lines) {
    const parse = parseShell(file.lineText(n), file.lineOffset(n), shellEnvironment(env))
    const c = parse.commands.length === 1 && !parse.unsupported ? parse.commands[0] : null
    const head = c?.words[0]?.text
    // the installer's `if ! gem list … foreman; then gem install foreman; fi` and its `echo`: the first word as written
    const first = file.lineText(n).trim().split(/[ \t;]/)[0]
    if (c && head === undefined) for (const a of c.assignments) setIn(a.name, a.value.unknown ? null : a.value.text)
    else if (c && head === 'export') {
      for (const w of c.words.slice(1)) {
        const eq = w.text.indexOf('=')
        if (eq > 0) setIn(w.text.slice(0, eq), w.unknown ? null : w.text.slice(eq + 1))
      }
    } else if (c && head === 'cd') cwd = null
    else if (!PREAMBLE.has(first)) return unknown(file.span(file.lineOffset(n), file.lineOffset(n) + file.lineText(n).length), `line ${n} of \`${path}\``)
  }
  function setIn(name: string, value: string | null): void {
    if (value === null) unknownEnv.add(name)
    else {
      unknownEnv.delete(name)
      env.set(name, value)
    }
  }
  let text = file.lineText(last)
  const start = file.lineOffset(last)
  // `"$@"` passes the script's arguments on: none on a `custom_web: bin/dev` line
  if (text.includes('"$@"')) {
    if (ctx.command.argv!.length > 1) return unknown(at, `the arguments \`${path}\` passes on with \`"$@"\``)
    text = text.replaceAll('"$@"', '    ')
  }
  const entry: ProcfileEntry = { name: ctx.entry.name, line: last, nameStart: start, nameEnd: start, command: text.trimEnd(), commandStart: start, commandEnd: start + text.trimEnd().length }
  const parsed = parseShell(text, start, shellEnvironment(env))
  return { kind: 'line', file, entry, base: { env, unknownEnv, cwd }, shellStays: parsed.commands.at(-1)?.words[0]?.text !== 'exec' }
}

export const binDev: WrapperModel = {
  name: null,
  engine: ENGINE,
  gem: null,
  unwrap(ctx) {
    const word = ctx.command.argv![0]
    const path = inApp(ctx, word.text)
    const at = wordSpan(ctx, word)
    if (path === null) return unknown(at, `\`${word.text}\`, a script outside the app`)
    const read = ctx.config.text(path)
    if (read.status === 'pending') return { kind: 'pending' }
    if (read.status !== 'ok') return unknown(at, `\`${path}\`, which ${read.status === 'missing' ? 'is not in the repository' : 'rack-check could not read'}`)
    const shebang = read.value.lineText(1)
    const interpreter = /^#!\s*\S+(?:\s+(\S+))?/.exec(shebang)
    const program = interpreter ? (interpreter[1] ?? shebang.replace(/^#!\s*/, '')).replace(/^.*\//, '') : ''
    if (program === 'ruby') return rubyScript(ctx, path)
    if (program === 'sh' || program === 'bash') return shellScript(ctx, read.value, path)
    return unknown(at, `\`${path}\`, a script rack-check does not recognise (not the Ruby one Rails 8 generates, nor jsbundling-rails' shell one)`)
  }
}

