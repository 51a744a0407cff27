// Makes dist/prism.wasm from @ruby/prism's prism.wasm: the same code with two guards added, so
// that rack-check can run Prism on the main thread (issue 17: a worker thread took 20–28 ms to
// start, the larger part of a Puma config's start-up) and still stop every input that would
// corrupt or hang it (issue 12, docs/maintainers/robustness.md, docs/maintainers/prism-upstream.md).
//
// 1. The stack: Prism's C stack is the 64 KiB below `__stack_high`, directly above its static
//    data, with no overflow check; input nested a few hundred levels deep writes below
//    `__stack_low` and corrupts that data (then traps, returns garbage, or loops forever). After
//    every write of the stack pointer (global 0, the only mutable global, which starts at
//    `__stack_high`), the guarded code traps when the pointer is within STACK_MARGIN bytes of
//    `__stack_low`: before the function that moved it writes its frame. The margin is the room for
//    leaf functions, which use the stack below the pointer without writing it; ruby.ts also fills
//    the margin with a pattern and does not trust a parse that touched it.
// 2. Fuel: at the start of every loop iteration a counter (the exported global
//    `rack_check_fuel`) is decremented, and the code traps when it is 0. Every endless run of
//    WebAssembly code passes a loop or recurses; recursion ends at V8's stack limit (a
//    RangeError). So a parse given N fuel stops after at most N loop iterations, wherever it is.
// Either trap first sets the exported global `rack_check_stop` (1 = stack, 2 = fuel), so the
// caller can tell them from Prism's own traps.
//
// It decodes every instruction of the code section (the immediates of each opcode, so that no
// byte of an immediate is taken for an opcode) and refuses anything it does not know (an opcode
// of a WebAssembly feature Prism's build does not use): a new @ruby/prism then fails the build
// instead of being guarded wrongly. The result is checked with WebAssembly.validate.

/** The bytes below which the stack pointer may not go, above `__stack_low` (ruby.ts STACK_GUARD_BYTES). */
export const STACK_MARGIN = 8192

const SECTION = { type: 1, import: 2, function: 3, global: 6, export: 7, code: 10 }

class Reader {
  constructor(bytes, at = 0) {
    this.b = bytes
    this.at = at
  }
  byte() {
    if (this.at >= this.b.length) throw new Error('prism.wasm ends inside a section')
    return this.b[this.at++]
  }
  /** an unsigned LEB128 (up to 35 bits) */
  u32() {
    let result = 0
    let shift = 0
    for (;;) {
      const x = this.byte()
      result += (x & 0x7f) * 2 ** shift
      if (!(x & 0x80)) return result
      shift += 7
      if (shift > 35) throw new Error('prism.wasm has an over-long LEB128')
    }
  }
  /** skips a signed LEB128 of at most `bits` bits */
  skipSigned(bits) {
    for (let n = 0; ; n++) {
      if (n * 7 > bits + 7) throw new Error('prism.wasm has an over-long LEB128')
      if (!(this.byte() & 0x80)) return
    }
  }
  name() {
    const n = this.u32()
    const s = Buffer.from(this.b.subarray(this.at, this.at + n)).toString('utf8')
    this.at += n
    return s
  }
}

function u32(n) {
  const out = []
  do {
    let x = n & 0x7f
    n = Math.floor(n / 128)
    if (n) x |= 0x80
    out.push(x)
  } while (n)
  return out
}
function s32(n) {
  const out = []
  for (;;) {
    const x = n & 0x7f
    n >>= 7
    if ((n === 0 && !(x & 0x40)) || (n === -1 && x & 0x40)) {
      out.push(x)
      return out
    }
    out.push(x | 0x80)
  }
}
const vec = (items) => [...u32(items.length), ...items.flat()]

/** The sections of a module: [{ id, start, end }] (start/end of the content). */
function sections(bytes) {
  if (bytes[0] !== 0 || bytes[1] !== 0x61 || bytes[2] !== 0x73 || bytes[3] !== 0x6d || bytes[4] !== 1) throw new Error('prism.wasm is not a WebAssembly 1 module')
  const r = new Reader(bytes, 8)
  const list = []
  while (r.at < bytes.length) {
    const id = r.byte()
    const size = r.u32()
    list.push({ id, start: r.at, end: r.at + size })
    r.at += size
  }
  return list
}

/**
 * Copies one function body, with `insert.loop` after each `loop bt` (the start of every iteration)
 * and `insert.stack` after each `global.set <stackPointer>`.
 */
