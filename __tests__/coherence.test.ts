/**
 * Coherent reports (issue 25, items 5 and 6). Every app rack-check can be run on here — each
 * corpus folder (../shared/corpus, skipped when absent; with each older copy `name@sha` as the
 * base of `name`), each example and each fixture folder (a rule case with `base/` as a pull
 * request) — is checked, and the report fails on each class of contradiction, by what the
 * findings and the model say, never by folder name:
 *
 * (a) two findings propose two different lines as the `custom_web` entry, or two fixes edit the
 *     same text differently, or all fixes applied together leave two `custom_web` entries;
 * (b) a finding advises a change in (or is in) a config file that the model says the line, as
 *     written, does not load — unless it says what makes the file load;
 * (c) a finding about how the web server behaves while running (listeners, restarts, signals,
 *     plugins, boot-time hooks) beside an error saying the line does not run — unless it is said
 *     of the line once it runs;
 * (d) an error on a word an unset variable emptied, certain, beside the variable's "if it is one
 *     of the app's environment variables" — unless the error names that condition;
 * (e) the restart section promising what requests do (shown as today's, not "once the server
 *     starts") beside an error saying the server exits, is lost or fails on every version;
 * (f) "Passenger serves" said plainly beside passenger-transition's "an existing app keeps …".
 *
 * Item 6: every fix of every such app is applied alone, the app checked again, and the
 * Procfile's processes (name → commands) compared: only the fix's own change is allowed
 * (`allowedChange`).
 */
import { describe, expect, test } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkDirectory, type CheckResult } from '../src/engine/check.js'
import { findApps } from '../src/engine/apps.js'
import { RUNNING_RULES } from '../src/engine/coherence.js'
import { applyEdits } from '../src/fixes/apply.js'
import { SourceFile } from '../src/files/source-file.js'
import { Workspace, type ReadResult } from '../src/files/workspace.js'
import { parseProcfile } from '../src/model/procfile.js'
import { formatText } from '../src/reporters/text.js'
import type { Finding, Fix } from '../src/core/finding.js'
import type { Report } from '../src/core/report.js'
import { CORPUS, corpusPresent, FIXTURES, PROJECT } from './helpers/paths.js'

const options = { environment: 'production', processManager: 'systemd' as const }

/** Rules that propose a line of the Procfile as the `custom_web` entry. */
const PROPOSES_CUSTOM_WEB = new Set(['web-without-custom-web', 'procfile-commented-custom-web'])
/** Errors that say the `custom_web` line does not keep running as written. */
const STOPS = new Set(['custom-web-fails-to-boot', 'custom-web-fails-on-every-version', 'custom-web-daemonizes'])
/**
 * Rules about the server while it runs: its extra listeners, restarts, signals, plugins, hooks run
 * at boot. The engine's own list, so that the two cannot drift; the test below keeps the list
 * whole: every rule that reads the restart plan is on it.
 */
const WHILE_RUNNING = RUNNING_RULES
/** reads the restart plan but reports nothing on a line that does not start (its own check) */
const RESTART_READERS_OFF_THE_LIST = new Set(['custom-web-undecided'])
/** Words that make a statement about the running server conditional on it running. */
const ONCE_IT_RUNS = /^Once the web server (runs|stays in the foreground)\b|\bonce (it|the server|the line) (starts|runs)\b/i

interface Target {
  label: string
  dir: string
  base: Report | null
}

/** Every app folder under `root` (findApps, as `--recursive` finds them), a rule case's `base/` as its pull request's base. */
async function targetsUnder(root: string, label: string): Promise<Target[]> {
  const out: Target[] = []
  for (const rel of findApps(root).apps) {
    const dir = rel === '' ? root : join(root, rel)
    // base/ is checked as the head's base, and on its own too
    const baseDir = join(dir, 'base')
    const base = existsSync(baseDir) ? (await checkDirectory(baseDir, options)).report : null
    out.push({ label: `${label}/${rel}`, dir, base })
  }
  return out
}

/** Corpus folders, and each `name` checked against each `name@sha` as its base. */
async function corpusTargets(): Promise<Target[]> {
  const names = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  const out: Target[] = []
  for (const name of names) {
    for (const rel of findApps(join(CORPUS, name)).apps) out.push({ label: `corpus/${name}/${rel}`, dir: rel === '' ? join(CORPUS, name) : join(CORPUS, name, rel), base: null })
    if (name.includes('@')) continue
    for (const older of names.filter((n) => n.startsWith(name + '@'))) {
      out.push({ label: `corpus/${name} (base ${older})`, dir: join(CORPUS, name), base: (await checkDirectory(join(CORPUS, older), options)).report })
    }
  }
  return out
}

