#!/bin/bash
# Measures, by hand, which release a restarted server serves after a deploy moves the `current`
# symlink (issue 25, item 2; docs/research/servers.md#measured-restart-release and
# #measured-unicorn-old-master). Not run by `npm test`: it needs root (or passwordless sudo),
# `unshare`, Debian's puma, unicorn and curl, and the Puma builds of .ci/puma-build.sh in
# ~/.cache/rack-check/puma.
#
#   bash scripts/measure-restart-release.sh puma      # every Puma build × start × signal
#   MEASURE_STARTS=nopwd bash scripts/measure-restart-release.sh puma   # one way of starting only
#   bash scripts/measure-restart-release.sh unicorn   # Unicorn USR2 with and without the old-master QUIT
#
# Everything runs inside a private mount, PID and network namespace with its own tmpfs /tmp, as
# __tests__/live/observe.mjs does: the app is /tmp/app (releases/A, releases/B, `current` → A),
# the server listens on /tmp/web_server.sock and writes /tmp/web_server.pid.
set -u
if [ -z "${RESTART_RELEASE_INSIDE:-}" ]; then
  sudo=()
  [ "$(id -u)" = 0 ] || sudo=(sudo -n)
  exec "${sudo[@]}" unshare --mount --pid --net --fork --mount-proc env RESTART_RELEASE_INSIDE=1 HOME="$HOME" bash "$0" "$@"
fi
mount -t tmpfs tmpfs /tmp
ip link set lo up 2>/dev/null
BUILDS=${PUMA_BUILDS:-$HOME/.cache/rack-check/puma}

ask() { curl -s -m 2 --unix-socket /tmp/web_server.sock http://app/ 2>/dev/null || echo '-'; }

# releases A and B, each answering its own name and the worker's working directory
layout() {
  rm -rf /tmp/app /tmp/web_server.*
  for r in A B; do
    mkdir -p /tmp/app/releases/$r
    printf 'run ->(env) { [200, { "content-type" => "text/plain" }, ["%s " + Dir.pwd]] }\n' $r >/tmp/app/releases/$r/config.ru
  done
  ln -s releases/A /tmp/app/current
}

wait_for() { # wait_for WANT SECONDS: poll until the answer starts with WANT
  local i answer
  for ((i = 0; i < $2 * 5; i++)); do
    answer=$(ask)
    [ "${answer%% *}" = "$1" ] && return 0
    sleep 0.2
  done
  return 1
}

# stop_all: everything the measurement started (this namespace holds nothing else but this shell)
stop_all() {
  local p
  for p in $(pgrep -f 'puma|unicorn'); do kill -KILL "$p" 2>/dev/null; done
  sleep 0.3
}

# puma_case LABEL LAUNCHER RUBYLIB START SIGNAL [ARGS…]: START is `pwd` (a login shell's `cd`
# into the symlink: PWD=/tmp/app/current), `nopwd` (PWD unset, the process's directory the
# resolved release) or `dir` (PWD unset, `--dir /tmp/app/current`, Cloud 66's fix)
puma_case() {
  local label=$1 launcher=$2 rubylib=$3 start=$4 signal=$5
  shift 5
  layout
  local args=(-b unix:///tmp/web_server.sock --pidfile /tmp/web_server.pid "$@")
  [ "$start" = dir ] && args+=(--dir /tmp/app/current)
  (
    cd /tmp/app/current || exit 1
    if [ "$start" = pwd ]; then export PWD=/tmp/app/current; else unset PWD; fi
    exec env ${rubylib:+RUBYLIB=$rubylib} setsid "$launcher" "${args[@]}" >/tmp/app/log 2>&1
  ) &
  if ! wait_for A 20; then
    echo "$label	$start	$signal	did not start: $(tail -1 /tmp/app/log)"
    stop_all
    return
  fi
  ln -sfn releases/B /tmp/app/current.new && mv -T /tmp/app/current.new /tmp/app/current
  kill -"$signal" "$(cat /tmp/web_server.pid)"
  local after
  if wait_for B 15; then after=B; else after=A; fi
  sleep 1
  # the log says whether a restart happened at all (Puma logs "Restarting…" or "- phased-restart…")
  echo "$label	$start	$signal	serves $after ($(ask); log lines naming a restart: $(grep -ci 'restart' /tmp/app/log))"
  stop_all
}

puma_all() {
  printf 'build\tstart\tsignal\tafter the restart\n'
  local v builds=()
  for v in 3.12.6 4.3.12 6.6.1 7.2.1 8.0.2; do
    [ -x "$BUILDS/bin-$v/puma" ] && builds+=("$v|$BUILDS/bin-$v/puma|$BUILDS/puma-$v/lib")
  done
  builds+=("5.6.5 (Debian)|/usr/bin/puma|")
  local b label launcher lib start
  for b in "${builds[@]}"; do
    IFS='|' read -r label launcher lib <<<"$b"
    for start in ${MEASURE_STARTS:-pwd nopwd dir}; do
      puma_case "$label single" "$launcher" "$lib" $start USR2
      puma_case "$label cluster" "$launcher" "$lib" $start USR2 -w 2
      puma_case "$label cluster" "$launcher" "$lib" $start USR1 -w 2
    done
  done
}

# unicorn_case HOOK: the Cloud 66 sample's config with (`quit`) or without (`none`) its
# `before_fork` that sends QUIT to the old master; `working_directory` is the symlink, as the
# sample's "#{ENV['STACK_PATH']}", so only the old master decides which code serves
unicorn_case() {
  local hook=$1
  layout
  cat >/tmp/app/unicorn.rb <<'RUBY'
worker_processes 2
working_directory "/tmp/app/current"
listen "/tmp/web_server.sock", :backlog => 64
pid "/tmp/web_server.pid"
preload_app true
RUBY
  if [ "$hook" = quit ]; then
    cat >>/tmp/app/unicorn.rb <<'RUBY'
before_fork do |server, worker|
  old_pid = '/tmp/web_server.pid.oldbin'
  if File.exist?(old_pid) && server.pid != old_pid
    begin
      Process.kill("QUIT", File.read(old_pid).to_i)
    rescue Errno::ENOENT, Errno::ESRCH
    end
  end
end
RUBY
  fi
  (cd /tmp/app/current && unset PWD && exec setsid unicorn -c /tmp/app/unicorn.rb >/tmp/app/log 2>&1) &
  if ! wait_for A 20; then
    echo "hook=$hook did not start: $(tail -1 /tmp/app/log)"
    stop_all
    return
  fi
  ln -sfn releases/B /tmp/app/current.new && mv -T /tmp/app/current.new /tmp/app/current
  kill -USR2 "$(cat /tmp/web_server.pid)"
  wait_for B 15
  local t a b i
  for t in 2 10 30; do
    sleep $((t == 2 ? 2 : t == 10 ? 8 : 20))
    a=0 b=0
    for ((i = 0; i < 100; i++)); do
      case "$(ask)" in A*) a=$((a + 1)) ;; B*) b=$((b + 1)) ;; esac
    done
    echo "hook=$hook	${t}s after USR2	masters=$(pgrep -c -f 'unicorn master')	of 100 requests: A=$a B=$b	oldbin=$([ -e /tmp/web_server.pid.oldbin ] && echo present || echo gone)"
  done
  stop_all
}

case "${1:-}" in
  puma) puma_all ;;
  unicorn)
    unicorn_case none
    unicorn_case quit
    ;;
  *)
    echo "usage: $0 puma|unicorn" >&2
    exit 2
    ;;
esac
