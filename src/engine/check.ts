/**
 * The engine: files → model → servers → rules → sorted findings and the JSON report
 * (contract §2). Shared by the CLI and the action; touches no `process` and no network.
 */
import { compareFindings, type Finding, type Fix } from '../core/finding.js'
import { Workspace } from '../files/workspace.js'
import { emptyApp, hasDeploymentFiles, loadApp, readNoting, type AppFailure, type AppModel } from '../model/app.js'
import { procfileEntry } from '../model/procfile.js'
import { SEVERITY_RANK, type Severity, type Span } from '../core/span.js'
import type { SourceFile } from '../files/source-file.js'
import type { RubyParse, RubyParser } from '../model/ruby/prism.js'
import { loadYaml, type YamlModule, type YNode } from '../model/yaml-tree.js'
import type { Manifest } from '../model/manifest.js'
import type { evaluateRubyConfig, RubyConfig, RubyEnvironment } from '../model/ruby/evaluator.js'
import type { ConfigRead, ConfigReader } from '../servers/common.js'
import { docsPath, formatMessage, type AppAnalysis, type FixSpec, type Rule } from '../rules/define-rule.js'
import { RULES } from '../rules/index.js'
import suppressionUnused from '../rules/suppression-unused.js'
import { applyDirectives, parseDirectives } from './suppressions.js'
import { procfileComments, yamlComments } from '../model/comments.js'
import checkIncomplete from '../rules/check-incomplete.js'
import { analyzeWebServer, loadModel, type LazyModel, type Models, type WebServerAnalysis } from '../servers/index.js'
import { planRestart } from '../servers/restart.js'
import { compareServers } from '../servers/transition.js'

import { TOOL_VERSION } from '../core/docs-url.js'

export { TOOL_VERSION }

import type { AppReport, CheckOptions, Report } from '../core/report.js'
import type { Correction } from '../fixes/corrected-line.js'
import { append } from '../core/arrays.js'

export type { AppReport, Report }

export interface CheckResult {
  report: Report
  analyses: AppAnalysis[]
}

/**
 * The code loaded only when a file needs it (start-up time is a feature): Prism with the Ruby
 * config evaluator, yaml, and the server models other than Puma's.
 */
export interface Parsers {
  ruby: { parse: RubyParser; evaluate: typeof evaluateRubyConfig } | null
  yaml: YamlModule | null
  models: Models
}

/** What an analysis asked for that was not loaded: then it is analysed again once it is. */
export interface Needs {
  ruby: boolean
  yaml: boolean
  models: LazyModel[]
}

/**
 * The verified corrected `custom_web` line of each app (fixes/corrected-line.ts). Only a finding
 * with a fix can give one, so without such a finding that code is not loaded (start-up time).
 */
