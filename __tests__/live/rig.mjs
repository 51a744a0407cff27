// The restart rig of the live suite (issue 25, item 1): what stands around a Cloud 66 custom web
// server on deploy, inside the observer's private namespaces (observe.mjs):
// - Debian's Nginx on loopback port 80, proxying to unix:/tmp/web_server.sock (the configuration:
//   docs/research/cloud66.md#nginx-in-front-of-a-custom-web-server; what Cloud 66 does not publish
//   is nginx's default, and said to be an assumption there);
// - a release folder layout, releases/A and releases/B with `current` pointing at A, moved to B
//   just before the signal by renaming a new symlink over it (atomic, as a deploy does);
// - steady, bounded concurrent load through Nginx from 1 s before the signal until the boot time
//   plus 8 s after it, recording every request: its status, how long it waited, and which release
//   and PID answered, and the PID's parent (the rig's config.ru prelude adds the headers x-release,
//   x-pid and x-ppid).
// Everything it writes is under the namespace's own tmpfs /tmp, except the `current` symlink,
// which lives in the run's copy of the case (made by __tests__/live.test.ts).
import { spawn } from 'node:child_process'
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from 'node:fs'
import { Agent, request } from 'node:http'

const sleep = (ms) => new Promise((r) => setTimeout(r, ms))

/**
 * The Nginx configuration. Set as Cloud 66 documents its defaults (help.cloud66.com/docs/servers/nginx,
 * "Default Nginx configuration"): worker_connections 1024, keepalive_timeout 65,
 * client_max_body_size 50m, sendfile on, server_tokens off, underscores_in_headers on, listen 80.
 * The upstream block Cloud 66 writes for a custom web server is not published (UNCONFIRMED): here
 * it is nginx's default, one `server unix:/tmp/web_server.sock;` (a single server is never marked
 * unavailable, so max_fails and fail_timeout do not apply; proxy_next_upstream has no other server;
 * HTTP/1.0 to the upstream, no upstream keepalive; proxy_connect_timeout and proxy_read_timeout 60 s).
 * worker_processes is set by Cloud 66 from the instance size; 1 here. The workers run as root only
 * so that they may connect to a socket created with the server's umask (the socket's permissions
 * are not what is measured).
 */
export const NGINX_CONF = `daemon off;
master_process on;
user root;
worker_processes 1;
pid /tmp/rig/nginx.pid;
error_log /tmp/rig/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path /tmp/rig/client_body;
  proxy_temp_path /tmp/rig/proxy;
  fastcgi_temp_path /tmp/rig/fastcgi;
  uwsgi_temp_path /tmp/rig/uwsgi;
  scgi_temp_path /tmp/rig/scgi;
  underscores_in_headers on;
  default_type application/octet-stream;
  client_max_body_size 50m;
  sendfile on;
  server_tokens off;
  keepalive_timeout 65;
  upstream custom_web {
    server unix:/tmp/web_server.sock;
  }
  server {
    listen 127.0.0.1:80 default_server;
    server_name _;
    location / {
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_pass http://custom_web;
    }
  }
}
`

/**
 * How long a client waits for one answer before it counts the request as failed: longer than
 * Nginx's own proxy_connect_timeout and proxy_read_timeout (60 s, its defaults above), so a slow
 * upstream shows as the 504 Nginx would give a real visitor, and over 10x the longest wait measured
 * (4.4 s: `rails server`'s hot restart with a 3 s boot, docs/restart.md), so a busy machine does not
 * turn a slow answer into a failure.
 */
const CLIENT_TIMEOUT_MS = 65000

/** one GET through Nginx: status, release, PID, or the kind of failure, and how long it took */
function get(agent, timeoutMs) {
  const began = Date.now()
  return new Promise((resolve) => {
    const done = (r) => resolve({ began, ms: Date.now() - began, ...r })
    const req = request({ host: '127.0.0.1', port: 80, path: '/', agent, timeout: timeoutMs }, (res) => {
      res.resume()
      res.on('end', () => done({ status: res.statusCode, release: res.headers['x-release'] ?? null, pid: res.headers['x-pid'] ?? null, ppid: res.headers['x-ppid'] ?? null }))
      res.on('error', () => done({ kind: 'connection' }))
    })
    req.on('timeout', () => {
      req.destroy()
      done({ kind: 'timeout' })
    })
    req.on('error', (e) => done({ kind: e.code === 'ECONNRESET' && Date.now() - began >= timeoutMs ? 'timeout' : 'connection' }))
    req.end()
  })
}

