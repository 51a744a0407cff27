/**
 * One app's findings made coherent (issue 25, item 5): the rules judge one question each, and
 * what one says can make another's advice wrong or premature. This pass, run on each app's
 * findings before the configured levels and suppressions, settles it from the model:
 *
 * - a line that does not run as written (it exits at start, fails on every unlocked version, or
 *   daemonizes under systemd): findings about how it behaves while running (its listeners,
 *   restarts, signals, plugins, boot-time hooks) say that they hold once it runs, and point at
 *   the error that stops it; its restart plan is marked so (`boots: false`), so the restart
 *   guidance is shown as what happens once it starts, never as a promise about requests today;
 * - a config file the line names but, as written, never loads (`-p $PORT -c file` with `$PORT`
 *   unset reads `-c` as the port): advice to edit it says what makes it load;
 * - an error on the word an unset variable emptied says the condition it rests on (the variable
 *   unset), as the variable's own warning does, instead of one being certain and the other "may";
 * - a commented-out `custom_web` beside a `web:` entry: one finding says to use the one or the
 *   other, never both (two `custom_web` entries), and what the shared command does as written;
 * - a change to Passenger that an existing app does not apply: claims that Passenger serves are
 *   said of a new app.
 *
 * It never changes a finding's rule, place, severity or fix; it rewords, or folds one finding
 * into another. The rules stay one question each; `__tests__/coherence.test.ts` checks every
 * corpus app, example and fixture for each class of contradiction.
 */
import type { Finding } from '../core/finding.js'
import type { AppAnalysis } from '../rules/define-rule.js'
import type { ProcessManager } from '../core/report.js'
import type { WebServerAnalysis } from '../servers/index.js'
import { failsOnEveryVersion } from '../rules/helpers.js'

/** How a line fails to keep serving as written; null when it may run. */
export type Fate = 'exits' | 'every-version' | 'lost' | null

/** Rules whose findings describe the web server while it runs: premature on a line that does not run. */
export const RUNNING_RULES: ReadonlySet<string> = new Set([
  'custom-web-extra-tcp-listener',
  'hooks-pumactl-restart',
  'puma-plugin',
  'puma-renamed-hook',
  'puma-restart-old-release',
  'restart-phased-falls-back',
  'restart-phased-without-prune-bundler',
  'restart-signal-not-restart',
  'stop-sequence-not-graceful',
  'unicorn-old-master-kept'
])

/** Rules whose errors say that the line does not run as written. */
export const STOPPING_RULES: ReadonlySet<string> = new Set(['custom-web-fails-to-boot', 'custom-web-fails-on-every-version', 'custom-web-daemonizes'])

/** The words a finding starts with once it is said of a line that runs (the test looks for them). */
export const ONCE_RUNNING = 'Once the web server runs'
export const ONCE_FOREGROUND = 'Once the web server stays in the foreground'

/**
 * Whether a web line keeps serving as written: it exits at start, every unlocked version breaks
 * it, or it daemonizes under systemd, which "does not require or support daemonized services"
 * (docs/research/cloud66.md#the-custom-web-server-contract).
 */
export function webFate(web: WebServerAnalysis | null, pm: ProcessManager): Fate {
  if (!web) return null
  if (web.prediction.boots === false) return 'exits'
  if (failsOnEveryVersion(web, pm)) return 'every-version'
  if (pm === 'systemd' && web.facts.daemonizes.value === true) return 'lost'
  return null
}

const FATE_WORDS: Record<Exclude<Fate, null>, string> = {
  exits: 'exits at start',
  'every-version': 'fails whatever version Bundler installs',
  lost: 'daemonizes, which systemd does not support'
}

const at = (f: Finding): string => `${f.file}:${f.line}:${f.column}`

/** The error that says the line does not run: the one that stops it at start before the one that daemonizes. */
function stopper(findings: Finding[]): Finding | undefined {
  const errors = findings.filter((f) => STOPPING_RULES.has(f.rule) && f.severity === 'error')
  return errors.find((f) => f.rule !== 'custom-web-daemonizes') ?? errors[0]
}

/** Whether two spans are on one line with at most blanks between them (`-p` and its emptied `$PORT`). */
function adjoins(file: string, line: number, column: number, endColumn: number, f: Finding, text: string): boolean {
  if (f.file !== file || f.line !== line || f.endLine !== line) return false
  if (f.column <= endColumn && column <= f.endColumn) return true
  const gap = f.endColumn <= column ? text.slice(f.endColumn - 1, column - 1) : ''
  return f.endColumn <= column && /^[ \t]*$/.test(gap)
}

/** Runs each class of repair on one app's findings (see the header). */
export function coherent(a: AppAnalysis, findings: Finding[], pm: ProcessManager): Finding[] {
  let out = findings
  out = runningOnceItRuns(a, out, pm)
  out = unloadedConfig(a, out)
  out = conditionalOnVariables(a, out)
  out = oneCustomWeb(a, out, pm)
  out = passengerForNewApps(a, out)
  return out
}

/** Findings about the running server on a line that does not run: said of the line once it runs. */
function runningOnceItRuns(a: AppAnalysis, findings: Finding[], pm: ProcessManager): Finding[] {
  const fate = webFate(a.web, pm)
  if (!fate) return findings
  const stop = stopper(findings)
  const see = stop ? `see ${at(stop)}` : 'see the errors'
  // a daemonized server may run, outside systemd's sight: what is said of it holds once it stays in the foreground
  const once = fate === 'lost' ? ONCE_FOREGROUND : ONCE_RUNNING
  return findings.map((f) => (RUNNING_RULES.has(f.rule) && !f.message.startsWith(once) ? { ...f, message: `${once} (as written it ${FATE_WORDS[fate]}: ${see}): ${f.message}` } : f))
}

