/**
 * The committed bundles, run as child processes: a bundle can build and still crash at start.
 * Both run under this Node and under Node 24.
 */
import { afterAll, describe, expect, test } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { checkDirectory } from '../src/engine/check.js'
import { formatJson } from '../src/reporters/json.js'
import { PROJECT } from './helpers/paths.js'
import { runtimes } from './helpers/node.js'
import { rootedReport } from '../src/files/repository.js'

const CLI = join(PROJECT, 'dist', 'cli', 'index.js')
const ACTION = join(PROJECT, 'dist', 'index.js')
const tmp = mkdtempSync(join(tmpdir(), 'rack-check-bundle-'))
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe.each(runtimes())('%s', (_label, node) => {
  const cli = (...args: string[]) => spawnSync(node, [CLI, ...args], { cwd: PROJECT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { PATH: process.env.PATH, NO_COLOR: '1' } })

  test('the CLI reports the misconfigured example and exits 1', () => {
    const r = cli('examples/puma-misconfigured', '--format', 'json')
    expect(r.stderr).toBe('')
    expect(r.status).toBe(1)
    const report = JSON.parse(r.stdout)
    expect(report.summary).toEqual({ errors: 2, warnings: 4, notices: 0 })
    expect(report.apps[0].webServer).toMatchObject({ server: 'puma', version: '6.4.3', prediction: { boots: false } })
  })

  test('the CLI passes the correct example with exit 0, in every format', () => {
    for (const format of ['text', 'json', 'github', 'sarif']) {
      const r = cli('examples/puma-correct', '--format', format)
      expect({ format, status: r.status, stderr: r.stderr }).toEqual({ format, status: 0, stderr: '' })
    }
    expect(JSON.parse(cli('examples/puma-correct', '--format', 'sarif').stdout).version).toBe('2.1.0')
  })

  test('the CLI bundle reports every example as the sources do (its yaml and Prism chunks load)', async () => {
    for (const name of readdirSync(join(PROJECT, 'examples'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
      const dir = join('examples', name)
      const r = cli(dir, '--format', 'json')
      expect({ name, stderr: r.stderr }).toEqual({ name, stderr: '' })
      const { report } = await checkDirectory(join(PROJECT, dir), { environment: 'production', processManager: 'systemd', base: null })
      expect(JSON.parse(r.stdout)).toEqual(JSON.parse(formatJson(rootedReport(report, `examples/${name}`))))
    }
  })

  test('usage errors exit 2 without a stack trace, in one line and where the help is', () => {
    const r = cli('--format', 'yaml')
    expect(r.status).toBe(2)
    expect(r.stderr).toBe('rack-check: --format must be one of text, json, github, sarif, not "yaml"\nRun rack-check --help for usage.\n')
    expect(cli('--fromat', 'json').stderr).toBe('rack-check: unknown option --fromat; did you mean --format?\nRun rack-check --help for usage.\n')
    expect(cli('no/such/folder').status).toBe(2)
  })

  test('--version, -V and -v print the version; -o writes the report to a file (util.parseArgs on this Node)', () => {
    const version = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')).version
    for (const flag of ['--version', '-V', '-v']) expect(cli(flag)).toMatchObject({ status: 0, stdout: `rack-check ${version}\n`, stderr: '' })
    const file = join(tmp, `report-${_label.replace(/\W/g, '')}.json`)
    const r = cli('examples/puma-misconfigured', '--format', 'json', '-o', file, '--', 'examples/puma-correct')
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 1, stdout: '', stderr: '' })
    expect(JSON.parse(readFileSync(file, 'utf8')).apps.map((a: { root: string }) => a.root)).toEqual(['examples/puma-misconfigured', 'examples/puma-correct'])
  })

  test('the action writes annotations, outputs and the report, and fails on errors', () => {
    const out = join(tmp, `output-${_label.replace(/\W/g, '')}`)
    writeFileSync(out, '')
    const r = spawnSync(node, [ACTION], {
      cwd: PROJECT,
      encoding: 'utf8',
      env: {
        PATH: process.env.PATH,
        GITHUB_WORKSPACE: PROJECT,
        GITHUB_OUTPUT: out,
        RUNNER_TEMP: tmp,
        'INPUT_WORKING-DIRECTORY': 'examples/puma-misconfigured',
        'INPUT_FAIL-ON': 'error',
        INPUT_ANNOTATE: 'true'
      }
    })
    expect(r.status).toBe(1)
    expect(r.stdout).toContain('::error title=custom-web-fails-to-boot,file=examples/puma-misconfigured/Procfile,line=2,endLine=2,col=82,endColumn=83::Puma 5.0 removed daemon mode')
    const outputs = readFileSync(out, 'utf8')
    expect(outputs).toMatch(/errors<<ghadelimiter_[\w-]+\n2\n/)
    expect(outputs).toMatch(/server<<ghadelimiter_[\w-]+\npuma\n/)
    const reportPath = /report<<ghadelimiter_[\w-]+\n(.*)\n/.exec(outputs)![1]
    expect(JSON.parse(readFileSync(reportPath, 'utf8')).schemaVersion).toBe(1)
  })

  test('output is written straight to the descriptors: large output through a pipe, and a reader that has gone', () => {
    // many findings in every format, read through a pipe by a slow reader: nothing lost
    const sh = (script: string) => spawnSync('bash', ['--norc', '-o', 'pipefail', '-c', script], { cwd: PROJECT, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1', NODE: node, CLI } })
    const slow = sh('"$NODE" "$CLI" examples/puma-misconfigured --format sarif | (sleep 0.3; cat) | wc -c')
    expect(Number(slow.stdout.trim())).toBe(Buffer.byteLength(cli('examples/puma-misconfigured', '--format', 'sarif').stdout))
    // `true` exits before rack-check writes: EPIPE ends the output quietly, with the usual status
    const gone = sh('"$NODE" "$CLI" examples/puma-misconfigured --format text | true; echo "status ${PIPESTATUS[0]}"')
    expect(gone.stdout).toBe('status 1\n')
    expect(gone.stderr).toBe('')
  })

  test('a non-blocking pipe that fills up (EAGAIN): the whole output still arrives', () => {
    // 3,000 invalid Procfile lines: over a megabyte of JSON, far more than a pipe holds
    const dir = join(tmp, `big-${_label.replace(/\W/g, '')}`)
    mkdirSync(dir)
    writeFileSync(join(dir, 'Procfile'), `custom_web: bundle exec puma -b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid --dir $STACK_PATH\n${'bad line\n'.repeat(3000)}`)
    const expected = Buffer.byteLength(cli(dir, '--format', 'json').stdout)
    expect(expected).toBeGreaterThan(1_000_000)
    // Python makes the pipe non-blocking (Node has no API for it) and reads it slowly
    const script = [
      'import os, subprocess, sys, time',
      'r, w = os.pipe()',
      'os.set_blocking(w, False)',
      "p = subprocess.Popen([sys.argv[1], sys.argv[2], sys.argv[3], '--format', 'json'], stdout=w)",
      'os.close(w)',
      'time.sleep(0.3)',
      'n = 0',
      'while True:',
      '    chunk = os.read(r, 65536)',
      '    if not chunk: break',
      '    n += len(chunk)',
      'print(p.wait(), n)'
    ].join('\n')
    const r = spawnSync('python3', ['-c', script, node, CLI, dir], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.stdout).toBe(`1 ${expected}\n`)
  })
})

/**
 * One run of the bundle in `root` (dist/ unless a test changed a copy) as the runner or a user
 * starts it, with a preload that records each of its files compiled: dist/index.js by Node's
 * loader, the rest by the loader in it (src/entry.cjs) with vm.Script, and whether each came with
 * a V8 cache and V8 took it.
 */
type Load = { file: string; cached: boolean; rejected: boolean }
const recorder = join(tmp, 'record-loads.cjs')
writeFileSync(
  recorder,
  "const Module = require('node:module'); const vm = require('node:vm'); const seen = []; const compile = Module.prototype._compile;" +
    'Module.prototype._compile = function (content, filename) { seen.push({ file: filename, cached: false, rejected: false }); return compile.call(this, content, filename) };' +
    'const Script = vm.Script; vm.Script = class extends Script { constructor(code, options) { super(code, options); seen.push({ file: options.filename, cached: Boolean(options.cachedData), rejected: this.cachedDataRejected === true }) } };' +
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.RECORD_TO, JSON.stringify(seen)))"
)
function start(node: string, root: string, shell: 'action' | 'cli', example: string, extra: Record<string, string> = {}) {
  const id = Math.random().toString(36).slice(2)
  const record = join(tmp, `loads-${shell}-${example.replace(/[^\w.-]/g, '_')}-${id}.json`)
  const out = join(tmp, `loads-out-${id}`)
  writeFileSync(out, '')
  const env = { PATH: process.env.PATH, NO_COLOR: '1', RECORD_TO: record, GITHUB_WORKSPACE: PROJECT, GITHUB_OUTPUT: out, RUNNER_TEMP: tmp, 'INPUT_WORKING-DIRECTORY': `examples/${example}`, INPUT_COMMENT: 'never', ...extra }
  const args = shell === 'action' ? ['-r', recorder, join(root, 'index.js')] : ['-r', recorder, join(root, 'cli', 'index.js'), `examples/${example}`, '--format', 'json']
  const r = spawnSync(node, args, { cwd: PROJECT, encoding: 'utf8', env })
  // the files of `root`, by their names there
  const loads = (JSON.parse(readFileSync(record, 'utf8')) as Load[]).filter((l) => l.file.startsWith(root + '/')).map((l) => ({ ...l, file: l.file.slice(root.length + 1) }))
  // the action's report file names a temporary path: compare what it says, not where
  return { status: r.status, stderr: r.stderr, stdout: r.stdout.replace(/report: \S+/g, 'report: …'), loads }
}
const DIST = join(PROJECT, 'dist')
const chunks = JSON.parse(readFileSync(join(DIST, 'chunks.json'), 'utf8')) as Record<string, { modules: string[]; packages: string[] }>
/** The file of dist/ that holds a source module or a package. */
const chunkOf = (module: string) => Object.entries(chunks).find(([, c]) => c.modules.includes(module) || c.packages.includes(module))![0]