function rewriteBody(bytes, start, end, stackPointer, insert) {
  const r = new Reader(bytes, start)
  // the local declarations: vec((count, valtype))
  const groups = r.u32()
  for (let g = 0; g < groups; g++) {
    r.u32()
    r.byte()
  }
  const out = [...bytes.subarray(start, r.at)]
  const counts = { loops: 0, stackWrites: 0 }
  while (r.at < end) {
    const from = r.at
    const op = r.byte()
    let kind = null
    if (op === 0x02 || op === 0x03 || op === 0x04) {
      // blocktype: 0x40, a value type (one byte, 0x6f–0x7f), or a type index (s33)
      const bt = bytes[r.at]
      if (bt === 0x40 || (bt >= 0x6f && bt <= 0x7f)) r.at++
      else r.skipSigned(33)
      if (op === 0x03) kind = 'loop'
    } else if (op === 0x0c || op === 0x0d || op === 0x10 || (op >= 0x20 && op <= 0x26) || op === 0xd2) {
      const index = r.u32()
      if (op === 0x24 && index === stackPointer) kind = 'stack'
    } else if (op === 0x0e) {
      const n = r.u32()
      for (let k = 0; k <= n; k++) r.u32()
    } else if (op === 0x11) {
      r.u32()
      r.u32()
    } else if (op === 0x1c) {
      const n = r.u32()
      r.at += n
    } else if (op >= 0x28 && op <= 0x3e) {
      r.u32()
      r.u32()
    } else if (op === 0x3f || op === 0x40) r.u32()
    else if (op === 0x41) r.skipSigned(32)
    else if (op === 0x42) r.skipSigned(64)
    else if (op === 0x43) r.at += 4
    else if (op === 0x44) r.at += 8
    else if (op === 0xd0) r.byte()
    else if (op === 0xfc) {
      const sub = r.u32()
      if (sub <= 7) {
        // saturating truncations: no immediate
      } else if (sub === 8 || sub === 10 || sub === 12 || sub === 14) {
        r.u32()
        r.u32()
      } else if (sub === 9 || sub === 11 || sub === 13 || (sub >= 15 && sub <= 17)) r.u32()
      else throw new Error(`prism.wasm uses the unknown instruction 0xfc ${sub}`)
    } else if (op === 0x00 || op === 0x01 || op === 0x05 || op === 0x0b || op === 0x0f || op === 0x1a || op === 0x1b || (op >= 0x45 && op <= 0xc4) || op === 0xd1) {
      // no immediate
    } else throw new Error(`prism.wasm uses the instruction 0x${op.toString(16)}, which the guard does not know`)
    if (r.at > end) throw new Error('an instruction of prism.wasm runs past its function')
    for (let k = from; k < r.at; k++) out.push(bytes[k])
    if (kind) {
      out.push(...insert[kind])
      if (kind === 'loop') counts.loops++
      else counts.stackWrites++
    }
  }
  if (bytes[end - 1] !== 0x0b) throw new Error('a function of prism.wasm does not end with `end`')
  return { code: out, ...counts }
}

