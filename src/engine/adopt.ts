/**
 * Adoption on a repository with history (issue 26; docs/contract.md §5 "Adopting"): what a run
 * counts when only a change, or only what is new since a baseline, should fail it.
 *
 * - `filter: changed`: the findings of an app the change did not touch are set aside
 *   (`outsideFilter`). An app is touched when the change names one of its deployment files
 *   (`Procfile`, `Procfile_<env>`, anything under `.cloud66/`), a file the report names for it
 *   (server config files, the files its findings point at, its `.rack-check.yml`), or its
 *   Gemfile.lock when the locked server gem differs from the base commit's (or when there is no
 *   base report to compare with: then any change of Gemfile.lock touches it).
 * - A baseline (`.rack-check-baseline.json`): each finding's fingerprint (core/fingerprint.ts:
 *   rule, app-relative file, the line's text with whitespace normalised, occurrence index) is
 *   looked up among the recorded ones; found, it is `known` and set aside; recorded ones no
 *   finding matches are `fixed`.
 *
 * Set-aside findings stay in the report and count nowhere (check.ts `summarize`, `failsAt`).
 * Loaded only when one of the two is in use; node:crypto (the fingerprints) only with a baseline.
 */
import { posix } from 'node:path'
import type { Finding } from '../core/finding.js'
import type { BaselineEntry, Report } from '../core/report.js'
import { Workspace } from '../files/workspace.js'
import { inRepository } from '../files/repository.js'
import { summarize } from './check.js'
import { ConfigError } from './config.js'
import type { CheckedFolder, FoldersResult } from './check-folders.js'

export const BASELINE_FILE = '.rack-check-baseline.json'
/** The baseline file's format version (its `rackCheckBaseline` key). */
const FORMAT = 1

export interface Baseline {
  /** the file as shown in messages (a repository path) */
  shown: string
  /** the repository path of the folder it sits in ('' at the root): its `app` entries are relative to it */
  prefix: string
  entries: BaselineEntry[]
}

export interface Adoption {
  /** the changed files' repository paths with `filter: changed`; null: every finding counts (`all`) */
  changed: ReadonlySet<string> | null
  baseline: Baseline | null
}

/** What adopting did, for the report and the messages. */
export interface Adopted {
  changedApps: string[]
  known: number
  fixed: BaselineEntry[]
}

/** Marks each folder's findings (set aside or not), recomputes their summaries; then the merge carries the marks. */
export async function adoptFolders(folders: CheckedFolder[], adoption: Adoption): Promise<Adopted> {
  const out: Adopted = { changedApps: [], known: 0, fixed: [] }
  const checkedApps = new Set<string>()
  const matched = new Set<BaselineEntry>()
  const byKey = adoption.baseline ? entryIndex(adoption.baseline.entries) : null
  for (const folder of folders) {
    const findings = folder.result.report.findings
    if (adoption.changed) {
      const touched = touches(folder, adoption.changed)
      if (touched) out.changedApps.push(folder.prefix || '.')
      else for (const f of findings) f.outsideFilter = true
    }
    if (adoption.baseline && byKey) {
      const app = appPath(adoption.baseline.prefix, folder.prefix)
      checkedApps.add(app)
      const entries = await entriesOf(folder, app)
      for (const e of entries) {
        const f = e.finding
        const hit = byKey.get(keyOf(e.entry))
        if (hit?.length) {
          matched.add(hit.shift()!)
          f.baseline = 'known'
          if (!f.suppressed) out.known++
        } else f.baseline = 'new'
      }
    }
    folder.result.report.summary = summarize(findings)
  }
  if (adoption.baseline) out.fixed = adoption.baseline.entries.filter((e) => checkedApps.has(e.app) && !matched.has(e))
  return out
}

/** The merged report's own record of the adoption (contract §5). */
export function recordAdoption(result: FoldersResult, adoption: Adoption, adopted: Adopted): void {
  const report: Report = result.result.report
  if (adoption.changed) report.filter = { mode: 'changed', changedApps: adopted.changedApps }
  if (adoption.baseline) report.baseline = { file: adoption.baseline.shown, known: adopted.known, fixed: adopted.fixed }
}

/** The baseline entries of a check: every finding that is not suppressed, with its fingerprint. */
export async function baselineOf(folders: CheckedFolder[], prefix: string): Promise<BaselineEntry[]> {
  const out: BaselineEntry[] = []
  for (const folder of folders) for (const e of await entriesOf(folder, appPath(prefix, folder.prefix))) out.push(e.entry)
  return out
}

/** The baseline file's text: sorted, one entry a line, so that a diff of it reads well. */
export function baselineText(entries: BaselineEntry[], version: string): string {
  const sorted = [...entries].sort((a, b) => cmp(a.app, b.app) || cmp(a.file, b.file) || a.line - b.line || cmp(a.rule, b.rule) || cmp(a.fingerprint, b.fingerprint))
  const lines = sorted.map((e) => '    ' + JSON.stringify({ rule: e.rule, app: e.app, file: e.file, line: e.line, fingerprint: e.fingerprint }))
  return `{\n  "rackCheckBaseline": ${FORMAT},\n  "tool": ${JSON.stringify(`rack-check ${version}`)},\n  "findings": [${lines.length ? `\n${lines.join(',\n')}\n  ` : ''}]\n}\n`
}

