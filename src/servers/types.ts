import type { Span } from '../core/span.js'
import type { Prediction, ServerName } from '../core/report.js'

export type { Prediction, ServerName }


/** Why a socket verdict is what it is; the rules turn these into messages. */
export type SocketReason =
  | 'serves'
  | 'no-listener'
  | 'tcp-only'
  | 'relative-unix'
  | 'other-unix'
  | 'state-file'
  | 'cluster-renamed'
  | 'host-not-socket'
  | 'url-not-socket'
  | 'unknown-value'
  | 'config-file'
  | 'config-value'
  | 'version'
  | 'not-followable'
  | 'unknown-server'
  | 'unknown-option'
  | 'not-started'

export type PidReason =
  | 'writes'
  | 'none'
  | 'other-path'
  | 'unicorn-rails-p-is-path'
  | 'thin-needs-daemon'
  | 'impossible'
  | 'cluster-renamed'
  | 'unknown-value'
  | 'config-file'
  | 'config-value'
  | 'version'
  | 'not-followable'
  | 'unknown-server'
  | 'unknown-option'
  | 'not-started'

export type DaemonReason = 'foreground' | 'flag' | 'config' | 'config-file' | 'config-value' | 'version' | 'unknown-value' | 'not-followable' | 'unknown-server' | 'unknown-option' | 'not-started'

export interface Verdict<R extends string> {
  /** null: cannot be decided statically */
  value: boolean | null
  reason: R
  at: Span
  data: Record<string, string>
}

export interface Listener {
  kind: 'unix' | 'tcp'
  /** unix: the path as the server resolves it (relative paths stay relative) */
  path?: string
  port?: number | null
  host?: string
  text: string
  at: Span
  origin: 'command-line' | 'config' | 'default'
}

/** A reason the server exits at start. */
export interface BootProblem {
  at: Span
  /** message id of the fails-to-boot rule */
  kind:
    | 'eval-word'
    | 'invalid-option'
    | 'ambiguous-option'
    | 'missing-argument'
    | 'needless-argument'
    | 'removed-daemon'
    | 'config-removed-daemon'
    | 'config-syntax'
    | 'config-invalid-bind'
    | 'thin-no-command'
    | 'thin-other-command'
    | 'not-bundled'
    | 'missing-config'
    | 'missing-folder'
    | 'thin-socket-not-path'
    | 'wrapper-port-taken'
    | 'invalid-value'
    | 'no-app'
    | 'thor-extra-argument'
    | 'extra-argument'
    | 'config-raises'
    | 'ruby-removed'
    | 'config-removed-directive'
    | 'config-hook-arity'
    | 'config-directive-fails'
  data: Record<string, string>
  /** when the version is unknown: the versions on which it happens, e.g. ">= 5.0" */
  versions?: string
}

/** A use of a removed name that may fail (ServerFacts.rubyRemoved); `data` fills ruby-removed-method's message. */
export interface RubyRemovedNote {
  at: Span
  data: Record<string, string>
}

/** A flag that does something other than what it looks like. */
export interface FlagNote {
  at: Span
  kind:
    | 'unicorn-debug'
    | 'unicorn-eval'
    | 'thin-debug'
    | 'thin-chdir'
    | 'rackup-builder'
    | 'rackup-eval'
    | 'rackup-debug'
    | 'rails-config'
    | 'puma-state'
    | 'env-default'
    | 'thin-yaml-variable'
    | 'yaml-later-documents'
    | 'puma-renamed-hook'
    | 'puma-plugin'
  data: Record<string, string>
}

