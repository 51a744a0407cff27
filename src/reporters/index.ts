/**
 * The output formats: a format's name → its reporter. The CLI's `--format` choices and usage
 * come from this table, and both shells pick their reporter from it. A new format is its reporter
 * file (a `Reporter`, reporters/reporter.ts) and one line here (CONTRIBUTING.md, "Adding an output
 * format").
 */
import type { Reporter } from './reporter.js'
import { github } from './github.js'
import { json } from './json.js'

export type { Reporter, ReporterOptions, ReportView } from './reporter.js'

export interface OutputFormat {
  /** the reporter; a heavy one is imported only here, when its format is asked for (start-up time) */
  load(): Promise<Reporter>
  /** the format shows the corrected lines: they are worked out only for such a format (loading fixes/ costs start-up time) */
  corrections?: true
}

const TABLE = {
  // the first is the default
  // in its own chunk: the action never prints text, and a reporter in the start-up chunk is code every run reads
  text: { load: async () => (await import('./text.js')).text, corrections: true },
  json: { load: async () => json },
  github: { load: async () => github },
  // the rule pages and node:crypto come with it
  sarif: { load: async () => (await import('./sarif.js')).sarif }
} satisfies Record<string, OutputFormat>

export type FormatName = keyof typeof TABLE

export const FORMATS: Record<FormatName, OutputFormat> = TABLE

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[]
