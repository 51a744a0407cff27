import type { AppModel } from '../model/app.js'
import type { SourceFile } from '../files/source-file.js'
import type { Comment } from '../model/comments.js'
import type { Severity, Span } from '../core/span.js'
import type { WebServerAnalysis } from '../servers/index.js'
import type { RestartPlan } from '../servers/restart.js'
import type { Change } from '../servers/transition.js'
import type { CheckOptions } from '../core/report.js'
import { cut } from '../core/text.js'

// the option types live with the report types (src/core/report.ts); re-exported for the rules
export type { CheckOptions, ProcessManager } from '../core/report.js'

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
  /**
   * Files meant for Cloud 66 under a path it does not read (a root `manifest.yml` of Cloud 66's
   * shape, `.cloud66/manifest.yaml`, `.cloud66/manifest_1.yml` …), while the file it reads is absent;
   * `meant` is that file's app path
   */
  strayCloud66: Array<{ path: string; meant: string }>
  /** `.cloud66/passenger-enterprise-license`, when present */
  enterpriseLicense: string | null
  /** every file read that can hold `# rack-check:` directives, with its comments */
  commented: Array<{ file: SourceFile; comments: Comment[] }>
}

/** One change to a file: replace the text from `start` to `end` (UTF-16 offsets, end exclusive). */
export interface Edit {
  file: SourceFile
  start: number
  end: number
  text: string
}

/** A mechanical fix: the edits that make the finding go away, and what they do in a few words. */
export interface FixSpec {
  description: string
  edits: Edit[]
}

export interface RuleContext<Msg extends string> {
  analysis: AppAnalysis
  options: CheckOptions
  report(at: Span, message: Msg, data?: Record<string, string | number>, override?: { severity?: Severity; fix?: FixSpec | null }): void
}

export interface Rule<Msg extends string = string> {
  id: string
  severity: Severity
  /** one line for the docs index and SARIF */
  summary: string
  messages: Record<Msg, string>
  /** checks Rack apps only (the custom web server, its restart, Passenger) */
  rack?: boolean
  /**
   * placeholders that carry rack-check's own prose (what a server does with a signal, a fix),
   * bounded at MAX_OWN_TEXT rather than MAX_PLACEHOLDER so that no sentence of rack-check's is
   * cut; the repository words inside them are bounded where they are written
   */
  ownText?: readonly string[]
  check(ctx: RuleContext<Msg>): void
}

export function defineRule<Msg extends string>(rule: Rule<Msg>): Rule<Msg> {
  return rule
}

export function docsPath(id: string): string {
  return `docs/rules/${id}.md`
}

/**
 * The most characters one placeholder puts into a message. Placeholders carry repository text
 * (a value, a path, a command), which rules quote at 120 characters (`quoted` in helpers.ts);
 * this bounds every one of them where the message is made, so that no rule can put a 400 kB
 * value into each of 40,000 messages (a YAML alias bomb ended the process at 4.18 GB; issue 22).
 */
export const MAX_PLACEHOLDER = 300

/** The most characters a placeholder of rack-check's own prose (`Rule.ownText`) puts into a message: a bound, never reached by the prose itself. */
export const MAX_OWN_TEXT = 1000

/** Fills `{name}` placeholders; an unfilled one is a bug in the rule. `own`: the placeholders of rack-check's own prose. */
export function formatMessage(template: string, data: Record<string, string | number>, own: readonly string[] = []): string {
  return template.replace(/\{(\w+)\}/g, (_whole, key: string) => {
    if (!(key in data)) throw new Error(`message placeholder {${key}} has no value in ${JSON.stringify(template)}`)
    return cut(String(data[key]), own.includes(key) ? MAX_OWN_TEXT : MAX_PLACEHOLDER)
  })
}
