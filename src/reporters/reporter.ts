/**
 * What every reporter takes and gives (the table is reporters/index.ts): the view, which is the
 * engine's result with repository paths (engine/check-folders.ts: the report, each app's analysis
 * and its restart guidance, worked out once), and the options; the output is the text to write.
 */
import type { CheckResult, Correction } from '../engine/check.js'
import type { Revision } from '../files/repository.js'

/** The report, each app's analysis and each app's restart guidance, paths relative to the repository root. */
export type ReportView = CheckResult

export interface ReporterOptions {
  /** the text of a file by its repository path (excerpts, SARIF fingerprints); undefined when it cannot be read */
  source(path: string): string | undefined
  /** the verified corrected lines, with repository paths (only for a format whose entry asks for them) */
  corrections: Correction[]
  /** colours in text output: asked only by the text reporter (finding out whether stdout is a terminal costs start-up time) */
  color(): boolean
  /** the prediction and the restart details in text output */
  verbose: boolean
  /** the folder the report is about, repository-relative ('' for the root or several folders): SARIF's default category */
  folder: string
  /** SARIF `automationDetails.id` given (`--sarif-category`, the `sarif-category` input); null: from `folder` */
  category: string | null
  /** `file://` URI of the repository root on this machine; null without a checkout (SARIF) */
  rootUri: string | null
  /** the commit checked, when known (SARIF `versionControlProvenance`): asked only by the SARIF reporter */
  revision(): Revision | null
}

export type Reporter = (view: ReportView, options: ReporterOptions) => string
