/**
 * Fuzzing that stays (issue 12, docs/maintainers/robustness.md): seeded mutations of the real deployment
 * files in ../shared/corpus (Procfiles, manifests, deploy hooks, puma.rb, unicorn.rb, Thin YAML,
 * Gemfile.lock; skipped when the corpus is absent) and generated inputs of the crafted classes
 * (deep nesting in Ruby, shell and YAML; hostile bytes). Each case is an app folder checked by the
 * engine; a crash is an exception, or the whole-run guard catching one (`check-incomplete` with an
 * internal error); a hang is a case slower than the per-case limit.
 *
 * Every CI run does a fixed number of cases (FUZZ_CASES, default below, well under 60 s);
 * `npm run fuzz -- --minutes N | --cases N [--jobs J]` (scripts/fuzz.mjs) runs this file longer, with a watchdog
 * that catches a real hang. Environment: FUZZ_SEED, FUZZ_CASES, FUZZ_FIRST_CHUNK, FUZZ_STALL_AT (a hang on purpose, to test the watchdog), FUZZ_MINUTES (either or both: the run stops at the first), FUZZ_PROGRESS (a
 * file written before each case), FUZZ_REPORT (the summary as JSON), FUZZ_OUT (a folder for the
 * inputs that crashed or hung).
 */
import { afterAll, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { run } from '../src/cli/main.js'
import { CORPUS, corpusPresent } from './helpers/paths.js'

const SEED = Number(process.env.FUZZ_SEED ?? 12012)
const MINUTES = Number(process.env.FUZZ_MINUTES ?? 0)
const CASES = Number(process.env.FUZZ_CASES ?? (MINUTES > 0 ? Infinity : 1500))
/** the chunk to start at (scripts/fuzz.mjs restarts a job that hung or died after the chunk of that case) */
const FIRST_CHUNK = Number(process.env.FUZZ_FIRST_CHUNK ?? 0)
/**
 * A case slower than this is a hang. It is a hang guard, not a speed target: the engine bounds its
 * work by steps (docs/maintainers/robustness.md), and a busy machine measured a CI case at 4.4 s, so the limit
 * is well over 10x that (FUZZ_CASE_LIMIT_MS overrides it; scripts/fuzz.mjs passes --case-limit-seconds).
 */
const CASE_LIMIT_MS = Number(process.env.FUZZ_CASE_LIMIT_MS ?? 60_000)
/** the crafted inputs' target through the whole CLI: slower cases are counted and named, not failed */
const TARGET_MS = 5000
const options = { environment: 'production', processManager: 'systemd' as const }

type Files = Record<string, Buffer>

/** One app of the corpus: its deployment files, by path. */
interface Seed {
  name: string
  files: Files
}

const THIN_PROCFILE = Buffer.from('custom_web: bundle exec thin -C config/thin.yml -S /tmp/web_server.sock -P /tmp/web_server.pid start\n')

function corpusSeeds(): Seed[] {
  if (!corpusPresent) return []
  const seeds: Seed[] = []
  for (const name of readdirSync(CORPUS).sort()) {
    const dir = join(CORPUS, name)
    const files: Files = {}
    const take = (from: string, to = from): void => {
      const p = join(dir, from)
      if (existsSync(p)) files[to] = readFileSync(p)
    }
    for (const f of ['Procfile', '.cloud66/manifest.yml', '.cloud66/deploy_hooks.yml', 'config/puma.rb', 'config/unicorn.rb']) take(f)
    const servers = join(dir, 'Gemfile.lock.servers')
    if (existsSync(servers)) files['Gemfile.lock'] = Buffer.from(`GEM\n  remote: https://rubygems.org/\n  specs:\n${readFileSync(servers, 'utf8').replace(/\n?$/, '\n')}\nPLATFORMS\n  ruby\n`)
    for (const thin of ['config/thin.yml', 'config/thin.yml.sample', '.cloud66/files/thin.yml']) {
      if (existsSync(join(dir, thin))) {
        seeds.push({ name: `${name}:thin`, files: { ...files, Procfile: THIN_PROCFILE, 'config/thin.yml': readFileSync(join(dir, thin)) } })
        break
      }
    }
    if (Object.keys(files).length > 0) seeds.push({ name, files })
  }
  return seeds
}

/** What a mutation may insert: the tokens that open, close and confuse each language. */
const TOKENS = [
  '${', '${A:-', '}', '$(', ')', '(', '`', "'", '"', '\\', '&&', '||', ';', '|', '&', '#', '\n', '\r\n', '\t', ' ', 'sh -c \'', 'cd a && ', 'exec ', 'bundle exec ',
  '-b ', '-d', '--pidfile ', 'unix:///tmp/web_server.sock', '-C ', '-c ', '-p ', '$PORT', '$RAILS_ENV',
  '[', ']', '{', '}', '#{', 'do\n', 'end\n', 'if a\n', ' ? ', ' : ', '->{', '=begin\n', '=end\n', '<<~EOS\n', 'EOS\n', '%w[', '/', '# encoding: ', '# encoding: bogus\n', '# frozen_string_literal: true\n', 'bind ', 'workers ', 'preload_app!', 'pidfile ', 'daemonize', 'load ', 'eval ', '__END__\n',
  '- ', ': ', '? ', '&a ', '*a', '<<: *a', '!ruby/object ', '|\n', '>-\n', '---\n', '...\n', '<%', '<%=', '%>', 'production:\n', 'procfile_metadata:\n', 'restart_signal: ', 'stop_sequence: ', 'after_rails:\n',
  '\u0000', '\u00ff', '\u202e', '\u001b[31m', '\ufeff', '\u00e9'
].map((t) => Buffer.from(t))

type Op =
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; token: number }
  | { kind: 'repeat'; at: number; len: number; times: number }
  | { kind: 'byte'; at: number; value: number }
  | { kind: 'lines'; from: number; to: number }

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), token: fc.nat(TOKENS.length - 1) }),
  // a stretch repeated, up to deep nesting (Prism's stack holds ~100 levels)
  fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 16 }), times: fc.oneof(fc.integer({ min: 2, max: 8 }), fc.integer({ min: 50, max: 400 }), fc.integer({ min: 1000, max: 20000 })) }),
  fc.record({ kind: fc.constant('byte' as const), at: fc.nat(), value: fc.nat(255) }),
  fc.record({ kind: fc.constant('lines' as const), from: fc.nat(), to: fc.nat() })
)