/** A baseline file's text; anything but the format above is a ConfigError naming the file (exit 2). */
export function parseBaseline(shown: string, prefix: string, text: string): Baseline {
  const fail = (why: string): never => {
    throw new ConfigError(`${shown}: not a rack-check baseline: ${why} (write it again with --write-baseline)`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`)
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('it must be a JSON object')
  const o = data as Record<string, unknown>
  if (o.rackCheckBaseline !== FORMAT) fail(`\`rackCheckBaseline\` must be ${FORMAT}`)
  if (!Array.isArray(o.findings)) fail('`findings` must be a list')
  const entries = (o.findings as unknown[]).map((x, i) => {
    const e = x as Record<string, unknown>
    const text = (k: string): string => (typeof e?.[k] === 'string' && e[k] !== '' ? (e[k] as string) : fail(`findings[${i}].${k} must be a non-empty string`))
    const line = (): number => (typeof e?.line === 'number' && Number.isInteger(e.line) && e.line > 0 ? e.line : fail(`findings[${i}].line must be a line number`))
    const entry: BaselineEntry = { rule: text('rule'), app: text('app'), file: text('file'), line: line(), fingerprint: text('fingerprint') }
    if (!/^[0-9a-f]{32}:[1-9][0-9]*$/.test(entry.fingerprint)) fail(`findings[${i}].fingerprint is not a rack-check fingerprint`)
    return entry
  })
  return { shown, prefix, entries }
}

/** Reads the baseline at `rel` in `dir` (through a Workspace: no link out of it); null when there is none and it was not asked for. */
export function readBaseline(dir: string, rel: string, shown: string, prefix: string, required: boolean): Baseline | null {
  const r = new Workspace(dir).read(rel)
  if (!r.ok) {
    if (r.missing && !required) return null
    throw new ConfigError(`${shown}: ${r.missing ? 'no such file' : r.problem}`)
  }
  return parseBaseline(shown, prefix, r.file.text)
}

/** Whether the change touches the folder's app (see the module comment). */
function touches(folder: CheckedFolder, changed: ReadonlySet<string>): boolean {
  const at = (f: string): string => inRepository(folder.prefix, f)
  const inApp = (p: string): string | null => {
    if (!folder.prefix) return p
    return p.startsWith(folder.prefix + '/') ? p.slice(folder.prefix.length + 1) : null
  }
  const app = folder.result.report.apps[0]
  const named = new Set<string>([...folder.result.report.findings.map((f) => at(f.file)), at('.rack-check.yml')])
  if (app) {
    for (const f of [app.files.procfile, app.files.manifest, app.files.deployHooks, app.webServer?.file ?? null, ...app.files.serverConfig]) if (f) named.add(at(f))
  }
  for (const p of changed) {
    if (named.has(p)) return true
    const rel = inApp(p)
    if (rel === null) continue
    if (rel === 'Procfile' || rel.startsWith('Procfile_') || rel.startsWith('.cloud66/')) return true
    if (rel === 'Gemfile.lock' && serverGemChanged(folder)) return true
  }
  return false
}

/** The locked server gem differs from the base commit's (a different server or version); true when there is no base to compare with. */
function serverGemChanged(folder: CheckedFolder): boolean {
  const base = folder.options.base
  if (!base) return true
  const head = folder.result.report.apps[0]?.webServer ?? null
  const before = base.apps.find((a) => a.root === '.')?.webServer ?? null
  return `${head?.server ?? ''}@${head?.version ?? ''}` !== `${before?.server ?? ''}@${before?.version ?? ''}`
}

/** A folder's unsuppressed findings with their baseline entries (app-relative files), in the report's order. */
async function entriesOf(folder: CheckedFolder, app: string): Promise<Array<{ finding: Finding; entry: BaselineEntry }>> {
  // node:crypto only with a baseline: `filter: changed` alone runs on every pull request
  const { lineFingerprints } = await import('../core/fingerprint.js')
  const findings = folder.result.report.findings.filter((f) => !f.suppressed)
  const ws = new Workspace(folder.dir)
  const prints = lineFingerprints(findings, (file) => {
    const r = ws.read(file)
    return r.ok ? r.file.text : undefined
  })
  return findings.map((finding, i) => ({ finding, entry: { rule: finding.rule, app, file: finding.file, line: finding.line, fingerprint: prints[i] } }))
}

/** An app folder relative to the baseline's folder ('.' for that folder). */
function appPath(baselinePrefix: string, folderPrefix: string): string {
  return posix.relative(baselinePrefix || '.', folderPrefix || '.') || '.'
}

function keyOf(e: BaselineEntry): string {
  return `${e.app}\0${e.rule}\0${e.file}\0${e.fingerprint}`
}

function entryIndex(entries: BaselineEntry[]): Map<string, BaselineEntry[]> {
  const m = new Map<string, BaselineEntry[]>()
  for (const e of entries) {
    const k = keyOf(e)
    const list = m.get(k)
    if (list) list.push(e)
    else m.set(k, [e])
  }
  return m
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