const live = (r: CheckResult): Finding[] => r.report.findings.filter((f) => !f.suppressed)
const where = (f: Finding): string => `${f.file}:${f.line}:${f.column} ${f.rule}`

/**
 * Whether two edits of one file change the same text: their ranges share a character, or they
 * replace one range with different texts. Two insertions at one place (two options appended) or
 * an insertion beside a deletion change no common text.
 */
function clashing(a: Fix['edits'][number], b: Fix['edits'][number]): boolean {
  if (a.file !== b.file) return false
  const lt = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 < c2)
  const empty = (e: Fix['edits'][number]): boolean => e.line === e.endLine && e.column === e.endColumn
  if (empty(a) || empty(b)) return false
  return lt(a.line, a.column, b.endLine, b.endColumn) && lt(b.line, b.column, a.endLine, a.endColumn)
}

/** Whether two edits touch (fixes/apply.ts's rule for edits applied together). */
function overlapping(a: Fix['edits'][number], b: Fix['edits'][number]): boolean {
  if (a.file !== b.file) return false
  const before = (l1: number, c1: number, l2: number, c2: number): boolean => l1 < l2 || (l1 === l2 && c1 <= c2)
  return before(a.line, a.column, b.endLine, b.endColumn) && before(b.line, b.column, a.endLine, a.endColumn)
}

const sameEdit = (a: Fix['edits'][number], b: Fix['edits'][number]): boolean => JSON.stringify(a) === JSON.stringify(b)

/** The checked folder with edited files in memory (as fixes/apply.ts reads a fixed folder). */
class Edited extends Workspace {
  readonly texts = new Map<string, SourceFile>()
  override read(rel: string): ReadResult {
    const f = this.texts.get(rel)
    return f ? { ok: true, file: f } : super.read(rel)
  }
}

/** The Procfile's processes: name → the distinct commands written under it (which one runs is not known for a repeated name). */
function processes(text: string): Map<string, string[]> {
  const p = parseProcfile(new SourceFile('Procfile', text))
  const m = new Map<string, string[]>()
  for (const e of p.entries) m.set(e.name, [...new Set([...(m.get(e.name) ?? []), e.command])].sort())
  return m
}

