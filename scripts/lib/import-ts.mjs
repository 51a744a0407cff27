// Imports one of this repository's TypeScript sources from a script, through the hooks of
// scripts/lib/ts-hooks.mjs (TypeScript's own transpiler, as the tests' ts-jest uses it).
import { register } from 'node:module'
import { pathToFileURL } from 'node:url'

let registered = false

/** The module at `path` (a .ts file), with the .ts files it imports. */
export async function importTs(path) {
  if (!registered) {
    register('./ts-hooks.mjs', import.meta.url)
    registered = true
  }
  return import(pathToFileURL(path).href)
}
