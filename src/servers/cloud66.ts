/**
 * What Cloud 66 does with a web server and what rack-check tells its users about it: the part of
 * a server model (`ServerModel.cloud66`) that the rules, the restart plan (restart.ts) and the
 * guidance (guidance.ts) ask, so that they never switch on the server's name. Each model writes
 * its own (puma.ts, thin.ts, …); a Procfile line that runs no modelled server gets the registry's
 * default part (registry.ts).
 *
 * This module holds the part's type and the types its functions take, and imports no model, no
 * plan and no registry: every model imports it, so anything it imported back would be a circle.
 */
import type { ProcessManager } from '../core/report.js'
import type { Setting, SignalEffect } from './types.js'

/** A setting a piece of advice asks for, so that a test can tell advice already followed. */
export interface Recommendation {
  setting: 'restart_signal' | 'workers' | 'preload' | 'prune_bundler'
  /** what it asks for: a signal name, a minimum worker count, preload on or off */
  value: string | number | boolean
}

export interface Advice {
  text: string
  recommends: Recommendation[]
}

/** What the guidance needs from the web server besides the plan. */
export interface ServerSettings {
  version: string | null
  settings: Record<string, Setting> | undefined
}

/** What the advice and the caveat read of the restart plan (restart.ts's RestartPlan has it). */
export interface RestartView {
  /** the signal Cloud 66 sends on deploy, lower case without `SIG` */
  signal: string
  /** what it does to this server */
  effect: SignalEffect
}

export interface Cloud66Part {
  /** how the guidance names the server in a sentence: "Puma", "`rails server`", "the server" */
  label: string
  /** what to add to the command line to serve /tmp/web_server.sock; its first `code` span is the words rack-check appends */
  socketFix: string
  /** false when `socketFix` names no option rack-check may append (Falcon's `serve` cannot listen on a Unix socket); absent: it does */
  socketFixIsOption?: boolean
  /** what to write in the server's own config file to serve the socket */
  configSocketFix: string
  /** what to add to write /tmp/web_server.pid */
  pidFix: string
  /** whether `pidFix`'s first `code` span is a command-line option rack-check may append (not so for a config-file line or Thin's `--pid`, which needs `-d`) */
  pidFixIsOption: boolean
  /** what to write in the server's own config file for the PID file */
  configPidFix: string
  /** the signal Cloud 66 sends on deploy without a `restart_signal` (docs/research/cloud66.md#per-server-defaults-under-systemd for systemd, #defaults-under-bluepill for Bluepill) */
  restartSignal: Record<ProcessManager, string>
  /** the web process's stop sequence without a `stop_sequence` (docs/research/cloud66.md#default-signals) */
  stopSequence: Record<ProcessManager, string>
  /** restart-signal-not-restart's fix: a signal this server restarts on; `preload` when the app is preloaded */
  restartFix(preload: boolean): string
  /** the signal that stops this server gracefully (stop-sequence-not-graceful); absent when none was studied */
  gracefulStop?: string
  /** Thin writes its PID file only when daemonized, so removing its `-d` costs the PID file (custom-web-daemonizes) */
  pidOnlyWhenDaemonized?: boolean
  /** how to get zero-downtime restarts from here; null when there is nothing to change */
  advice?(plan: RestartView, server: ServerSettings): Advice | null
  /** how this restart could surprise; null to fall back to the unmeasured caveat when the effect is unknown */
  caveat?(plan: RestartView): string | null
  /** how this server restarts under Cloud 66 was never measured: the guidance says so whatever the signal */
  unmeasured?: boolean
  /**
   * The server has no way to write a PID file (no option, no config setting): why, as a clause
   * ("Pitchfork removed the `pid` directive and has no PID-file option"). custom-web-no-pid-file
   * says it, with `pidFix` as the way around it when there is one.
   */
  noPidFile?: string
  /**
   * Cloud 66 documents no restart signal or stop sequence for this server: `restartSignal` and
   * `stopSequence` are its generic custom-server defaults, whose use here is UNCONFIRMED
   * (docs/research/cloud66.md#per-server-defaults-under-systemd). A verdict that rests on them is a warning.
   */
  defaultsUnconfirmed?: boolean
  /**
   * Running this server as the `custom_web` is a setup no Cloud 66 page describes (`passenger
   * start`: Cloud 66 serves Rack apps with its own Passenger when there is no `custom_web`,
   * docs/research/cloud66.md#web-is-ignored-on-rack-apps), so no rule tells the user to make it one.
   */
  notACustomWeb?: boolean
  /**
   * The program that signals this server through its PID file (Puma's `pumactl`): a deploy hook
   * running it restarts this server (hooks-pumactl-restart); absent: that program has no server of its own here
   */
  controlProgram?: string
}

