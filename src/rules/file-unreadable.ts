import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'file-unreadable',
  severity: 'error',
  summary: 'A deployment file exists but cannot be read as text: binary, not UTF-8, over 1 MiB, not a regular file, not readable, or a link that leads outside the checked folder or nowhere.',
  messages: {
    unreadable: '`{path}` {problem}, so it cannot be checked; Cloud 66 reads these files as UTF-8 text.',
    outside: '`{path}` {problem}; rack-check reads only inside the checked folder, so it was not checked.',
    link: '`{path}` {problem}, so it cannot be checked; replace the link with the file itself.',
    notRegular: '`{path}` {problem}; rack-check never opens one (opening a named pipe or a device can block), so it was not checked. Cloud 66 needs a regular file here.',
    permission: '`{path}` {problem}, so it was not checked; make it readable (rack-check tells this apart from a missing file).'
  },
  check(ctx) {
    for (const u of ctx.analysis.app.unreadable) {
      const at = { file: u.path, line: 1, column: 1, endLine: 1, endColumn: 1 }
      const data = { path: u.path, problem: u.problem }
      if (u.problem.includes('outside the checked folder')) ctx.report(at, 'outside', data, { severity: 'warning' })
      else if (u.problem.includes('symbolic link')) ctx.report(at, 'link', data, { severity: 'warning' })
      else if (u.problem.includes('not a regular file')) ctx.report(at, 'notRegular', data)
      else if (u.problem.includes('permission denied')) ctx.report(at, 'permission', data)
      else ctx.report(at, 'unreadable', data)
    }
  }
})
