/**
 * Ruby source through Prism, the official Ruby parser (`@ruby/prism`, WebAssembly). It is loaded
 * only when a Ruby config file is actually read: start-up time is a feature.
 *
 * Prism's WebAssembly is contained (docs/maintainers/robustness.md): its C stack is 64 KiB of its own memory
 * with nothing below it but Prism's data, so input nested a few hundred levels deep overwrites
 * that data, after which it traps, returns a corrupt result or loops forever
 * (docs/maintainers/prism-upstream.md). So the module rack-check runs is Prism's with two guards added at
 * build time (scripts/prism-guard.mjs; the build writes dist/prism.wasm.gz), and:
 * - the stack guard traps as soon as Prism's stack pointer comes within `STACK_GUARD_BYTES` of
 *   the data, before anything is written there; those bytes are also filled with a pattern before
 *   the parse, and a parse that touched them (a leaf function's frame) is not trusted;
 * - fuel: each parse may run `PARSE_FUEL` loop iterations (a 1 MiB config takes about 5 million,
 *   a tenth of a second), after which the guarded code traps, so no input can run forever;
 * - every parse gets a fresh WebAssembly instance (instantiating the compiled module costs under
 *   a millisecond), so nothing one file did to Prism's memory reaches the next;
 * - a trap, an exhausted stack or fuel, or a deserializer error becomes `failure` on that file's
 *   parse.
 * It runs on the main thread: these guards stop every input that a worker thread was there to
 * stop (issue 12), and starting a worker cost 20–28 ms, most of a Puma config's start-up (issue
 * 17, docs/performance.md).
 *
 * `loadPrism()` from the package's index cannot be used in the ncc bundle (it turns its own
 * `import.meta.url` into a path that no longer exists), and ncc's asset relocation corrupts the
 * binary (it re-encodes it as text). So the build writes the guarded `prism.wasm.gz` beside the
 * bundle (gzipped for dist/'s size), and the loader reads it there, or from dist/ when running
 * from the sources (CI checks that dist/ is what the build makes of the package's). The URLs are
 * built from a variable so that ncc does not try to relocate them.
 */
