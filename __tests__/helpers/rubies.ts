/**
 * The real Rubies, as ground truth for the Ruby facts in the tests (issue 24): Ruby 3.1 from the
 * `ruby` binary (one process per batch) and Ruby 3.2, 3.3, 3.4 and 4.0 as CRuby built for WASI
 * (one VM per Ruby per test file: `ruby+stdlib.wasm` compiled once, about 0.5–1 s each here), found
 * by ruby-lines.mjs. Each evaluates a batch of Ruby expressions and gives, per expression, the value
 * converted in Ruby to JSON-comparable data, or the exception it raised. The data is built from the
 * objects, never from `inspect` text, which changes between Rubies (3.4's Hash#inspect).
 *
 * The WASI builds cannot spawn processes, receive signals or see the filesystem
 * (docs/research/servers.md#ruby-removals): they answer questions about core methods, constants and
 * the standard library only.
 */
import { test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { CHECKED_LINES, findRubies, rubyWasmDir, type FoundRuby } from './ruby-lines.mjs'
import type { RubyScalar } from '../../src/model/ruby/values.js'

/**
 * A Ruby value as data: nil, booleans, strings and numbers as themselves (an Integer beyond
 * JavaScript's safe integers as `{ integer: "…" }`, a Float that is not finite as `{ float: "…" }`),
 * arrays, `{ symbol }`, `{ hash: [[key, value], …] }`, `{ regexp, flags? }`, anything else
 * `{ object: ClassName }`. A Float and an Integer of the same value are the same number here, as
 * in the evaluator.
 */
export type RubyData =
  | null
  | boolean
  | number
  | string
  | RubyData[]
  | { symbol: string }
  | { integer: string }
  | { float: string }
  | { bytes: number[] }
  | { hash: Array<[RubyData, RubyData]> }
  | { regexp: string; flags?: string }
  | { object: string }

/** what an expression raised: the exception's class and message */
export interface Raised {
  raises: string
  message: string
}

export type RubyAnswer = RubyData | Raised

export const isRaised = (a: RubyAnswer): a is Raised => !!a && typeof a === 'object' && !Array.isArray(a) && 'raises' in a

/** one expression, evaluated at the top level in a fresh local scope, after `require` of each of `requires` */
export interface Probe {
  expr: string
  requires?: readonly string[]
}

export interface RealRuby {
  /** `3.1`, `3.2`, … */
  line: string
  kind: 'binary' | 'wasi'
  /** RUBY_VERSION, known after the first batch */
  version: string | null
  /**
   * The answers to `probes`, in order. `env`, when given, replaces ENV first. The probes of a batch
   * run one after the other in one Ruby: a `require` stays loaded for the next.
   */
  evaluate(probes: readonly Probe[], env?: Record<string, string>): Promise<RubyAnswer[]>
}

/** The probe runner, loaded into each Ruby: `RackCheckProbe.answer(json)` gives the batch's answers as JSON. */
const PROBE_RUBY = String.raw`
require "json"
require "stringio"
$VERBOSE = nil
Warning[:deprecated] = false
def __rack_check_scope
  binding
end
module RackCheckProbe
  def self.data(v)
    case v
    when nil, true, false then v
    when String
      s = v.dup.force_encoding("UTF-8")
      s.valid_encoding? ? s : { "bytes" => v.bytes }
    when Integer then v.abs <= 9007199254740991 ? v : { "integer" => v.to_s }
    when Float then v.finite? ? v : { "float" => v.to_s }
    when Symbol then { "symbol" => v.to_s }
    when Array then v.map { |x| data(x) }
    when Hash then { "hash" => v.map { |k, x| [data(k), data(x)] } }
    when Regexp
      flags = [[Regexp::IGNORECASE, "i"], [Regexp::MULTILINE, "m"], [Regexp::EXTENDED, "x"]].map { |bit, f| v.options & bit != 0 ? f : "" }.join
      flags.empty? ? { "regexp" => v.source } : { "regexp" => v.source, "flags" => flags }
    else { "object" => v.class.name.to_s }
    end
  end

  def self.answer(json)
    batch = JSON.parse(json)
    ENV.replace(batch["env"]) if batch["env"]
    out = $stdout
    answers = batch["probes"].map do |probe|
      $stdout = StringIO.new
      begin
        (probe["requires"] || []).each { |lib| require lib }
        { "value" => data(eval(probe["expr"], __rack_check_scope)) }
      rescue Exception => e
        { "raises" => e.class.name.to_s, "message" => e.message.to_s.scrub }
      ensure
        $stdout = out
      end
    end
    JSON.generate({ "version" => RUBY_VERSION, "answers" => answers })
  end
end
`

interface Batch {
  version: string
  answers: Array<{ value: RubyData } | Raised>
}

function unpack(ruby: RealRuby, text: string): RubyAnswer[] {
  const batch = JSON.parse(text) as Batch
  ruby.version = batch.version
  return batch.answers.map((a) => ('raises' in a ? a : a.value))
}

/** Ruby 3.1: the `ruby` binary, one process per batch. */
function binaryRuby(found: FoundRuby & { kind: 'binary' }): RealRuby {
  const ruby: RealRuby = {
    line: found.line,
    kind: 'binary',
    version: null,
    async evaluate(probes, env) {
      const script = `${PROBE_RUBY}\nSTDOUT.write(RackCheckProbe.answer(STDIN.read))\n`
      // SIGKILL: a regexp Ruby 3.1 backtracks through exponentially does not give way to SIGTERM
      const r = spawnSync(found.command, ['-W0', '-e', script], { input: JSON.stringify({ probes, env }), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, timeout: 120_000, killSignal: 'SIGKILL' })
      if (r.status !== 0) throw new Error(`ruby ${found.line} failed (${r.status ?? r.signal}): ${r.stderr}`)
      return unpack(ruby, r.stdout)
    }
  }
  return ruby
}

interface WasiVm {
  eval(code: string): { toString(): string }
}
/** the part of the WebAssembly API used here (the project's lib, ES2022 without the DOM, does not declare it) */
const wasm = (globalThis as unknown as { WebAssembly: { compile(bytes: Uint8Array): Promise<unknown> } }).WebAssembly

/** Ruby 3.2–4.0: a WASI build, compiled on first use. */
function wasiRuby(found: FoundRuby & { kind: 'wasi' }): RealRuby {
  let vm: Promise<WasiVm> | null = null
  const start = async (): Promise<WasiVm> => {
    const { DefaultRubyVM } = (await import(found.api)) as { DefaultRubyVM: (m: unknown) => Promise<{ vm: WasiVm }> }
    const module = await wasm.compile(await readFile(found.wasm))
    const started = (await DefaultRubyVM(module)).vm
    started.eval(PROBE_RUBY)
    return started
  }
  const ruby: RealRuby = {
    line: found.line,
    kind: 'wasi',
    version: null,
    async evaluate(probes, env) {
      vm ??= start()
      const json = JSON.stringify({ probes, env })
      const literal = `'${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
      return unpack(ruby, (await vm).eval(`RackCheckProbe.answer(${literal})`).toString())
    }
  }
  return ruby
}

let cached: { rubies: RealRuby[]; missing: Array<{ line: string; why: string }> } | null = null

/** The real Rubies found here (one set per test file: jest gives each file its own modules), and the lines missing. */
export function realRubies(): { rubies: RealRuby[]; missing: Array<{ line: string; why: string }> } {
  if (!cached) {
    const { found, missing } = findRubies()
    cached = { rubies: found.map((f) => (f.kind === 'binary' ? binaryRuby(f) : wasiRuby(f))), missing }
  }
  return cached
}

/**
 * One test per Ruby line from 3.1 to 4.0, named `NAME on Ruby LINE`: run on the Ruby where it is
 * here; where it is not, skipped (the skip reporter says which Rubies were missing), or failing
 * with CI=true, as the live suite does with a missing server.
 */
export function eachRuby(name: string, fn: (ruby: RealRuby) => Promise<void>): void {
  const { rubies, missing } = realRubies()
  for (const line of CHECKED_LINES) {
    const ruby = rubies.find((r) => r.line === line)
    const title = `${name} on Ruby ${line}`
    if (ruby) test(title, () => fn(ruby))
    else if (process.env.CI) {
      const why = missing.find((m) => m.line === line)?.why
      test(title, () => {
        const how = line === '3.1' ? "Debian 12's package `ruby`" : `\`bash .ci/ruby-wasm.sh\`, into ${rubyWasmDir()}`
        throw new Error(`Ruby ${line} is missing (${why}): .ci/run installs it (${how})`)
      })
    } else test.skip(title, () => undefined)
  }
}

