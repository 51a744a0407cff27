#!/usr/bin/env bash
# .ci/pitchfork-build.sh OUTDIR [VERSION]
# Builds Pitchfork (default 0.18.1) for the live suite (__tests__/live.test.ts), from a source tarball
# checked against .ci/servers.sha256 before anything is unpacked:
#   OUTDIR/pitchfork-V/lib/pitchfork/pitchfork_http.so   the compiled extension
#   OUTDIR/bin-V/pitchfork                               the launcher
#   OUTDIR/pitchfork-V/BUILD-INFO                        written last: the live suite uses only complete builds
# The tarball pitchfork-V.tar.gz comes from a folder named by RACK_CHECK_SERVER_SOURCES (colon-separated),
# else ../shared/servers/pitchfork beside the checkout; its uncompressed tar stream must have the sum
# listed for pitchfork-V.tar (so any gzip of the same `git archive` passes). Nothing is downloaded.
# The launcher is a Ruby binstub like .ci/puma-build.sh's (`$LOAD_PATH.unshift` this tree's lib, then
# `load` its exe/pitchfork), so `$0` and the process titles stay `pitchfork`; Pitchfork never
# re-executes itself (its USR2 is a refork), so nothing else depends on it.
# Build dependencies from apt (with sudo when not root; SKIP_APT=1 skips): ruby ruby-dev gcc make
# libc6-dev ruby-rack (rack >= 2.0; Ruby's default gem logger is the other runtime dependency).
# A build of the same verified source is kept (FORCE=1 rebuilds).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
list="$here/servers.sha256"
out="${1:?usage: .ci/pitchfork-build.sh OUTDIR [VERSION]}"
v="${2:-0.18.1}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"
src="$out/pitchfork-$v"
bin="$out/bin-$v"

sum="$(awk -v f="pitchfork-$v.tar" '!/^#/ && $2 == f { print $1 }' "$list")"
[ -n "$sum" ] || { echo "pitchfork $v: not in $list" >&2; exit 1; }
if [ "${FORCE:-}" != 1 ] && [ -f "$src/BUILD-INFO" ] && grep -qx "source_sha256=$sum" "$src/BUILD-INFO" && [ -x "$bin/pitchfork" ]; then
  echo "pitchfork $v: already built in $src"
  exit 0
fi

dirs=()
IFS=: read -r -a given <<<"${RACK_CHECK_SERVER_SOURCES:-}"
for d in "${given[@]}"; do [ -n "$d" ] && dirs+=("$d"); done
shared="$(cd "$here/../.." && pwd)/shared/servers/pitchfork"
[ -d "$shared" ] && dirs+=("$shared")
tarball=""
why=()
for d in "${dirs[@]}"; do
  f="$d/pitchfork-$v.tar.gz"
  [ -f "$f" ] || continue
  got="$(gzip -dc "$f" | sha256sum | cut -d' ' -f1)"
  if [ "$got" = "$sum" ]; then tarball="$f"; break; fi
  why+=("$f holds a tar stream with sha256 $got, not $sum")
done
if [ -z "$tarball" ]; then
  echo "pitchfork $v: *** NO VERIFIED SOURCE ***" >&2
  [ ${#dirs[@]} -eq 0 ] && echo "  - no source folder (RACK_CHECK_SERVER_SOURCES unset, no ../shared/servers/pitchfork)" >&2
  for w in "${why[@]}"; do echo "  - $w" >&2; done
  exit 1
fi

if [ "${SKIP_APT:-}" != 1 ]; then
  missing=()
  for p in ruby ruby-dev gcc make libc6-dev ruby-rack; do
    dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "pitchfork-build: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
  fi
fi
ruby_bin="$(ruby -e 'print RbConfig.ruby')"

began=$(date +%s.%N)
scratch="$(mktemp -d "$out/.build-pitchfork-$v.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
# the verified stream itself is unpacked (not the file again, which could have changed since)
gzip -dc "$tarball" >"$scratch/src.tar"
[ "$(sha256sum <"$scratch/src.tar" | cut -d' ' -f1)" = "$sum" ] || { echo "pitchfork $v: $tarball changed while it was read" >&2; exit 1; }
tar -x -C "$scratch" -f "$scratch/src.tar"
tree="$scratch/pitchfork-$v"
[ -f "$tree/exe/pitchfork" ] && [ -f "$tree/ext/pitchfork_http/extconf.rb" ] || { echo "pitchfork $v: $tarball has no exe/pitchfork or ext/pitchfork_http/extconf.rb" >&2; exit 1; }
log="$tree/BUILD-LOG"
(cd "$tree/ext/pitchfork_http" && "$ruby_bin" extconf.rb && make -j"$(nproc)") >>"$log" 2>&1 || { echo "pitchfork $v: the extension did not compile" >&2; tail -n 20 "$log" >&2; exit 1; }
cp "$tree/ext/pitchfork_http/pitchfork_http.so" "$tree/lib/pitchfork/pitchfork_http.so"
# the tree's own lib and extension load (rack and logger from the system) and say this version
loaded="$(cd / && "$ruby_bin" -e '$LOAD_PATH.unshift ARGV[0]; require "pitchfork/launcher"; print Pitchfork::VERSION, " ", $LOADED_FEATURES.grep(/pitchfork_http\.so\z/).first' "$tree/lib")" \
  || { echo "pitchfork $v: the built lib does not load" >&2; exit 1; }
[ "$loaded" = "$v $tree/lib/pitchfork/pitchfork_http.so" ] || { echo "pitchfork $v: the built lib loaded as '$loaded'" >&2; exit 1; }
rm -rf "$src" "$bin"
mv "$tree" "$src"
mkdir -p "$bin"
printf '#!%s\n# pitchfork %s, built by .ci/pitchfork-build.sh\n$LOAD_PATH.unshift %s\nload %s\n' "$ruby_bin" "$v" "\"$src/lib\"" "\"$src/exe/pitchfork\"" >"$bin/pitchfork"
chmod 755 "$bin/pitchfork"
seconds="$(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
{
  echo "version=$v"
  echo "source_sha256=$sum"
  echo "source=$tarball"
  echo "ruby=$("$ruby_bin" -v)"
  echo "built_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "build_seconds=$seconds"
} >"$src/BUILD-INFO"
echo "pitchfork $v: built in $src; launcher in $bin"
