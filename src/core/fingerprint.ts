/**
 * Fingerprints that survive a line moving, for SARIF's `partialFingerprints`
 * (reporters/sarif.ts) and the baseline (engine/baseline.ts): a hash of the rule, a file name and
 * the finding's line with its whitespace normalised (runs of white space as one space, none at
 * either end), and `:n` for the n-th finding with that same hash, in the order given (sorted
 * findings: by line), so that two equal lines with the same finding stay two. Moving the line up
 * or down, or re-indenting it, keeps the fingerprint; editing its text changes it. This is how
 * GitHub's own `primaryLocationLineHash` counts (SARIF 2.1.0 §3.27.17, "partialFingerprints";
 * docs.github.com, "SARIF support for code scanning", "Preventing duplicate alerts using
 * fingerprints"). The SARIF output's `rackCheckLineHash/v1` is the same hash over the repository
 * path (reporters/sarif.ts keeps its own copy: see there). Loaded only with a baseline: node:crypto
 * comes with it.
 */
import { createHash } from 'node:crypto'

export interface Fingerprinted {
  rule: string
  /** the file name that goes into the hash (SARIF: the repository path; the baseline: the app-relative path) */
  file: string
  /** the finding's 1-based line */
  line: number
}

/**
 * One fingerprint per item, in order. `text(file)` is the file's text (undefined when it cannot
 * be read: the line then hashes as empty). The occurrence index counts within the whole list.
 */
export function lineFingerprints(items: Fingerprinted[], text: (file: string) => string | undefined): string[] {
  const lines = new Map<string, string[] | null>()
  const seen = new Map<string, number>()
  return items.map((f) => {
    if (!lines.has(f.file)) lines.set(f.file, text(f.file)?.split('\n') ?? null)
    const line = (lines.get(f.file)?.[f.line - 1] ?? '').replace(/\s+/g, ' ').trim()
    const hash = createHash('sha256').update(`${f.rule}\0${f.file}\0${line}`).digest('hex').slice(0, 32)
    const n = (seen.get(hash) ?? 0) + 1
    seen.set(hash, n)
    return `${hash}:${n}`
  })
}
