'use strict'
// One training run for dist/'s V8 code cache (scripts/v8-cache.mjs): runs the bundle's action or
// CLI once, as a user would, and at exit writes the cache of every file of dist/ it loaded,
// holding the bytecode of each function the run compiled.
// Usage: node scripts/v8-cache-train.cjs DIST OUT action       (the action's INPUT_* in the environment)
//        node scripts/v8-cache-train.cjs DIST OUT cli ARGS...
// It sees the loader's scripts through the public vm.Script, which the loader (src/entry.cjs)
// looks up at each load; nothing in the shipped code knows about training.
const vm = require('node:vm')
const { writeFileSync } = require('node:fs')
const { basename, join, resolve } = require('node:path')

const [dist, out, shell, ...args] = process.argv.slice(2)
const scripts = []
const Script = vm.Script
vm.Script = class extends Script {
  constructor(code, options) {
    // compiled from the source: a cache is made from what this run compiles, not from an older cache.
    // V8 keeps the script's name in the cache, and Node 20's V8 (11.3) gives a script made from a
    // cache that name in stack traces: an absolute path here would put the build machine's folder
    // into the package. The name is the file's place in the package instead; V8 does not compare
    // names when it takes a cache (only its version, flags and the source's length), so the
    // loader's own absolute name still gets the cache.
    super(code, { ...options, filename: stableName(options.filename), cachedData: undefined })
    scripts.push([options.filename, this])
  }
}
/** "rack-check/dist/34.index.js": where the file is in the package, whatever folder it was built in. */
function stableName(filename) {
  return `rack-check/dist/${basename(filename)}`
}
// each cache file: "RCV8", the V8 cache's length (4 bytes, little-endian), the V8 cache (src/entry.cjs)
process.on('exit', () => {
  for (const [filename, script] of scripts) {
    const cache = script.createCachedData()
    const header = Buffer.alloc(8)
    header.write('RCV8', 0, 'latin1')
    header.writeUInt32LE(cache.length, 4)
    writeFileSync(join(out, basename(filename) + '.cache'), Buffer.concat([header, cache]))
  }
})
const bundle = require(resolve(dist, 'index.js'))
if (shell === 'action') bundle.action()
else {
  process.argv = [process.argv[0], join(dist, 'cli', 'index.js'), ...args]
  bundle.cli()
}