/**
 * Issue 17: one build, and each run loads only the code it runs. dist/chunks.json (written by
 * scripts/build.mjs from webpack's own list) says what each file holds.
 */
describe('one bundle, loaded as needed', () => {
  /** The source modules and packages a run of the action (or the CLI) on an example loads. */
  function loaded(example: string, shell: 'action' | 'cli'): { modules: string[]; packages: string[]; files: string[] } {
    const r = start(process.execPath, DIST, shell, example)
    expect([0, 1]).toContain(r.status)
    const files = r.loads.map((l) => l.file)
    const held = files.map((f) => chunks[f] ?? { modules: [], packages: [] })
    return { modules: held.flatMap((h) => h.modules).sort(), packages: [...new Set(held.flatMap((h) => h.packages))].sort(), files }
  }
  const LAZY = ['src/model/ruby/evaluator.ts', 'src/model/ruby/methods.ts', 'src/model/ruby/prism.ts', 'src/servers/thin.ts', 'src/servers/unicorn.ts', 'src/servers/rails.ts', 'src/servers/rackup.ts', 'src/servers/passenger.ts', 'src/servers/pitchfork.ts', 'src/servers/falcon.ts', 'src/servers/iodine.ts', 'src/servers/agoo.ts', 'src/servers/thruster.ts', 'src/servers/foreman.ts', 'src/servers/wrapped.ts', 'src/reporters/sarif.ts', 'src/generated/rule-help.ts', 'src/engine/adopt.ts', 'src/core/fingerprint.ts']

  // in MB: 2.5 from issue 17 to issue 24, which added six server models and six rules (docs/performance.md#size-of-dist)
  const BUDGET = 3.1
  test(`dist/ holds each file once and is at most ${BUDGET} MB`, () => {
    const files = readdirSync(join(PROJECT, 'dist'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    const bytes = files.reduce((sum, e) => sum + readFileSync(join(e.parentPath, e.name)).length, 0)
    expect(bytes).toBeLessThanOrEqual(BUDGET * 1024 * 1024)
    expect(files.filter((e) => /^prism\.wasm/.test(e.name)).map((e) => e.name)).toEqual(['prism.wasm.gz'])
    // every source module is in one file only
    const owners = new Map<string, string[]>()
    for (const [file, c] of Object.entries(chunks)) for (const m of c.modules) owners.set(m, [...(owners.get(m) ?? []), file])
    expect([...owners].filter(([, f]) => f.length > 1)).toEqual([])
    // and the bin is only the door to the bundle
    expect(readFileSync(CLI, 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n(\/\/.*\n)*require\('\.\.\/index\.js'\)\.cli\(\)\n$/)
  })

  test('the clean example loads neither parser, no other server model, no SARIF, no octokit', () => {
    for (const shell of ['action', 'cli'] as const) {
      const l = loaded('puma-correct', shell)
      expect({ shell, lazy: l.modules.filter((m) => LAZY.includes(m)), packages: l.packages }).toEqual({ shell, lazy: [], packages: [] })
      expect(l.modules).toContain('src/servers/puma.ts')
      // each shell loads its own chunk, not the other's
      expect(l.modules).toContain(shell === 'action' ? 'src/action/main.ts' : 'src/cli/main.ts')
      expect(l.modules).not.toContain(shell === 'action' ? 'src/cli/main.ts' : 'src/action/main.ts')
    }
  })

  test('the launchers\' models (one chunk, with the wrapper analysis) load only when a line runs one (issue 24)', () => {
    const thrust = loaded('../__tests__/fixtures/wrappers/thrust-puma-0.1.15', 'cli')
    expect(thrust.modules).toEqual(expect.arrayContaining(['src/servers/thruster.ts', 'src/servers/wrapped.ts']))
    // Thruster in front of Puma: no other server's model
    expect(thrust.modules.filter((m) => LAZY.includes(m) && !/thruster|foreman|wrapped/.test(m))).toEqual([])
    const dev = loaded('../__tests__/fixtures/wrappers/bin-dev-jsbundling', 'cli')
    expect(dev.modules).toEqual(expect.arrayContaining(['src/servers/foreman.ts', 'src/servers/rails.ts']))
  })

  test('a Puma config file brings Prism and the evaluator; a Unicorn app its model; a manifest yaml', () => {
    const phased = loaded('puma-phased', 'action')
    expect(phased.modules).toEqual(expect.arrayContaining(['src/model/ruby/evaluator.ts', 'src/model/ruby/prism.ts']))
    expect(phased.packages).toEqual(expect.arrayContaining(['@ruby/prism']))
    expect(phased.modules).not.toContain('src/servers/unicorn.ts')
    const unicorn = loaded('unicorn', 'action')
    expect(unicorn.modules).toContain('src/servers/unicorn.ts')
    expect(unicorn.packages).toEqual(expect.arrayContaining(['yaml']))
    expect(unicorn.modules).not.toContain('src/servers/thin.ts')
  })

  test('a Pitchfork app loads its model and Prism for its config, and none of the other new models', () => {
    const pitchfork = loaded('pitchfork', 'action')
    expect(pitchfork.modules).toEqual(expect.arrayContaining(['src/servers/pitchfork.ts', 'src/model/ruby/evaluator.ts']))
    expect(pitchfork.modules.filter((m) => ['src/servers/falcon.ts', 'src/servers/iodine.ts', 'src/servers/agoo.ts', 'src/servers/unicorn.ts', 'src/servers/thin.ts'].includes(m))).toEqual([])
  })
})

/**
 * Issue 17: dist/index.js starts the bundle with the V8 code cache of dist/v8-cache/ (src/entry.cjs,
 * scripts/v8-cache.mjs).
 */
describe('the V8 code cache', () => {
  const v8Of = (node: string) => spawnSync(node, ['-p', 'process.versions.v8'], { encoding: 'utf8' }).stdout.trim().replace(/-.*/, '')
  const coreChunk = chunkOf('src/engine/check.ts')

  test.each(runtimes())('%s: the clean example starts from the cache, and V8 takes every cache it is given', (_label, node) => {
    const folder = join(DIST, 'v8-cache', v8Of(node))
    // the build makes a cache for both Nodes the bundle supports: a missing one is a stale dist/
    expect(readdirSync(folder)).toContain('manifest.json')
    for (const shell of ['action', 'cli'] as const) {
      const r = start(node, DIST, shell, 'puma-correct')
      expect({ shell, status: r.status, stderr: r.stderr }).toEqual({ shell, status: 0, stderr: '' })
      expect(r.loads.filter((l) => l.rejected)).toEqual([])
      const cached = r.loads.filter((l) => l.cached).map((l) => l.file)
      expect(cached).toEqual(expect.arrayContaining([coreChunk, chunkOf(shell === 'action' ? 'src/action/main.ts' : 'src/cli/main.ts')]))
      // every file with a cache in the folder was loaded with it
      expect(r.loads.filter((l) => !l.cached).map((l) => l.file).filter((f) => readdirSync(folder).includes(`${f}.cache`))).toEqual([])
    }
    // and the parsers' gzipped caches, when a run needs the parsers
    const phased = start(node, DIST, 'action', 'puma-phased')
    expect(phased.status).toBe(0)
    expect(phased.loads.filter((l) => l.rejected)).toEqual([])
    expect(phased.loads.filter((l) => l.cached).map((l) => l.file)).toEqual(expect.arrayContaining([chunkOf('yaml'), chunkOf('@ruby/prism'), chunkOf('src/model/ruby/evaluator.ts')]))
    for (const l of phased.loads) {
      const has = readdirSync(folder).includes(`${l.file}.cache`) || readdirSync(folder).includes(`${l.file}.cache.gz`)
      expect({ file: l.file, cached: l.cached }).toEqual({ file: l.file, cached: has })
    }
  })

  test('each folder was made from the committed code: its manifest names this V8 and every JavaScript file of dist/ by its SHA-256', async () => {
    const { createHash } = await import('node:crypto')
    const js = readdirSync(DIST).filter((n) => n.endsWith('.js')).sort()
    const folders = readdirSync(join(DIST, 'v8-cache'))
    expect(folders.length).toBeGreaterThanOrEqual(2)
    for (const v8 of folders) {
      const manifest = JSON.parse(readFileSync(join(DIST, 'v8-cache', v8, 'manifest.json'), 'utf8')) as { v8: string; code: Record<string, string>; caches: string[] }
      expect(manifest.v8).toBe(v8)
      expect(Object.keys(manifest.code)).toEqual(js)
      for (const name of js) expect({ name, sha256: manifest.code[name] }).toEqual({ name, sha256: createHash('sha256').update(readFileSync(join(DIST, name))).digest('hex') })
      expect(readdirSync(join(DIST, 'v8-cache', v8)).filter((n) => n !== 'manifest.json').sort()).toEqual([...manifest.caches].sort())
      for (const c of manifest.caches) expect(js).toContain(c.replace(/\.cache(\.gz)?$/, ''))
      // the parsers' caches are gzipped (a clean run does not read them), the clean path's are not
      expect(manifest.caches.filter((c) => c.endsWith('.gz')).sort()).toEqual([chunkOf('yaml'), chunkOf('@ruby/prism'), chunkOf('src/model/ruby/evaluator.ts')].map((c) => `${c}.cache.gz`).sort())
      expect(manifest.caches).toEqual(expect.arrayContaining([`${coreChunk}.cache`, `${chunkOf('yaml')}.cache.gz`]))
    }
  })

  test('no cache holds an absolute path of the machine that built it (issue 26): V8 keeps the script name, and Node 20 shows it in stack traces', async () => {
    const { gunzipSync } = await import('node:zlib')
    const found: string[] = []
    let files = 0
    for (const v8 of readdirSync(join(DIST, 'v8-cache'))) {
      for (const name of readdirSync(join(DIST, 'v8-cache', v8)).filter((n) => /\.cache(\.gz)?$/.test(n))) {
        const raw = readFileSync(join(DIST, 'v8-cache', v8, name))
        const text = (name.endsWith('.gz') ? gunzipSync(raw) : raw).toString('latin1')
        files++
        // the build folder (CI and the release rebuild dist/ in place), and any absolute path to a file of dist/
        if (text.includes(PROJECT)) found.push(`${v8}/${name}: ${PROJECT}`)
        for (const m of text.matchAll(/\/[\x21-\x7e]*\/dist\/[\w.]+\.js/g)) found.push(`${v8}/${name}: ${m[0]}`)
        // what it holds instead: the file's place in the package (V8 may keep it as two joined strings)
        expect({ name, stable: text.includes('rack-check/dist/') && text.includes(name.replace(/\.cache(\.gz)?$/, '')) }).toEqual({ name, stable: true })
      }
    }
    expect(files).toBeGreaterThan(0)
    expect(found).toEqual([])
  })

  test.each(runtimes())('%s: a cache that does not fit (another V8, cut short, no header, or turned off) is not used, and the run is the same', (_label, node) => {
    const v8 = v8Of(node)
    const other = readdirSync(join(DIST, 'v8-cache')).find((f) => f !== v8)!
    const copy = (name: string, change: (cacheFile: string) => void) => {
      const root = join(tmp, `dist-${name}-${v8}`)
      cpSync(DIST, root, { recursive: true })
      for (const f of readdirSync(join(root, 'v8-cache', v8)).filter((n) => /\.cache(\.gz)?$/.test(n))) change(join(root, 'v8-cache', v8, f))
      return root
    }
    const foreign = copy('foreign', (f) => {
      const theirs = join(DIST, 'v8-cache', other, f.split('/').pop()!)
      writeFileSync(f, readFileSync(theirs))
    })
    // cut short (a write that did not finish): the header's length tells
    const truncated = copy('truncated', (f) => {
      const bytes = readFileSync(f)
      writeFileSync(f, bytes.subarray(0, bytes.length >> 1))
    })
    // a bare V8 cache, without the loader's header
    const headless = copy('headless', (f) => writeFileSync(f, readFileSync(f).subarray(8)))
    for (const [shell, example] of [['action', 'puma-misconfigured'], ['cli', 'puma-misconfigured'], ['cli', 'puma-phased']] as const) {
      const normal = start(node, DIST, shell, example)
      expect(normal.loads.some((l) => l.cached)).toBe(true)
      for (const [how, root, extra] of [['foreign', foreign, {}], ['truncated', truncated, {}], ['headless', headless, {}], ['off', DIST, { RACK_CHECK_V8_CACHE: 'off' }]] as const) {
        const r = start(node, root, shell, example, extra)
        expect({ how, shell, example, status: r.status, stderr: r.stderr, stdout: r.stdout }).toEqual({ how, shell, example, status: normal.status, stderr: '', stdout: normal.stdout })
        // another V8's cache is given to V8, which rejects it; the others are not given at all
        if (how === 'foreign') expect(r.loads.filter((l) => l.cached && !l.rejected)).toEqual([])
        else expect(r.loads.filter((l) => l.cached)).toEqual([])
      }
    }
  })
})