/** Starts Nginx (logging to /tmp/rig/error.log) and waits until it answers: true, or why not. */
export async function startNginx() {
  for (const d of ['', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(`/tmp/rig/${d}`, { recursive: true })
  writeFileSync('/tmp/rig/nginx.conf', NGINX_CONF)
  let exited = null
  const n = spawn('/usr/sbin/nginx', ['-p', '/tmp/rig/', '-e', '/tmp/rig/error.log', '-c', '/tmp/rig/nginx.conf'], { stdio: 'ignore' })
  n.on('exit', (code) => (exited = code))
  n.on('error', (e) => (exited = e.message))
  const agent = new Agent({ keepAlive: false })
  for (const end = Date.now() + 5000; Date.now() < end && exited === null; ) {
    const r = await get(agent, 1000)
    if (r.status) return true
    await sleep(100)
  }
  return exited === null ? 'no answer on 127.0.0.1:80 in 5 s' : `nginx exited: ${exited}`
}

/** Points `<root>/current` at `releases/<release>` by renaming a new symlink over it (atomic). */
export function moveCurrent(root, release) {
  symlinkSync(`releases/${release}`, `${root}/current.next`)
  renameSync(`${root}/current.next`, `${root}/current`)
}

/**
 * Steady load through Nginx: `clients` clients, each sending one request after another (100 ms
 * apart, keep-alive to Nginx, a 65 s client timeout: CLIENT_TIMEOUT_MS), from `lead` seconds before the signal until
 * `seconds` after it, and then on until the answers have settled (settled()). `started` resolves when the lead time has passed; call `signalled()` at the
 * signal; `done` resolves with the summary (summarise()).
 */
export function underLoad({ clients, seconds, lead }) {
  const agent = new Agent({ keepAlive: true, maxSockets: clients })
  const results = []
  // the requests now waiting for their answer: { began }
  const waiting = new Set()
  let signalAt = null
  let stop = Infinity
  let resolveSignalled
  const signalledP = new Promise((r) => (resolveSignalled = r))
  const client = async () => {
    // past `seconds`, the load goes on while the answers have not settled (settled()), up to SETTLE_CAP_MS
    while (Date.now() < stop || (Date.now() < stop + SETTLE_CAP_MS && !settled(results, waiting, Date.now()))) {
      const asking = { began: Date.now() }
      waiting.add(asking)
      results.push(await get(agent, CLIENT_TIMEOUT_MS))
      waiting.delete(asking)
      await sleep(100)
    }
  }
  const runs = Array.from({ length: clients }, client)
  const started = sleep(lead * 1000)
  const done = (async () => {
    await signalledP
    stop = signalAt + seconds * 1000
    await Promise.all(runs)
    agent.destroy()
    // the clients stop once the answers have settled: the summary's last SETTLE_MS end there
    return summarise(results, signalAt, Date.now())
  })()
  return {
    started,
    signalled: () => {
      signalAt = Date.now()
      resolveSignalled()
    },
    done
  }
}

/**
 * The window `settled` compares, and how much longer than its `seconds` the load may go on to
 * settle: over 10x the longest wait measured (4.4 s; CLIENT_TIMEOUT_MS), so that a restart a busy
 * machine makes slow is still seen to its end rather than cut at a fixed time.
 */
const SETTLE_MS = 2000
const SETTLE_CAP_MS = 60000

/**
 * Whether the answers have settled at `now`: no request has waited through the last SETTLE_MS,
 * and the answers of the last SETTLE_MS and of the SETTLE_MS before them came from the same
 * releases and the same parents (a restart still under way changes them; two masters side by
 * side both stay). Counted in answers, not in time after the signal.
 */
export function settled(results, waiting, now) {
  if ([...waiting].some((w) => w.began < now - SETTLE_MS)) return false
  const seen = (from, to) => [...new Set(results.filter((r) => r.release && r.began + r.ms >= from && r.began + r.ms < to).map((r) => `${r.release} ${r.ppid}`))].sort().join(',')
  return seen(now - SETTLE_MS, now) === seen(now - 2 * SETTLE_MS, now - SETTLE_MS)
}

/**
 * What the load saw: requests sent (M), failed (N) by kind (502, 504, another status than the one
 * answered before the signal, connection error, client timeout), the longest wait, the PIDs that
 * answered before the signal and in the last 2 s, which releases answered in the last 2 s (after
 * settling), whether the new release (B) serves then, whether processes of two parents (two
 * masters) both answer then (side by side), whether both releases do, and how long both releases answered after the
 * signal (from the first B answer to the last A answer).
 */
export function summarise(results, signalAt, end) {
  const before = results.filter((r) => r.began < signalAt)
  const statuses = new Map()
  for (const r of before) if (r.status) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1)
  const usual = [...statuses].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 200
  const failed = { 502: 0, 504: 0, status: 0, connection: 0, timeout: 0 }
  for (const r of results) {
    if (r.kind) failed[r.kind]++
    else if (r.status === 502 || r.status === 504) failed[r.status]++
    else if (r.status !== usual) failed.status++
  }
  const settledAnswers = results.filter((r) => r.began + r.ms >= end - SETTLE_MS && r.release)
  const after = results.filter((r) => r.began >= signalAt && r.release)
  const releasesAfter = [...new Set(settledAnswers.map((r) => r.release))].sort()
  const pidsBefore = [...new Set(before.map((r) => r.pid).filter(Boolean))].sort()
  const pidsAfter = [...new Set(settledAnswers.map((r) => r.pid).filter(Boolean))].sort()
  const parentsAfter = [...new Set(settledAnswers.map((r) => r.ppid).filter(Boolean))].sort()
  const firstB = Math.min(...after.filter((r) => r.release === 'B').map((r) => r.began + r.ms))
  const lastA = Math.max(...after.filter((r) => r.release === 'A').map((r) => r.began + r.ms))
  const failedCount = Object.values(failed).reduce((a, b) => a + b, 0)
  const firstFail = results.find((r) => r.kind || r.status === 502 || r.status === 504)
  return {
    sent: results.length,
    failed: failedCount,
    failedBy: failed,
    status: usual,
    longestMs: Math.max(0, ...results.map((r) => r.ms)),
    releasesAfter,
    newServes: releasesAfter.includes('B'),
    // processes of two parents (two masters: Unicorn's USR2 without a QUIT of the old master)
    // answer after settling, whichever release they run; one more worker of the same master is not
    sideBySide: parentsAfter.length > 1,
    releasesSideBySide: releasesAfter.length > 1,
    bothMs: Number.isFinite(firstB) && Number.isFinite(lastA) && lastA > firstB ? lastA - firstB : 0,
    pidsBefore,
    pidsAfter,
    parentsAfter,
    firstFailAfterMs: firstFail ? firstFail.began - signalAt : null,
    windowMs: end - signalAt
  }
}