/** Whether Ruby `line` is `since` or later (`3.4`, `4.0`: lines as CHECKED_LINES orders them). */
export function atOrAfter(line: string, since: string): boolean {
  const [a, b] = [line, since].map((l) => CHECKED_LINES.indexOf(l))
  if (a < 0 || b < 0) throw new Error(`not a checked Ruby line: ${a < 0 ? line : since}`)
  return a >= b
}

/** A Ruby string literal that reads as `s` (double-quoted, with `#` escaped so nothing interpolates). */
export const rubyString = (s: string): string => JSON.stringify(s).replace(/#/g, '\\#')

/** A Ruby expression whose value is `v` (the evaluator's data; `{ hash: true }`, whose contents are not kept, is `{}`). */
export function rubyLiteral(v: RubyScalar): string {
  if (v === null) return 'nil'
  if (typeof v === 'string') return rubyString(v)
  if (typeof v === 'number') return Object.is(v, -0) ? '-0' : String(v)
  if (typeof v === 'boolean') return String(v)
  if (Array.isArray(v)) return `[${v.map(rubyLiteral).join(', ')}]`
  if ('symbol' in v) return `:${rubyString(v.symbol)}`
  if ('regexp' in v) {
    const flags = v.flags ?? ''
    const options = [flags.includes('i') && 'Regexp::IGNORECASE', flags.includes('m') && 'Regexp::MULTILINE', flags.includes('x') && 'Regexp::EXTENDED'].filter(Boolean)
    return `Regexp.new(${rubyString(v.regexp)}${options.length ? `, ${options.join(' | ')}` : ''})`
  }
  return '{}'
}

/** A Ruby answer as the evaluator's data: a Hash is `{ hash: true }` (the evaluator does not keep its contents), -0 is 0. */
export function asEvaluatorData(a: RubyAnswer): unknown {
  if (isRaised(a)) return { raises: a.raises }
  const walk = (d: RubyData): unknown => {
    if (typeof d === 'number') return d === 0 ? 0 : d
    if (Array.isArray(d)) return d.map(walk)
    if (d && typeof d === 'object' && 'hash' in d) return { hash: true }
    return d
  }
  return walk(a)
}

/** per Ruby: facts checked, how many agreed, and how many the evaluator leaves unknown (not compared) */
export interface Counts {
  checked: number
  agreed: number
  unknown?: number
  /** of the agreeing ones: where this Ruby gives a recorded new answer, not the evaluator's (Ruby 3.1's) */
  changed?: number
}

/** One line for the log: how many facts each Ruby checked and how many agreed. */
export function printCounts(what: string, counts: Map<RealRuby, Counts>): void {
  const parts = [...counts].map(([r, c]) => `Ruby ${r.version ?? r.line} (${r.kind}) ${c.checked} checked, ${c.agreed} agree${c.changed ? ` (${c.changed} of them a recorded change from Ruby 3.1)` : ''}${c.unknown ? `, ${c.unknown} unknown to the evaluator` : ''}`)
  if (parts.length) process.stdout.write(`${what}: ${parts.join('; ')}\n`)
}
