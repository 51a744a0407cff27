import { defineRule } from './define-rule.js'
import { parseShell, type SimpleCommand } from '../model/shell.js'
import type { ProcfileEntry } from '../model/procfile.js'

/**
 * A Heroku `release:` line. Heroku runs it once before a release goes live; Cloud 66 gives the
 * name no meaning, runs and monitors every Procfile process and brings up processes that go down,
 * and already runs `rake db:migrate` on each deploy (docs/research/cloud66.md#heroku-release-lines).
 * What Cloud 66 does with a process that exits with status 0 when its work is done is
 * UNCONFIRMED: the messages say "would run as a monitored process" and never describe a restart
 * loop. A warning, as issue 24 asks (the reference's guidance was a notice): the line does not
 * do on Cloud 66 what its author meant, and may run the task again and again.
 */
export default defineRule({
  id: 'procfile-release-process',
  severity: 'warning',
  rack: true,
  summary: 'A Heroku `release:` line: Cloud 66\'s docs give it no special meaning, and Cloud 66 would run it as a monitored process.',
  messages: {
    release:
      '`release:` is a Heroku process type that runs once before a release goes live; Cloud 66\'s docs give it no special meaning, so Cloud 66 would run this command as a monitored process (Cloud 66 brings up processes that go down; what it does with one that exits when its work is done is not documented); remove the line, and run a one-off task from a deploy hook (`.cloud66/deploy_hooks.yml`) instead.',
    migrates:
      '`release:` is a Heroku process type that runs once before a release goes live; Cloud 66\'s docs give it no special meaning, so Cloud 66 would run this command as a monitored process (Cloud 66 brings up processes that go down; what it does with one that exits when its work is done is not documented), and Cloud 66 already runs `rake db:migrate` on each deploy; remove the line, and run any other one-off task in it from a deploy hook (`.cloud66/deploy_hooks.yml`) instead.'
  },
  check(ctx) {
    for (const p of ctx.analysis.app.procfiles) {
      for (const e of p.entries) {
        if (e.name !== 'release') continue
        ctx.report(p.file.span(e.nameStart, e.nameEnd), runsMigrations(e) ? 'migrates' : 'release')
      }
    }
  }
})

/** Programs that run Rails' `db:migrate` task (`rails`, `rake`, as `bin/rails`, `./bin/rake` …). */
const TASK_RUNNERS = new Set(['rails', 'rake'])

/**
 * Whether one of the line's commands runs `db:migrate` (`rails db:migrate`, `bundle exec rake
 * db:migrate`, one of several joined with `&&` or `;`). The words are read by the shell parser;
 * a line it cannot follow to the end is judged by the commands before that point.
 */
function runsMigrations(entry: ProcfileEntry): boolean {
  const parse = parseShell(entry.command, entry.commandStart, { get: () => undefined, unsetBare: 'unknown' })
  return parse.commands.some(migrates)
}

function migrates(command: SimpleCommand): boolean {
  let words = command.words.map((w) => w.text)
  if ((words[0] === 'bundle' || words[0] === 'bundler') && words[1] === 'exec') words = words.slice(2)
  const program = words[0]?.slice(words[0].lastIndexOf('/') + 1)
  return program !== undefined && TASK_RUNNERS.has(program) && words.slice(1).includes('db:migrate')
}
