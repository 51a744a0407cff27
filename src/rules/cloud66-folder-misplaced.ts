import { defineRule } from './define-rule.js'

/**
 * Cloud 66 reads its files from `.cloud66/` at the repository root (docs/research/cloud66.md#where-cloud-66-reads-its-files).
 * Discourse-derived repositories keep them in `config/cloud/cloud66/` and link `.cloud66` to it;
 * without that link Cloud 66 never sees them (a notice: the files may be linked or copied into
 * place outside the repository). A file under another name (a root `manifest.yml`,
 * `.cloud66/manifest.yaml`) is a warning: the docs name only `.cloud66/manifest.yml` and
 * `.cloud66/deploy_hooks.yml`, that any other path is read is UNCONFIRMED, so the message says
 * "likely ignored".
 */
export default defineRule({
  id: 'cloud66-folder-misplaced',
  severity: 'notice',
  summary: 'Cloud 66 files are kept in another folder (such as `config/cloud/cloud66/`) with no `.cloud66/` at the root, or under a name Cloud 66 does not read (a root `manifest.yml`, `.cloud66/manifest.yaml`).',
  messages: {
    misplaced: 'Cloud 66 reads `.cloud66/manifest.yml` and `.cloud66/deploy_hooks.yml` only from the `.cloud66/` folder at the repository root, which this repository does not have, so `{path}` is not used; move the folder to `.cloud66/` or add a `.cloud66` symlink to `{folder}` (as Discourse-style repositories do).',
    otherName: "Cloud 66's docs name only `{meant}` for this file, and there is no `{meant}`, so `{path}` is likely ignored; move it to `{meant}`."
  },
  check(ctx) {
    const [first] = ctx.analysis.misplacedCloud66
    if (first) {
      const folder = first.slice(0, first.lastIndexOf('/'))
      ctx.report({ file: first, line: 1, column: 1, endLine: 1, endColumn: 1 }, 'misplaced', { path: first, folder: folder.endsWith('/files') ? folder.slice(0, -'/files'.length) : folder })
    }
    for (const { path, meant } of ctx.analysis.strayCloud66) {
      ctx.report({ file: path, line: 1, column: 1, endLine: 1, endColumn: 1 }, 'otherName', { path, meant }, { severity: 'warning' })
    }
  }
})
