/** What the rig's load saw during one signal (rig.mjs, summarise). */
export interface UnderLoadSummary {
  sent: number
  failed: number
  failedBy: Record<string, number>
  status: number
  longestMs: number
  releasesAfter: string[]
  newServes: boolean
  sideBySide: boolean
  releasesSideBySide: boolean
  bothMs: number
  pidsBefore: string[]
  pidsAfter: string[]
  parentsAfter: string[]
  firstFailAfterMs: number | null
  windowMs: number
}
export const NGINX_CONF: string
export function startNginx(): Promise<true | string>
export function moveCurrent(root: string, release: string): void
export function underLoad(o: { clients: number; seconds: number; lead: number }): { started: Promise<void>; signalled: () => void; done: Promise<UnderLoadSummary> }
export function settled(results: Array<{ began: number; ms: number; release?: string | null; ppid?: string | null }>, waiting: Set<{ began: number }>, now: number): boolean
export function summarise(results: Array<{ began: number; ms: number; status?: number; kind?: string; release?: string | null; pid?: string | null; ppid?: string | null }>, signalAt: number, end: number): UnderLoadSummary