const MAX_BYTES = 1024 * 1024 + 16

function mutate(input: Buffer, ops: Op[]): Buffer {
  let b = input
  for (const o of ops) {
    const at = b.length ? o.kind === 'lines' ? 0 : o.at % (b.length + 1) : 0
    if (o.kind === 'delete') b = Buffer.concat([b.subarray(0, at), b.subarray(at + o.len)])
    else if (o.kind === 'insert') b = Buffer.concat([b.subarray(0, at), TOKENS[o.token], b.subarray(at)])
    else if (o.kind === 'repeat') {
      const piece = b.subarray(at, at + o.len)
      const times = Math.min(o.times, Math.floor(MAX_BYTES / Math.max(1, piece.length)))
      b = Buffer.concat([b.subarray(0, at), Buffer.alloc(piece.length * times, piece), b.subarray(at)])
    } else if (o.kind === 'byte') {
      if (b.length) b = Buffer.concat([b.subarray(0, at), Buffer.from([o.value]), b.subarray(at + 1)])
    } else {
      // a line copied over another (a directive twice, a hook in the wrong place)
      const lines = b.toString('latin1').split('\n')
      lines[o.to % lines.length] = lines[o.from % lines.length]
      b = Buffer.from(lines.join('\n'), 'latin1')
    }
  }
  return b.length > MAX_BYTES ? b.subarray(0, MAX_BYTES) : b
}

/** Ruby, shell and YAML nested in the ways of issue 12's table, to a random depth. */
const NEST: Array<[string, string, string]> = [
  ['[', '', ']'], ['{a: ', '1', '}'], ['(', '1', ')'], ['"#{', '1', '}"'], ['a ? ', '1', ' : 2'], ['->{', '', '}'], ['if a\n', '', 'end\n'], ['a do\n', '', 'end\n'], [' d', '', ''], ['!', 'a', ''], ['$(', '$R', '']
]
const LOCK = Buffer.from('GEM\n  remote: https://rubygems.org/\n  specs:\n    puma (6.4.2)\n    unicorn (6.1.0)\n    thin (1.8.2)\n\nPLATFORMS\n  ruby\n')

