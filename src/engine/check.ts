/**
 * The engine: one folder checked (contract §2). Each app is analysed (engine/analyze-app.ts:
 * files → model → servers, parsers loaded as needed), the rules run on it, `.rack-check.yml`'s
 * levels and the `# rack-check:` suppressions applied, the findings sorted and capped, and the
 * report summarised. engine/check-folders.ts merges several folders. Shared by the CLI and the
 * action; touches no `process` and no network.
 */
import { compareFindings, counts, setAside, type Finding, type Fix } from '../core/finding.js'
import { SEVERITY_RANK, type Severity } from '../core/span.js'
import { TOOL_VERSION } from '../core/docs-url.js'
import type { AppReport, CheckOptions, Report } from '../core/report.js'
import { append } from '../core/arrays.js'
import { Workspace } from '../files/workspace.js'
import { hasDeploymentFiles } from '../model/app.js'
import { docsPath, formatMessage, type AppAnalysis, type FixSpec, type Rule } from '../rules/define-rule.js'
import { RULES } from '../rules/index.js'
import suppressionUnused from '../rules/suppression-unused.js'
import checkIncomplete from '../rules/check-incomplete.js'
import { restartGuidance, type Guidance } from '../servers/guidance.js'
import { compareServers } from '../servers/transition.js'
import { wrapperOf } from '../servers/index.js'
import { applyDirectives, parseDirectives } from './suppressions.js'
import { failure, guardedAnalysis } from './analyze-app.js'
import { coherent, webFate } from './coherence.js'
import { plural } from '../core/text.js'

export { TOOL_VERSION }
export type { AppReport, Report }

/**
 * A check's result, and the view every reporter takes (reporters/index.ts): the report, each
 * app's analysis, and each app's restart guidance, computed here once (the text output and the
 * comment both show it).
 */
export interface CheckResult {
  report: Report
  analyses: AppAnalysis[]
  /** per app, in the order of `report.apps`: what the next deploy's restart does; null without a custom_web server */
  guidance: Array<Guidance | null>
}

/** A verified corrected `custom_web` line (fixes/corrected-line.ts makes them; the reporters show them). */
export interface Correction {
  /** the file, relative to the checked folder */
  file: string
  line: number
  /** the line as written and as corrected (no line break, a carriage return kept out) */
  before: string
  after: string
  /** the fixes' edits it is made of (as in the report: line and column, end exclusive) */
  edits: Fix['edits']
  /** the findings the corrected line removes (verified) */
  fixes: Finding[]
}

/** An app's restart guidance, when it has a custom_web server and a restart plan. */
export function guidanceOf(a: AppAnalysis): Guidance | null {
  if (!a.restart || !a.web) return null
  // a line that does not keep serving as written gets its restart as what happens once it does
  // (engine/coherence.ts): never a promise about requests while the errors say it is not there
  const fate = webFate(a.web, a.restart.processManager)
  const plan = fate ? { ...a.restart, boots: false } : a.restart
  const g = restartGuidance(plan, { version: a.web.version ?? null, settings: (a.web.ifStarted ?? a.web.facts)?.settings })
  if (fate === 'exits' || !fate) return g
  const why = fate === 'lost' ? 'daemonizes, which systemd does not support (see the errors); this is what a restart does once it stays in the foreground' : 'fails whatever version Bundler installs (see the errors); this is what a restart does once it starts'
  return { ...g, notes: g.notes.map((n) => (n.startsWith('As written') ? `As written the server ${why}.` : n)) }
}

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
          message: formatMessage(template, data, rule.ownText),
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
          file: web.line.procfile.path,
          line: web.line.entry.line,
          server: web.server,
          version: web.version,
          ...wrapperOf(web),
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
  return findings.some((f) => counts(f) && SEVERITY_RANK[f.severity] >= min)
}

/**
 * Suppressed findings count nowhere, nor those a baseline knows or outside `filter: changed`
 * (core/finding.ts `counts`); the number of each is said when there are any.
 */
export function summarize(findings: Finding[]): Report['summary'] {
  const count = (s: Severity): number => findings.filter((f) => f.severity === s && counts(f)).length
  const suppressed = findings.filter((f) => f.suppressed).length
  const known = findings.filter((f) => !f.suppressed && f.baseline === 'known').length
  const outsideFilter = findings.filter((f) => !f.suppressed && f.baseline !== 'known' && setAside(f)).length
  return { errors: count('error'), warnings: count('warning'), notices: count('notice'), ...(suppressed ? { suppressed } : {}), ...(known ? { known } : {}), ...(outsideFilter ? { outsideFilter } : {}) }
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
  // a restart plan of a line that does not keep serving as written is for later (engine/coherence.ts)
  for (const a of analyses) if (a.restart && webFate(a.web, a.restart.processManager)) a.restart = { ...a.restart, boots: false }
  const findings = withConfigLevels(analyses.flatMap((a) => coherent(a, guardedRules(a, options), options.processManager)), options)
    .sort(compareFindings)
    .filter((f, i, all) => i === 0 || compareFindings(f, all[i - 1]) !== 0 || f.message !== all[i - 1].message)
  append(findings, suppress(analyses, findings, options))
  findings.sort(compareFindings)
  const reported = capped(findings)
  return {
    analyses,
    guidance: analyses.map(guidanceOf),
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
  const kinds = (['error', 'warning', 'notice'] as const).filter((s) => count(s) > 0).map((s) => plural(count(s), s)).join(', ')
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
