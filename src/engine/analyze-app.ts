/**
 * One app's analysis (files → model → servers): the parsers and the server models loaded only
 * when a file needs them (start-up time is a feature), whether the folder is a Rack app, and the
 * failure of an analysis kept as the app's (docs/maintainers/robustness.md). engine/check.ts runs the rules on it.
 */
import type { Workspace } from '../files/workspace.js'
import { DEPLOY_HOOKS, emptyApp, loadApp, MANIFEST, readNoting, type AppFailure, type AppModel } from '../model/app.js'
import { procfileEntry } from '../model/procfile.js'
import type { Span } from '../core/span.js'
import type { SourceFile } from '../files/source-file.js'
import type { RubyParse, RubyParser } from '../model/ruby/prism.js'
import { loadYaml, parseYamlTree, type YamlModule, type YNode } from '../model/yaml-tree.js'
import { hasCloud66Shape, type Manifest } from '../model/manifest.js'
import type { evaluateRubyConfig, gemfileRuby, RubyConfig, RubyEnvironment } from '../model/ruby/evaluator.js'
import { appRuby, describeRuby, rubyVersionFile, type AppRuby } from '../model/ruby-version.js'
import type { RubyJudge } from '../model/ruby/values.js'
import type { ConfigRead, ConfigReader } from '../servers/common.js'
import type { AppAnalysis } from '../rules/define-rule.js'
import { procfileComments, yamlComments } from '../model/comments.js'
import { loadInto, type PendingModel } from '../servers/registry.js'
import { analyzeWebServer, type Models, type WebServerAnalysis } from '../servers/index.js'
import { planRestart } from '../servers/restart.js'
import type { CheckOptions } from '../core/report.js'

/**
 * The code loaded only when a file needs it (start-up time is a feature): Prism with the Ruby
 * config evaluator, yaml, and the server models other than Puma's.
 */
export interface Parsers {
  ruby: { parse: RubyParser; evaluate: typeof evaluateRubyConfig; gemfile: typeof gemfileRuby } | null
  yaml: YamlModule | null
  models: Models
}

/** What an analysis asked for that was not loaded: then it is analysed again once it is. */
export interface Needs {
  ruby: boolean
  yaml: boolean
  models: PendingModel[]
}

/** Starts loading Prism without waiting: loadNeeded then finds it under way. */
function prefetchRuby(): void {
  import('../model/ruby/evaluator.js').then(
    ({ loadRubyParser }) => loadRubyParser().catch(() => {}), // its failure is loadNeeded's to report
    () => {}
  )
}

export function noParsers(): Parsers {
  return { ruby: null, yaml: null, models: {} }
}

/**
 * Loads what `needs` asks for and `parsers` lacks (yaml, Prism and the models at once); false
 * when there was nothing to load, so the analysis that asked is final. `wrap` sees each Ruby
 * parse (the engine notes the files Prism gave up on).
 */
export async function loadNeeded(needs: Needs, parsers: Parsers, wrap: (parse: RubyParser) => RubyParser = (p) => p): Promise<boolean> {
  const ruby = needs.ruby && !parsers.ruby
  const yaml = needs.yaml && !parsers.yaml
  const models = needs.models.filter((m) => !parsers.models[m])
  if (!ruby && !yaml && models.length === 0) return false
  await Promise.all([
    ruby &&
      // one chunk: the evaluator carries the parser's loader
      import('../model/ruby/evaluator.js').then(async ({ loadRubyParser, evaluateRubyConfig, gemfileRuby }) => {
        parsers.ruby ??= { parse: wrap(await loadRubyParser()), evaluate: evaluateRubyConfig, gemfile: gemfileRuby }
      }),
    yaml &&
      loadYaml().then((y) => {
        parsers.yaml ??= y
      }),
    ...models.map((m) =>
      loadInto(parsers.models, m)
    )
  ])
  return true
}

/**
 * Analyses one app. What is not loaded yet (see `Parsers`) is noted in `needs`: the caller
 * loads it (`loadNeeded`) and analyses again.
 */
