// Runs INSIDE a private mount, PID and network namespace (started by test/live.test.ts with
// `unshare --mount --pid --net --fork --mount-proc`): gives the namespace its own tmpfs /tmp,
// starts one server command the way Cloud 66 would (`sh -c "exec …"` in the app folder, with the
// prediction environment), watches what it does, prints one JSON observation and exits. Being
// PID 1 of the namespace, its exit makes the kernel kill everything the server started.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, openSync, readdirSync, readFileSync } from 'node:fs'
import { request } from 'node:http'

const [appDir, command, envJson] = process.argv.slice(2)
execFileSync('mount', ['-t', 'tmpfs', 'tmpfs', '/tmp'])
try {
  execFileSync('ip', ['link', 'set', 'lo', 'up'], { stdio: 'ignore' })
} catch {
  // loopback is only needed for TCP clients; listening sockets are read from /proc
}

const out = openSync(`${appDir}/.live-stdout`, 'w')
const err = openSync(`${appDir}/.live-stderr`, 'w')
const launcher = spawn('/bin/sh', ['-c', `exec ${command}`], { cwd: appDir, env: JSON.parse(envJson), stdio: ['ignore', out, err] })
let exitCode = null
launcher.on('exit', (code, signal) => {
  exitCode = code ?? `signal ${signal}`
})

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

function httpOnSocket() {
  return new Promise((resolve) => {
    if (!existsSync('/tmp/web_server.sock')) return resolve(null)
    const req = request({ socketPath: '/tmp/web_server.sock', path: '/', timeout: 1000 }, (res) => {
      res.resume()
      resolve(res.statusCode)
    })
    req.on('error', () => resolve(null))
    req.on('timeout', () => {
      req.destroy()
      resolve(null)
    })
    req.end()
  })
}

function tcpPorts() {
  const ports = new Set()
  for (const f of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(f)) continue
    for (const line of readFileSync(f, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/)
      if (cols[3] === '0A') ports.add(parseInt(cols[1].split(':').pop(), 16))
    }
  }
  return [...ports].sort((a, b) => a - b)
}

function alive(pid) {
  try {
    process.kill(pid, 0)
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return !/^\d+ \(.*\) Z/.test(stat)
  } catch {
    return false
  }
}

/** processes of the namespace other than this observer (PID 1) that are not zombies */
function others() {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n) && n !== '1' && n !== String(process.pid))
    .filter((n) => alive(Number(n)))
}

function pidFile() {
  if (!existsSync('/tmp/web_server.pid')) return false
  const pid = Number(readFileSync('/tmp/web_server.pid', 'utf8').trim())
  return Number.isInteger(pid) && pid > 0 && alive(pid)
}

async function observe() {
  const status = await httpOnSocket()
  return {
    boots: exitCode === null || others().length > 0,
    servesSocket: status !== null,
    writesPidFile: pidFile(),
    daemonizes: exitCode === 0 && others().length > 0,
    tcpPorts: tcpPorts()
  }
}

// up to 10 s: stop once the observation has been the same for 1.5 s after something happened
const started = Date.now()
let last = ''
let since = Date.now()
let current = await observe()
while (Date.now() - started < 10000) {
  await sleep(250)
  current = await observe()
  const key = JSON.stringify(current)
  if (key !== last) {
    last = key
    since = Date.now()
  }
  const happened = current.servesSocket || current.tcpPorts.length > 0 || exitCode !== null
  if (happened && Date.now() - since >= 1500) break
}
current.stderr = readFileSync(`${appDir}/.live-stderr`, 'utf8').split('\n').slice(0, 3).join(' | ').slice(0, 300)
process.stdout.write(JSON.stringify(current) + '\n')
process.exit(0)
