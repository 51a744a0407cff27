import { appRelative } from '../servers/environment.js'
import { defineRule } from './define-rule.js'

/**
 * Puma restarts (USR2, and USR1's phased restart) into `directory`/`--dir` when set; otherwise
 * into `$PWD` when it names the working directory, else into the resolved folder it started in
 * (`Launcher#generate_restart_data`). Measured on every Puma build rack-check tests: started
 * without `$PWD`, the restart after the `current` symlink moved served the old release; with `$PWD`
 * naming the symlink, the new one (docs/research/servers.md#measured-restart-release). Whether Cloud
 * 66 sets `$PWD` for the web process is not documented (docs/research/cloud66.md#puma-directory): a warning.
 */
export default defineRule({
  id: 'puma-restart-old-release',
  severity: 'warning',
  rack: true,
  summary: 'Puma with no `directory` (or `--dir`) may restart into the old release after a deploy moves the `current` symlink.',
  messages: {
    noDirectory: 'Without `directory` or `--dir`, a restart ({signal}) takes Puma back to the release folder it started in unless `$PWD` names `current`: started without `$PWD`, Puma 3.12–8.0 kept serving the old release (measured), and whether Cloud 66 sets `$PWD` is not documented. Add `--dir $STACK_PATH`, as Cloud 66\'s Puma page does.'
  },
  check(ctx) {
    const { restart, web } = ctx.analysis
    if (!restart || !web || restart.restartOnDeploy?.value === false) return
    const e = restart.effect.effect
    if (e !== 'hot-restart' && e !== 'phased-restart') return
    if ((web.ifStarted ?? web.facts).settings?.directory?.value !== false) return
    const signal = restart.setBy ? restart.signal.toUpperCase() : `${restart.signal.toUpperCase()}, Cloud 66's default`
    // the fix is Cloud 66's own line (`--dir $STACK_PATH`, docs/research/cloud66.md#puma-directory), offered only where
    // Puma starts in the app folder itself, which is $STACK_PATH: after a `cd` or behind a launcher it would change the folder
    // Puma's own Procfile line: the words go right after the program, where no other fix writes (they append at the end or rewrite an option)
    const program = web.command.program
    const inRoot = web.wrappers.length === 0 && program !== null && web.command.cwd !== null && appRelative(web.command.cwd) === ''
    const fix = inRoot ? { description: 'add `--dir $STACK_PATH`', edits: [{ file: web.procfile, start: program.end, end: program.end, text: ' --dir $STACK_PATH' }] } : null
    ctx.report(web.commandSpan, 'noDirectory', { signal }, { fix })
  }
})
