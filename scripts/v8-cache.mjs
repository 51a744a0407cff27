// dist/v8-cache/: the V8 code cache the loader (src/entry.cjs) starts the bundle with (issue 17,
// docs/performance.md). Called by scripts/build.mjs once dist/'s code is written.
//
// For each Node it is given (Node 20 and Node 24: both are needed, the action runs on node24 and
// the CLI supports Node 20), it runs the bundle as users do (TRAINING, scripts/v8-cache-train.cjs)
// and keeps, for each file of dist/ a run loaded, the cache made at the end of the first run that
// loaded it. A cache only fits its V8, so there is one folder per V8 version.
//
// V8's caches are not byte-for-byte reproducible (they hold hash-table layouts that depend on a
// random seed; a fixed seed is a V8 flag, and a cache made under other flags is rejected). So that
// CI can still check that dist/ is what the sources build to, a folder is written anew only when
// the code it was made from changed: manifest.json holds the SHA-256 of every JavaScript file of
// dist/, the training runs and the training script, and an unchanged folder is kept as it was.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * What each Node runs to make its cache: the action on the clean example (the bundle's main chunk
 * and the action's; the runner always gives a step summary), the CLI on it (the CLI's chunk),
 * then the action on the example with a manifest and a Puma config (the YAML parser, the Ruby
 * evaluator and Prism's deserializer). A file's cache comes from the first run that loaded it.
 * The caches of the last run's files are gzipped (`compress`): a clean run never reads them, and
 * they are where dist/'s size limit (2.5 MB) is spent; the loader inflates them (node:zlib) only
 * when a run needs those parsers. main.js (ncc's entry) is not cached: with a cache it
 * measured no faster.
 */
export const TRAINING = [
  { shell: 'action', example: 'puma-correct' },
  { shell: 'cli', args: ['examples/puma-correct'] },
  { shell: 'action', example: 'puma-phased', compress: true }
]
/** Loaded first by the loader and too small to gain from a cache (measured: the same start-up). */
const NOT_CACHED = new Set(['main.js.cache'])

/** The SHA-256 of every JavaScript file of dist/ (the code a cache is made from). */
export function codeHashes(dist) {
  const hashes = {}
  for (const name of readdirSync(dist).filter((n) => n.endsWith('.js')).sort()) hashes[name] = createHash('sha256').update(readFileSync(join(dist, name))).digest('hex')
  return hashes
}

/** The V8 version a cache folder is named after: V8's own, without Node's `-node.N` (V8's check does not include it). */
export function v8Version(node) {
  const r = spawnSync(node, ['-p', 'process.versions.v8 + " " + process.version'], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`${node} does not run: ${r.stderr}`)
  const [v8, version] = r.stdout.trim().split(' ')
  return { v8: v8.replace(/-.*/, ''), node: version }
}

/** Reads dist/v8-cache/ (before the build empties dist/): folder name → file name → bytes. */
export function readCaches(dist) {
  const folder = join(dist, 'v8-cache')
  const caches = new Map()
  if (!existsSync(folder)) return caches
  for (const version of readdirSync(folder)) {
    const files = new Map()
    for (const name of readdirSync(join(folder, version))) files.set(name, readFileSync(join(folder, version, name)))
    caches.set(version, files)
  }
  return caches
}

/**
 * Writes dist/v8-cache/<V8 version>/ for each Node: the previous folder when its manifest says it
 * was made from this very code and training, else the caches of new training runs.
 */
export function writeCaches({ root, dist, nodes, previous }) {
  const code = codeHashes(dist)
  // the training script decides what the caches hold (the scripts' names, issue 26): a change to it makes them anew
  const trainer = createHash('sha256').update(readFileSync(join(root, 'scripts', 'v8-cache-train.cjs'))).digest('hex')
  const seen = new Set()
  for (const node of nodes) {
    const { v8, node: version } = v8Version(node)
    if (seen.has(v8)) continue
    seen.add(v8)
    const folder = join(dist, 'v8-cache', v8)
    mkdirSync(folder, { recursive: true })
    const kept = previous.get(v8)
    const manifest = kept?.get('manifest.json') && JSON.parse(kept.get('manifest.json').toString('utf8'))
    if (manifest && JSON.stringify(manifest.code) === JSON.stringify(code) && JSON.stringify(manifest.training) === JSON.stringify(TRAINING) && manifest.trainer === trainer) {
      for (const [name, bytes] of kept) writeFileSync(join(folder, name), bytes)
      continue
    }
    const caches = train({ root, dist, node })
    for (const [name, bytes] of caches) writeFileSync(join(folder, name), bytes)
    const made = { v8, node: version, training: TRAINING, trainer, code, caches: [...caches.keys()].sort() }
    writeFileSync(join(folder, 'manifest.json'), JSON.stringify(made, null, 2) + '\n')
  }
}

/** The training runs on one Node: file name ("main.js.cache") → the cache of the first run that loaded it. */
function train({ root, dist, node }) {
  const caches = new Map()
  const tmp = mkdtempSync(join(tmpdir(), 'rack-check-v8-cache-'))
  try {
    for (const [i, run] of TRAINING.entries()) {
      const out = join(tmp, String(i))
      mkdirSync(out)
      const output = join(tmp, `output-${i}`)
      const summary = join(tmp, `summary-${i}`)
      writeFileSync(output, '')
      writeFileSync(summary, '')
      const env = { PATH: process.env.PATH, NO_COLOR: '1', RACK_CHECK_V8_CACHE: 'off' }
      if (run.shell === 'action') Object.assign(env, { GITHUB_WORKSPACE: root, GITHUB_OUTPUT: output, GITHUB_STEP_SUMMARY: summary, RUNNER_TEMP: tmp, 'INPUT_WORKING-DIRECTORY': `examples/${run.example}`, INPUT_COMMENT: 'never' })
      const argv = [resolve(root, 'scripts', 'v8-cache-train.cjs'), dist, out, run.shell, ...(run.args ?? [])]
      const r = spawnSync(node, argv, { cwd: root, env, encoding: 'utf8' })
      if (r.status !== 0 && r.status !== 1) throw new Error(`the V8 cache training run ${JSON.stringify(run)} on ${node} exited ${r.status}: ${r.stderr}`)
      for (const name of readdirSync(out).sort()) {
        if (NOT_CACHED.has(name) || caches.has(name) || caches.has(`${name}.gz`)) continue
        const bytes = readFileSync(join(out, name))
        if (run.compress) caches.set(`${name}.gz`, gzipSync(bytes, { level: 9 }))
        else caches.set(name, bytes)
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
  return caches
}
