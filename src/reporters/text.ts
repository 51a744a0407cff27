import type { CheckResult } from '../check.js'
import type { Finding } from '../finding.js'
import type { Prediction } from '../servers/types.js'
import { restartGuidance } from '../guidance.js'

export interface TextOptions {
  color: boolean
  /** source text of a file, for the excerpt under each finding */
  source(path: string): string | undefined
}

const COLORS = { error: '31', warning: '33', notice: '36', dim: '2', bold: '1' } as const

function paint(on: boolean, code: string, s: string): string {
  return on ? `\x1b[${code}m${s}\x1b[0m` : s
}

/** Control characters from the checked files must not reach the terminal as escapes. */
function visible(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f\x9b]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

function excerpt(f: Finding, text: string | undefined, color: boolean): string {
  if (text === undefined) return ''
  const lines = text.split('\n')
  const line = lines[f.line - 1]
  if (line === undefined) return ''
  const src = visible(line.replace(/\r$/, ''))
  const num = String(f.line)
  const pad = ' '.repeat(num.length)
  const end = f.endLine === f.line ? f.endColumn : line.length
  const width = Math.max(1, Math.min(end, src.length) - f.column + 1)
  const marker = ' '.repeat(Math.max(0, f.column - 1)) + '^'.repeat(width)
  return ` ${paint(color, COLORS.dim, num + ' |')} ${src}\n ${paint(color, COLORS.dim, pad + ' |')} ${paint(color, COLORS[f.severity], marker)}\n`
}

function yesNo(v: boolean | null): string {
  return v === null ? 'unknown' : v ? 'yes' : 'no'
}

function predictionLine(p: Prediction): string {
  const ports = p.tcpPorts === null ? 'unknown' : p.tcpPorts.length ? p.tcpPorts.join(', ') : 'none'
  return `boots: ${yesNo(p.boots)}, serves /tmp/web_server.sock: ${yesNo(p.servesSocket)}, writes /tmp/web_server.pid: ${yesNo(p.writesPidFile)}, daemonizes: ${yesNo(p.daemonizes)}, TCP ports: ${ports}`
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

export function formatText(result: CheckResult, opts: TextOptions): string {
  const { report } = result
  let out = ''
  for (const f of report.findings) {
    const where = paint(opts.color, COLORS.bold, `${f.file}:${f.line}:${f.column}`)
    out += `${where}: ${paint(opts.color, COLORS[f.severity], f.severity)}: ${visible(f.message)} ${paint(opts.color, COLORS.dim, `[${f.rule}]`)}\n`
    out += excerpt(f, opts.source(f.file), opts.color)
  }
  if (report.findings.length) out += '\n'
  if (report.apps.length === 0) out += 'No Cloud 66 deployment files (Procfile, .cloud66/manifest.yml, .cloud66/deploy_hooks.yml) found.\n'
  report.apps.forEach((app, i) => {
    const label = app.root === '.' ? '' : ` (${app.root})`
    if (app.webServer) {
      const w = app.webServer
      out += `Web server${label}: ${w.server}${w.version ? ' ' + w.version : ''} from custom_web in ${w.file}:${w.line}\n`
      out += `  ${predictionLine(w.prediction)}\n`
      const plan = result.analyses[i]?.restart
      if (plan) {
        const g = restartGuidance(plan)
        out += `Restart on deploy${label}: ${plan.effect.effect}\n`
        for (const line of [g.sends, g.does, `Requests: ${g.requests}`, `Zero downtime: ${g.zeroDowntime}`, `Environment variables: ${g.environment}`, ...g.notes]) out += `  ${visible(line)}\n`
      }
    } else {
      out += `Web server${label}: Passenger (no custom_web entry)\n`
    }
    const t = app.transition
    if (t && t.from !== t.to) out += `Web server change since the base${label}: ${t.from} → ${t.to}${t.passengerImmutable ? ' (to or from Passenger: per Cloud 66\'s docs not applied to an app after its initial build)' : ' (applied on redeploy)'}\n`
  })
  const s = report.summary
  out += `${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notices, 'notice')}\n`
  return out
}
