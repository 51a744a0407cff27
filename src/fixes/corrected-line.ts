/**
 * The corrected `custom_web` line: the line rack-check would accept, made of the fixes of the
 * findings on that line (the same edits `--fix` applies: a daemon flag to drop, a socket or PID
 * path to replace or add, `-p $PORT` where Cloud 66 sets no `PORT`). A correction is shown only
 * after the engine has checked the app again with the corrected Procfile: the findings it fixes
 * are gone and it brings no finding of its own.
 */
import { runRules, type CheckResult, type Correction } from '../engine/check.js'
import { analyzeApp, loadNeeded, noParsers } from '../engine/analyze-app.js'
import { compareFindings, type Finding, type Fix } from '../core/finding.js'
import { SourceFile } from '../files/source-file.js'
import { Workspace, type ReadResult } from '../files/workspace.js'
import type { AppAnalysis, CheckOptions } from '../rules/define-rule.js'
import type { WebServerAnalysis } from '../servers/index.js'
import suppressionUnused from '../rules/suppression-unused.js'

export type { Correction }

/**
 * The edits of the findings' own fixes (finding.fix, the ones `--fix` applies) that fall on the
 * `custom_web` line; findings elsewhere are not part of the line.
 */
export function lineEdits(web: WebServerAnalysis, findings: Finding[]): Fix['edits'] {
  const file = web.procfile
  const line = web.entry.line
  const edits: Fix['edits'] = []
  for (const f of findings) {
    if (!f.fix || f.suppressed || f.file !== file.path) continue
    if (f.fix.edits.every((e) => e.file === file.path && e.line === line && e.endLine === line)) edits.push(...f.fix.edits)
  }
  // one edit per place: two fixes that say the same (`-d` refused, and daemonizing) are one
  return edits.filter((e, i) => edits.findIndex((x) => x.column === e.column && x.endColumn === e.endColumn && x.text === e.text) === i)
}

/** The checked folder with one file's text replaced; everything else read as before. */
class Patched extends Workspace {
  constructor(
    root: string,
    private readonly path: string,
    private readonly file: SourceFile
  ) {
    super(root)
  }

  override read(rel: string): ReadResult {
    return rel === this.path ? { ok: true, file: this.file } : super.read(rel)
  }
}

const key = (f: Finding): string => `${f.rule}\u0000${f.file}\u0000${f.line}`

/** The app checked again with the corrected file (the engine's own steps: parsers as needed, every rule). */
async function recheck(analysis: AppAnalysis, options: CheckOptions, path: string, file: SourceFile): Promise<Finding[]> {
  const ws = new Patched(analysis.app.workspace.root, path, file)
  const parsers = noParsers()
  let again = analyzeApp(ws, analysis.app.root, options, parsers)
  while (await loadNeeded(again.needs, parsers)) again = analyzeApp(ws, analysis.app.root, options, parsers)
  again.change = analysis.change
  const sorted = runRules(again, options).sort(compareFindings)
  return sorted.filter((f, i) => i === 0 || compareFindings(f, sorted[i - 1]) !== 0 || f.message !== sorted[i - 1].message)
}

/**
 * An edit of the corrected line in the columns of the line as written, given the edits that
 * corrected it (all on that one line); null when it falls inside a text those edits inserted.
 */
function writtenColumns(first: Fix['edits'], e: Fix['edits'][number]): Fix['edits'][number] | null {
  let delta = 0
  for (const f of [...first].sort((a, b) => a.column - b.column)) {
    const start = f.column + delta
    if (e.endColumn <= start) break
    if (e.column < start + f.text.length) return null
    delta += f.text.length - (f.endColumn - f.column)
  }
  return { ...e, column: e.column - delta, endColumn: e.endColumn - delta }
}

/**
 * The corrected `custom_web` line of each app, verified: the app is checked again with it, and
 * the correction is kept only when it leaves no error on that line, removes findings of it and
 * adds none anywhere.
 * Anything that goes wrong in the check again drops the correction, never the report.
 */
export async function verifiedCorrections(result: CheckResult, options: CheckOptions): Promise<Correction[]> {
  const out: Correction[] = []
  // the same edits --fix writes: one chunk of the bundle, whoever loads it first
  const { applyEdits } = await import('./apply.js')
  for (const analysis of result.analyses) {
    const web = analysis.web
    if (!web || analysis.app.failures.length) continue
    try {
      const findings = result.report.findings.filter((f) => result.analyses.length === 1 || f.file.startsWith(analysis.app.root))
      const edits = lineEdits(web, findings)
      if (!edits.length) continue
      const file = web.procfile
      const line = web.entry.line
      // the same edits --fix writes (fixes/apply.ts)
      let corrected = new SourceFile(file.path, applyEdits(file.text, edits), file.hadBom)
      let again = await recheck(analysis, options, file.path, corrected)
      // a line that starts only once corrected may show a finding of its own with a fix on the same line (no
      // `--dir` once `-d` is gone: puma-restart-old-release): one more round of those fixes, in the written
      // line's columns, and the app checked again with both
      const more = again.filter((f) => f.fix && !f.suppressed && f.file === file.path && f.line === line && f.fix.edits.every((e) => e.file === file.path && e.line === line && e.endLine === line))
      const mapped = more.flatMap((f) => f.fix!.edits).map((e) => writtenColumns(edits, e))
      if (mapped.length && mapped.every((e) => e !== null)) {
        edits.push(...(mapped as Fix['edits']))
        corrected = new SourceFile(file.path, applyEdits(file.text, edits), file.hadBom)
        again = await recheck(analysis, options, file.path, corrected)
      }
      const before = new Set(findings.map(key))
      const after = new Set(again.map(key))
      // the check again runs the rules, not the pass over the suppressions: it cannot tell whether one becomes used
      const fixes = findings.filter((f) => f.file === file.path && f.line === line && f.rule !== suppressionUnused.id && !after.has(key(f)))
      // the line rack-check accepts: no error left on it, and nothing new anywhere
      if (!fixes.length || again.some((f) => !before.has(key(f)) || (f.severity === 'error' && f.file === file.path && f.line === line))) continue
      out.push({ file: file.path, line, before: file.lineText(line), after: corrected.lineText(line), edits, fixes })
    } catch {
      // a correction rack-check cannot check is not shown
    }
  }
  return out
}
