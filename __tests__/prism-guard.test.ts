/**
 * scripts/prism-guard.mjs: Prism's WebAssembly with a stack guard and fuel, so that it can run on
 * the main thread (src/model/ruby/prism.ts). The guarded module must parse exactly as Prism does, stop
 * the inputs that corrupt Prism's memory before they do, and stop any loop.
 */
import { describe, expect, test } from '@jest/globals'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gunzipSync } from 'node:zlib'
// @ts-expect-error: a build script, plain JavaScript
import { guardPrism, STACK_MARGIN } from '../scripts/prism-guard.mjs'
import { loadRubyParser, STACK_GUARD_BYTES } from '../src/model/ruby/prism.js'
import { SourceFile } from '../src/files/source-file.js'
import { CORPUS, corpusPresent, FIXTURES, PROJECT } from './helpers/paths.js'

type Guarded = { bytes: Uint8Array; loops: number; stackWrites: number }
const guard = guardPrism as (bytes: Uint8Array) => Guarded
const wasm = (globalThis as unknown as { WebAssembly: { Module: { new (b: Uint8Array): object; imports(m: object): Array<{ name: string }> }; Instance: new (m: object, i: object) => { exports: Record<string, unknown> }; validate(b: Uint8Array): boolean } }).WebAssembly
const PLAIN = readFileSync(join(PROJECT, 'node_modules', '@ruby', 'prism', 'src', 'prism.wasm'))
const GUARDED = guard(PLAIN)

type Global = { value: number }
type Exports = Record<string, (...a: number[]) => number> & { memory: { buffer: ArrayBuffer }; rack_check_fuel: Global; rack_check_stop: Global }
/** A parse through Prism's own C entry point, as src/model/ruby/prism.ts makes it (no deserializing). */
function serialize(module: object, text: string, fuel = 100_000_000): { bytes?: Buffer; trap?: string; stop?: number; fuelLeft?: number } {
  // every WASI import a stub answering ENOSYS, as src/model/ruby/prism.ts gives them
  const imports: Record<string, () => number> = {}
  for (const i of wasm.Module.imports(module)) imports[i.name] = () => 52
  const p = new wasm.Instance(module, { wasi_snapshot_preview1: imports }).exports as unknown as Exports
  p._initialize()
  if (p.rack_check_fuel) p.rack_check_fuel.value = fuel
  const source = Buffer.from(text)
  const options = new Uint8Array(23)
  new DataView(options.buffer).setInt32(4, 1, true)
  const sp = p.calloc(1, source.length)
  const op = p.calloc(1, options.length)
  const bp = p.calloc(p.pm_buffer_sizeof(), 1)
  p.pm_buffer_init(bp)
  new Uint8Array(p.memory.buffer, sp, source.length).set(source)
  new Uint8Array(p.memory.buffer, op, options.length).set(options)
  try {
    p.pm_serialize_parse(bp, sp, source.length, op)
  } catch (e) {
    return { trap: (e as Error).message, stop: p.rack_check_stop?.value }
  }
  return { bytes: Buffer.from(new Uint8Array(p.memory.buffer, p.pm_buffer_value(bp), p.pm_buffer_length(bp))), fuelLeft: p.rack_check_fuel?.value }
}

describe('the guarded prism.wasm', () => {
  const guarded = new wasm.Module(GUARDED.bytes)
  const plain = new wasm.Module(PLAIN)

  test('dist/prism.wasm.gz is what the build makes of @ruby/prism’s prism.wasm', () => {
    expect(wasm.validate(GUARDED.bytes)).toBe(true)
    expect(Buffer.compare(gunzipSync(readFileSync(join(PROJECT, 'dist', 'prism.wasm.gz'))), Buffer.from(GUARDED.bytes))).toBe(0)
    // Prism 1.9.0: 607 loops and 481 writes of the stack pointer
    expect(GUARDED.loops).toBeGreaterThan(100)
    expect(GUARDED.stackWrites).toBeGreaterThan(100)
    expect(STACK_MARGIN).toBe(STACK_GUARD_BYTES)
  })

  test('parses every Ruby config of the examples, the fixtures and the corpus exactly as Prism does', () => {
    const files: string[] = []
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, e.name)
        if (e.isDirectory()) walk(path)
        else if (e.isFile() && e.name.endsWith('.rb') && statSync(path).size < 1024 * 1024) files.push(path)
      }
    }
    walk(join(PROJECT, 'examples'))
    walk(FIXTURES)
    if (corpusPresent) walk(CORPUS)
    expect(files.length).toBeGreaterThan(corpusPresent ? 150 : 5)
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      // inputs that overflow Prism's stack are the guard's to stop (below; Prism itself may never
      // return on them, so they are not given to it); the rest must match byte for byte
      const b = serialize(guarded, text)
      if (b.stop === 1) continue
      const a = serialize(plain, text)
      expect({ file, same: a.bytes !== undefined && b.bytes !== undefined && a.bytes.equals(b.bytes) }).toEqual({ file, same: true })
    }
  })

  // docs/maintainers/prism-upstream.md: each corrupts Prism's data, then traps, returns garbage or never returns
  test.each([
    ['the input that looped forever', 'worker_pr' + '$('.repeat(150) + '$R'],
    ['226 nested ifs (an invalid serialization)', 'if a\n'.repeat(226) + 'end\n'.repeat(226)],
    ['215 nested ifs (an overwritten encoding name)', 'if a\n'.repeat(215) + 'end\n'.repeat(215)],
    ['330 parentheses (out of bounds)', '('.repeat(330) + '1' + ')'.repeat(330)],
    ['132 negations', '!'.repeat(132) + 'a'],
    ['10,000 nested hashes', '{a: '.repeat(10000) + '1' + '}'.repeat(10000)]
  ])('%s: stopped by the stack guard before it writes below the stack', (_name, text) => {
    expect(serialize(guarded, text)).toMatchObject({ trap: 'unreachable', stop: 1 })
  })

  test('fuel: every loop iteration costs one; a parse that runs out traps, and the count is the same each time', () => {
    const text = readFileSync(join(PROJECT, 'examples', 'puma-phased', 'config', 'puma.rb'), 'utf8')
    const first = serialize(guarded, text, 1_000_000)
    const used = 1_000_000 - first.fuelLeft!
    expect(used).toBeGreaterThan(100)
    expect(1_000_000 - serialize(guarded, text, 1_000_000).fuelLeft!).toBe(used)
    expect(serialize(guarded, text, used)).toMatchObject({ bytes: first.bytes })
    expect(serialize(guarded, text, used - 1)).toMatchObject({ trap: 'unreachable', stop: 2 })
  })

  test('a config that runs out of fuel is a finding on the file, and the parser goes on', async () => {
    const parse = await loadRubyParser(300)
    const r = parse(new SourceFile('config/puma.rb', 'workers 2\nthreads 1, 5\n'.repeat(200)))
    expect(r.failure).toBe("could not be parsed by rack-check's Ruby parser: Prism did not finish within its budget of 300 steps")
    expect(parse(new SourceFile('config/puma.rb', 'workers 2\n')).failure).toBeUndefined()
  })
})

