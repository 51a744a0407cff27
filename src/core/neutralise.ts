/**
 * Text from the checked repository (file and folder names, keys, values, anything a message quotes)
 * is untrusted wherever it is shown. One function per sink, so that every write to a sink passes
 * through the same one:
 *
 * - `visible`: one field shown as text on a terminal or in a log. C0 and C1 control characters
 *   (ESC starts ANSI sequences, BEL rings, a line break would start a line of its own) are shown
 *   as `\xNN`, and the format characters that reorder or hide text (bidi embeddings, overrides and
 *   isolates, zero-width characters, line and paragraph separators; Unicode TR #36 §2.4, "Trojan
 *   Source", CVE-2021-42574) as `\u{NNNN}`. Only a tab is kept.
 * - `terminalText`: a whole output for a terminal or a CI log (the CLI's stdout and stderr, the
 *   action's log lines): no line of it can be read as a workflow command. The runner reads a line
 *   as a command when it starts with `::` after leading blanks, and reads the older `##[name]`
 *   form anywhere in a line (actions/runner `ActionCommand.TryParseV2` and `TryParse`;
 *   docs/maintainers/robustness.md). A leading `:` is shown as `\x3a`, the first `#` of every `##[` as `\x23`.
 * - `annotationMessage` / `annotationProperty`: the parts of a workflow command we write
 *   ourselves: `visible`, then the runner's own escaping of `%`, CR, LF (and `:`, `,` in a
 *   property), as `@actions/core` does (toolkit `command.ts`).
 * - Markdown (comments, the job summary) has its own: `inline` in reporters/markdown.ts.
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\x00-\x08\x0a-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

/** One field as text: control and invisible format characters shown as escapes; a tab is kept. */
export function visible(s: string): string {
  return s.replace(UNSAFE, (c) => {
    const n = c.charCodeAt(0)
    return n < 0x100 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u{${n.toString(16)}}`
  })
}

/**
 * A whole output (lines ending in `\n`) with no line that the Actions runner reads as a command:
 * fields in it have passed `visible`, so the only line breaks are ours.
 */
export function terminalText(text: string): string {
  // a `:` that begins a line (after blanks) and the first `#` of every `##[`
  return text.replace(/^([ \t]*):(?=:)/gm, '$1\\x3a').replace(/#(?=#\[)/g, '\\x23')
}

// the same characters but the line feed (and the tab)
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_LINES = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g

/**
 * Several lines for a terminal whose parts were not each made `visible` (a diff of the checked
 * files, messages on stderr): every control and invisible character but the line feed escaped,
 * then no line that the runner reads as a command. A line break inside a quoted value can still
 * start a line, but never a command or an escape sequence.
 */
export function terminalOutput(text: string): string {
  return terminalText(text.replace(UNSAFE_IN_LINES, (c) => visible(c)))
}

/**
 * JSON (the report, SARIF) for a terminal or a log, with the same values: JSON.stringify leaves
 * C1 controls, bidi and invisible characters and `##[` as they are; each is written as a `\uNNNN`
 * escape instead, which every JSON reader turns back into the same character.
 */
export function jsonText(json: string): string {
  return json.replace(/[\x7f-\x9f\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|#(?=#\[)/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** One log line of the action (info, warning, error), built from our text and untrusted fields. */
export function logLine(text: string): string {
  return terminalText(visible(text))
}

/** Workflow-command escaping of data, as `@actions/core` does it (toolkit `command.ts`). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** Workflow-command escaping of a property value, as `@actions/core` does it. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** An annotation's message: no control or invisible character, no line break, no `##[`. */
export function annotationMessage(s: string): string {
  return escapeData(terminalText(visible(s)))
}

/** An annotation's property (a file path, a title): as the message, and `:` and `,` escaped. */
export function annotationProperty(s: string): string {
  return escapeProperty(terminalText(visible(s)))
}