/** The contradictions of one checked app (classes a–f). */
async function contradictions(t: Target, r: CheckResult, ws: Workspace): Promise<string[]> {
  const found: string[] = []
  const findings = live(r)
  const say = (cls: string, what: string): void => void found.push(`${t.label}: (${cls}) ${what}`)

  // (a) one custom_web proposed at a time; fixes that do not edit the same text differently; together, one custom_web
  const proposals = findings.filter((f) => PROPOSES_CUSTOM_WEB.has(f.rule))
  if (new Set(proposals.map((f) => `${f.file}:${f.line}`)).size > 1) say('a', `two lines proposed as custom_web: ${proposals.map(where).join(', ')}`)
  const fixed = findings.filter((f): f is Finding & { fix: Fix } => f.fix !== undefined)
  for (let i = 0; i < fixed.length; i++) {
    for (let j = i + 1; j < fixed.length; j++) {
      for (const e of fixed[i].fix.edits) for (const g of fixed[j].fix.edits) if (clashing(e, g) && !sameEdit(e, g)) say('a', `fixes of ${where(fixed[i])} and ${where(fixed[j])} edit the same text differently`)
    }
  }
  const byFile = new Map<string, Fix['edits']>()
  for (const f of fixed) {
    const mine = f.fix.edits
    const taken = [...byFile.values()].flat()
    if (mine.some((e) => taken.some((g) => overlapping(e, g)))) continue
    for (const e of mine) byFile.set(e.file, [...(byFile.get(e.file) ?? []), e])
  }
  for (const [file, edits] of byFile) {
    if (!/(^|\/)Procfile[^/]*$/.test(file)) continue
    const read = ws.read(file)
    if (!read.ok) continue
    const entries = parseProcfile(new SourceFile(file, applyEdits(read.file.text, edits))).entries.filter((e) => e.name === 'custom_web')
    if (entries.length > 1) say('a', `all fixes together leave ${entries.length} custom_web entries in ${file}`)
  }

  r.analyses.forEach((a, i) => {
    const web = a.web
    const app = r.report.apps[i]
    const prefix = a.app.root === '' ? '' : a.app.root + '/'
    const stops = findings.filter((f) => STOPS.has(f.rule) && f.severity === 'error' && web && f.file.startsWith(prefix))
    // (b) a config file the line names and, as written, does not load
    if (web?.ifStarted && web.prediction.boots === false) {
      const loaded = new Set(web.facts.configFiles)
      for (const c of web.ifStarted.configFiles.filter((x) => !loaded.has(x))) {
        for (const f of findings) {
          if (STOPS.has(f.rule) && f.rule !== 'custom-web-daemonizes') continue
          const about = f.file === prefix + c || f.message.includes('`' + c + '`') || /\bthe config file\b/.test(f.message)
          if (about && !/does not load/.test(f.message)) say('b', `${where(f)} advises ${c}, which the line as written does not load`)
        }
      }
    }
    // (c) running behaviour beside an error that the line does not run
    if (stops.length > 0) {
      for (const f of findings) if (WHILE_RUNNING.has(f.rule) && !ONCE_IT_RUNS.test(f.message)) say('c', `${where(f)} describes the running server, but ${where(stops[0])} says it does not run`)
    }
    // (d) an error certain about a word whose variable's warning says "may be the app's"
    if (web) {
      for (const v of web.command.unsetVariables) {
        const hedged = findings.some((f) => f.line === v.at.line && f.file === v.at.file && f.severity !== 'error' && f.message.includes(`if ${v.name} is one of the app's environment variables`))
        if (!hedged) continue
        const lineText = web.procfile.lineText(v.at.line)
        for (const f of findings) {
          if (f.severity !== 'error' || !STOPS.has(f.rule) || f.file !== v.at.file || f.line !== v.at.line || f.endLine !== v.at.line) continue
          const gap = f.endColumn <= v.at.column ? lineText.slice(f.endColumn - 1, v.at.column - 1) : null
          const touches = (f.column <= v.at.endColumn && v.at.column <= f.endColumn) || (gap !== null && /^[ \t]*$/.test(gap))
          if (touches && !f.message.includes('`$' + v.name + '`')) say('d', `${where(f)} is certain about the word \`$${v.name}\` emptied, which the warning says may be set`)
        }
      }
    }
    // (e) the restart section of a server that does not run as written is for later
    if (stops.length > 0 && app?.webServer && r.guidance[i]) {
      const text = formatText(r, { color: false, source: () => undefined, verbose: true })
      const line = text.split('\n').find((l) => l.startsWith('Restart on deploy') && (a.app.root === '' || l.includes(`(${app.root})`)))
      if (line && !line.includes('once the server starts')) say('e', `the restart section (${line}) speaks of requests today, but ${where(stops[0])} says the server does not run`)
    }
    // (f) Passenger serving, said plainly, in a change an existing app does not apply
    const keeps = findings.find((f) => f.rule === 'passenger-transition' && /an existing app keeps (?!Passenger)/.test(f.message))
    if (keeps) {
      for (const f of findings) if (f !== keeps && /serves (them|the app) with Passenger/.test(f.message) && !/^On a new app\b/.test(f.message)) say('f', `${where(f)} says Passenger serves, but ${where(keeps)} says an existing app keeps its server`)
    }
  })
  return found
}

/**
 * What a fix may change in the Procfile's processes (item 6), by what it fixes: renaming `web` to
 * `custom_web` moves that command; uncommenting a `custom_web` adds that one entry; a fix of the
 * `custom_web` line changes that command only, with the same server; every other fix (a repeated
 * name, CR LF endings, the manifest, the hooks) changes nothing.
 */
function allowedChange(f: Finding, before: Map<string, string[]>, after: Map<string, string[]>, serverBefore: string | null, serverAfter: string | null, own = 'custom_web'): string | null {
  const others = (m: Map<string, string[]>, skip: string[]): string => JSON.stringify([...m].filter(([n]) => !skip.includes(n)).sort())
  if (f.rule === 'web-without-custom-web') {
    if (others(before, ['web', 'custom_web']) !== others(after, ['web', 'custom_web'])) return 'other processes changed'
    return JSON.stringify(after.get('custom_web')) === JSON.stringify(before.get('web')) && !after.has('web') ? null : '`web` was not moved to `custom_web` as it was'
  }
  if (f.rule === 'procfile-commented-custom-web') {
    if (others(before, ['custom_web']) !== others(after, ['custom_web'])) return 'other processes changed'
    return !before.has('custom_web') && after.get('custom_web')?.length === 1 ? null : 'not exactly one custom_web added'
  }
  // `own`: the server's own line, `custom_web` or the line a launcher runs (foreman's `web:` in Procfile.dev)
  if (others(before, [own]) !== others(after, [own])) return `a process other than ${own} changed`
  if (before.has(own) !== after.has(own)) return `${own} added or removed`
  if (serverBefore !== serverAfter) return `the server changed from ${serverBefore} to ${serverAfter}`
  return null
}

