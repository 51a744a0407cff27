import { defineRule } from './define-rule.js'

/**
 * Cloud 66 reads its files from `.cloud66/` at the repository root (docs/research/cloud66.md#where-cloud-66-reads-its-files).
 * Discourse-derived repositories keep them in `config/cloud/cloud66/` and link `.cloud66` to it;
 * without that link Cloud 66 never sees them.
 */
export default defineRule({
  id: 'cloud66-folder-misplaced',
  severity: 'notice',
  summary: 'Cloud 66 files are kept in another folder (such as `config/cloud/cloud66/`) and there is no `.cloud66/` at the root.',
  messages: {
    misplaced: 'Cloud 66 reads `.cloud66/manifest.yml` and `.cloud66/deploy_hooks.yml` only from the `.cloud66/` folder at the repository root, which this repository does not have, so `{path}` is not used; move the folder to `.cloud66/` or add a `.cloud66` symlink to `{folder}` (as Discourse-style repositories do).'
  },
  check(ctx) {
    const [first] = ctx.analysis.misplacedCloud66
    if (!first) return
    const folder = first.slice(0, first.lastIndexOf('/'))
    ctx.report({ file: first, line: 1, column: 1, endLine: 1, endColumn: 1 }, 'misplaced', { path: first, folder: folder.endsWith('/files') ? folder.slice(0, -'/files'.length) : folder })
  }
})