/** Characters a hostile repository puts in names, keys and values (issue 22): controls, bidi, commands. */
const HOSTILE_BITS = ['\n', '\r', '\t', '\x1b[2J', '\x1b]0;t\x07', '\x07', '\x85', '\u2028', '\u202e', '\u200b', '\ufeff', '::error::x', '::stop-commands::t', '##[warning]', '%0A', '@octocat', '#1', '<img>', '`', '|', ' ', 'a', 'é', '..', '*', '?', '[', '{a,b}', '!']
const hostileText = (max: number): fc.Arbitrary<string> => fc.array(fc.constantFrom(...HOSTILE_BITS), { minLength: 1, maxLength: max }).map((a) => a.join(''))
/** a folder or file name: no `/`, no NUL, at most 255 bytes */
const hostileName = hostileText(12).map((s) => {
  const name = s.replace(/\//g, '_')
  return name === '.' || name === '..' ? `${name}x` : Buffer.from(name).subarray(0, 200).toString().replace(/\ufffd/g, '')
})
/** Ruby regexps that backtrack catastrophically in a backtracking engine, and subjects that make them */
const EVIL_REGEXPS = ['/^(a+)+$/', '/(a|aa)+$/', '/(a|a)*b/', '/^(a*)*$/', '/(.*a){12}/', '/^(\\w+\\s?)*$/', '/(x+x+)+y/', '/^([a-z]+)*[0-9]$/i', '/(a?){25}a{25}/', '/((a+)+)+b/m']
const REGEXP_USES = ['s =~ R', 's.match?(R)', 's.gsub(R, "\\\\`")', 's.sub(R, "x")', 's.split(R)', 's.scan(R)', 's.start_with?(R)', 'case s when R then 1 end', 's !~ R', 'R === s', 's[R]', 's.index(R)']
const GLOBS = ['*a*a*a*a*a*a*a*a*a*b', '**/**/**/**/**/x', '?*?*?*?*?*?*?*?*!', 'a/**/b/**/c/**/d', '*.{rb,yml}', '[a-z]*', '!x', '', '**', '/', '../..', '/etc']

/**
 * Mostly small, one time in `rare` up to `max`: the heavy end of a class is what finds a blow-up,
 * the light end what lets a long run reach a million cases (a 3,000-app case takes seconds).
 */
const sized = (small: number, max: number, rare = 20): fc.Arbitrary<number> => fc.oneof({ arbitrary: fc.integer({ min: 1, max: small }), weight: rare - 1 }, { arbitrary: fc.integer({ min: 1, max }), weight: 1 })

const crafted: fc.Arbitrary<{ label: string; files: Files; cli?: string[] }> = fc.oneof(
  fc.record({ n: fc.nat(NEST.length - 1), depth: fc.integer({ min: 1, max: 3000 }), where: fc.constantFrom('config/puma.rb', 'config/unicorn.rb') }).map(({ n, depth, where }) => {
    const [open, mid, close] = NEST[n]
    const ruby = 'bind "unix:///tmp/web_server.sock"\npidfile "/tmp/web_server.pid"\nx = ' + open.repeat(depth) + mid + close.repeat(depth) + '\n'
    const server = where === 'config/puma.rb' ? 'puma -C config/puma.rb' : 'unicorn -c config/unicorn.rb'
    return { label: `ruby ${JSON.stringify(open)} x${depth} in ${where}`, files: { Procfile: Buffer.from(`custom_web: bundle exec ${server}\n`), 'Gemfile.lock': LOCK, [where]: Buffer.from(ruby) } }
  }),
  fc.record({ parts: fc.array(fc.tuple(fc.constantFrom('${A:-', '}', "sh -c '", "'", '"', 'cd a && ', '$(', '\\', ' -b ', 'unix:///tmp/web_server.sock', ' ', '$X', '${X}', ';', '#'), fc.integer({ min: 1, max: 3000 })), { maxLength: 6 }) }).map(({ parts }) => {
    const line = 'custom_web: bundle exec puma ' + parts.map(([t, k]) => t.repeat(k)).join('')
    return { label: `shell ${parts.map(([t, k]) => `${JSON.stringify(t)}x${k}`).join(' ')}`, files: { Procfile: Buffer.from(line.slice(0, MAX_BYTES) + '\n'), 'Gemfile.lock': LOCK } }
  }),
  fc.record({ depth: fc.integer({ min: 1, max: 20000 }), style: fc.constantFrom('flow', 'map', 'block', 'seq'), where: fc.constantFrom('.cloud66/manifest.yml', '.cloud66/deploy_hooks.yml', 'config/thin.yml') }).map(({ depth, style, where }) => {
    const d = style === 'block' ? Math.min(depth, 1400) : depth
    const body =
      style === 'flow' ? 'a: ' + '['.repeat(d) + ']'.repeat(d) : style === 'map' ? 'a: ' + '{b: '.repeat(d) + '1' + '}'.repeat(d) : style === 'seq' ? '- '.repeat(d) + '1' : Array.from({ length: d }, (_, i) => ' '.repeat(i) + 'k:').join('\n') + ' 1'
    const procfile = where === 'config/thin.yml' ? THIN_PROCFILE : Buffer.from('custom_web: bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n')
    return { label: `yaml ${style} x${d} in ${where}`, files: { Procfile: procfile, 'Gemfile.lock': LOCK, [where]: Buffer.from(body.slice(0, MAX_BYTES) + '\n') } }
  }),
  // issue 22: hostile folder and file names, keys and values, through the CLI in every format
  fc.record({ folders: fc.array(hostileName, { minLength: 1, maxLength: 4 }), key: hostileText(8), value: hostileText(8), format: fc.constantFrom('text', 'json', 'github', 'sarif'), fix: fc.boolean() }).map(({ folders, key, value, format, fix }) => {
    const files: Files = {}
    for (const f of folders) {
      files[`${f}/Procfile`] = Buffer.from(`custom_web: bundle exec puma -d # ${value}\n${key.replace(/[\r\n:]/g, '')}: x\n`)
      files[`${f}/Gemfile.lock`] = LOCK
      files[`${f}/.cloud66/manifest.yml`] = Buffer.from(`procfile_metadata:\n  web:\n    ${JSON.stringify(key)}: ${JSON.stringify(value)}\n    restart_signal: ${JSON.stringify(value)}\n`)
      files[`${f}/${f}`] = Buffer.from(value)
    }
    return { label: `names ${JSON.stringify(folders)} key ${JSON.stringify(key)} value ${JSON.stringify(value)} ${format}${fix ? ' --fix-dry-run' : ''}`, files, cli: fix ? ['--recursive', '--fix-dry-run', '.'] : ['--recursive', '--format', format, '.'] }
  }),
  // .rack-check.yml: apps and ignore that leave the folder, hostile globs, odd values; --recursive and apps:
  fc.record({ apps: fc.array(fc.constantFrom('a', 'b/c', '../x', '/etc', 'a/../..', '*', '{a,b}', 'nope', 'a/Procfile', ''), { maxLength: 4 }), ignore: fc.array(fc.constantFrom(...GLOBS), { maxLength: 4 }), extra: hostileText(6), recursive: fc.boolean(), depth: fc.integer({ min: 1, max: 40 }) }).map(({ apps, ignore, extra, recursive, depth }) => {
    const deep = Array.from({ length: depth }, (_, i) => `d${i}`).join('/')
    const config = `apps: ${JSON.stringify(apps)}\nignore: ${JSON.stringify(ignore)}\nenvironment: ${JSON.stringify(extra)}\n${JSON.stringify(extra)}: 1\n`
    const files: Files = { '.rack-check.yml': Buffer.from(config), 'a/Procfile': Buffer.from('custom_web: bundle exec puma -d\n'), 'a/Gemfile.lock': LOCK, 'b/c/Procfile': Buffer.from('custom_web: x\n'), [`${deep}/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/Procfile`]: Buffer.from('web: x\n') }
    return { label: `config apps ${JSON.stringify(apps)} ignore ${JSON.stringify(ignore)} depth ${depth}${recursive ? ' --recursive' : ''}`, files, cli: recursive ? ['--recursive', '--format', 'json', '.'] : ['--format', 'json', '.'] }
  }),
  // Ruby regexps that backtrack, through every method that runs one
  fc.record({ re: fc.constantFrom(...EVIL_REGEXPS), use: fc.constantFrom(...REGEXP_USES), n: sized(200, 100_000), tail: fc.constantFrom('!', 'b', '', '1', 'y'), times: sized(5, 200) }).map(({ re, use, n, tail, times }) => {
    const line = `x = ${use.replace('R', re).replace(/\bs\b/, 's')}\n`
    const ruby = `s = "${'a'.repeat(n)}${tail}"\n${line.repeat(times)}bind "unix:///tmp/web_server.sock"\npidfile "/tmp/web_server.pid"\n`
    return { label: `regexp ${re} via ${use} on a*${n}${tail} x${times}`, files: { Procfile: Buffer.from('custom_web: bundle exec puma -C config/puma.rb\n'), 'Gemfile.lock': LOCK, 'config/puma.rb': Buffer.from(ruby.slice(0, MAX_BYTES)) } }
  }),
  // the evaluator's String work: large strings through many methods
  fc.record({ size: sized(10_000, 1_000_000), method: fc.constantFrom('downcase', 'upcase', 'strip', 'reverse', 'chars', 'bytes', 'squeeze', 'succ', 'inspect', 'dump', '*2', '+ x', 'split("")', 'gsub("a", "aa")', 'tr("a", "b")', 'center(1000000)', 'ljust(1000000)', '* 1000'), times: sized(20, 50_000) }).map(({ size, method, times }) => {
    const call = method.startsWith('*') || method.startsWith('+') ? `x ${method}` : `x.${method}`
    const ruby = `x = "a" * ${size}\n${`y = ${call}\n`.repeat(times)}bind "unix:///tmp/web_server.sock"\n`
    return { label: `string x${size} .${method} x${times}`, files: { Procfile: Buffer.from('custom_web: bundle exec puma -C config/puma.rb --pidfile /tmp/web_server.pid\n'), 'Gemfile.lock': LOCK, 'config/puma.rb': Buffer.from(ruby.slice(0, MAX_BYTES)) } }
  }),
  // YAML aliases feeding messages: one large value, many aliases, in the fields the rules quote
  fc.record({ size: sized(10_000, 500_000), aliases: sized(200, 40_000), field: fc.constantFrom('command', 'source', 'destination', 'target'), where: fc.constantFrom('.cloud66/deploy_hooks.yml', '.cloud66/manifest.yml') }).map(({ size, aliases, field, where }) => {
    const value = `cp ${'x'.repeat(size)} /$STACK_PATH/Procfile`
    const body =
      where === '.cloud66/deploy_hooks.yml'
        ? `production:\n  first_thing:\n    - {${field}: &v "${value}", target: rails}\n  after_rails:\n${`    - {${field}: *v}\n`.repeat(aliases)}`
        : `procfile_metadata:\n  web:\n    restart_signal: &v "${value}"\n${Array.from({ length: aliases }, (_, i) => `  p${i}:\n    restart_signal: *v\n`).join('')}`
    return { label: `aliases of ${size} chars x${aliases} in ${field} of ${where}`, files: { Procfile: Buffer.from('custom_web: bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid\n'), 'Gemfile.lock': LOCK, [where]: Buffer.from(body.slice(0, MAX_BYTES)) } }
  }),
  // many apps under --recursive, in the formats that look files up
  fc.record({ apps: sized(20, 3000, 50), format: fc.constantFrom('text', 'sarif', 'json') }).map(({ apps, format }) => {
    const files: Files = {}
    for (let i = 0; i < apps; i++) {
      files[`apps/a${i}/Procfile`] = Buffer.from(`custom_web: bundle exec puma -d # ${i}\n`)
      files[`apps/a${i}/Gemfile.lock`] = LOCK
    }
    return { label: `${apps} apps --recursive ${format}`, files, cli: ['--recursive', '--format', format, '.'] }
  })
)

interface Stats {
  seed: number
  cases: number
  corpusCases: number
  craftedCases: number
  crashes: Array<{ label: string; error: string; saved: string | null }>
  hangs: Array<{ label: string; ms: number; saved: string | null }>
  /** cases over TARGET_MS (and under the hang limit) */
  slow: number
  slowest: { label: string; ms: number }
  /** the most memory above the baseline any case has needed, and the cases that needed more than MEMORY_LIMIT */
  memory: { label: string; bytes: number }
  /** cases and milliseconds by class (a label's first word; `corpus` for the mutations) */
  classes: Record<string, { cases: number; ms: number }>
  overMemory: Array<{ label: string; bytes: number; saved: string | null }>
  ms: number
}

const work = mkdtempSync(join(tmpdir(), 'rack-check-fuzz-'))
/** the chunk the running case is from (in the progress file) */
let currentChunk = FIRST_CHUNK
const stats: Stats = { seed: SEED, cases: 0, corpusCases: 0, craftedCases: 0, crashes: [], hangs: [], slow: 0, slowest: { label: '', ms: 0 }, memory: { label: '', bytes: 0 }, classes: {}, overMemory: [], ms: 0 }

afterAll(() => {
  rmSync(work, { recursive: true, force: true })
  const s = stats
  const line = `fuzz: seed ${s.seed}, ${s.cases} cases (${s.corpusCases} corpus mutations, ${s.craftedCases} crafted) in ${(s.ms / 1000).toFixed(1)} s: ${s.crashes.length} crashes, ${s.hangs.length} hangs (over ${CASE_LIMIT_MS / 1000} s), ${s.slow} over the ${TARGET_MS / 1000} s target, ${s.overMemory.length} over ${MEMORY_LIMIT / 1048576} MB; slowest ${s.slowest.ms.toFixed(0)} ms (${s.slowest.label.slice(0, 120)}); most memory ${(s.memory.bytes / 1048576).toFixed(0)} MB (${s.memory.label.slice(0, 120)})${corpusPresent ? '' : '; corpus not found: corpus mutations skipped'}\n`
  process.stdout.write(line)
  if (process.env.FUZZ_REPORT) writeFileSync(process.env.FUZZ_REPORT, JSON.stringify(stats, null, 2))
})

/** Keeps an input that crashed or hung, as an app folder to turn into a regression fixture. */
function save(dir: string, label: string): string | null {
  const out = process.env.FUZZ_OUT
  if (!out) return null
  const to = join(out, `case-${stats.cases}`)
  cpSync(dir, to, { recursive: true })
  writeFileSync(join(to, 'LABEL.txt'), label + '\n')
  return to
}

/**
 * What a CLI case's output must never hold: a control or invisible character other than a line
 * feed or tab (neutralise.ts), a line the Actions runner reads as a command (but the annotations
 * `--format github` writes), an internal error.
 */
function outputProblem(args: string[], code: number, stdout: string, stderr: string): string | null {
  if (code !== 0 && code !== 1 && code !== 2) return `exit ${code}`
  if (/internal error/.test(stderr)) return `stderr: ${stderr.slice(0, 300)}`
  // eslint-disable-next-line no-control-regex
  const unsafe = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/
  for (const [name, out] of [['stdout', stdout], ['stderr', stderr]] as const) {
    const bad = unsafe.exec(out)
    if (bad) return `${name} holds U+${bad[0].charCodeAt(0).toString(16).padStart(4, '0')}`
    for (const line of out.split('\n')) {
      if (line.includes('##[')) return `${name} line holds ##[: ${line.slice(0, 200)}`
      if (/^\s*::/.test(line) && !(name === 'stdout' && args.includes('github') && /^::(error|warning|notice) file=[^:,]+,line=\d+,endLine=\d+(,col=\d+,endColumn=\d+)?,title=[\w-]+::/.test(line))) return `${name} line starts a command: ${line.slice(0, 200)}`
    }
  }
  if (code !== 2 && (args.includes('json') || args.includes('sarif'))) JSON.parse(stdout)
  return null
}

/** the process's most resident memory so far, in bytes */
const maxRss = (): number => process.resourceUsage().maxRSS * 1024
/**
 * A case may grow the process's resident memory by at most this much (issue 22: 512 MB): the
 * process's peak during the case, when the case raised it, less what was resident when it began.
 * A case that does not raise the peak stayed below an earlier one's.
 */
const MEMORY_LIMIT = 512 * 1024 * 1024

async function runCase(label: string, files: Files, cli?: string[]): Promise<void> {
  const dir = join(work, 'case')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true })
    writeFileSync(join(dir, rel), content)
  }
  if (process.env.FUZZ_PROGRESS) writeFileSync(process.env.FUZZ_PROGRESS, `${stats.cases} ${currentChunk} ${label}\n`)
  // a hang on purpose, to check the long run's watchdog and restart (scripts/fuzz.mjs)
  if (process.env.FUZZ_STALL_AT && stats.cases === Number(process.env.FUZZ_STALL_AT) && FIRST_CHUNK === 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)
  const t = performance.now()
  const residentBefore = process.memoryUsage().rss
  const peakBefore = maxRss()
  try {
    if (cli) {
      let stdout = ''
      let stderr = ''
      const code = await run(cli, { stdout: (o) => (stdout += o), stderr: (o) => (stderr += o), isTTY: () => false, env: {}, cwd: dir })
      const problem = outputProblem(cli, code, stdout, stderr)
      if (problem) stats.crashes.push({ label, error: problem, saved: save(dir, label) })
    } else {
      const { report } = await checkDirectory(dir, options)
      JSON.stringify(report)
      const caught = report.findings.find((f) => f.rule === 'check-incomplete' && f.message.includes('internal error'))
      if (caught) stats.crashes.push({ label, error: caught.message, saved: save(dir, label) })
    }
  } catch (e) {
    stats.crashes.push({ label, error: String((e as Error).stack ?? e), saved: save(dir, label) })
  }
  const ms = performance.now() - t
  stats.cases++
  if (ms > stats.slowest.ms) stats.slowest = { label, ms }
  const kind = (stats.classes[/^\d+ apps/.test(label) ? 'apps' : label.split(' ')[0]] ??= { cases: 0, ms: 0 })
  kind.cases++
  kind.ms += ms
  const peakAfter = maxRss()
  const rss = peakAfter > peakBefore ? peakAfter - residentBefore : 0
  if (rss > stats.memory.bytes) stats.memory = { label, bytes: rss }
  if (rss > MEMORY_LIMIT && !stats.overMemory.some((m) => m.bytes >= rss)) stats.overMemory.push({ label, bytes: rss, saved: save(dir, label) })
  if (ms > CASE_LIMIT_MS) stats.hangs.push({ label, ms, saved: save(dir, label) })
  else if (ms > TARGET_MS) stats.slow++
}

