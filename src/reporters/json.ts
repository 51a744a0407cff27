import type { Report } from '../core/report.js'
import { ruleUrl } from '../core/docs-url.js'
import { jsonText } from '../core/neutralise.js'
import type { Reporter } from './reporter.js'

/**
 * The JSON report (contract §2). Each finding also carries `docsUrl`, the rule's page at this
 * version's tag (contract §5), so that a script can link it without knowing the repository.
 */
export function formatJson(report: Report): string {
  const findings = report.findings.map((f) => ({ ...f, docsUrl: ruleUrl(f.rule) }))
  // jsonText: the same values, with no character a terminal or the Actions runner acts on
  return jsonText(JSON.stringify({ ...report, findings }, null, 2)) + '\n'
}

/** `--format json`, and the action's report file. */
export const json: Reporter = (view) => formatJson(view.report)
