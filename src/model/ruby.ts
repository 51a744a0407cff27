/**
 * Ruby source through Prism, the official Ruby parser (`@ruby/prism`, WebAssembly). It is loaded
 * only when a Ruby config file is actually read: start-up time is a feature.
 *
 * Prism's WebAssembly is contained (docs/robustness.md): its C stack is 64 KiB of its own memory
 * with nothing below it but Prism's data, so input nested a few hundred levels deep overwrites
 * that data, after which it traps, returns a corrupt result or loops forever
 * (docs/prism-upstream.md). So:
 * - it runs in a worker thread, and the main thread waits at most `PARSE_TIME_LIMIT_MS` for it;
 *   a worker that does not answer is terminated and a new one serves the next file;
 * - every parse gets a fresh WebAssembly instance (instantiating the compiled module costs under
 *   a millisecond), so nothing one file did to Prism's memory reaches the next;
 * - the lowest `STACK_GUARD_BYTES` of that stack are filled with a pattern before the parse; a
 *   parse that touched them came within that distance of overwriting the data, and its result is
 *   not trusted;
 * - a trap, a deserializer error or a time-out becomes `failure` on that file's parse.
 *
 * `loadPrism()` from the package's index cannot be used in the ncc bundle (it turns its own
 * `import.meta.url` into a path that no longer exists), and ncc's asset relocation corrupts the
 * binary (it re-encodes it as text). So the build copies `prism.wasm` beside each bundle, and the
 * loader looks there first, then in node_modules (running from the sources). The URLs are built
 * from a variable so that ncc does not try to relocate them. The worker's code is a string
 * evaluated by the worker (no file of its own for the bundler to miss); the main thread compiles
 * nothing: it hands Prism's bytes to each new worker, which compiles them (about 20 ms, in parallel
 * with the main thread).
 */
import type { SourceFile } from '../files/source-file.js'
import type { ProgramNode } from '@ruby/prism/src/nodes.js'
import type { Worker as NodeWorker } from 'node:worker_threads'
import { readFileSync } from 'node:fs'

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
   * its time, or its result could not be decoded): what to tell the user, e.g. "could not be
   * parsed by rack-check's Ruby parser (…)". `errors` then holds that one message, so that a
   * caller that does not look here still does not use an empty program as the file's content.
   */
  failure?: string
}

export type RubyParser = (file: SourceFile) => RubyParse

/** A parse that takes longer is stopped: Prism parses a 1 MiB config in about 0.2 s (docs/robustness.md). */
export const PARSE_TIME_LIMIT_MS = 2000
/** How long a new worker may take to start (not input-controlled: only a very loaded machine is slower). */
const WORKER_START_LIMIT_MS = 20000
/** The lowest bytes of Prism's stack that a trusted parse must leave untouched. */
export const STACK_GUARD_BYTES = 8192

type Deserialize = (source: Uint8Array, serialized: Uint8Array) => {
  value: ProgramNode
  errors: Array<{ message: string; location: { startOffset: number; length: number } }>
  comments: Array<{ location: { startOffset: number; length: number } }>
}