export async function corrections(result: CheckResult, options: CheckOptions): Promise<Correction[]> {
  if (!result.report.findings.some((f) => f.fix && !f.suppressed)) return []
  return (await import('../fixes/corrected-line.js')).verifiedCorrections(result, options)
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
      import('../model/ruby/evaluator.js').then(async ({ loadRubyParser, evaluateRubyConfig }) => {
        parsers.ruby ??= { parse: wrap(await loadRubyParser()), evaluate: evaluateRubyConfig }
      }),
    yaml &&
      loadYaml().then((y) => {
        parsers.yaml ??= y
      }),
    ...models.map((m) =>
      loadModel(m).then((model) => {
        parsers.models[m] = model
      })
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
      // rack-check's own parser gave up (docs/robustness.md): what the server does with the file is not known
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
  const analyze = (procfile: (typeof app.procfiles)[number], name: string): WebServerAnalysis | null => {
    const entry = procfileEntry(procfile, name)
    const pending = (m: LazyModel): void => void (needs.models.includes(m) || needs.models.push(m))
    return entry ? analyzeWebServer({ procfile: procfile.file, entry, environment: options.environment, lockfile: app.lockfile, exists, isFolder, config, models: parsers.models, pending }) : null
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
  // Cloud 66 reads `.cloud66/` at the repository root only (cloud66.md §3.1, §7.1)
  const misplacedCloud66 = ws.isFolder(prefix + '.cloud66') ? [] : OTHER_CLOUD66.map((f) => prefix + f).filter((f) => ws.exists(f))
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
    enterpriseLicense: ws.exists(license) ? license : null,
    commented
  }
}

/** A manifest with a `rails:` or `rack:` section (at the top or under an environment) is a Rack app's. */
function manifestNamesRack(manifest: Manifest | null): boolean {
  const root = manifest?.tree.root
  if (root?.kind !== 'map') return false
  const named = (m: YNode | null): boolean => m?.kind === 'map' && m.pairs.some((p) => p.key === 'rails' || p.key === 'rack')
  return named(root) || manifest!.environments.some((e) => named(e.value))
}

/** Files that make a folder a Ruby (Rack) app for Cloud 66. */
const RACK_FILES = ['Gemfile', 'gems.rb', 'Gemfile.lock', 'gems.locked', 'config.ru']
/** Where real repositories keep Cloud 66's files outside `.cloud66/` (Discourse, diaspora, errbit). */
const OTHER_CLOUD66 = ['config/cloud/cloud66/manifest.yml', 'config/cloud/cloud66/deploy_hooks.yml', 'config/cloud/cloud66/files/Procfile', 'cloud66/manifest.yml', 'cloud66/deploy_hooks.yml']

export function runRules(analysis: AppAnalysis, options: CheckOptions, rules: Rule[] = RULES): Finding[] {
  const findings: Finding[] = []
  for (const rule of rules) {
    if (rule.rack && !analysis.rack) continue
    rule.check({
      analysis,
      options,
      report(at, message, data = {}, override) {
        const template = rule.messages[message]
        if (template === undefined) throw new Error(`rule ${rule.id} has no message ${message}`)
        const finding: Finding = {
          rule: rule.id,
          severity: override?.severity ?? rule.severity,
          ...at,
          message: formatMessage(template, data),
          docs: docsPath(rule.id)
        }
        if (override?.fix) finding.fix = fixOf(override.fix)
        findings.push(finding)
      }
    })
  }
  return findings
}

/** A rule's edits (offsets) as the report's line and column ranges (end exclusive). */
function fixOf(spec: FixSpec): Fix {
  return {
    description: spec.description,
    edits: spec.edits.map((e) => {
      const a = e.file.position(e.start)
      const b = e.file.position(e.end)
      return { file: e.file.path, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, text: e.text }
    })
  }
}

export function appReport(a: AppAnalysis): AppReport {
  const web = a.web
  const r = a.restart
  const inApp = (f: string): string => {
    const p = a.app.replaced.get(f)?.source ?? f
    return a.app.root ? `${a.app.root}/${p}` : p
  }
  return {
    root: a.app.root === '' ? '.' : a.app.root,
    files: {
      procfile: a.app.present.procfile,
      manifest: a.app.present.manifest,
      deployHooks: a.app.present.deployHooks,
      serverConfig: web ? web.facts.configFiles.map(inApp) : [],
      lockfile: a.app.present.lockfile
    },
    webServer: web
      ? {
          process: 'custom_web',
          file: web.procfile.path,
          line: web.entry.line,
          server: web.server,
          version: web.version,
          prediction: web.prediction
        }
      : null,
    restart: r
      ? { signal: r.signal, source: r.source, file: r.setBy?.at.file ?? null, line: r.setBy?.at.line ?? null, effect: r.effect.effect }
      : null,
    transition: a.change?.transition ?? null
  }
}

/** Whether a finding is at or above `failOn` (the CLI's exit status 1, the action's failure). */
export function failsAt(findings: Finding[], failOn: Severity | 'never'): boolean {
  if (failOn === 'never') return false
  const min = SEVERITY_RANK[failOn]
  return findings.some((f) => !f.suppressed && SEVERITY_RANK[f.severity] >= min)
}

/** Suppressed findings count nowhere; the number of them is said when there are any. */
export function summarize(findings: Finding[]): Report['summary'] {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s && !f.suppressed).length
  const suppressed = findings.filter((f) => f.suppressed).length
  return { errors: count('error'), warnings: count('warning'), notices: count('notice'), ...(suppressed ? { suppressed } : {}) }
}

/** `.rack-check.yml`'s `rules`: a level replaces the rule's severity, `off` drops its findings. */
function withConfigLevels(findings: Finding[], options: CheckOptions): Finding[] {
  const levels = options.rules
  if (!levels?.size) return findings
  return findings.flatMap((f) => {
    const level = levels.get(f.rule)
    return level === 'off' ? [] : level ? [{ ...f, severity: level }] : [f]
  })
}

/**
 * Applies the `# rack-check:` directives of every file read (src/engine/suppressions.ts) and returns the
 * `suppression-unused` findings about the directives themselves.
 */
function suppress(analyses: AppAnalysis[], findings: Finding[], options: CheckOptions): Finding[] {
  const byFile = new Map<string, ReturnType<typeof parseDirectives>>()
  for (const a of analyses) {
    for (const { file, comments } of a.commented) {
      if (byFile.has(file.path) || !comments.some((c) => file.text.slice(c.start, c.end).includes('rack-check'))) continue
      byFile.set(file.path, parseDirectives(file, comments))
    }
  }
  if (byFile.size === 0) return []
  const problems = applyDirectives(findings, byFile, new Set(RULES.map((r) => r.id)))
  const level = options.rules?.get(suppressionUnused.id)
  if (level === 'off') return []
  const ids = { 'unknown-rule': 'unknownRule', unused: 'unused', malformed: 'malformed' } as const
  return problems.map((p) => ({
    rule: suppressionUnused.id,
    severity: level ?? suppressionUnused.severity,
    ...p.at,
    message: formatMessage(suppressionUnused.messages[ids[p.kind]], { id: '', where: '', text: '', ...p.data }),
    docs: docsPath(suppressionUnused.id)
  }))
}

