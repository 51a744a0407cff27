// Throughput of the engine on many apps: every conformance case and rule fixture, checked
// repeatedly in one process; reports apps per second relative to a bare directory walk.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const { checkDirectory } = await import(pathToFileURL(join(process.cwd(), 'build', 'engine', 'check.js')).href).catch(() => {
  console.error('run `npx tsc -p tsconfig.json` first (it writes build/)')
  process.exit(2)
})
const dirs = [
  ...readdirSync('__tests__/conformance/cases').map((d) => join('__tests__/conformance/cases', d)),
  ...readdirSync('__tests__/fixtures/rules').flatMap((r) => readdirSync(join('__tests__/fixtures/rules', r)).map((c) => join('__tests__/fixtures/rules', r, c)))
]
const rounds = Number(process.argv[2] ?? 20)
const t0 = performance.now()
for (let i = 0; i < rounds; i++) for (const d of dirs) readdirSync(d)
const walk = performance.now() - t0
const t1 = performance.now()
for (let i = 0; i < rounds; i++) for (const d of dirs) await checkDirectory(d, { environment: 'production', processManager: 'systemd' })
const check = performance.now() - t1
const n = rounds * dirs.length
console.log(`${n} app checks: ${(n / (check / 1000)).toFixed(0)} apps/s; ${(check / walk).toFixed(1)}x the cost of listing each app folder`)
