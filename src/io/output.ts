import { writeSync } from 'node:fs'

/** something to wait on for a millisecond, without spinning */
const pause = new Int32Array(new SharedArrayBuffer(4))

/**
 * Writes text to a file descriptor (1 or 2) synchronously. The two shells write this way rather
 * than through `process.stdout`/`process.stderr`, whose stream classes cost about a tenth of the
 * start-up under Node 24 (bench/startup.mjs). EAGAIN (a non-blocking pipe that is full) is
 * retried after a millisecond; EPIPE (the reader has gone) drops the rest, as there is no one to
 * tell.
 */
export function writeFd(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8')
  let done = 0
  while (done < bytes.length) {
    try {
      done += writeSync(fd, bytes, done)
    } catch (e) {
      const code = (e as { code?: string }).code
      if (code === 'EPIPE') return
      if (code !== 'EAGAIN') throw e
      Atomics.wait(pause, 0, 0, 1)
    }
  }
}
