// Runs INSIDE a private mount, PID and network namespace (started by __tests__/live.test.ts with
// `unshare --mount --pid --net --fork --mount-proc`): gives the namespace its own tmpfs /tmp,
// starts one server command the way Cloud 66 would (`sh -c "exec …"` in the app folder, in a
// session of its own, with the prediction environment), watches what it does, and, given a
// signal, sends it and watches what the running server does with it; prints one JSON observation
// and exits. Being PID 1 of the namespace, its exit makes the kernel kill everything the server
// started.
import { spawn, execFileSync } from 'node:child_process'
import { existsSync, openSync, readdirSync, readFileSync, readlinkSync, realpathSync } from 'node:fs'
import { request } from 'node:http'
import { classify } from './classify.mjs'
import { startNginx, underLoad, moveCurrent } from './rig.mjs'

const [appDir, command, envJson, signal, rigJson] = process.argv.slice(2)
/**
 * The release rig (__tests__/live/rig.mjs), when given: appDir is `<root>/current`, a symlink to
 * `<root>/releases/A`; before the signal Nginx is started in front of the socket, load runs through
 * it, and `current` is moved to `releases/B` just before the signal is sent.
 */
const rig = rigJson ? JSON.parse(rigJson) : null
// the folder the server was started in, whatever `current` points to later
const home = realpathSync(appDir)
execFileSync('mount', ['-t', 'tmpfs', 'tmpfs', '/tmp'])
try {
  execFileSync('ip', ['link', 'set', 'lo', 'up'], { stdio: 'ignore' })
} catch {
  // loopback is only needed for TCP clients; listening sockets are read from /proc
}

const out = openSync(`${home}/.live-stdout`, 'w')
const err = openSync(`${home}/.live-stderr`, 'w')
// detached: the server leads its own session, as under systemd, which calls setsid() for every
// service process (systemd.exec(5), exit code 220 EXIT_SETSID); this decides what job-control
// signals (TSTP, TTIN, TTOU) do to a process that does not handle them
const launcher = spawn('/bin/sh', ['-c', `exec ${command}`], { cwd: appDir, env: JSON.parse(envJson), stdio: ['ignore', out, err], detached: true })
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

/** the rig's Nginx processes are not the server's */
function nginx(pid) {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'nginx'
  } catch {
    return false
  }
}

/** processes of the namespace other than this observer (PID 1) and the rig's Nginx that are not zombies */
function others() {
  return readdirSync('/proc')
    .filter((n) => /^\d+$/.test(n) && n !== '1' && n !== String(process.pid))
    .filter((n) => alive(Number(n)) && !nginx(n))
}

/**
 * The puma_http11.so and pitchfork_http.so files the namespace's processes have mapped: proves
 * which Puma or Pitchfork is running (a build from ../shared/servers or Debian's), before and
 * after a restart re-executes or reforks it.
 */
