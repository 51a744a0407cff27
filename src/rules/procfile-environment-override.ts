import { procfileEntry } from '../model/procfile.js'
import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'procfile-environment-override',
  severity: 'notice',
  summary: '`Procfile` and `Procfile_<environment>` both define `custom_web`.',
  messages: {
    both: '`{file}` and `{other}` both define `custom_web`; Cloud 66 does not document which one wins, and rack-check checks the one in `{file}`; keep `custom_web` in one file.'
  },
  check(ctx) {
    const { procfiles, web } = ctx.analysis.app
    if (!web || procfiles.length < 2) return
    const other = procfiles.find((p) => p !== web.procfile && procfileEntry(p, 'custom_web'))
    if (!other) return
    ctx.report(web.procfile.file.span(web.entry.nameStart, web.entry.nameEnd), 'both', { file: web.procfile.file.path, other: other.file.path })
  }
})
