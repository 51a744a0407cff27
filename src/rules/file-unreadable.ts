import { defineRule } from './define-rule.js'

export default defineRule({
  id: 'file-unreadable',
  severity: 'error',
  summary: 'A deployment file exists but cannot be read as text.',
  messages: {
    unreadable: '`{path}` {problem}, so it cannot be checked; Cloud 66 reads these files as UTF-8 text.',
    outside: '`{path}` {problem}; rack-check reads only inside the checked folder, so it was not checked.'
  },
  check(ctx) {
    for (const u of ctx.analysis.app.unreadable) {
      const at = { file: u.path, line: 1, column: 1, endLine: 1, endColumn: 1 }
      if (u.problem.includes('symbolic link')) ctx.report(at, 'outside', { path: u.path, problem: u.problem }, { severity: 'warning' })
      else ctx.report(at, 'unreadable', { path: u.path, problem: u.problem })
    }
  }
})