/**
 * Config files the line names but does not load as written, only once the word that stops it is
 * gone (the model's `ifStarted`); advice to edit "the config file", or a finding in such a file,
 * says what makes it load.
 */
function unloadedConfig(a: AppAnalysis, findings: Finding[]): Finding[] {
  const web = a.web
  if (!web?.ifStarted || web.prediction.boots !== false) return findings
  const loaded = new Set(web.facts.configFiles)
  const later = web.ifStarted.configFiles.filter((c) => !loaded.has(c))
  if (later.length === 0) return findings
  const prefix = a.app.root === '' ? '' : a.app.root + '/'
  const stop = stopper(findings)
  const files = later.map((c) => '`' + c + '`').join(', ')
  const clause = ` As written the line does not load ${files}: it is read once the line starts${stop ? ` (fix ${at(stop)} first)` : ''}.`
  return findings.map((f) => {
    if (STOPPING_RULES.has(f.rule) || f.message.endsWith(clause)) return f
    const inFile = later.some((c) => f.file === prefix + c)
    const advises = /\bthe config file\b/.test(f.message) || later.some((c) => f.message.includes('`' + c + '`'))
    return inFile || advises ? { ...f, message: f.message + clause } : f
  })
}

/**
 * An error on the word an unset variable emptied (`-p $PORT -c file`: `-p` takes `-c`) holds with
 * the variable unset, which is how Cloud 66 starts the line unless the app defines it
 * (docs/research/cloud66.md#variables-in-procfile-commands): the error says so, as the
 * variable's warning does.
 */
function conditionalOnVariables(a: AppAnalysis, findings: Finding[]): Finding[] {
  const web = a.web
  if (!web?.command.unsetVariables.length) return findings
  const file = web.procfile.path
  const text = web.procfile.text
  const vars = web.command.unsetVariables.map((u) => ({ name: u.name, span: u.at }))
  return findings.map((f) => {
    if (f.severity !== 'error' || !STOPPING_RULES.has(f.rule)) return f
    const names = [...new Set(vars.filter((v) => adjoins(file, v.span.line, v.span.column, v.span.endColumn, f, text.slice(web.procfile.lineOffset(v.span.line)))).map((v) => v.name))]
    if (names.length === 0) return f
    const list = names.map((n) => '`$' + n + '`').join(', ')
    const clause = ` This reads the line with ${list} unset, as Cloud 66 starts it unless ${names.join(', ')} ${names.length === 1 ? 'is one of' : 'are among'} the app's environment variables.`
    return f.message.endsWith(clause) ? f : { ...f, message: f.message + clause }
  })
}

/**
 * A commented-out `custom_web` beside a `web:` entry: uncommenting the one and renaming the other
 * would make two `custom_web` entries. One finding (the commented line's) says to do one of the
 * two, and what the `web:` command does as written when the two commands are the same.
 */
function oneCustomWeb(a: AppAnalysis, findings: Finding[], pm: ProcessManager): Finding[] {
  const commented = findings.find((f) => f.rule === 'procfile-commented-custom-web')
  const renamed = findings.find((f) => f.rule === 'web-without-custom-web' && f.file === commented?.file)
  if (!commented || !renamed) return findings
  const heroku = a.herokuWeb
  let clause = ` Or rename the \`web:\` entry on line ${renamed.line} to \`custom_web\` instead: one of the two, never both (two \`custom_web\` entries).`
  const procfile = a.app.procfiles.find((p) => p.file.path === commented.file)
  const entry = procfile?.commentedEntries.find((c) => c.line === commented.line)
  const commentedCommand = procfile && entry ? procfile.file.text.slice(entry.start, entry.end).replace(/^#+[ \t]*custom_web[ \t]*:/, '').trim() : ''
  const fate = heroku ? webFate(heroku, pm) : null
  if (heroku && fate && commentedCommand === heroku.entry.command.trim()) {
    const bands = fate === 'every-version' ? failsOnEveryVersion(heroku, pm) : null
    const what = bands ? bands.map((g) => `on ${heroku.program} ${g.versions} ${g.failures.map((x) => x.what).join(' and ')}`).join('; ') : `it ${FATE_WORDS[fate]}`
    clause += ` Both lines run the same command, and as written ${what}; fix that too (rack-check reports it once the line is \`custom_web\`).`
  }
  return findings.filter((f) => f !== renamed).map((f) => (f === commented ? { ...f, message: f.message + clause } : f))
}

/** Findings that Passenger serves, in a change an existing app does not apply (passenger-transition): said of a new app. */
function passengerForNewApps(a: AppAnalysis, findings: Finding[]): Finding[] {
  const change = a.change
  if (!change || change.direction !== 'to-passenger' || !change.transition.passengerImmutable) return findings
  const lead = `On a new app (per Cloud 66's docs an existing one keeps ${change.transition.from}: see passenger-transition): `
  return findings.map((f) => ((f.rule === 'web-without-custom-web' || f.rule === 'procfile-commented-custom-web') && !f.message.startsWith(lead) ? { ...f, message: lead + f.message } : f))
}