export function analyzeApp(ws: Workspace, root: string, options: CheckOptions, parsers: Parsers): AppAnalysis & { needs: Needs } {
  const { ruby, yaml } = parsers
  const app = loadApp(ws, root, options.environment, yaml)
  const prefix = root === '' ? '' : root + '/'
  // a file a deploy hook copies into place is read from where it is copied from
  const actual = (p: string): string => prefix + (app.replaced.get(p)?.source ?? p)
  const exists = (p: string): boolean => ws.exists(actual(p))
  const isFolder = (p: string): boolean => ws.isFolder(prefix + p)
  const needs: Needs = { ruby: false, yaml: app.needsYaml, models: [] }
  const parsed = new Map<string, RubyParse>()
  // the config files read, for their `# rack-check:` comments
  const yamlConfigs = new Map<string, SourceFile>()
  const rubyConfigs = new Map<string, { file: SourceFile; parse: RubyParse }>()
  const evaluated = new Map<string, Map<RubyEnvironment, RubyConfig>>()
  const read = (appPath: string): ConfigRead<SourceFile> => {
    const r = readNoting(ws, actual(appPath), app.unreadable)
    if (r.ok) return { status: 'ok', value: r.file }
    return r.missing ? { status: 'missing' } : { status: 'unreadable', problem: r.problem }
  }
  const config: ConfigReader = {
    text: read,
    yaml(appPath) {
      const r = read(appPath)
      if (r.status !== 'ok') return r
      if (!yaml) {
        needs.yaml = true
        return { status: 'pending' }
      }
      yamlConfigs.set(r.value.path, r.value)
      return { status: 'ok', value: { file: r.value, yaml } }
    },
    ruby(appPath, env) {
      const r = read(appPath)
      if (r.status !== 'ok') return r
      if (!ruby) {
        // Prism (its chunk, then its WebAssembly's compile) starts loading now, with this pass's other chunks
        if (!needs.ruby) prefetchRuby()
        needs.ruby = true
        return { status: 'pending' }
      }
      let p = parsed.get(appPath)
      if (!p) parsed.set(appPath, (p = ruby.parse(r.value)))
      // rack-check's own parser gave up (docs/maintainers/robustness.md): what the server does with the file is not known
      if (p.failure) return { status: 'unreadable', problem: p.failure }
      rubyConfigs.set(r.value.path, { file: r.value, parse: p })
      // evaluated once per file and environment: the version bands ask again with the same one
      const byEnv = evaluated.get(appPath) ?? new Map<RubyEnvironment, RubyConfig>()
      evaluated.set(appPath, byEnv)
      let c = byEnv.get(env)
      if (!c) byEnv.set(env, (c = ruby.evaluate(r.value, p, env)))
      return { status: 'ok', value: c }
    }
  }
  app.ruby = withGemfile(ws, prefix, app, parsers, needs)
  const judge: RubyJudge | undefined = app.ruby.chosen && app.ruby.lines ? { lines: app.ruby.lines, from: describeRuby(app.ruby.chosen) } : undefined
  const analyze = (procfile: (typeof app.procfiles)[number], name: string): WebServerAnalysis | null => {
    const entry = procfileEntry(procfile, name)
    const pending = (m: PendingModel): void => void (needs.models.includes(m) || needs.models.push(m))
    return entry ? analyzeWebServer({ procfile: procfile.file, entry, environment: options.environment, lockfile: app.lockfile, exists, isFolder, config, models: parsers.models, pending, ...(judge ? { ruby: judge } : {}) }) : null
  }
  const web = app.web ? analyze(app.web.procfile, 'custom_web') : null
  const herokuProcfile = app.web?.procfile ?? app.procfiles.find((p) => procfileEntry(p, 'web')) ?? null
  const herokuWeb = herokuProcfile ? analyze(herokuProcfile, 'web') : null
  const textAt = (at: Span): string => {
    const r = ws.read(at.file)
    return r.ok ? r.file.textAt(at) : ''
  }
  // a process run through Bundler proves a Gemfile as well as the file itself does
  const bundled = app.procfiles.some((p) => p.entries.some((e) => /^(bundle|bundler)\s+exec\s/.test(e.command.trimStart())))
  const rack = RACK_FILES.some((f) => ws.exists(prefix + f)) || web?.model != null || herokuWeb?.model != null || bundled || manifestNamesRack(app.manifest)
  // Cloud 66 reads `.cloud66/` at the repository root only (docs/research/cloud66.md#where-cloud-66-reads-its-files)
  const misplacedCloud66 = ws.isFolder(prefix + '.cloud66') ? [] : OTHER_CLOUD66.map((f) => prefix + f).filter((f) => ws.exists(f))
  const strayCloud66 = strayFiles(ws, prefix, yaml, needs)
  const license = prefix + '.cloud66/passenger-enterprise-license'
  // the comments of the files that mention rack-check at all: no second YAML parse on the usual run
  const mentions = (f: SourceFile): boolean => f.text.includes('rack-check')
  const commented: AppAnalysis['commented'] = app.procfiles.filter((p) => mentions(p.file)).map((p) => ({ file: p.file, comments: procfileComments(p) }))
  if (yaml) for (const f of [app.manifest?.file, app.deployHooks?.file, ...yamlConfigs.values()]) if (f && mentions(f)) commented.push({ file: f, comments: yamlComments(f, yaml) })
  for (const { file, parse } of rubyConfigs.values()) if (mentions(file)) commented.push({ file, comments: parse.comments })
  return {
    app,
    web,
    herokuWeb,
    restart: planRestart(app, web, options.processManager),
    change: null,
    textAt,
    needs,
    rack,
    misplacedCloud66,
    strayCloud66,
    enterpriseLicense: ws.exists(license) ? license : null,
    commented
  }
}

