/**
 * The engine: files → model → servers → rules → sorted findings and the JSON report
 * (contract §2). Shared by the CLI and the action; touches no `process` and no network.
 */
import { compareFindings, type Finding } from './finding.js'
import { Workspace } from './files/workspace.js'
import { hasDeploymentFiles, loadApp, readNoting } from './model/app.js'
import { procfileEntry } from './model/procfile.js'
import { SEVERITY_RANK, type Severity, type Span } from './model/span.js'
import type { SourceFile } from './files/source-file.js'
import { loadRubyParser, type RubyParse, type RubyParser } from './model/ruby.js'
import { loadYaml, type YamlModule, type YNode } from './model/yaml-tree.js'
import type { Manifest } from './model/manifest.js'
import { evaluateRubyConfig } from './model/ruby-config.js'
import type { ConfigRead, ConfigReader } from './servers/common.js'
import { docsPath, formatMessage, type AppAnalysis, type CheckOptions, type Rule } from './rules/define-rule.js'
import { RULES } from './rules/index.js'
import { analyzeWebServer, type WebServerAnalysis } from './servers/index.js'
import { planRestart } from './restart.js'
import { compareServers } from './transition.js'
import type { Prediction, ServerName } from './servers/types.js'

export const TOOL_VERSION = '0.1.0'

export interface AppReport {
  root: string
  files: {
    procfile: string | null
    manifest: string | null
    deployHooks: string | null
    serverConfig: string[]
    lockfile: string | null
  }
  webServer: null | {
    process: 'custom_web'
    file: string
    line: number
    server: ServerName
    version: string | null
    prediction: Prediction
  }
  restart: null | {
    signal: string
    source: 'default' | 'manifest'
    file: string | null
    line: number | null
    effect: string
  }
  transition: null | { from: string; to: string; passengerImmutable: boolean }
}

export interface Report {
  schemaVersion: 1
  tool: { name: 'rack-check'; version: string }
  apps: AppReport[]
  findings: Finding[]
  summary: { errors: number; warnings: number; notices: number }
}

export interface CheckResult {
  report: Report
  analyses: AppAnalysis[]
}

/** The parsers that are loaded only when a file needs them (start-up time is a feature). */
export interface Parsers {
  ruby: RubyParser | null
  yaml: YamlModule | null
}

/**
 * Analyses one app. A parser that is null is not loaded yet: then `needs` tells whether a file
 * asked for it, and the caller loads it and analyses again.
 */
export function analyzeApp(ws: Workspace, root: string, options: CheckOptions, parsers: Parsers): AppAnalysis & { needs: { ruby: boolean; yaml: boolean } } {
  const { ruby, yaml } = parsers
  const app = loadApp(ws, root, options.environment, yaml)
  const prefix = root === '' ? '' : root + '/'
  // a file a deploy hook copies into place is read from where it is copied from
  const actual = (p: string): string => prefix + (app.replaced.get(p)?.source ?? p)
  const exists = (p: string): boolean => ws.exists(actual(p))
  const isFolder = (p: string): boolean => ws.isFolder(prefix + p)
  const needs = { ruby: false, yaml: app.needsYaml }
  const parsed = new Map<string, RubyParse>()
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
      return { status: 'ok', value: { file: r.value, yaml } }
    },
    ruby(appPath, env) {
      const r = read(appPath)
      if (r.status !== 'ok') return r
      if (!ruby) {
        needs.ruby = true
        return { status: 'pending' }
      }
      let p = parsed.get(appPath)
      if (!p) parsed.set(appPath, (p = ruby(r.value)))
      return { status: 'ok', value: evaluateRubyConfig(r.value, p, env) }
    }
  }
  const analyze = (procfile: (typeof app.procfiles)[number], name: string): WebServerAnalysis | null => {
    const entry = procfileEntry(procfile, name)
    return entry ? analyzeWebServer({ procfile: procfile.file, entry, environment: options.environment, lockfile: app.lockfile, exists, isFolder, config }) : null
  }
  const web = app.web ? analyze(app.web.procfile, 'custom_web') : null
  const herokuProcfile = app.web?.procfile ?? app.procfiles.find((p) => procfileEntry(p, 'web')) ?? null
  const herokuWeb = herokuProcfile ? analyze(herokuProcfile, 'web') : null
  const textAt = (at: Span): string => {
    const r = ws.read(at.file)
    return r.ok ? r.file.textAt(at) : ''
  }
  const rack = RACK_FILES.some((f) => ws.exists(prefix + f)) || web?.model != null || herokuWeb?.model != null || manifestNamesRack(app.manifest)
  // Cloud 66 reads `.cloud66/` at the repository root only (cloud66.md §3.1, §7.1)
  const misplacedCloud66 = ws.isFolder(prefix + '.cloud66') ? [] : OTHER_CLOUD66.map((f) => prefix + f).filter((f) => ws.exists(f))
  const license = prefix + '.cloud66/passenger-enterprise-license'
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
    enterpriseLicense: ws.exists(license) ? license : null
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
        findings.push({
          rule: rule.id,
          severity: override?.severity ?? rule.severity,
          ...at,
          message: formatMessage(template, data),
          docs: docsPath(rule.id)
        })
      }
    })
  }
  return findings
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
  return findings.some((f) => SEVERITY_RANK[f.severity] >= min)
}

export function summarize(findings: Finding[]): Report['summary'] {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s).length
  return { errors: count('error'), warnings: count('warning'), notices: count('notice') }
}

/** Checks one folder (the app root). Prism and yaml are loaded only when a file needs them. */
export async function checkDirectory(dir: string, options: CheckOptions): Promise<CheckResult> {
  const ws = new Workspace(dir)
  const analyses: AppAnalysis[] = []
  if (hasDeploymentFiles(ws, '')) {
    const parsers: Parsers = { ruby: null, yaml: null }
    let analysis = analyzeApp(ws, '', options, parsers)
    // each pass loads at least one more parser, so this ends; a YAML file read in the second pass
    // (a deploy hook's copy) may name a Ruby file the first did not
    while ((analysis.needs.ruby && !parsers.ruby) || (analysis.needs.yaml && !parsers.yaml)) {
      if (analysis.needs.ruby) parsers.ruby ??= await loadRubyParser()
      if (analysis.needs.yaml) parsers.yaml ??= await loadYaml()
      analysis = analyzeApp(ws, '', options, parsers)
    }
    analyses.push(analysis)
  }
  // with a base, each app is compared with the base's app at the same root
  if (options.base) {
    for (const a of analyses) {
      const head = appReport(a)
      a.change = compareServers(head, options.base.apps.find((b) => b.root === head.root))
    }
  }
  // a block merged in by a YAML alias is checked where it is used and where it is anchored: one finding
  const findings = analyses
    .flatMap((a) => runRules(a, options))
    .sort(compareFindings)
    .filter((f, i, all) => i === 0 || compareFindings(f, all[i - 1]) !== 0 || f.message !== all[i - 1].message)
  return {
    analyses,
    report: {
      schemaVersion: 1,
      tool: { name: 'rack-check', version: TOOL_VERSION },
      apps: analyses.map(appReport),
      findings,
      summary: summarize(findings)
    }
  }
}
