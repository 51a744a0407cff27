import type { SourceFile } from '../files/source-file.js'

/** One `name: command` line. Offsets index the Procfile's text. */
export interface ProcfileEntry {
  name: string
  line: number
  nameStart: number
  nameEnd: number
  /** the command as written, without trailing whitespace or carriage return */
  command: string
  commandStart: number
  commandEnd: number
}

export type InvalidReason = 'no-colon' | 'bad-name' | 'indented' | 'empty-command'

export interface InvalidLine {
  line: number
  start: number
  end: number
  reason: InvalidReason
  /** the process name when one can be read despite the problem */
  name?: string
}

export interface CommentedEntry {
  line: number
  start: number
  end: number
  name: string
}

export interface Procfile {
  file: SourceFile
  entries: ProcfileEntry[]
  invalid: InvalidLine[]
  /** comment lines that hold a `name: command` entry, e.g. `#custom_web: …` */
  commentedEntries: CommentedEntry[]
  /** lines that end in CR LF */
  crlfLines: number[]
  /** entries whose name is used again later: [lost entry, the later one that wins] */
  duplicates: Array<[ProcfileEntry, ProcfileEntry]>
}

const NAME = /^[A-Za-z0-9_-]+$/

/**
 * Reads a Procfile the way Heroku and foreman do (`^([A-Za-z0-9_-]+):\s*(.+)$` per line), and also
 * keeps what those readers drop silently so that it can be reported: indented entries, lines
 * without a colon, bad names, empty commands and commented-out entries.
 */
export function parseProcfile(file: SourceFile): Procfile {
  const entries: ProcfileEntry[] = []
  const invalid: InvalidLine[] = []
  const commentedEntries: CommentedEntry[] = []
  const crlfLines: number[] = []
  const text = file.text

  for (let line = 1; line <= file.lineCount; line++) {
    const start = file.lineOffset(line)
    const raw = file.lineText(line)
    const rawEnd = start + raw.length
    if (text.charCodeAt(rawEnd) === 13) crlfLines.push(line)
    const trimmedEnd = trimBlanksEnd(raw)
    if (trimmedEnd.trim() === '') continue
    const indent = trimmedEnd.length - trimmedEnd.trimStart().length
    const body = trimmedEnd.slice(indent)

    if (body.startsWith('#')) {
      const m = /^#+[ \t]*([A-Za-z0-9_-]+)[ \t]*:/.exec(body)
      if (m) commentedEntries.push({ line, start: start + indent, end: start + trimmedEnd.length, name: m[1] })
      continue
    }

    const colon = body.indexOf(':')
    if (colon < 0) {
      invalid.push({ line, start: start + indent, end: start + trimmedEnd.length, reason: 'no-colon' })
      continue
    }
    const name = body.slice(0, colon)
    if (!NAME.test(name)) {
      invalid.push({ line, start: start + indent, end: start + indent + Math.max(colon, 1), reason: 'bad-name' })
      continue
    }
    if (indent > 0) {
      invalid.push({ line, start, end: start + trimmedEnd.length, reason: 'indented', name })
      continue
    }
    const afterColon = body.slice(colon + 1)
    const lead = afterColon.length - afterColon.trimStart().length
    const command = afterColon.slice(lead)
    if (command === '') {
      invalid.push({ line, start, end: start + trimmedEnd.length, reason: 'empty-command', name })
      continue
    }
    const commandStart = start + colon + 1 + lead
    entries.push({
      name,
      line,
      nameStart: start,
      nameEnd: start + colon,
      command,
      commandStart,
      commandEnd: commandStart + command.length
    })
  }

  // A reader that keeps entries in a map by name (Heroku, foreman's `[]`) keeps the last one.
  const duplicates: Array<[ProcfileEntry, ProcfileEntry]> = []
  const last = new Map<string, ProcfileEntry>()
  for (const e of entries) {
    const prev = last.get(e.name)
    if (prev) duplicates.push([prev, e])
    last.set(e.name, e)
  }
  return { file, entries, invalid, commentedEntries, crlfLines, duplicates }
}

/** The entry that wins for a name (the last one), if any. */
export function procfileEntry(p: Procfile, name: string): ProcfileEntry | undefined {
  for (let i = p.entries.length - 1; i >= 0; i--) if (p.entries[i].name === name) return p.entries[i]
  return undefined
}

/**
 * The line without its trailing spaces and tabs. Not `replace(/[ \t]+$/, '')`: that regular
 * expression tries again from every blank of a run that does not reach the end, quadratic in the
 * run (300,000 spaces in a line took minutes; found by the fuzz suite, seed 20261202).
 */
function trimBlanksEnd(line: string): string {
  let end = line.length
  while (end > 0 && (line[end - 1] === ' ' || line[end - 1] === '\t')) end--
  return line.slice(0, end)
}
