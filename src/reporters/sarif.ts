import type { Report } from '../check.js'
import { RULES } from '../rules/index.js'

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const
export const REPOSITORY_URL = 'https://github.com/c66/rack-check'

/** SARIF 2.1.0. SARIF regions end one column past the last character, hence the +1. */
export function formatSarif(report: Report, pathPrefix = ''): string {
  const prefix = pathPrefix.replace(/^\.\/?/, '').replace(/\/+$/, '')
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'rack-check',
            version: report.tool.version,
            informationUri: REPOSITORY_URL,
            rules: RULES.map((r) => ({
              id: r.id,
              shortDescription: { text: r.summary },
              helpUri: `${REPOSITORY_URL}/blob/main/docs/rules/${r.id}.md`,
              defaultConfiguration: { level: LEVEL[r.severity] }
            }))
          }
        },
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: RULES.findIndex((r) => r.id === f.rule),
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: prefix ? `${prefix}/${f.file}` : f.file },
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn + 1 }
              }
            }
          ]
        }))
      }
    ]
  }
  return JSON.stringify(sarif, null, 2) + '\n'
}
