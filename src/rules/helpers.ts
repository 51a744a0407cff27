import type { Manifest, MetadataBlock } from '../model/manifest.js'
import type { YPair } from '../model/yaml-tree.js'
import { appRelative } from '../servers/environment.js'
import type { BandFailures } from '../servers/types.js'
import type { ProcessManager } from '../core/report.js'
import type { WebServerAnalysis } from '../servers/index.js'
import type { Edit } from './define-rule.js'
import type { SourceFile } from '../files/source-file.js'
import type { Span } from '../core/span.js'
import { parseShell } from '../model/shell.js'
import { cut } from '../core/text.js'
export { didYouMean } from '../core/text.js'

export function serverLabel(web: WebServerAnalysis): string {
  return web.version ? `${web.program} ${web.version}` : web.program
}

/** An absolute path as the user knows it: app-relative when it is inside the app folder. */
export function displayPath(abs: string): string {
  const rel = appRelative(abs)
  return rel === null ? '`' + abs + '`' : rel === '' ? 'the app folder' : '`' + rel + '` in the app folder'
}

/** A manifest's procfile_metadata entries: each block, process and setting, with positions. */
export function* metadataSettings(manifest: Manifest | null): Generator<{ block: MetadataBlock; process: YPair; setting: YPair }> {
  for (const block of manifest?.metadata ?? []) {
    if (block.value?.kind !== 'map') continue
    for (const process of block.value.pairs) {
      if (process.value?.kind !== 'map') continue
      for (const setting of process.value.pairs) yield { block, process, setting }
    }
  }
}

/** Where a block is, for messages: `procfile_metadata` or `production.procfile_metadata`. */
export function blockName(block: MetadataBlock): string {
  return block.environment === null ? 'procfile_metadata' : `${block.environment}.procfile_metadata`
}

/**
 * With no locked version, how the line breaks Cloud 66's contract on every version band — or null
 * when some version keeps it. Under Bluepill daemonizing is allowed, so it does not count.
 */
export function failsOnEveryVersion(web: WebServerAnalysis, processManager: ProcessManager): BandFailures[] | null {
  const groups = web.facts.everyBand
  if (!groups) return null
  const counted = groups.map((g) => ({ ...g, failures: g.failures.filter((f) => processManager === 'systemd' || f.kind !== 'daemonizes') }))
  return counted.every((g) => g.failures.length > 0) ? counted : null
}

/** Replaces what a span covers. */
export function replaceSpan(file: SourceFile, at: Span, text: string): Edit {
  const [start, end] = file.offsets(at)
  return { file, start, end, text }
}

/** Deletes the words a span covers on a command line, with the blank before them. */
export function deleteWords(file: SourceFile, at: Span): Edit {
  let [start, end] = file.offsets(at)
  while (start > 0 && (file.text[start - 1] === ' ' || file.text[start - 1] === '\t')) start--
  if (start === file.lineOffset(at.line)) while (file.text[end] === ' ' || file.text[end] === '\t') end++
  return { file, start, end, text: '' }
}

/** Appends words to the `custom_web` command (before a trailing comment). */
export function appendToCommand(web: WebServerAnalysis, words: string): Edit {
  const entry = web.entry
  const comment = parseShell(entry.command, entry.commandStart, { get: () => undefined, unsetBare: 'empty' }).comment
  let at = comment ?? entry.commandEnd
  while (at > entry.commandStart && /[ \t]/.test(web.procfile.text[at - 1])) at--
  return { file: web.procfile, start: at, end: at, text: ' ' + words }
}

/** The first code span of a fix text: "`-b unix:///tmp/web_server.sock` (…)" → `-b unix:///tmp/web_server.sock`. */
export function codeOf(fixText: string): string | null {
  return /`([^`]+)`/.exec(fixText)?.[1] ?? null
}

/** An option word as written, split from its value: `--pidfile=x` → `--pidfile=`, `-b x` → `-b `. */
export function optionPrefix(written: string): string | null {
  const m = /^(--?[A-Za-z][\w-]*)(=|[ \t]+)/.exec(written)
  return m ? m[1] + m[2] : null
}

/**
 * Text from the repository quoted in a message, at most `max` characters ("…" when cut): a word
 * of 100,000 characters quoted in each of thousands of findings would make the report quadratic
 * in the line (found by the fuzz suite, seed 20261201).
 */
export function quoted(text: string, max = 120): string {
  return cut(text, max)
}

/**
 * Why a missing /tmp/web_server.pid matters, in the words of the requirement, and what is open
 * about it (docs/research/cloud66.md#a-missing-pid-file): custom-web-no-pid-file and
 * thin-pid-needs-daemon say the same, at the same severity (a warning; docs/contract.md §2.1).
 */
export const PID_FILE_REASON = 'which Cloud 66 requires so that it can manage and restart the server (what it does when the file is missing is not documented)'
