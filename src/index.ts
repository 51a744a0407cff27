/**
 * The entry of the one bundle both shells run (issue 17: one build, one copy of each chunk and of
 * prism.wasm). `node dist/index.js` is the action (action.yml's `main`); the CLI's bin,
 * dist/cli/index.js, loads this file and calls `cli()`. Each shell is a chunk of its own, loaded
 * only by the one that runs, so neither pays for the other's code.
 */
import { realpathSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The command line (the bin calls this). */
export function cli(): void {
  void import('./cli/index.js')
}

if (startedAsProgram()) void import('./action/main.js').then((action) => action.run())

/** True when Node was started on this file (the action), false when the bin loaded it. */
function startedAsProgram(): boolean {
  const started = process.argv[1]
  if (!started) return false
  const self = fileURLToPath(import.meta.url)
  if (started === self) return true
  try {
    return realpathSync(started) === realpathSync(self)
  } catch {
    return false
  }
}