/**
 * The worker: one request at a time, each in a fresh instance. It answers through `port` and
 * then counts the answer in `flag[0]`: the main thread is blocked in Atomics.wait (it cannot
 * receive events), and a change of the count wakes it.
 * The WASI imports are stubs answering ENOSYS (52): Prism's parse touches no files, clocks or
 * environment, and stubs keep Node's experimental WASI (and its warning) out of the worker.
 * Prism's options for a plain parse: filepath "", line 1, no encoding, every flag 0, no scopes
 * (the layout written by @ruby/prism's parsePrism.js `dumpOptions`).
 */
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads')
const { flag: sharedFlag, port, guard } = workerData
const flag = new Int32Array(sharedFlag)
let mod = null
const imports = {}
const options = new Uint8Array(23)
new DataView(options.buffer).setInt32(4, 1, true)
function answer(reply, transfer) {
  port.postMessage(reply, transfer)
  Atomics.add(flag, 0, 1)
  Atomics.notify(flag, 0)
}
function stackUsed(p, low) {
  return new Uint8Array(p.memory.buffer, low, guard).some((b) => b !== 0xa5)
}
port.on('message', ({ wasm, source }) => {
  if (wasm) {
    // the first message: Prism's bytes, compiled here while the main thread reads on
    try {
      mod = new WebAssembly.Module(wasm)
      for (const i of WebAssembly.Module.imports(mod)) {
        imports[i.name] = i.name === 'proc_exit' ? (c) => { throw new Error('Prism exited with status ' + c) } : () => 52
      }
      answer({ ok: true, ready: true }, [])
    } catch (e) {
      answer({ ok: false, kind: 'trap', message: String((e && e.message) || e) }, [])
    }
    return
  }
  let p = null
  let low = 0
  try {
    p = new WebAssembly.Instance(mod, { wasi_snapshot_preview1: imports }).exports
    p._initialize()
    low = p.__stack_low.value
    new Uint8Array(p.memory.buffer, low, guard).fill(0xa5)
    const sp = p.calloc(1, source.length), op = p.calloc(1, options.length), bp = p.calloc(p.pm_buffer_sizeof(), 1)
    if (!sp || !op || !bp) throw new Error('Prism is out of memory')
    p.pm_buffer_init(bp)
    new Uint8Array(p.memory.buffer, sp, source.length).set(source)
    new Uint8Array(p.memory.buffer, op, options.length).set(options)
    p.pm_serialize_parse(bp, sp, source.length, op)
    if (stackUsed(p, low)) return answer({ ok: false, kind: 'stack' }, [])
    const bytes = new Uint8Array(p.memory.buffer, p.pm_buffer_value(bp), p.pm_buffer_length(bp)).slice()
    answer({ ok: true, bytes }, [bytes.buffer])
  } catch (e) {
    // a trap after the stack reached its end: the nesting is the cause
    if (p && low && stackUsed(p, low)) return answer({ ok: false, kind: 'stack', message: String((e && e.message) || e) }, [])
    answer({ ok: false, kind: 'trap', message: String((e && e.message) || e) }, [])
  }
})
`

interface Reply {
  ok: boolean
  bytes?: Uint8Array
  kind?: 'stack' | 'trap'
  message?: string
  ready?: boolean
}

type WorkerThreads = typeof import('node:worker_threads')

/** One worker and the means to wait for it synchronously. */
class PrismWorker {
  private readonly flag = new Int32Array(new SharedArrayBuffer(4))
  private readonly worker: NodeWorker
  private readonly port: import('node:worker_threads').MessagePort
  private started = false

  constructor(
    private readonly threads: WorkerThreads,
    wasm: Uint8Array
  ) {
    const { port1, port2 } = new threads.MessageChannel()
    this.port = port1
    this.worker = new threads.Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { flag: this.flag.buffer, port: port2, guard: STACK_GUARD_BYTES },
      transferList: [port2 as never],
      resourceLimits: { maxOldGenerationSizeMb: 256 }
    })
    // it must not keep the process alive once the run is over
    this.worker.unref()
    this.worker.on('error', () => {}) // a worker that dies is noticed by the wait below
    this.port.postMessage({ wasm })
  }

  /** The reply, or null when none came within `ms`. */
  private wait(ms: number): Reply | null {
    const deadline = Date.now() + ms
    for (;;) {
      // read the count before looking for the message: an answer in between changes it, and the wait returns at once
      const count = Atomics.load(this.flag, 0)
      const got = this.threads.receiveMessageOnPort(this.port)
      if (got) return got.message as Reply
      const left = deadline - Date.now()
      if (left <= 0) return null
      Atomics.wait(this.flag, 0, count, left)
    }
  }

  /** Parses; null when the worker did not answer in time (then it is stopped: do not use it again). */
  parse(source: Uint8Array): Reply | null {
    if (!this.started) {
      const ready = this.wait(WORKER_START_LIMIT_MS)
      if (!ready?.ready) {
        this.stop()
        throw new Error(`the Ruby parser's worker thread did not start${ready?.message ? ': ' + ready.message : ''}`)
      }
      this.started = true
    }
    this.port.postMessage({ source })
    const reply = this.wait(PARSE_TIME_LIMIT_MS)
    if (!reply) this.stop()
    return reply
  }

  stop(): void {
    this.port.close()
    void this.worker.terminate()
  }
}

let loading: Promise<RubyParser> | null = null
/** Stops the worker of the parser loaded last (set by makeParser). */
let stopCurrent: (() => void) | null = null

export function loadRubyParser(): Promise<RubyParser> {
  loading ??= (async () => {
    const threads = await import('node:worker_threads')
    // read synchronously: fs/promises would load Node's stream classes (start-up time)
    const bytes = readFirst(['prism.wasm', '../../node_modules/@ruby/prism/src/prism.wasm'])
    // started now, so that it boots and compiles Prism while the deserializer loads and the rest of the app is read
    const first = new PrismWorker(threads, bytes)
    const { deserialize } = await import('@ruby/prism/src/deserialize.js')
    return makeParser(threads, bytes, first, deserialize as unknown as Deserialize)
  })()
  return loading
}

/**
 * Ends Prism's worker thread now, when a run will parse nothing more: it then shuts down while
 * the run renders its output, instead of holding the process at exit (measured on
 * examples/puma-phased: the time after the exit event 9.0 -> 6.3 ms, against 3.6–5.9 ms with no
 * worker at all). A later parse starts a new worker.
 */
export function stopRubyParser(): void {
  loading = null
  stopCurrent?.()
  stopCurrent = null
}

function makeParser(threads: WorkerThreads, wasm: Uint8Array, first: PrismWorker, deserialize: Deserialize): RubyParser {
  let worker: PrismWorker | null = first
  let empty: ProgramNode | null = null
  stopCurrent = () => {
    worker?.stop()
    worker = null
  }
  const encoder = new TextEncoder()
  const run = (source: Uint8Array): { ok: true; result: ReturnType<Deserialize> } | { ok: false; why: string } => {
    worker ??= new PrismWorker(threads, wasm)
    const reply = worker.parse(source)
    if (!reply) {
      worker = null
      return { ok: false, why: `Prism did not finish within ${PARSE_TIME_LIMIT_MS / 1000} s` }
    }
    if (!reply.ok || !reply.bytes) {
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