/**
 * Checks one folder (the app root). Prism and yaml are loaded only when a file needs them. `ws`
 * reads the folder: `--fix` passes one that holds its edited files in memory (fixes/apply.ts),
 * `source: api` one that reads a snapshot made as it is asked about (engine/snapshot.ts).
 */
export async function checkDirectory(dir: string, options: CheckOptions, ws: Workspace = new Workspace(dir)): Promise<CheckResult> {
  const analyses: AppAnalysis[] = []
  if (hasDeploymentFiles(ws, '')) analyses.push(await guardedAnalysis(ws, '', options))
  // with a base, each app is compared with the base's app at the same root
  if (options.base) {
    for (const a of analyses) {
      const head = appReport(a)
      a.change = compareServers(head, options.base.apps.find((b) => b.root === head.root))
    }
  }
  // a block merged in by a YAML alias is checked where it is used and where it is anchored: one finding
  const findings = withConfigLevels(analyses.flatMap((a) => guardedRules(a, options)), options)
    .sort(compareFindings)
    .filter((f, i, all) => i === 0 || compareFindings(f, all[i - 1]) !== 0 || f.message !== all[i - 1].message)
  append(findings, suppress(analyses, findings, options))
  findings.sort(compareFindings)
  const reported = capped(findings)
  return {
    analyses,
    report: {
      schemaVersion: 1,
      tool: { name: 'rack-check', version: TOOL_VERSION },
      apps: analyses.map(appReport),
      findings: reported,
      summary: summarize(reported)
    }
  }
}

/**
 * The most findings a report holds: one app's, and the merged report of several folders (the
 * shells cap that too). Real apps have tens; a hostile Procfile of 60,000 `custom_web:` lines had
 * as many findings, a 55 MB SARIF and 576 MB of memory, and fifteen apps of 10,000 each a 1.27 GB
 * SARIF run (issue 22). Past the bound the most severe are kept (so `fail-on` decides as it would
 * on all of them), sorted, and one `check-incomplete` warning says how many of each severity were
 * left out.
 */
export const MAX_FINDINGS = 10_000

export function capped(findings: Finding[]): Finding[] {
  if (findings.length <= MAX_FINDINGS) return findings
  const order = findings.map((_, i) => i).sort((a, b) => SEVERITY_RANK[findings[b].severity] - SEVERITY_RANK[findings[a].severity] || a - b)
  const keep = new Set(order.slice(0, MAX_FINDINGS - 1))
  const kept = findings.filter((_, i) => keep.has(i))
  const left = findings.filter((_, i) => !keep.has(i))
  const count = (s: Severity): number => left.filter((f) => f.severity === s).length
  const kinds = (['error', 'warning', 'notice'] as const).filter((s) => count(s) > 0).map((s) => `${count(s)} ${s}${count(s) === 1 ? '' : 's'}`).join(', ')
  const first = left[0]
  kept.push({
    rule: checkIncomplete.id,
    severity: 'warning',
    file: first.file,
    line: first.line,
    column: first.column,
    endLine: first.endLine,
    endColumn: first.endColumn,
    message: formatMessage(checkIncomplete.messages.tooMany, { max: MAX_FINDINGS, count: left.length, kinds }),
    docs: docsPath(checkIncomplete.id)
  })
  return kept.sort(compareFindings)
}

/**
 * One app's analysis with its parsers loaded as needed. Whatever still goes wrong in it (a bug,
 * an input no limit foresaw) becomes a `check-incomplete` finding on this app, with the app's
 * files as far as they are known, and the run goes on (docs/robustness.md).
 */
async function guardedAnalysis(ws: Workspace, root: string, options: CheckOptions): Promise<AppAnalysis> {
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

function failure(e: unknown): AppFailure {
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
  return { app, web: null, herokuWeb: null, restart: null, change: null, textAt: () => '', rack: true, misplacedCloud66: [], enterpriseLicense: null, commented: [] }
}

/** The rules on one app; a rule that throws leaves that app with its failure and the rules that did not. */
function guardedRules(analysis: AppAnalysis, options: CheckOptions): Finding[] {
  const rules = RULES.some((r) => r.id === checkIncomplete.id) ? RULES : [...RULES, checkIncomplete]
  const findings: Finding[] = []
  for (const rule of rules) {
    if (rule === checkIncomplete) continue
    try {
      append(findings, runRules(analysis, options, [rule]))
    } catch (e) {
      const f = failure(e)
      analysis.app.failures.push({ ...f, why: `rule ${rule.id}: ${f.why}` })
    }
  }
  append(findings, runRules(analysis, options, [rules.find((r) => r.id === checkIncomplete.id) ?? checkIncomplete]))
  return findings
}
