import { defineRule } from './define-rule.js'
import { PREDICTION_VARIABLES } from '../servers/environment.js'
import { deleteWords, quoted } from './helpers.js'

/**
 * Contract §4: the prediction environment sets only a few variables. A `$PORT` on the line is
 * empty as written, so the shell drops the unquoted word and the server's option parser sees what
 * remains (a required argument takes the next word, whatever it is). Cloud 66 does substitute the
 * app's own environment variables (docs/research/cloud66.md#variables-in-procfile-commands), so the message says in one clause what
 * changes when the app defines the variable; the prediction stays the one of the line as written.
 */
export default defineRule({
  id: 'custom-web-unset-variable',
  severity: 'warning',
  rack: true,
  summary: 'The `custom_web` line uses a variable that Cloud 66 does not set for it, so as written it expands to nothing.',
  messages: {
    dropped: '`${name}` is not among the variables Cloud 66 documents for the `custom_web` command ({known}; it may set others), so as written the shell drops the word and {program} reads {reads}; if {name} is one of the app\'s environment variables, Cloud 66 puts its value here instead.',
    emptied: '`${name}` is not among the variables Cloud 66 documents for the `custom_web` command ({known}; it may set others), so as written `{written}` becomes {value}; if {name} is one of the app\'s environment variables, Cloud 66 puts its value here instead.'
  },
  check(ctx) {
    const web = ctx.analysis.web
    if (!web?.command.argv) return
    const argv = web.command.argv
    // the variables Cloud 66's docs show (docs/research/cloud66.md#variables-cloud-66-sets-for-the-web-server): not a complete list
    const known = PREDICTION_VARIABLES.map((v) => '`' + v + '`').join(', ')
    const seen = new Set<string>()
    for (const u of web.command.unsetVariables) {
      const key = `${u.name}@${u.start}`
      if (seen.has(key)) continue
      seen.add(key)
      // the words are in source order and do not overlap: found by bisection (a line may hold thousands)
      const i = lastStartingBefore(argv, u.start + 1)
      const word = i >= 0 && argv[i].end >= u.end ? argv[i] : undefined
      if (word) {
        // one finding for a variable in a word, however often the word repeats it
        const inWord = `${u.name}@word${word.start}`
        if (seen.has(inWord)) continue
        seen.add(inWord)
        const written = quoted(web.procfile.text.slice(word.start, word.end))
        ctx.report(u.at, 'emptied', { name: u.name, known, written, value: word.text === '' ? 'an empty word' : '`' + quoted(word.text) + '`' })
        continue
      }
      const prev = i >= 0 ? (argv[i].end <= u.start ? argv[i] : argv[i - 1]) : undefined
      const next = argv[lastStartingBefore(argv, u.end) + 1]
      const program = prev === argv[0]
      const reads =
        prev && next ? (program ? `\`${quoted(next.text)}\` as its first argument` : `\`${quoted(prev.text)} ${quoted(next.text)}\``) : prev ? (program ? 'no arguments at all' : `\`${quoted(prev.text)}\` at the end of the line`) : 'nothing there'
      // `-p $PORT`: behind Nginx the port is not used (the socket is), so the option goes
      const port = prev && prev !== argv[0] && (prev.text === '-p' || prev.text === '--port')
      const fix = port ? { description: `remove \`${web.procfile.text.slice(prev.start, u.end)}\` (Nginx uses the socket)`, edits: [deleteWords(web.procfile, web.procfile.span(prev.start, u.end))] } : null
      ctx.report(u.at, 'dropped', { name: u.name, known, program: web.program || 'the command', reads }, { fix })
    }
  }
})

/** The index of the last word that starts before `offset` (-1 when none does). */
function lastStartingBefore(argv: Array<{ start: number }>, offset: number): number {
  let lo = 0
  let hi = argv.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (argv[mid].start < offset) lo = mid + 1
    else hi = mid
  }
  return lo - 1
}