/**
 * The app's Ruby with the Gemfile's `ruby` line (model/ruby/gemfile.ts), which needs Prism: it is
 * read when Prism is loaded anyway (a Ruby config file) or when the manifest declares a Ruby to
 * compare it with (ruby-version-mismatch); otherwise Prism stays unloaded (start-up time).
 */
function withGemfile(ws: Workspace, prefix: string, app: AppModel, parsers: Parsers, needs: Needs): AppRuby {
  const path = ['Gemfile', 'gems.rb'].map((f) => prefix + f).find((f) => ws.exists(f))
  if (!path) return app.ruby
  if (!parsers.ruby) {
    if (app.ruby.declarations.some((d) => d.source === 'manifest')) needs.ruby = true
    return app.ruby
  }
  const r = readNoting(ws, path, app.unreadable)
  if (!r.ok) return app.ruby
  const parse = parsers.ruby.parse(r.file)
  if (parse.failure) return app.ruby
  const found = parsers.ruby.gemfile(r.file, parse)
  if (!found) return app.ruby
  let declaration = 'source' in found ? found : null
  if (!('source' in found)) {
    // `ruby file: ".ruby-version"`: the version is that file's, declared by the Gemfile
    const named = ws.read(prefix + found.file.replace(/^\.\//, ''))
    const inFile = named.ok ? rubyVersionFile(named.file) : null
    declaration = inFile ? { ...inFile, source: 'gemfile', path, at: found.at } : null
  }
  return declaration ? appRuby([...app.ruby.declarations, declaration]) : app.ruby
}

/** A manifest with a `rails:` or `rack:` section (at the top or under an environment) is a Rack app's. */
function manifestNamesRack(manifest: Manifest | null): boolean {
  const root = manifest?.tree.root
  if (root?.kind !== 'map') return false
  const named = (m: YNode | null): boolean => m?.kind === 'map' && m.pairs.some((p) => p.key === 'rails' || p.key === 'rack')
  return named(root) || manifest!.environments.some((e) => named(e.value))
}

/**
 * Names of files in `.cloud66/` that are near misses of the two Cloud 66 reads (a stem and `.yml`
 * or `.yaml`): `.cloud66/manifest.yaml` (jin-cloud66/rails-mysql), `manifest_1.yml` and
 * `manifest-1.yml`, `deploy_hooks1.yml` (the corpus). An `_example` or `_old` copy says by its
 * name that it is not meant to be read, and is left alone.
 */
const NEAR_MISSES: Array<{ meant: string; stem: RegExp }> = [
  { meant: MANIFEST, stem: /^manifest(?:[-_.]?\d+)?$/i },
  { meant: DEPLOY_HOOKS, stem: /^deploy[-_]?hooks(?:[-_.]?\d+)?$/i }
]
/** A root `manifest.yml` (rubyforgood/human-essentials, commit 1d40fc4) or `manifest.yaml`. */
const ROOT_MANIFESTS = ['manifest.yml', 'manifest.yaml']

/**
 * Files meant for Cloud 66 under a path it does not read, when the file it does read is absent:
 * Cloud 66's docs name only `.cloud66/manifest.yml` and `.cloud66/deploy_hooks.yml`, and that any
 * other path is read is UNCONFIRMED (docs/research/cloud66.md#where-cloud-66-reads-its-files).
 * A root manifest counts only with the shape of a Cloud 66 manifest: most files of that name are
 * Cloud Foundry's. Reading it needs yaml, noted in `needs` like any YAML file.
 */
function strayFiles(ws: Workspace, prefix: string, yaml: YamlModule | null, needs: Needs): AppAnalysis['strayCloud66'] {
  const out: AppAnalysis['strayCloud66'] = []
  // listed once, and only when a file Cloud 66 reads is absent
  let names: string[] | null = null
  for (const { meant, stem } of NEAR_MISSES) {
    if (ws.exists(prefix + meant)) continue
    names ??= ws.list(prefix + '.cloud66')
    for (const name of names) {
      const dot = name.lastIndexOf('.')
      const ext = name.slice(dot + 1).toLowerCase()
      const path = prefix + '.cloud66/' + name
      if (dot > 0 && (ext === 'yml' || ext === 'yaml') && stem.test(name.slice(0, dot)) && ws.exists(path)) out.push({ path, meant })
    }
  }
  if (ws.exists(prefix + MANIFEST)) return out
  for (const name of ROOT_MANIFESTS) {
    const r = ws.read(prefix + name)
    // unreadable or missing: a file that may not be Cloud 66's is not worth a finding
    if (!r.ok) continue
    if (!yaml) needs.yaml = true
    else if (hasCloud66Shape(parseYamlTree(r.file, yaml))) out.push({ path: r.file.path, meant: MANIFEST })
  }
  return out
}

/** Files that make a folder a Ruby (Rack) app for Cloud 66. */
const RACK_FILES = ['Gemfile', 'gems.rb', 'Gemfile.lock', 'gems.locked', 'config.ru']
/** Where real repositories keep Cloud 66's files outside `.cloud66/` (Discourse, diaspora, errbit). */
const OTHER_CLOUD66 = ['config/cloud/cloud66/manifest.yml', 'config/cloud/cloud66/deploy_hooks.yml', 'config/cloud/cloud66/files/Procfile', 'cloud66/manifest.yml', 'cloud66/deploy_hooks.yml']

/**
 * One app's analysis with its parsers loaded as needed. Whatever still goes wrong in it (a bug,
 * an input no limit foresaw) becomes a `check-incomplete` finding on this app, with the app's
 * files as far as they are known, and the run goes on (docs/maintainers/robustness.md).
 */
export async function guardedAnalysis(ws: Workspace, root: string, options: CheckOptions): Promise<AppAnalysis> {
  const parsers = noParsers()
  // a file rack-check's Ruby parser gave up on: noted on the app (check-incomplete)
  const parserFailures = new Map<string, string>()
  const noting = (parse: RubyParser): RubyParser => (file) => {
    const p = parse(file)
    if (p.failure) parserFailures.set(file.path, p.failure)
    return p
  }
  try {
    let analysis = analyzeApp(ws, root, options, parsers)
    // each pass loads at least one more parser or model, so this ends; a YAML file read in the
    // second pass (a deploy hook's copy) may name a Ruby file the first did not
    while (await loadNeeded(analysis.needs, parsers, noting)) analysis = analyzeApp(ws, root, options, parsers)
    for (const [path, why] of parserFailures) if (!analysis.app.failures.some((f) => f.path === path)) analysis.app.failures.push({ path, why })
    return analysis
  } catch (e) {
    return failedAnalysis(ws, root, options, e)
  }
}

export function failure(e: unknown): AppFailure {
  const err = e instanceof Error ? e : new Error(String(e))
  // one line, and no longer than a finding needs: the message may quote the repository
  const why = (err.message.split('\n')[0] || err.name).slice(0, 200)
  return { path: null, why, stack: err.stack }
}

function failedAnalysis(ws: Workspace, root: string, options: CheckOptions, e: unknown): AppAnalysis {
  let app: AppModel
  try {
    // the files as far as they can be read, without parsers (what failed may have been one)
    app = loadApp(ws, root, options.environment, null)
    app.failures.push(failure(e))
  } catch {
    app = emptyApp(ws, root, options.environment, failure(e))
  }
  return { app, web: null, herokuWeb: null, restart: null, change: null, textAt: () => '', rack: true, misplacedCloud66: [], strayCloud66: [], enterpriseLicense: null, commented: [] }
}
