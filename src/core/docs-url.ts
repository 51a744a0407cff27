/**
 * The one place that builds links to rack-check's documentation (comment, SARIF `helpUri`, text
 * output, JSON). Links are pinned to the release tag of this version, `v<version>`, as ESLint
 * pins its rule links: a comment written by 1.2.0 keeps pointing at the page that explains 1.2.0's
 * rule. The release process (docs/releasing.md) creates that tag.
 */
export const TOOL_VERSION = '1.0.0'
export const REPOSITORY_URL = 'https://github.com/c66/rack-check'

/** A file of this repository at this version's tag, e.g. `docs/restart.md`. */
export function docsUrl(path: string): string {
  return `${REPOSITORY_URL}/blob/v${TOOL_VERSION}/${path.replace(/^\/+/, '')}`
}

/** The page of a rule. */
export function ruleUrl(ruleId: string): string {
  return docsUrl(`docs/rules/${ruleId}.md`)
}
