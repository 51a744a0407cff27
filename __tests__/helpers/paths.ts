import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
export const FIXTURES = join(PROJECT, '__tests__', 'fixtures')
export const CASES = join(PROJECT, '__tests__', 'conformance', 'cases')
/** The shared corpus beside the checkout (../shared/corpus); absent on some machines. */
export const CORPUS = resolve(PROJECT, '..', 'shared', 'corpus')
export const corpusPresent = existsSync(CORPUS)
