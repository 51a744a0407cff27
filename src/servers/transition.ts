/**
 * The change of web server between the pull request's base and head (contract §2 `transition`).
 * Per Cloud 66's docs a change to or from Passenger — no `custom_web` entry — is not applied to an
 * app after its initial build (docs/research/cloud66.md#passenger-is-chosen-at-the-first-build); changes among the custom servers are.
 */
import type { AppReport } from '../core/report.js'

export type Transition = NonNullable<AppReport['transition']>

/** `passenger` means the built-in Passenger: no `custom_web` entry. */
function serverOf(app: AppReport | undefined): { name: string; builtin: boolean } {
  if (!app || !app.webServer) return { name: 'passenger', builtin: true }
  return { name: app.webServer.server, builtin: false }
}

export type Direction = 'none' | 'to-custom' | 'to-passenger'

export interface Change {
  transition: Transition
  /** the action's `passenger-transition` output */
  direction: Direction
}

export function compareServers(head: AppReport, base: AppReport | undefined): Change {
  const from = serverOf(base)
  const to = serverOf(head)
  const direction: Direction = from.builtin === to.builtin ? 'none' : to.builtin ? 'to-passenger' : 'to-custom'
  return { transition: { from: from.name, to: to.name, passengerImmutable: direction !== 'none' }, direction }
}
