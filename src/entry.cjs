'use strict'
/**
 * dist/index.js: the action (action.yml's `main`) and, through `cli()`, the package's bin. It
 * loads the bundle (dist/main.js, ncc's output of src/index.ts) and its chunks with the V8 code
 * cache made when dist/ was built (scripts/v8-cache.mjs, docs/performance.md).
 *
 * Why: most of what rack-check adds to a bare Node start is V8 compiling its functions, each on
 * its first call (callgrind, docs/performance.md). A code cache made after a run holds the
 * bytecode of every function that run compiled, so a run on the same V8 compiles almost nothing.
 *
 * Safe when it does not fit: V8 itself checks a cache against its own version and flags and the
 * source's length, and rejects one that does not match; the chunk is then compiled from its
 * source as usual (same result, no error). The caches are in v8-cache/<V8 version>/, one folder
 * per V8 the build ran (Node 20's and Node 24's): Node's `-node.N` suffix is left out of the name
 * because V8's check does not include it (every Node 20.1–20.20 has V8 11.3.244.8, every Node
 * 24.12 and later 13.6.233.17). V8 compares a cache with its chunk by length only, so the build
 * makes the caches from the very files beside them: v8-cache/<version>/manifest.json holds the
 * SHA-256 of every file they were made from, and a test checks it against dist/.
 * Each cache file starts with 8 bytes: "RCV8" and the length of the V8 cache after them, so that
 * a file cut short is not given to V8. V8 does not check a cache's integrity in release builds (a
 * cache with altered bytes is a fatal V8 error), and a checksum of the bytes here would cost 1.5–2.5
 * ms a run (measured: JavaScript, WebAssembly and node:crypto alike), a tenth of Node's own start;
 * the files arrive byte-exact (git, npm's integrity check), as the bundle's code does.
 * RACK_CHECK_V8_CACHE=off loads every chunk from its source alone.
 *
 * Only the public `vm.Script` API is used; no V8 flags are set.
 */
const { readFileSync } = require('fs')
const { join } = require('path')

/** "RCV8", little-endian: the start of each cache file (scripts/v8-cache-train.cjs writes them) */
const CACHE_MAGIC = 0x38564352
const cacheFolder = process.env.RACK_CHECK_V8_CACHE === 'off' ? null : join(__dirname, 'v8-cache', process.versions.v8.replace(/-.*/, ''))

/** Loads one of dist/'s CommonJS files, as Node's own loader would, from its cache when it has one. */
function load(file) {
  const filename = join(__dirname, file)
  const source = readFileSync(filename, 'utf8')
  const cachedData = cacheFolder ? cacheOf(file) : undefined
  // the wrapper Node's loader puts around a CommonJS file, on the file's first line (so line
  // numbers in stack traces stay the file's own)
  const script = new (require('vm').Script)('(function (exports, require, module, __filename, __dirname) {' + source + '\n})', { filename, cachedData })
  const module = { exports: {} }
  script.runInThisContext().call(module.exports, module.exports, requireFromChunk, module, filename, __dirname)
  return module.exports
}

/**
 * The V8 cache of one file: `<file>.cache`, or `<file>.cache.gz` for the chunks a clean run does
 * not load (the YAML and Ruby parsers: node:zlib is loaded only then, and gzip's own CRC also
 * catches a damaged file). Undefined when there is none or it does not look whole.
 */
function cacheOf(file) {
  const path = join(cacheFolder, file + '.cache')
  let bytes = readOrNull(path)
  if (!bytes) {
    const packed = readOrNull(path + '.gz')
    if (!packed) return undefined
    try {
      bytes = require('zlib').gunzipSync(packed)
    } catch {
      return undefined
    }
  }
  return bytes.length > 8 && bytes.readUInt32LE(0) === CACHE_MAGIC && bytes.readUInt32LE(4) === bytes.length - 8 ? bytes.subarray(8) : undefined
}

function readOrNull(path) {
  try {
    return readFileSync(path)
  } catch {
    // no cache for this file or this V8: compiled from the source
    return null
  }
}

/** `require` inside the bundle: its chunks ("./863.index.js") through `load`, Node's modules as usual. */
function requireFromChunk(id) {
  return id.startsWith('./') ? load(id.slice(2)) : require(id)
}

const bundle = load('main.js')
module.exports = { cli: bundle.cli, action: bundle.action }
if (require.main === module) bundle.action()
