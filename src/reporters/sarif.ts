/**
 * SARIF 2.1.0 as GitHub code scanning ingests it (docs.github.com, "SARIF support for code
 * scanning"; the SARIF Multitool's GitHub rules check it in __tests__/sarif.test.ts). Loaded only for
 * `--format sarif` and the action's `sarif: true`: the rule pages and node:crypto come with it.
 */
import { createHash } from 'node:crypto'
import { posix } from 'node:path'
import type { Report } from '../core/report.js'
import type { Finding } from '../core/finding.js'
import { docsUrl, REPOSITORY_URL, ruleUrl } from '../core/docs-url.js'
import type { Revision } from '../files/repository.js'
import { RULES } from '../rules/index.js'
import { RULE_HELP } from '../generated/rule-help.js'
import { withoutTrailingSlashes } from '../core/paths.js'
import { jsonText, visible } from '../core/neutralise.js'
import type { Reporter } from './reporter.js'

export { REPOSITORY_URL }

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const

/** The base id of the repository root; every result's `uri` is relative to it. */
export const SRCROOT = '%SRCROOT%'

/** The `partialFingerprints` key (SARIF §3.27.17: a versioned name; GitHub keeps `primaryLocationLineHash` for its own hash). */
export const FINGERPRINT = 'rackCheckLineHash/v1'

/** A finding that a suppression (issue 14) silenced: it is kept in SARIF with `suppressions`. */
export type SarifFinding = Finding & { suppressed?: { kind: string; reason: string } }

export interface SarifOptions {
  /** the text of a repository-relative path, for the fingerprints; undefined when it cannot be read */
  source(path: string): string | undefined
  /** `automationDetails.id`: the category (`/` is appended), e.g. from `--sarif-category` */
  category: string
  /** `file://` URI of the repository root on this machine; null when there is no checkout */
  rootUri: string | null
  /** the commit checked, when known: `versionControlProvenance` */
  revision: Revision | null
}

/** The default category: one per app folder, so that two apps of a monorepo do not close each other's alerts. */
export function defaultCategory(prefix: string): string {
  return prefix ? `rack-check/${prefix}` : 'rack-check'
}

/**
 * A fingerprint that survives the line moving: the rule, the file and a hash of the line's text
 * with its whitespace normalised, plus which occurrence of that triple it is in the file (two
 * equal lines with the same finding stay two alerts), as GitHub's own line hash counts them.
 * The baseline's fingerprints (core/fingerprint.ts) are the same hash over the app-relative path;
 * this copy keeps node:crypto in the SARIF chunk (a module shared by two lazily loaded chunks is
 * bundled twice), and __tests__/adopt.test.ts checks that the two agree.
 */
export function fingerprints(findings: Finding[], source: (path: string) => string | undefined): string[] {
  const lines = new Map<string, string[] | null>()
  const seen = new Map<string, number>()
  return findings.map((f) => {
    if (!lines.has(f.file)) lines.set(f.file, source(f.file)?.split('\n') ?? null)
    const text = (lines.get(f.file)?.[f.line - 1] ?? '').replace(/\s+/g, ' ').trim()
    const hash = createHash('sha256').update(`${f.rule}\0${f.file}\0${text}`).digest('hex').slice(0, 32)
    const n = (seen.get(hash) ?? 0) + 1
    seen.set(hash, n)
    return `${hash}:${n}`
  })
}

/** A rule page's relative links made absolute (pinned to this version), for code scanning's alert pages. */
function absoluteLinks(markdown: string): string {
  return markdown.replace(/\]\((?!https?:|mailto:|#)([^)\s]+)\)/g, (_all, target: string) => `](${docsUrl(posix.normalize(posix.join('docs/rules', target)))})`)
}

/** The page as plain text: a link keeps its label and its URL in brackets. */
function plainText(markdown: string): string {
  return markdown.replace(/\[([^\]]*)\]\(([^)\s]+)\)/g, '$1 ($2)')
}

