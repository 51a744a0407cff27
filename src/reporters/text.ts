import { counts, type Finding } from '../core/finding.js'
import type { Prediction } from '../servers/types.js'
import type { Correction } from '../engine/check.js'
import { terminalText, visible } from '../core/neutralise.js'
import { adoptionLines } from './adoption.js'
import type { Reporter, ReportView } from './reporter.js'
import { plural } from '../core/text.js'

export interface TextOptions {
  color: boolean
  /** source text of a file, for the excerpt under each finding */
  source(path: string): string | undefined
  /** corrected lines the engine has verified (fixes/corrected-line.ts), each shown before the findings of its line */
  corrections?: Correction[]
  /** the prediction and the restart details too */
  verbose?: boolean
}

const COLORS = { error: '31', warning: '33', notice: '36', dim: '2', bold: '1' } as const

function paint(on: boolean, code: string, s: string): string {
  return on ? `\x1b[${code}m${s}\x1b[0m` : s
}

/** The most characters of a source line shown under a finding; a longer line is shown around the finding. */
const EXCERPT_WIDTH = 1000

function excerpt(f: Finding, lines: string[] | undefined, color: boolean): string {
  if (lines === undefined) return ''
  const line = lines[f.line - 1]
  if (line === undefined) return ''
  const whole = line.replace(/\r$/, '')
  // a line of 400 kB under each of thousands of findings would make the output quadratic: a window
  const from = whole.length > EXCERPT_WIDTH ? Math.max(0, Math.min(f.column - 1 - 20, whole.length - EXCERPT_WIDTH)) : 0
  const shown = whole.slice(from, from + EXCERPT_WIDTH)
  const src = (from > 0 ? '…' : '') + visible(shown) + (from + EXCERPT_WIDTH < whole.length ? '…' : '')
  const column = f.column - from + (from > 0 ? 1 : 0)
  const num = String(f.line)
  const pad = ' '.repeat(num.length)
  const end = (f.endLine === f.line ? f.endColumn : line.length) - from + (from > 0 ? 1 : 0)
  const width = Math.max(1, Math.min(end, src.length) - column + 1)
  const marker = ' '.repeat(Math.max(0, column - 1)) + '^'.repeat(width)
  return ` ${paint(color, COLORS.dim, num + ' |')} ${src}\n ${paint(color, COLORS.dim, pad + ' |')} ${paint(color, COLORS[f.severity], marker)}\n`
}

function yesNo(v: boolean | null): string {
  return v === null ? 'unknown' : v ? 'yes' : 'no'
}

function predictionLine(p: Prediction): string {
  const ports = p.tcpPorts === null ? 'unknown' : p.tcpPorts.length ? p.tcpPorts.join(', ') : 'none'
  return `boots: ${yesNo(p.boots)}, serves /tmp/web_server.sock: ${yesNo(p.servesSocket)}, writes /tmp/web_server.pid: ${yesNo(p.writesPidFile)}, daemonizes: ${yesNo(p.daemonizes)}, TCP ports: ${ports}`
}

function counted(findings: Finding[]): string {
  const n = (sev: Finding['severity']): number => findings.filter((f) => f.severity === sev).length
  return [n('error') && plural(n('error'), 'error'), n('warning') && plural(n('warning'), 'warning'), n('notice') && plural(n('notice'), 'notice')].filter(Boolean).join(', ')
}

/**
 * Findings, each group of one line led by the corrected line when rack-check has verified one;
 * then the web server and, in two lines, what the next deploy's restart does. The prediction and
 * the restart details (zero-downtime advice, signal, environment variables, stop) with `verbose`.
 */
export function formatText(result: ReportView, opts: TextOptions): string {
  const { report } = result
  let out = ''
  const corrections = new Map((opts.corrections ?? []).map((c) => [`${c.file}:${c.line}`, c]))
  // suppressed findings, and those the adoption settings set aside (counted in the last lines), are not listed
  const listed = report.findings.filter(counts)
  // each file split into lines once, not once per finding (many findings in one large file)
  const lines = new Map<string, string[] | undefined>()
  const linesOf = (file: string): string[] | undefined => {
    if (!lines.has(file)) lines.set(file, opts.source(file)?.split('\n'))
    return lines.get(file)
  }
  for (const f of listed) {
    const c = corrections.get(`${f.file}:${f.line}`)
    if (c) {
      corrections.delete(`${f.file}:${f.line}`)
      out += `${paint(opts.color, COLORS.bold, `${visible(c.file)}:${c.line}`)} should read (fixes ${counted(c.fixes)}):\n    ${visible(c.after)}\n`
    }
    const where = paint(opts.color, COLORS.bold, `${visible(f.file)}:${f.line}:${f.column}`)
    out += `${where}: ${paint(opts.color, COLORS[f.severity], f.severity)}: ${visible(f.message)} ${paint(opts.color, COLORS.dim, `[${visible(f.rule)}]`)}\n`
    out += excerpt(f, linesOf(f.file), opts.color)
  }
  if (listed.length) out += '\n'
  if (report.apps.length === 0) out += 'No Cloud 66 deployment files (Procfile, .cloud66/manifest.yml, .cloud66/deploy_hooks.yml) found.\n'
  report.apps.forEach((app, i) => {
    const label = app.root === '.' ? '' : ` (${visible(app.root)})`
    if (app.webServer) {
      const w = app.webServer
      // the version is the lockfile's text
      out += `Web server${label}: ${w.server}${w.version ? ' ' + visible(w.version) : ''}${w.wrapper ? ' behind ' + w.wrapper : ''} from custom_web in ${visible(w.file)}:${w.line}\n`
      if (opts.verbose) out += `  ${predictionLine(w.prediction)}\n`
      const plan = result.analyses[i]?.restart
      const g = result.guidance[i]
      if (plan && g) {
        const later = plan.boots === false
        out += `Restart on deploy${label}: ${visible(plan.effect.effect)}${later ? ', once the server starts' : ''}${opts.verbose ? '' : ' (--verbose for more)'}\n`
        if (!later || opts.verbose) out += `  ${visible([g.summary, ...g.notes.filter((n) => !n.startsWith('As written'))].join(' '))}\n`
        if (opts.verbose) {
          const more = [g.zeroDowntime && `Zero downtime: ${g.zeroDowntime.text}`, g.caveat, `Signal: ${g.signal}`, `Environment variables: ${g.environment}`, `Stop: ${g.stop}`]
          for (const line of more) if (line) out += `  ${visible(line)}\n`
        }
      }
    } else {
      out += `Web server${label}: Passenger (no custom_web entry)\n`
    }
    const t = app.transition
    // a switch to or from Passenger is explained by its finding (passenger-transition)
    if (t && t.from !== t.to) out += `Web server change since the base${label}: ${visible(t.from)} → ${visible(t.to)}${t.passengerImmutable ? '' : ' (applied on redeploy)'}\n`
  })
  const s = report.summary
  for (const line of adoptionLines(report)) out += `${visible(line)}\n`
  out += `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}${s.suppressed ? ` (${s.suppressed} suppressed)` : ''}\n`
  return out
}

/** `--format text` (the default), made safe for a terminal. */
export const text: Reporter = (view, o) => terminalText(formatText(view, { color: o.color(), source: o.source, corrections: o.corrections, verbose: o.verbose }))
