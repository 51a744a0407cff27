/**
 * Ruby source through Prism, the official Ruby parser (`@ruby/prism`, WebAssembly). It is loaded
 * only when a Ruby config file is actually read: start-up time is a feature.
 *
 * `loadPrism()` from the package's index cannot be used in the ncc bundle (it turns its own
 * `import.meta.url` into a path that no longer exists), and ncc's asset relocation corrupts the
 * binary (it re-encodes it as text). So the build copies `prism.wasm` beside each bundle, and the
 * loader looks there first, then in node_modules (running from the sources). The URLs are built
 * from a variable so that ncc does not try to relocate them.
 */
import type { SourceFile } from '../files/source-file.js'
import type { ProgramNode } from '@ruby/prism/src/nodes.js'

/** A Prism node: every node class has `location` and `accept`. */
export interface RubyNode {
  location: { startOffset: number; length: number }
  accept(visitor: object): void
  [field: string]: unknown
}

export interface RubyParse {
  program: ProgramNode
  errors: Array<{ message: string; start: number; end: number }>
  /** Prism's byte offset → the UTF-16 offset SourceFile uses */
  offset(byte: number): number
}

export type RubyParser = (file: SourceFile) => RubyParse

type PrismExports = Parameters<typeof import('@ruby/prism/src/parsePrism.js').parsePrism>[0]

let loading: Promise<RubyParser> | null = null

export function loadRubyParser(): Promise<RubyParser> {
  loading ??= (async () => {
    const [{ parsePrism }, { WASI }, { readFile }] = await Promise.all([import('@ruby/prism/src/parsePrism.js'), import('node:wasi'), import('node:fs/promises')])
    const bytes = await readFirst(readFile, ['prism.wasm', '../../node_modules/@ruby/prism/src/prism.wasm'])
    // WebAssembly is a global of Node; TypeScript's ES2022 lib does not declare it
    const wasm = (globalThis as unknown as { WebAssembly: { compile(b: Uint8Array): Promise<object>; instantiate(m: object, i: object): Promise<{ exports: PrismExports }> } }).WebAssembly
    const wasi = new WASI({ version: 'preview1' })
    const instance = await wasm.instantiate(await wasm.compile(bytes), wasi.getImportObject())
    wasi.initialize(instance as never)
    return (file: SourceFile): RubyParse => {
      const result = parsePrism(instance.exports, file.text)
      const offset = byteOffsets(file.text)
      return {
        program: result.value,
        errors: result.errors.map((e) => ({ message: e.message, start: offset(e.location.startOffset), end: offset(e.location.startOffset + e.location.length) })),
        offset
      }
    }
  })()
  return loading
}

async function readFirst(readFile: (u: URL) => Promise<Uint8Array>, candidates: string[]): Promise<Uint8Array> {
  let last: unknown
  for (const rel of candidates) {
    try {
      return await readFile(new URL(rel, import.meta.url))
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
