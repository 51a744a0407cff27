/** What observe.mjs records after sending a signal (the fields classify reads, and the probe trace). */
export interface ClassifyFacts {
  /** the signalled process is alive, and its state letter from /proc/PID/stat */
  targetAlive: boolean
  targetState: string | null
  /** something answered on the socket at the end (after retries) */
  serving: boolean
  /** the PID in the pid file before and after */
  pidBefore: number | null
  pidAfter: number | null
  /** Unicorn's `<pid file>.oldbin` exists */
  oldbin: boolean
  /** inodes of the sockets listening at the path, before and after */
  listenersBefore: number[]
  listenersAfter: number[]
  /** the PID after holds a listener inode from before */
  keptListener: boolean
  /** a process that appeared holds a listener inode that is new */
  rebound: boolean
  /** processes that appeared and vanished */
  appeared: number
  vanished: number
  /** a watched log file was created again, or the log says logs were reopened */
  reopened: boolean
  /** a log file was there to watch (renamed before the signal) */
  logsWatched?: boolean
  /** the last lines the server wrote after the signal */
  log: string
  /** one character per probe: `+` answered, `r` answered on its retry, `-` failed twice */
  trace?: string
  failed?: number
  probes?: number
}

export function classify(facts: ClassifyFacts): string
export function longestOutage(trace: string | undefined): number