/**
 * Under Bluepill Cloud 66 sends USR2 to every web server and stops it with the same sequence
 * (docs/research/cloud66.md#defaults-under-bluepill): the same for every server, written once here.
 */
export const BLUEPILL_RESTART_SIGNAL = 'usr2'
export const BLUEPILL_STOP_SEQUENCE = 'quit, 30, term, 11, kill'

/** The stop sequence Cloud 66 uses under systemd for servers it has no sequence of its own for (docs/research/cloud66.md#default-signals-under-systemd). */
export const SYSTEMD_STOP_SEQUENCE = 'term, 90, kill'

/**
 * Cloud 66's defaults for a custom web server other than Puma and Unicorn: HUP on deploy under
 * systemd (docs/research/cloud66.md#per-server-defaults-under-systemd), USR2 under Bluepill, and
 * the stop sequences above. `rails server`, `rackup`, Passenger and a server rack-check does not
 * model get these; Thin has a stop sequence of its own.
 */
export const CUSTOM_SERVER_SIGNALS = {
  restartSignal: { systemd: 'hup', bluepill: BLUEPILL_RESTART_SIGNAL },
  stopSequence: { systemd: SYSTEMD_STOP_SEQUENCE, bluepill: BLUEPILL_STOP_SEQUENCE }
} as const satisfies Pick<Cloud66Part, 'restartSignal' | 'stopSequence'>

/**
 * The restart signals Cloud 66 documents as a web server's default under systemd: the generic HUP
 * for a custom server, and USR2, the default of the Puma and Unicorn pages
 * (docs/research/cloud66.md#per-server-defaults-under-systemd). For a server it documents no
 * signal for (`defaultsUnconfirmed`), which of them it sends is UNCONFIRMED, so these are the
 * candidates (docs/contract.md §2.1): restart-signal-not-restart's verdict on the default is an
 * error only when every one of them breaks the restart. Under Bluepill the docs give one generic
 * value and no per-server one; that it reaches every server is read from the pages' structure
 * (docs/research/cloud66.md#defaults-under-bluepill), so a verdict on it stays a warning.
 */
export const SYSTEMD_DEFAULT_CANDIDATES: ReadonlyArray<{ signal: string; documented: string }> = [
  { signal: 'hup', documented: "Cloud 66's generic default for a custom server" },
  { signal: 'usr2', documented: 'its default for Puma and Unicorn' }
]

/**
 * The config-file fixes in Puma's DSL: `rails server` and `rackup` run Puma by default, which
 * reads config/puma.rb. Passenger's and an unknown server's config-file verdicts are never a
 * definite "no", so the rules that quote these do not reach them there.
 */
export const PUMA_CONFIG_FIXES = {
  configSocketFix: '`bind "unix:///tmp/web_server.sock"`',
  configPidFix: '`pidfile "/tmp/web_server.pid"`'
} as const

/** The caveat of a server Cloud 66 documents no signals for (`defaultsUnconfirmed`). */
export const UNDOCUMENTED = (label: string): string => `Cloud 66 documents no restart signal or stop sequence for ${label}: rack-check assumes the generic defaults for a custom server, which Cloud 66 does not confirm apply.`

/** restart-signal-not-restart's fix for a server whose restart signals were not studied. */
export const UNSTUDIED_RESTART_FIX = 'use a signal this server restarts on, or remove `restart_signal`'