/** A module of the shape the guard expects, made by hand: it shows what each guard does, apart from Prism. */
describe('the guard on a module made by hand', () => {
  const u32 = (n: number): number[] => {
    const out: number[] = []
    do {
      let x = n & 0x7f
      n >>>= 7
      if (n) x |= 0x80
      out.push(x)
    } while (n)
    return out
  }
  const section = (id: number, content: number[]) => [id, ...u32(content.length), ...content]
  const name = (s: string) => [...u32(s.length), ...Buffer.from(s)]
  /** (import env.f) (global $sp (mut i32) 65536) (global $low i32 1024); spin: loop br 0; set: global.set $sp */
  function module(body: { spin?: number[]; globals?: number[][] } = {}): Uint8Array {
    const code = (instructions: number[]) => {
      const b = [0x00, ...instructions, 0x0b]
      return [...u32(b.length), ...b]
    }
    const spin = body.spin ?? [0x03, 0x40, 0x0c, 0x00, 0x0b]
    const globals = body.globals ?? [
      [0x7f, 0x01, 0x41, ...[0x80, 0x80, 0x04], 0x0b],
      [0x7f, 0x00, 0x41, ...[0x80, 0x08], 0x0b]
    ]
    return Uint8Array.from([
      ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
      ...section(1, [0x02, 0x60, 0x00, 0x00, 0x60, 0x01, 0x7f, 0x00]),
      ...section(2, [0x01, ...name('env'), ...name('f'), 0x00, 0x00]),
      ...section(3, [0x02, 0x00, 0x01]),
      ...section(6, [globals.length, ...globals.flat()]),
      ...section(7, [0x03, ...name('spin'), 0x00, 0x01, ...name('set'), 0x00, 0x02, ...name('__stack_low'), 0x03, 0x01]),
      ...section(10, [0x02, ...code(spin), ...code([0x20, 0x00, 0x24, 0x00])])
    ])
  }
  const instance = (bytes: Uint8Array) => new wasm.Instance(new wasm.Module(guard(bytes).bytes), { env: { f: () => {} } }).exports as unknown as { spin(): void; set(sp: number): void; rack_check_fuel: Global; rack_check_stop: Global }

  test('a loop that never ends stops when its fuel is spent', () => {
    expect(wasm.validate(module())).toBe(true)
    expect(guard(module())).toMatchObject({ loops: 1, stackWrites: 1 })
    const m = instance(module())
    m.rack_check_fuel.value = 1000
    expect(() => m.spin()).toThrow('unreachable')
    expect([m.rack_check_stop.value, m.rack_check_fuel.value]).toEqual([2, 0])
  })

  test('the stack pointer may not come within the margin of __stack_low', () => {
    const m = instance(module())
    m.set(1024 + STACK_MARGIN)
    expect(m.rack_check_stop.value).toBe(0)
    expect(() => m.set(1024 + STACK_MARGIN - 16)).toThrow('unreachable')
    expect(m.rack_check_stop.value).toBe(1)
  })

  test('an instruction the guard does not know, or a second mutable global, fails the build', () => {
    // v128.const (SIMD): not in Prism's build
    expect(() => guard(module({ spin: [0xfd, 0x0c, ...new Array(16).fill(0), 0x1a] }))).toThrow('the guard does not know')
    expect(() => guard(module({ globals: [[0x7f, 0x01, 0x41, 0x00, 0x0b], [0x7f, 0x01, 0x41, 0x00, 0x0b]] }))).toThrow('2 mutable globals')
    // an immediate holding the byte of `loop` (0x03) is not taken for one
    expect(guard(module({ spin: [0x41, 0x03, 0x1a, 0x03, 0x40, 0x0c, 0x00, 0x0b] }))).toMatchObject({ loops: 1 })
    // nor a global's initial value holding the byte of `end` (11 = 0x0b) for the end of its expression
    const eleven = guard(module({ globals: [[0x7f, 0x01, 0x41, 0x80, 0x80, 0x04, 0x0b], [0x7f, 0x00, 0x41, 0x0b, 0x0b]] }))
    expect(wasm.validate(eleven.bytes)).toBe(true)
  })
})
