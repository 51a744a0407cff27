import type { AppModel } from '../model/app.js'
import type { Severity, Span } from '../model/span.js'
import type { WebServerAnalysis } from '../servers/index.js'
import type { RestartPlan } from '../restart.js'
import type { Change } from '../transition.js'
import type { Report } from '../check.js'

export type ProcessManager = 'systemd' | 'bluepill'

export interface CheckOptions {
  environment: string
  processManager: ProcessManager
  /** the report of the pull request's base, when comparing (`--base`) */
  base?: Report | null
}

/** Everything a rule may look at for one app. */
export interface AppAnalysis {
  app: AppModel
  /** the `custom_web` process; null when Passenger serves */
  web: WebServerAnalysis | null
  /** the Heroku-style `web:` process of the same Procfile, analysed the same way */
  herokuWeb: WebServerAnalysis | null
  /** what a deploy's restart does to the custom web server; null when Passenger serves */
  restart: RestartPlan | null
  /** the change of web server since the base; null without a base */
  change: Change | null
  /** the text a span covers, in whichever file it is */
  textAt(at: Span): string
  /**
   * Whether this is a Rack app: a Gemfile, gems.rb, a lockfile or config.ru, or a Ruby server on
   * the `custom_web`/`web` line. Rules marked `rack` are off for other apps.
   */
  rack: boolean
  /** Cloud 66 files kept in another folder (`config/cloud/cloud66/…`) while the root has no `.cloud66/` */
  misplacedCloud66: string[]
  /** `.cloud66/passenger-enterprise-license`, when present */
  enterpriseLicense: string | null
}

export interface RuleContext<Msg extends string> {
  analysis: AppAnalysis
  options: CheckOptions
  report(at: Span, message: Msg, data?: Record<string, string | number>, override?: { severity?: Severity }): void
}

export interface Rule<Msg extends string = string> {
  id: string
  severity: Severity
  /** one line for the docs index and SARIF */
  summary: string
  messages: Record<Msg, string>
  /** checks Rack apps only (the custom web server, its restart, Passenger) */
  rack?: boolean
  check(ctx: RuleContext<Msg>): void
}

export function defineRule<Msg extends string>(rule: Rule<Msg>): Rule<Msg> {
  return rule
}

export function docsPath(id: string): string {
  return `docs/rules/${id}.md`
}

/** Fills `{name}` placeholders; an unfilled one is a bug in the rule. */
export function formatMessage(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    if (!(key in data)) throw new Error(`message placeholder {${key}} has no value in ${JSON.stringify(template)}`)
    return String(data[key])
  })
}