export interface ServerFacts {
  boots: boolean | null
  bootProblems: BootProblem[]
  socket: Verdict<SocketReason>
  pidFile: Verdict<PidReason>
  daemonizes: Verdict<DaemonReason>
  /** null when a listener's port cannot be known */
  listeners: Listener[] | null
  flagNotes: FlagNote[]
  /** config files the server would load, relative to the app root */
  configFiles: string[]
  /** when `boots` is null for a reason of its own (not an unknown option): where and why; `rubyRemoved` when ruby-removed-method says it */
  bootUnknown?: { at: Span; why: string; rubyRemoved?: boolean }
  /**
   * Uses of what some Ruby removed (`File.exists?`) that may fail but do not certainly stop the
   * boot (a certain one is a `ruby-removed` boot problem): the Ruby is not known, the use sits in
   * a branch, or in a hook whose failure does not stop the server at start.
   */
  rubyRemoved?: RubyRemovedNote[]
  /** effective settings that decide restarts (workers, preload, …), each traced to where it was set */
  settings?: Record<string, Setting>
  /**
   * With no locked version: how each version band breaks Cloud 66's contract, grouped by bands
   * that break it the same way. Present only when every band breaks it in some way.
   */
  everyBand?: BandFailures[]
}

/** One way a server breaks Cloud 66's contract (serve the socket, write the PID file, stay in the foreground, start). */
export interface ContractFailure {
  kind: 'boot' | 'daemonizes' | 'no-socket' | 'no-pid'
  at: Span
  /** a clause: "`-d` makes it exit at start (Puma 5.0 removed daemon mode)" */
  what: string
}

export interface BandFailures {
  /** e.g. "< 5.0", "5.0 to < 6.4", ">= 7.0" */
  versions: string
  failures: ContractFailure[]
}

/** One effective setting and where it comes from; `at` null = the server's default. */
export interface Setting {
  /** null when it cannot be known */
  value: string | number | boolean | null
  at: Span | null
  origin: 'command-line' | 'config' | 'default' | 'environment'
  /** when the value is unknown: why */
  why?: string
}


export const SOCKET_PATH = '/tmp/web_server.sock'
export const PID_PATH = '/tmp/web_server.pid'

export function verdict<R extends string>(value: boolean | null, reason: R, at: Span, data: Record<string, string> = {}): Verdict<R> {
  return { value, reason, at, data }
}

/** What a signal does to the running server (contract §2 `restart.effect`; docs/research/servers.md#restart-effects). */
export type RestartEffect =
  | 'hot-restart'
  | 'phased-restart'
  | 'new-master'
  | 'full-restart'
  | 'reload-config'
  | 'stop'
  | 'reopen-logs'
  | 'suspend'
  | 'none'
  | 'unknown'
  // an extension of the contract (docs/contract.md §5): the workers are replaced by new ones forked
  // from the running process, and the new code is NOT loaded (Pitchfork USR2, Iodine USR1)
  | 'refork'

/** Why a Puma USR1 is a hot restart instead of a phased one. */
export type PhasedFallback = 'single-mode' | 'preload' | 'default-preload' | 'web-concurrency'

export interface SignalEffect {
  effect: RestartEffect
  /** one clause saying what the server does, e.g. "re-executes itself in place (same PID)…" */
  does: string
  /** whether requests fail while it happens; null when unknown */
  dropsRequests: boolean | null
  /** for `stop`: whether in-flight requests are finished first */
  graceful?: boolean
  /** the server restarts its workers but keeps serving the code it loaded at start (Unicorn HUP with `preload_app true`) */
  oldCode?: boolean
  /**
   * With `oldCode`: why keeping the old code is not certain (an open question the rule names, and a
   * warning instead of an error: docs/contract.md §2.1)
   */
  oldCodeOpen?: string
  /**
   * For a `new-master` effect: whether the old master is stopped once the new one forks its
   * workers (a config hook sends it QUIT), keeps serving beside the new one, or rack-check cannot
   * tell (docs/research/servers.md#measured-unicorn-old-master)
   */
  oldMaster?: 'stopped' | 'serving' | 'unknown'
  /** the setting that decides the effect, when one does */
  cause?: { setting: string; at: Span | null; text: string }
  /** Puma `usr1` that is not phased: why */
  fallback?: PhasedFallback
  /** when `effect` is unknown: why */
  why?: string
}