/** Each fix alone, the app checked again: the Procfile's processes change only as the fix intends, and its finding goes. */
async function fixesKeepWhatRuns(t: Target, r: CheckResult): Promise<{ fixes: number; problems: string[] }> {
  const problems: string[] = []
  let fixes = 0
  const opts = t.base ? { ...options, base: t.base } : options
  for (const f of live(r)) {
    if (!f.fix) continue
    fixes++
    const ws = new Edited(t.dir)
    const procfile = f.fix.edits.find((e) => /(^|\/)Procfile[^/]*$/.test(e.file))?.file ?? r.report.apps[0]?.webServer?.file ?? 'Procfile'
    const read = ws.read(procfile)
    const beforeText = read.ok ? read.file.text : ''
    for (const file of new Set(f.fix.edits.map((e) => e.file))) {
      const cur = ws.read(file)
      if (!cur.ok) continue
      ws.texts.set(file, new SourceFile(file, applyEdits(cur.file.text, f.fix.edits.filter((e) => e.file === file)), cur.file.hadBom))
    }
    const again = await checkDirectory(t.dir, opts, ws)
    const afterRead = ws.read(procfile)
    const web = r.analyses[0]?.web
    const own = web && web.procfile.path === procfile ? web.entry.name : 'custom_web'
    const why = allowedChange(f, processes(beforeText), processes(afterRead.ok ? afterRead.file.text : ''), r.report.apps[0]?.webServer?.server ?? null, again.report.apps[0]?.webServer?.server ?? null, own)
    if (why) problems.push(`${t.label}: fix of ${where(f)} (${f.fix.description}): ${why}`)
    if (again.report.findings.some((g) => g.rule === f.rule && g.file === f.file && g.line === f.line && g.message === f.message)) problems.push(`${t.label}: fix of ${where(f)} leaves its finding`)
  }
  return { fixes, problems }
}

async function checkAll(targets: Target[]): Promise<{ apps: number; contradictions: string[]; fixes: number; fixProblems: string[] }> {
  const all: string[] = []
  const fixProblems: string[] = []
  let fixes = 0
  for (const t of targets) {
    const ws = new Workspace(t.dir)
    const r = await checkDirectory(t.dir, t.base ? { ...options, base: t.base } : options, ws)
    all.push(...(await contradictions(t, r, ws)))
    const k = await fixesKeepWhatRuns(t, r)
    fixes += k.fixes
    fixProblems.push(...k.problems)
  }
  return { apps: targets.length, contradictions: all, fixes, fixProblems }
}

describe('no report contradicts itself, and no fix changes what runs beyond its finding', () => {
  test('examples and fixtures', async () => {
    const targets = [...(await targetsUnder(join(PROJECT, 'examples'), 'examples')), ...(await targetsUnder(FIXTURES, 'fixtures'))]
    const r = await checkAll(targets)
    process.stdout.write(`coherence: ${r.apps} example and fixture apps, ${r.fixes} fixes applied one by one; ${r.contradictions.length} contradictions, ${r.fixProblems.length} fix problems\n`)
    expect(r.apps).toBeGreaterThan(200)
    expect(r.fixes).toBeGreaterThan(20)
    expect(r.contradictions).toEqual([])
    expect(r.fixProblems).toEqual([])
  }, 600_000)

  if (!corpusPresent) {
    test.skip(`corpus not found at ${CORPUS}: its coherence is not checked`, () => undefined)
  } else {
    test('every corpus app, and each folder against its older copies as the base', async () => {
      const r = await checkAll(await corpusTargets())
      process.stdout.write(`coherence: ${r.apps} corpus apps and pull requests, ${r.fixes} fixes applied one by one; ${r.contradictions.length} contradictions, ${r.fixProblems.length} fix problems\n`)
      expect(r.contradictions).toEqual([])
      expect(r.fixProblems).toEqual([])
    }, 600_000)
  }
})

describe('the list of rules about the running server', () => {
  test('every rule that reads the restart plan is on it (a new restart rule cannot be left off)', () => {
    const dir = join(PROJECT, 'src', 'rules')
    const readers = readdirSync(dir)
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /\bctx\.analysis\.restart\b|\{[^}]*\brestart\b[^}]*\} = ctx\.analysis/.test(readFileSync(join(dir, f), 'utf8')))
      .map((f) => f.replace(/\.ts$/, ''))
    expect(readers.length).toBeGreaterThan(5)
    expect(readers.filter((id) => !WHILE_RUNNING.has(id) && !RESTART_READERS_OFF_THE_LIST.has(id))).toEqual([])
  })
})
