import type { Report } from '../check.js'

export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}