/** SARIF's suppression kinds: a suppression written in the repository's files is `inSource`. */
function suppressionOf(s: NonNullable<SarifFinding['suppressed']>): Record<string, string> {
  const kind = s.kind === 'external' ? 'external' : 'inSource'
  return { kind, status: 'accepted', justification: s.reason }
}

/**
 * The report as SARIF. Its paths must already be relative to the repository root (paths.ts
 * `rootedReport`). SARIF regions end one column past the last character, hence the +1.
 */
export function formatSarif(report: Report, options: SarifOptions): string {
  const findings = report.findings as SarifFinding[]
  const prints = fingerprints(findings, options.source)
  const category = withoutTrailingSlashes(options.category)
  const revision = options.revision
  // every rule, and any rule a finding names that the list lacks (check-incomplete is added by the engine)
  const descriptors: Array<{ id: string; summary: string; severity: Finding['severity'] }> = RULES.map((r) => ({ id: r.id, summary: r.summary, severity: r.severity }))
  for (const f of findings) if (!descriptors.some((d) => d.id === f.rule)) descriptors.push({ id: f.rule, summary: RULE_HELP[f.rule]?.description || f.rule, severity: f.severity })
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rack-check',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: descriptors.map(({ id, summary, severity }) => {
              const help = RULE_HELP[id]
              const markdown = absoluteLinks(help?.markdown ?? `# ${id}\n\n${summary}\n`)
              return {
                id,
                shortDescription: { text: summary },
                fullDescription: { text: help?.description || summary },
                help: { text: plainText(markdown), markdown },
                helpUri: ruleUrl(id),
                defaultConfiguration: { level: LEVEL[severity] },
                properties: { tags: ['cloud66', 'deployment'] }
              }
            })
          }
        },
        // GitHub takes the category from everything before the last `/` (the run id after it is empty)
        automationDetails: { id: `${category}/` },
        originalUriBaseIds: {
          [SRCROOT]: options.rootUri
            ? { uri: options.rootUri.endsWith('/') ? options.rootUri : options.rootUri + '/', description: { text: 'The root of the repository.' } }
            : { description: { text: 'The root of the repository (read through the GitHub API: no local copy).' } }
        },
        ...(revision?.repositoryUri
          ? {
              versionControlProvenance: [
                {
                  repositoryUri: revision.repositoryUri,
                  ...(revision.revisionId ? { revisionId: revision.revisionId } : {}),
                  ...(revision.branch ? { branch: revision.branch } : {}),
                  mappedTo: { uriBaseId: SRCROOT }
                }
              ]
            }
          : {}),
        columnKind: 'utf16CodeUnits',
        results: findings.map((f, i) => ({
          ruleId: f.rule,
          ruleIndex: descriptors.findIndex((d) => d.id === f.rule),
          level: LEVEL[f.severity],
          message: { text: visible(f.message) },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeUri(f.file), uriBaseId: SRCROOT },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn + 1 }
              }
            }
          ],
          partialFingerprints: { [FINGERPRINT]: prints[i] },
          // SARIF 2.1.0 `result.baselineState`: with a baseline in use, whether the baseline had it
          ...(f.baseline ? { baselineState: f.baseline === 'known' ? 'unchanged' : 'new' } : {}),
          ...(f.suppressed ? { suppressions: [suppressionOf(f.suppressed)] } : {})
        }))
      }
    ]
  }
  return jsonText(JSON.stringify(sarif, null, 2)) + '\n'
}

/** A relative path as a URI reference: each segment percent-encoded (a space, `#` or `%` in a file name). */
function encodeUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}

/** `--format sarif`, and the action's `sarif: true`. */
export const sarif: Reporter = (view, o) =>
  formatSarif(view.report, { source: o.source, category: o.category ?? defaultCategory(o.folder), rootUri: o.rootUri, revision: o.revision() })
