// Builds the two bundles that are committed: dist/ (the action) and dist/cli/ (the CLI).
// ncc is pinned exactly so that dist/ is reproducible and CI can check it is current.
import { execFileSync } from 'node:child_process'
import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'

const ncc = ['node_modules/@vercel/ncc/dist/ncc/cli.js', 'build']
// the rule pages for SARIF's help, as a module the bundles carry (scripts/rule-help.mjs)
execFileSync(process.execPath, ['scripts/rule-help.mjs'], { stdio: 'inherit' })
rmSync('dist', { recursive: true, force: true })
const build = (entry, out) =>
  execFileSync(process.execPath, [...ncc, entry, '-o', out, '--license', 'licenses.txt', '--quiet'], { stdio: 'inherit' })
build('src/index.ts', 'dist')
build('src/cli/index.ts', 'dist/cli')
// Prism's WebAssembly, loaded at run time from beside each bundle (see src/model/ruby.ts)
for (const out of ['dist', 'dist/cli']) copyFileSync('node_modules/@ruby/prism/src/prism.wasm', `${out}/prism.wasm`)

// the CLI is the package's bin: keep (or add) its shebang and make it executable
const cli = 'dist/cli/index.js'
const text = readFileSync(cli, 'utf8')
if (!text.startsWith('#!')) writeFileSync(cli, '#!/usr/bin/env node\n' + text)
chmodSync(cli, 0o755)
