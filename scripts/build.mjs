// Builds the committed dist/: one ncc bundle for both shells (issue 17). dist/index.js is the
// action (action.yml's main) and holds the code; dist/cli/index.js, the package's bin, is a
// two-line file that loads it and starts the command line. The chunks (each shell, the parsers,
// octokit, the renderers) and prism.wasm are stored once.
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
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const require = createRequire(import.meta.url)
const ncc = require('@vercel/ncc')
const { minify } = await import('terser')

// the rule pages for SARIF's help, as a module the bundle carries (scripts/rule-help.mjs)
execFileSync(process.execPath, ['scripts/rule-help.mjs'], { stdio: 'inherit' })
rmSync('dist', { recursive: true, force: true })
const { code, assets, stats } = await ncc(resolve('src/index.ts'), { esm: false, cache: false, quiet: true, license: 'licenses.txt' })
const files = { 'index.js': code }
for (const [name, asset] of Object.entries(assets)) files[name] = asset.source
const MINIFY = { compress: true, mangle: true, keep_fnames: true, keep_classnames: true, format: { comments: false, ascii_only: true } }
// what each file holds, for reviewers and for the test that the clean path loads only what it runs
const contents = {}
for (const chunk of stats.toJson({ chunks: true, chunkModules: true, nestedModules: true, modules: false }).chunks) {
  const names = chunk.modules.flatMap((m) => (m.modules ?? [m]).map((n) => String(n.name ?? n.identifier)))
  const own = names.filter((n) => n.startsWith('./src/')).map((n) => n.slice(2)).sort()
  const packages = [...new Set(names.map((n) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(n)?.[1]).filter(Boolean))].sort()
  for (const f of chunk.files) contents[f] = { modules: own, packages }
}
for (const [name, content] of Object.entries(files)) {
  let text = content
  if (name.endsWith('.js')) text = (await minify(String(content), MINIFY)).code
  mkdirSync(dirname(join('dist', name)), { recursive: true })
  writeFileSync(join('dist', name), text)
}
writeFileSync('dist/chunks.json', JSON.stringify(Object.fromEntries(Object.entries(contents).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))), null, 2) + '\n')
// the bundle is CommonJS, the package (and so its folders) ES modules: say so for dist/
writeFileSync('dist/package.json', '{\n  "type": "commonjs"\n}\n')
// Prism's WebAssembly, loaded at run time from beside the bundle (see src/model/ruby.ts)
copyFileSync('node_modules/@ruby/prism/src/prism.wasm', 'dist/prism.wasm')
// the package's bin
mkdirSync('dist/cli', { recursive: true })
writeFileSync('dist/cli/index.js', "#!/usr/bin/env node\n// rack-check's command line: the code is in the bundle one folder up, which the action runs too\nrequire('../index.js').cli()\n")
chmodSync('dist/cli/index.js', 0o755)