/** The guarded module, and how many loops and stack-pointer writes were guarded. */
export function guardPrism(input) {
  const bytes = Uint8Array.from(input)
  const list = sections(bytes)
  const find = (id) => list.find((s) => s.id === id)
  for (const id of [SECTION.import, SECTION.global, SECTION.export, SECTION.code]) if (!find(id)) throw new Error(`prism.wasm has no section ${id}`)

  // imported globals come first in the global index space
  let importedGlobals = 0
  {
    const r = new Reader(bytes, find(SECTION.import).start)
    for (let n = r.u32(); n > 0; n--) {
      r.name()
      r.name()
      const kind = r.byte()
      if (kind === 0) r.u32()
      else if (kind === 1) {
        r.byte()
        const flags = r.byte()
        r.u32()
        if (flags & 1) r.u32()
      } else if (kind === 2) {
        const flags = r.byte()
        r.u32()
        if (flags & 1) r.u32()
      } else if (kind === 3) {
        r.byte()
        r.byte()
        importedGlobals++
      } else throw new Error(`prism.wasm imports something of kind ${kind}`)
    }
  }

  // the globals: the stack pointer is the one mutable global (it starts at __stack_high)
  const globalSection = find(SECTION.global)
  const globals = []
  {
    const r = new Reader(bytes, globalSection.start)
    for (let n = r.u32(); n > 0; n--) {
      const start = r.at
      const type = r.byte()
      const mutable = r.byte()
      // the init expression, read by its instruction (a byte of N may be 0x0b): Prism's are `i32.const N end`
      const op = r.byte()
      if (op === 0x41) r.skipSigned(32)
      else if (op === 0x42) r.skipSigned(64)
      else if (op === 0x23) r.u32()
      else throw new Error(`prism.wasm has a global initialised by the instruction 0x${op.toString(16)}, which the guard does not know`)
      if (r.byte() !== 0x0b) throw new Error('a global of prism.wasm has an init expression of more than one instruction')
      globals.push({ type, mutable, start, end: r.at })
    }
  }
  const exports = new Map()
  {
    const r = new Reader(bytes, find(SECTION.export).start)
    for (let n = r.u32(); n > 0; n--) {
      const name = r.name()
      const kind = r.byte()
      exports.set(name, { kind, index: r.u32() })
    }
  }
  const mutable = globals.flatMap((g, i) => (g.mutable ? [importedGlobals + i] : []))
  if (mutable.length !== 1) throw new Error(`prism.wasm has ${mutable.length} mutable globals; the guard expects one, the stack pointer`)
  const stackPointer = mutable[0]
  const low = exports.get('__stack_low')
  if (!low || low.kind !== 3) throw new Error('prism.wasm does not export __stack_low')
  for (const name of ['rack_check_fuel', 'rack_check_stop']) if (exports.has(name)) throw new Error(`prism.wasm already exports ${name}`)
  const fuel = importedGlobals + globals.length
  const stop = fuel + 1

  const trap = (why) => [0x41, ...s32(why), 0x24, ...u32(stop), 0x00]
  const insert = {
    // if (fuel == 0) { stop = 2; unreachable } fuel = fuel - 1
    loop: [0x23, ...u32(fuel), 0x45, 0x04, 0x40, ...trap(2), 0x0b, 0x23, ...u32(fuel), 0x41, 1, 0x6b, 0x24, ...u32(fuel)],
    // if (sp < __stack_low + STACK_MARGIN) { stop = 1; unreachable }  (unsigned)
    stack: [0x23, ...u32(stackPointer), 0x23, ...u32(low.index), 0x41, ...s32(STACK_MARGIN), 0x6a, 0x49, 0x04, 0x40, ...trap(1), 0x0b]
  }

  // the code section, every body rewritten
  const codeSection = find(SECTION.code)
  const bodies = []
  let loops = 0
  let stackWrites = 0
  {
    const r = new Reader(bytes, codeSection.start)
    for (let n = r.u32(); n > 0; n--) {
      const size = r.u32()
      const start = r.at
      const body = rewriteBody(bytes, start, start + size, stackPointer, insert)
      bodies.push([...u32(body.code.length), ...body.code])
      loops += body.loops
      stackWrites += body.stackWrites
      r.at = start + size
    }
    if (r.at !== codeSection.end) throw new Error('prism.wasm has bytes after its last function')
  }
  if (loops === 0 || stackWrites === 0) throw new Error(`prism.wasm: ${loops} loops and ${stackWrites} stack-pointer writes found; the guard expects both`)

  // the new globals (mutable i32, 0) and their exports
  const globalBody = [...globals.map((g) => [...bytes.subarray(g.start, g.end)]), [0x7f, 0x01, 0x41, 0x00, 0x0b], [0x7f, 0x01, 0x41, 0x00, 0x0b]]
  const exportBody = []
  {
    const r = new Reader(bytes, find(SECTION.export).start)
    const n = r.u32()
    exportBody.push(...u32(n + 2))
    for (let k = r.at; k < find(SECTION.export).end; k++) exportBody.push(bytes[k])
    for (const [name, index] of [['rack_check_fuel', fuel], ['rack_check_stop', stop]]) exportBody.push(...u32(name.length), ...Buffer.from(name), 0x03, ...u32(index))
  }

  // Buffer.concat: the data and code sections are far too long to be spread into an argument list
  const parts = [bytes.subarray(0, 8)]
  const put = (id, content) => parts.push(Uint8Array.from([id, ...u32(content.length)]), content)
  for (const s of list) {
    if (s.id === SECTION.global) put(s.id, Uint8Array.from(vec(globalBody)))
    else if (s.id === SECTION.export) put(s.id, Uint8Array.from(exportBody))
    else if (s.id === SECTION.code) put(s.id, Buffer.concat([Uint8Array.from(u32(bodies.length)), ...bodies.map((b) => Uint8Array.from(b))]))
    else put(s.id, bytes.subarray(s.start, s.end))
  }
  const result = Uint8Array.from(Buffer.concat(parts))
  if (!WebAssembly.validate(result)) throw new Error('the guarded prism.wasm does not validate')
  return { bytes: result, loops, stackWrites }
}