import type { SourceFile } from '../../files/source-file.js'
import type { ProgramNode } from '@ruby/prism/src/nodes.js'
import { readFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'

/** A Prism node: every node class has `location` and `accept`. */
export interface RubyNode {
  location: { startOffset: number; length: number }
  accept(visitor: object): void
  [field: string]: unknown
}

export interface RubyParse {
  program: ProgramNode
  errors: Array<{ message: string; start: number; end: number }>
  /** the file's comments (UTF-16 offsets, end exclusive), where suppressions may stand */
  comments: Array<{ start: number; end: number }>
  /** Prism's byte offset → the UTF-16 offset SourceFile uses */
  offset(byte: number): number
  /**
   * Set when rack-check's parser could not read the file (Prism trapped, ran out of its stack or
   * its fuel, or its result could not be decoded): what to tell the user, e.g. "could not be
   * parsed by rack-check's Ruby parser (…)". `errors` then holds that one message, so that a
   * caller that does not look here still does not use an empty program as the file's content.
   */
  failure?: string
}

export type RubyParser = (file: SourceFile) => RubyParse

/**
 * The loop iterations one parse may run: 100 million, 20 times what a 1 MiB config (the most a
 * file may hold, files/workspace.ts) takes, and about a second of a loop that never ends.
 */
export const PARSE_FUEL = 100_000_000
/** The lowest bytes of Prism's stack that a parse may not reach (scripts/prism-guard.mjs STACK_MARGIN). */
export const STACK_GUARD_BYTES = 8192

type Deserialize = (source: Uint8Array, serialized: Uint8Array) => {
  value: ProgramNode
  errors: Array<{ message: string; location: { startOffset: number; length: number } }>
  comments: Array<{ location: { startOffset: number; length: number } }>
}

/** The parts of the WebAssembly JavaScript API used here (the project's lib, ES2022 without the DOM, does not declare it). */
interface WasmModule {
  readonly compiled: unique symbol
}
interface WasmApi {
  Module: { new (bytes: Uint8Array): WasmModule; imports(module: WasmModule): Array<{ module: string; name: string }> }
  Instance: new (module: WasmModule, imports: object) => { exports: object }
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly
type Imports = { wasi_snapshot_preview1: Record<string, (...args: number[]) => number> }

/** The exports of the guarded prism.wasm that a parse uses. */
interface Prism {
  memory: { buffer: ArrayBuffer }
  __stack_low: { value: number }
  rack_check_fuel: { value: number }
  rack_check_stop: { value: number }
  _initialize(): void
  calloc(count: number, size: number): number
  pm_buffer_sizeof(): number
  pm_buffer_init(buffer: number): void
  pm_buffer_value(buffer: number): number
  pm_buffer_length(buffer: number): number
  pm_serialize_parse(buffer: number, source: number, length: number, options: number): void
}

/** What one parse in Prism's WebAssembly gave: the serialized result, or why there is none. */
type Outcome = { ok: true; bytes: Uint8Array } | { ok: false; kind: 'stack' | 'fuel' | 'trap'; message?: string }

let loading: Promise<RubyParser> | null = null

/** The parser (one per process); `fuel` other than PARSE_FUEL makes a parser of its own (for tests). */
export function loadRubyParser(fuel = PARSE_FUEL): Promise<RubyParser> {
  const load = async () => {
    // read synchronously: fs/promises would load Node's stream classes (start-up time)
    const module = new wasm.Module(gunzipSync(readFirst(['prism.wasm.gz', '../../../dist/prism.wasm.gz'])))
    const { deserialize } = await import('@ruby/prism/src/deserialize.js')
    return makeParser(module, deserialize as unknown as Deserialize, fuel)
  }
  if (fuel !== PARSE_FUEL) return load()
  loading ??= load()
  return loading
}

/**
 * The WASI imports: stubs answering ENOSYS (52). Prism's parse touches no files, clocks or
 * environment, and stubs keep Node's experimental WASI (and its warning) out of the process.
 */
function wasiStubs(module: WasmModule): Record<string, (...args: number[]) => number> {
  const stubs: Record<string, (...args: number[]) => number> = {}
  for (const i of wasm.Module.imports(module)) {
    stubs[i.name] =
      i.name === 'proc_exit'
        ? (code) => {
            throw new Error(`Prism exited with status ${code}`)
          }
        : () => 52
  }
  return stubs
}

/**
 * One parse in a fresh instance. Prism's options for a plain parse: filepath "", line 1, no
 * encoding, every flag 0, no scopes (the layout written by @ruby/prism's parsePrism.js
 * `dumpOptions`).
 */
function parseInPrism(module: WasmModule, imports: Imports, source: Uint8Array, fuel: number): Outcome {
  let p: Prism | null = null
  let low = 0
  const stackUsed = (q: Prism) => new Uint8Array(q.memory.buffer, low, STACK_GUARD_BYTES).some((b) => b !== 0xa5)
  try {
    p = new wasm.Instance(module, imports).exports as unknown as Prism
    p._initialize()
    low = p.__stack_low.value
    new Uint8Array(p.memory.buffer, low, STACK_GUARD_BYTES).fill(0xa5)
    p.rack_check_fuel.value = fuel
    const options = new Uint8Array(23)
    new DataView(options.buffer).setInt32(4, 1, true)
    const sp = p.calloc(1, source.length)
    const op = p.calloc(1, options.length)
    const bp = p.calloc(p.pm_buffer_sizeof(), 1)
    if (!sp || !op || !bp) throw new Error('Prism is out of memory')
    p.pm_buffer_init(bp)
    new Uint8Array(p.memory.buffer, sp, source.length).set(source)
    new Uint8Array(p.memory.buffer, op, options.length).set(options)
    p.pm_serialize_parse(bp, sp, source.length, op)
    if (stackUsed(p)) return { ok: false, kind: 'stack' }
    return { ok: true, bytes: new Uint8Array(p.memory.buffer, p.pm_buffer_value(bp), p.pm_buffer_length(bp)).slice() }
  } catch (e) {
    const message = String((e as Error)?.message ?? e)
    const stop = p ? p.rack_check_stop.value : 0
    if (stop === 2) return { ok: false, kind: 'fuel' }
    // the guard, or JavaScript's own stack (V8's limit, in a recursion that never moves Prism's stack pointer)
    if (stop === 1 || (p && low && stackUsed(p)) || ((e as Error)?.name === 'RangeError' && /call stack/.test(message))) return { ok: false, kind: 'stack', message }
    return { ok: false, kind: 'trap', message }
  }
}

function makeParser(module: WasmModule, deserialize: Deserialize, fuel: number): RubyParser {
  const imports: Imports = { wasi_snapshot_preview1: wasiStubs(module) }
  let empty: ProgramNode | null = null
  const encoder = new TextEncoder()
  const run = (source: Uint8Array): { ok: true; result: ReturnType<Deserialize> } | { ok: false; why: string } => {
    const reply = parseInPrism(module, imports, source, fuel)
    if (!reply.ok) {
      if (reply.kind === 'fuel') return { ok: false, why: `Prism did not finish within its budget of ${fuel} steps` }
      return { ok: false, why: reply.kind === 'stack' ? 'it is nested too deeply for Prism’s WebAssembly stack' : `Prism’s WebAssembly failed: ${reply.message ?? 'unknown error'}` }
    }
    try {
      return { ok: true, result: deserialize(source, reply.bytes) }
    } catch (e) {
      const message = (e as Error).message
      // by name: the error may come from another realm (a test runner's), where instanceof fails
      const range = (e as Error).name === 'RangeError'
      // JavaScript's own stack, in the deserializer's recursion
      if (range && /call stack/.test(message)) return { ok: false, why: 'it is nested too deeply for rack-check to read Prism’s result' }
      // a magic comment naming an encoding that Ruby (and Prism) know but TextDecoder does not
      if (range && /encoding/.test(message)) return { ok: false, why: `its magic encoding comment names an encoding rack-check cannot decode (${message})` }
      return { ok: false, why: `Prism’s result could not be read (${message})` }
    }
  }
  return (file: SourceFile): RubyParse => {
    const offset = byteOffsets(file.text)
    const outcome = run(encoder.encode(file.text))
    if (outcome.ok) {
      const result = outcome.result
      return {
        program: result.value,
        errors: result.errors.map((e) => ({ message: e.message, start: offset(e.location.startOffset), end: offset(e.location.startOffset + e.location.length) })),
        comments: result.comments.map((c) => ({ start: offset(c.location.startOffset), end: offset(c.location.startOffset + c.location.length) })),
        offset
      }
    }
    if (!empty) {
      const blank = run(new Uint8Array(0))
      if (!blank.ok) throw new Error(`the Ruby parser does not work: ${blank.why}`)
      empty = blank.result.value
    }
    const failure = `could not be parsed by rack-check's Ruby parser: ${outcome.why}`
    return { program: empty, errors: [{ message: failure, start: 0, end: 0 }], comments: [], offset, failure }
  }
}

function readFirst(candidates: string[]): Uint8Array {
  let last: unknown
  for (const rel of candidates) {
    try {
      return readFileSync(new URL(rel, import.meta.url))
    } catch (e) {
      last = e
    }
  }
  throw new Error(`the Ruby parser (prism.wasm) is missing: ${(last as Error).message}`)
}

/** Maps UTF-8 byte offsets to string offsets (identity for ASCII text). */
function byteOffsets(text: string): (byte: number) => number {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return (b) => b
  const starts: number[] = [] // starts[k] = byte offset of UTF-16 unit k
  let byte = 0
  for (let i = 0; i < text.length; i++) {
    starts.push(byte)
    const c = text.codePointAt(i)!
    if (c > 0xffff) {
      starts.push(byte) // the low surrogate shares the code point's bytes
      i++
      byte += 4
    } else byte += c < 0x80 ? 1 : c < 0x800 ? 2 : 3
  }
  starts.push(byte)
  return (b) => {
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid] <= b) lo = mid
      else hi = mid - 1
    }
    while (lo > 0 && starts[lo - 1] === starts[lo]) lo-- // a surrogate pair starts at its high half
    return lo
  }
}

/** The node's class name without "Node", e.g. "Call" — read through its visitor method, which survives bundling. */
export function kindOf(node: unknown): string {
  let kind = ''
  const probe = new Proxy(
    {},
    {
      get: (_t, name) => () => {
        kind = String(name).replace(/^visit/, '').replace(/Node$/, '')
      }
    }
  )
  ;(node as RubyNode).accept(probe)
  return kind
}
