/**
 * The types of the JSON report (contract §2) and of the check's options, in a module of their own:
 * the engine (check.ts), the rules, the restart model and the reporters all import them from here,
 * so that no rule imports the engine that runs it and no model imports a rule.
 */
import type { Finding } from './finding.js'
import type { Severity } from './span.js'

export type ProcessManager = 'systemd' | 'bluepill'

export interface CheckOptions {
  environment: string
  processManager: ProcessManager
  /** the report of the pull request's base, when comparing (`--base`) */
  base?: Report | null
  /** rule levels from `.rack-check.yml` (`off` drops the rule's findings) */
  rules?: ReadonlyMap<string, Severity | 'off'>
}

export interface AppReport {
  root: string
  files: {
    procfile: string | null
    manifest: string | null
    deployHooks: string | null
    serverConfig: string[]
    lockfile: string | null
  }
  webServer: null | {
    process: 'custom_web'
    file: string
    line: number
    server: ServerName
    version: string | null
    /** the launcher between Cloud 66 and the server (Thruster, foreman), when there is one (an extension of the contract) */
    wrapper?: WrapperName
    prediction: Prediction
  }
  restart: null | {
    signal: string
    source: 'default' | 'manifest'
    file: string | null
    line: number | null
    effect: string
  }
  transition: null | { from: string; to: string; passengerImmutable: boolean }
}

export interface Report {
  schemaVersion: 1
  tool: { name: 'rack-check'; version: string }
  apps: AppReport[]
  findings: Finding[]
  /**
   * suppressed findings count nowhere; `suppressed` says how many there are (an extension of the
   * contract). Neither do the findings a baseline knows (`known`) nor those outside `filter:
   * changed` (`outsideFilter`); each count is there only when it is not zero.
   */
  summary: { errors: number; warnings: number; notices: number; suppressed?: number; known?: number; outsideFilter?: number }
  /** `filter: changed` was in use: the apps the change touched, by root (an extension, issue 26) */
  filter?: { mode: 'changed'; changedApps: string[] }
  /** a baseline was in use (an extension, issue 26): its file, and its entries no finding matched any more */
  baseline?: { file: string; known: number; fixed: BaselineEntry[] }
}

/** One recorded finding of a baseline file (engine/baseline.ts; docs/contract.md §5). */
export interface BaselineEntry {
  rule: string
  /** the app folder, relative to the baseline file's folder ('.' for that folder) */
  app: string
  /** the file, relative to the app folder */
  file: string
  /** the line when it was recorded (informative: matching uses the fingerprint) */
  line: number
  /** hash of the rule, the app-relative file and the line's text with whitespace normalised, and `:n` for its n-th occurrence */
  fingerprint: string
}

/** The web servers rack-check models (servers/registry.ts holds what each one is). */
export type ServerName = 'puma' | 'thin' | 'unicorn' | 'passenger' | 'rails' | 'rackup' | 'pitchfork' | 'falcon' | 'iodine' | 'agoo' | 'unknown'

/** Launchers that wrap the server on the `custom_web` line (servers/wrapper.ts); `webServer.server` is the server they run. */
export type WrapperName = 'thruster' | 'foreman'

export interface Prediction {
  boots: boolean | null
  servesSocket: boolean | null
  writesPidFile: boolean | null
  daemonizes: boolean | null
  tcpPorts: number[] | null
}
