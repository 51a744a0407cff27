/**
 * Every app folder the tests know: the examples, the rule fixtures (each `bad/`, `good/` and
 * named case), the conformance cases, and — when ../shared/corpus is there — each corpus folder
 * copied to a temporary folder with a Gemfile.lock built from its Gemfile.lock.servers (as
 * __tests__/corpus.test.ts prepares them: the locked version decides what a flag does).
 */
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CASES, CORPUS, corpusPresent, FIXTURES, PROJECT } from './paths.js'

const folders = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name)).sort() : [])

export function knownApps(): string[] {
  const examples = folders(join(PROJECT, 'examples'))
  const rules = folders(join(FIXTURES, 'rules')).flatMap((rule) => folders(rule).filter((c) => !c.endsWith('/base')))
  return [...examples, ...rules, ...folders(CASES)]
}

/** The corpus folders prepared under `work`; empty without the corpus. */
export function corpusApps(work: string): string[] {
  if (!corpusPresent) return []
  return folders(CORPUS).map((src) => {
    const dir = join(work, src.split('/').pop()!)
    if (existsSync(dir)) return dir
    cpSync(src, dir, { recursive: true, verbatimSymlinks: true })
    const servers = join(dir, 'Gemfile.lock.servers')
    if (existsSync(servers)) writeFileSync(join(dir, 'Gemfile.lock'), `GEM\n  remote: https://rubygems.org/\n  specs:\n${readFileSync(servers, 'utf8').replace(/\n?$/, '\n')}\nPLATFORMS\n  ruby\n`)
    return dir
  })
}