test(
  'mutated corpus files and crafted inputs: no crash, no hang',
  async () => {
    const started = performance.now()
    const seeds = corpusSeeds()
    const deadline = MINUTES > 0 ? started + MINUTES * 60_000 : Infinity
    const mutation = fc.record({ seed: fc.nat(), file: fc.nat(), ops: fc.array(op, { minLength: 1, maxLength: 5 }) })
    // in chunks, each from its own seed: a long run never holds its cases in memory
    for (let chunk = FIRST_CHUNK; stats.cases < CASES && performance.now() < deadline; chunk++) {
      const size = Math.min(100, CASES - stats.cases)
      const corpusShare = seeds.length ? Math.ceil(size * 0.7) : 0
      const generated = [
        ...(corpusShare ? fc.sample(mutation, { seed: SEED + chunk, numRuns: corpusShare }).map((m) => ({ corpus: true, m })) : []),
        ...fc.sample(crafted, { seed: SEED + chunk + 1_000_003, numRuns: size - corpusShare }).map((c) => ({ corpus: false, c }))
      ]
      currentChunk = chunk
      for (const g of generated) {
        if (stats.cases >= CASES || performance.now() >= deadline) break
        if (g.corpus && 'm' in g) {
          const s = seeds[g.m.seed % seeds.length]
          const names = Object.keys(s.files)
          const name = names[g.m.file % names.length]
          const files = { ...s.files, [name]: mutate(s.files[name], g.m.ops) }
          stats.corpusCases++
          await runCase(`corpus ${s.name} ${name} ${JSON.stringify(g.m.ops).slice(0, 300)}`, files)
        } else if ('c' in g) {
          stats.craftedCases++
          await runCase(g.c.label, g.c.files, g.c.cli)
        }
      }
    }
    stats.ms = performance.now() - started
    expect(stats.crashes).toEqual([])
    expect(stats.hangs).toEqual([])
    expect(stats.overMemory).toEqual([])
    expect(stats.cases).toBeGreaterThan(0)
  },
  MINUTES > 0 ? MINUTES * 60_000 + 120_000 : 120_000
)
