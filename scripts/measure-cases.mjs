// Records observed.json for conformance cases that have none, by starting the real (Debian)
// server exactly as __tests__/live.test.ts does. Run as root after .ci/run has installed the servers:
//   node scripts/measure-cases.mjs [case …]
// With --signals usr1,hup it instead adds what each signal did to the running server to the
// cases' existing observed.json ("signals"), one fresh start per signal.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { DEBIAN_SERVERS } from '../__tests__/live/debian-servers.mjs'

const CASES = '__tests__/conformance/cases'
const args = process.argv.slice(2)
const signalsAt = args.indexOf('--signals')
const signals = signalsAt >= 0 ? args.splice(signalsAt, 2)[1].split(',') : []
const names = args.length ? args : readdirSync(CASES).filter((n) => !existsSync(join(CASES, n, 'observed.json')))
// the live suite's table of Debian's servers (plain JavaScript: this script runs without a build)
const versions = Object.fromEntries(DEBIAN_SERVERS.map(({ package: p }) => [p, execFileSync('dpkg-query', ['-W', '-f', '${Version}', p], { encoding: 'utf8' })]))
// a case that locks a Puma Debian does not ship runs the build .ci/puma-build.sh made (its launchers
// first on PATH), as __tests__/live.test.ts runs it
const PUMA_BUILDS = process.env.RACK_CHECK_PUMA_BUILDS || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rack-check', 'puma')
const pumaBuild = (app) => {
  const lock = existsSync(join(app, 'Gemfile.lock')) ? readFileSync(join(app, 'Gemfile.lock'), 'utf8') : ''
  const version = /^ {4}puma \(([^)]+)\)/m.exec(lock)?.[1]
  const bin = version && join(PUMA_BUILDS, `bin-${version}`)
  return bin && !versions.puma?.startsWith(version) && existsSync(join(PUMA_BUILDS, `puma-${version}`, 'BUILD-INFO')) ? { version, bin } : null
}
const work = mkdtempSync('/var/tmp/rack-check-measure-')
for (const name of names) {
  const app = join(work, name)
  cpSync(join(CASES, name), app, { recursive: true })
  const line = readFileSync(join(app, 'Procfile'), 'utf8').split('\n').find((l) => l.startsWith('custom_web:'))
  let command = line.slice('custom_web:'.length).trim()
  // literal assignments before the command are its environment, as __tests__/live.test.ts reads them
  const assigned = {}
  for (let a = /^([A-Za-z_][A-Za-z0-9_]*)=([A-Za-z0-9_./:-]*)\s+/.exec(command); a; a = /^([A-Za-z_][A-Za-z0-9_]*)=([A-Za-z0-9_./:-]*)\s+/.exec(command)) {
    assigned[a[1]] = a[2]
    command = command.slice(a[0].length)
  }
  command = command.replace(/^bundle exec /, '')
  const build = pumaBuild(app)
  const env = { PATH: `${build ? build.bin + ':' : ''}/usr/local/bin:/usr/bin:/bin`, HOME: '/root', LANG: 'C.UTF-8', RACK_ENV: 'production', RAILS_ENV: 'production', STACK_PATH: app, RAILS_STACK_PATH: app, CUSTOM_WEB_SOCKET_FILE: '/tmp/web_server.sock', CUSTOM_WEB_PID_FILE: '/tmp/web_server.pid', ...assigned }
  const observe = (...extra) => JSON.parse(execFileSync('unshare', ['--mount', '--pid', '--net', '--fork', '--mount-proc', process.execPath, '__tests__/live/observe.mjs', app, command, JSON.stringify(env), ...extra], { encoding: 'utf8' }).trim().split('\n').pop())
  if (signals.length) {
    const record = JSON.parse(readFileSync(join(CASES, name, 'observed.json'), 'utf8'))
    record.signals ??= {}
    const measured = []
    for (const signal of signals) {
      rmSync(app, { recursive: true, force: true })
      cpSync(join(CASES, name), app, { recursive: true })
      const { restart } = observe(signal)
      record.signals[signal] = restart.effect
      measured.push(signal)
      console.log(name, signal, JSON.stringify(restart))
    }
    // one note for every signal measured here, beside the reference the others come from
    const parts = (record.signalsSource ?? '').split('; ').filter(Boolean)
    const earlier = parts.filter((p) => p.includes('measured by __tests__/live')).flatMap((p) => p.split(' measured by')[0].split(', '))
    const all = [...new Set([...earlier, ...measured])]
    const note = `${all.join(', ')} measured by __tests__/live/observe.mjs (${built(build)}Debian ${Object.entries(versions).map(([p, v]) => `${p} ${v}`).join(', ')}), ${new Date().toISOString().slice(0, 10)}`
    record.signalsSource = [...parts.filter((p) => !p.includes('measured by __tests__/live')), note].join('; ')
    writeFileSync(join(CASES, name, 'observed.json'), JSON.stringify(record, null, 2) + '\n')
    continue
  }
  // only the contract's five fields are a record; the observer reports more (libraries, output)
  const { stderr, boots, servesSocket, writesPidFile, daemonizes, tcpPorts } = observe()
  const observed = { boots, servesSocket, writesPidFile, daemonizes, tcpPorts }
  const record = { source: `measured by __tests__/live/observe.mjs (${built(build)}Debian ${Object.entries(versions).map(([p, v]) => `${p} ${v}`).join(', ')}), ${new Date().toISOString().slice(0, 10)}`, command, observed }
  if (stderr) record.stderr = stderr.replaceAll(app, '<app>')
  writeFileSync(join(CASES, name, 'observed.json'), JSON.stringify(record, null, 2) + '\n')
  console.log(name, JSON.stringify(observed), stderr ? `| ${stderr.slice(0, 120)}` : '')
}
rmSync(work, { recursive: true, force: true })

function built(build) {
  return build ? `Puma ${build.version} built by .ci/puma-build.sh, ` : ''
}