function pumaLibs() {
  const libs = new Set()
  for (const pid of others()) {
    try {
      for (const line of readFileSync(`/proc/${pid}/maps`, 'utf8').split('\n')) {
        const path = line.split(/\s+/)[5]
        if (path?.endsWith('/puma_http11.so') || path?.endsWith('/pitchfork_http.so')) libs.add(path)
      }
    } catch {
      // the process ended while being read
    }
  }
  return [...libs].sort()
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

// until the observation has been the same for 1.5 s after something happened (plus the rig's boot
// time: a daemonizing server's launcher exits before the app it loads serves); up to 30 s, for a
// slow start on a busy machine (a server that starts in time stops the wait early)
const steady = 1500 + (rig ? rig.boot * 1000 : 0)
const started = Date.now()
let last = ''
let since = Date.now()
let current = await observe()
while (Date.now() - started < 30000) {
  await sleep(250)
  current = await observe()
  const key = JSON.stringify(current)
  if (key !== last) {
    last = key
    since = Date.now()
  }
  const happened = current.servesSocket || current.tcpPorts.length > 0 || exitCode !== null
  if (happened && Date.now() - since >= steady) break
}
current.pumaLibs = pumaLibs()
current.stderr = readFileSync(`${home}/.live-stderr`, 'utf8').split('\n').slice(0, 3).join(' | ').slice(0, 300)
// the server's own start-up lines (Puma logs its version and binds to stdout): for the report of a disagreement
current.stdout = readFileSync(`${home}/.live-stdout`, 'utf8').split('\n').filter(Boolean).slice(0, 10).join(' | ').slice(0, 600)
if (signal) current.restart = current.servesSocket ? await afterSignal(signal) : { effect: 'did not start' }
process.stdout.write(JSON.stringify(current) + '\n')
// run through sudo by a user who is not root (__tests__/live.test.ts): give that user back the app
// folder the server wrote into as root, so that the test can remove it
if (process.env.SUDO_UID && process.env.SUDO_GID) {
  try {
    execFileSync('chown', ['-R', `${process.env.SUDO_UID}:${process.env.SUDO_GID}`, rig ? rig.root : appDir])
  } catch {
    // the folder is removed by the test's cleanup, which reports what it could not remove
  }
}
process.exit(0)

/**
 * The inodes of the sockets listening at /tmp/web_server.sock (proc(5), /proc/net/unix: flag
 * __SO_ACCEPTCON 00010000). An unlinked socket keeps its path there while a process holds it open.
 */
function listeners() {
  const inodes = []
  for (const line of readFileSync('/proc/net/unix', 'utf8').split('\n').slice(1)) {
    const cols = line.trim().split(/\s+/)
    if (cols[7] === '/tmp/web_server.sock' && (parseInt(cols[3], 16) & 0x10000) !== 0) inodes.push(Number(cols[6]))
  }
  return inodes.sort((a, b) => a - b)
}

/** whether the process has the socket with this inode open */
function holds(pid, inode) {
  try {
    return readdirSync(`/proc/${pid}/fd`).some((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`) === `socket:[${inode}]`
      } catch {
        return false
      }
    })
  } catch {
    return false
  }
}

function pidInFile() {
  if (!existsSync('/tmp/web_server.pid')) return null
  const pid = Number(readFileSync('/tmp/web_server.pid', 'utf8').trim())
  return Number.isInteger(pid) && pid > 0 ? pid : null
}

function state(pid) {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '')[0]
  } catch {
    return null
  }
}

/**
 * The app's log files and what was written to the launcher's stdout and stderr; with the rig, also
 * the other release's log folder (a server that restarts in the moved `current` logs there)
 */
function logFiles() {
  const dirs = [`${home}/log`, ...(rig ? [`${rig.root}/releases/B/log`] : [])]
  return dirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.log') || f.endsWith('.err')).map((f) => `${dir}/${f}`) : []))
}

/** every log file's text, by path */
function logs() {
  return new Map([`${home}/.live-stdout`, `${home}/.live-stderr`, ...logFiles()].map((f) => [f, existsSync(f) ? readFileSync(f, 'utf8') : '']))
}

/** what was written since `before`; a rotated log continues in `<name>.rotated` */
function written(before) {
  let text = ''
  for (const [f, now] of logs()) text += now.slice(before.get(f)?.length ?? 0) + '\n'
  for (const [f, then] of before) if (existsSync(`${f}.rotated`)) text += readFileSync(`${f}.rotated`, 'utf8').slice(then.length) + '\n'
  return text
}

/** One probe, and one retry 100 ms later when it fails: `+` answered, `r` answered on the retry, `-` failed both. */
async function probe() {
  if ((await httpOnSocket()) !== null) return '+'
  await sleep(100)
  return (await httpOnSocket()) !== null ? 'r' : '-'
}

/**
 * Whether the server serves at the end: a probe with its retry; while one fails and a process
 * still holds a listening socket at the path (a re-exec still booting on a busy machine), up to
 * 10 s more. With no listener left, nothing can answer later: stopped.
 */
async function servingAtEnd() {
  for (const end = Date.now() + 10000; ; ) {
    if ((await probe()) !== '-') return true
    if (listeners().length === 0 || Date.now() >= end) return false
    await sleep(500)
  }
}

/**
 * Sends the signal the way a process manager does (to the PID in /tmp/web_server.pid, else to the
 * process it started), probes the socket every 0.2 s for 6 s (each failed probe retried once), then
 * gathers what identifies the effect (PIDs, listener inodes, processes, logs) and names it with
 * classify.mjs. Log files are renamed first: a server that reopens its logs creates them again.
 */
async function afterSignal(name) {
  // the rig: Nginx in front and load through it from 1 s before the signal, `current` moved to the
  // next release just before it (as a deploy does)
  const nginxReady = rig ? await startNginx() : null
  const load = rig && nginxReady === true ? underLoad({ clients: rig.clients, seconds: rig.boot + 8, lead: 1 }) : null
  if (load) await load.started
  if (rig) moveCurrent(rig.root, 'B')
  const target = (pidInFile() && alive(pidInFile()) ? pidInFile() : null) ?? (exitCode === null ? launcher.pid : Number(others()[0]))
  const before = { procs: new Set(others()), pidFile: pidInFile(), logs: logs(), listeners: listeners() }
  const rotated = logFiles()
  for (const f of rotated) execFileSync('mv', [f, `${f}.rotated`])
  load?.signalled()
  process.kill(target, `SIG${name.toUpperCase()}`)
  let trace = ''
  for (const end = Date.now() + 6000; Date.now() < end; ) {
    await sleep(200)
    trace += await probe()
  }
  const serving = await servingAtEnd()
  const log = written(before.logs)
  const procs = others()
  const appeared = procs.filter((p) => !before.procs.has(p))
  const vanished = [...before.procs].filter((p) => !procs.includes(p))
  const pidAfter = pidInFile()
  const listenersAfter = listeners()
  // the new PID serves a socket the old one listened on: inherited across an exec, not bound again
  const keptListener = pidAfter !== null && before.listeners.some((l) => holds(pidAfter, l))
  // a new process bound the socket again (a foreground Thin's HUP starts `thin start` as a child
  // and waits for it, so the old process stays, and the short outage between is not always probed)
  const rebound = listenersAfter.some((l) => !before.listeners.includes(l) && appeared.some((p) => holds(p, l)))
  const oldbin = existsSync('/tmp/web_server.pid.oldbin')
  const reopened = rotated.some((f) => existsSync(f)) || /reopening logs|reopen(ed|ing) log/i.test(log)
  const facts = { pumaLibs: pumaLibs(), target, targetAlive: alive(target), targetState: state(target), trace, failed: [...trace].filter((c) => c === '-').length, probes: trace.length, serving, pidBefore: before.pidFile, pidAfter, oldbin, listenersBefore: before.listeners, listenersAfter, keptListener, rebound, appeared: appeared.length, vanished: vanished.length, logsWatched: rotated.length > 0, reopened }
  const effect = classify({ ...facts, log })
  // the lines classify matched on, and the last ones, for a report (and for a recorded observation)
  const marks = log.split('\n').filter((l) => /Starting phased worker restart|inherited addr=|forked child re-executing|\* Restarting\.\.\.|\* Inherited unix:|reloading config_file|reopen|Terminating old mold/i.test(l))
  const measured = rig ? (load ? await load.done : { error: `nginx did not start: ${nginxReady}` }) : undefined
  return { effect, ...facts, log: [...new Set([...marks, ...log.split('\n').filter(Boolean).slice(-4)])].join(' | ').slice(0, 600), ...(measured ? { underLoad: measured } : {}) }
}
