#!/usr/bin/env bash
# .ci/puma-build.sh OUTDIR [VERSION...]
# Builds the Puma source trees that .ci/puma-sources.sh verified into OUTDIR/puma-VERSION/ (every
# version there, or the VERSIONs given), in place, for the live suite (__tests__/live.test.ts):
#   OUTDIR/puma-V/lib/puma/puma_http11.so   the compiled extension
#   OUTDIR/bin-V/puma, OUTDIR/bin-V/pumactl launchers
#   OUTDIR/puma-V/BUILD-INFO                written last: the live suite uses only complete builds
# The launchers are Ruby scripts that put this tree's lib/ first on the load path and `load` its
# bin/ script, so `$0` stays the launcher: Puma's hot restart re-executes `[Gem.ruby, $0, *argv]`,
# and comes back as the same build (a shell wrapper around `ruby -I lib bin/puma` would come back
# as whatever `puma` the load path finds first, e.g. Debian's 5.6.5).
# Build dependencies from apt (with sudo when not root; SKIP_APT=1 skips): ruby ruby-dev gcc make
# libc6-dev libssl-dev ruby-nio4r ruby-rack. A build of the same verified source is kept
# (FORCE=1 rebuilds). When the extension does not compile with SSL, it is built without it.
set -euo pipefail
out="${1:?usage: .ci/puma-build.sh OUTDIR [VERSION...]}"
shift
out="$(cd "$out" && pwd)"

if [ "${SKIP_APT:-}" != 1 ]; then
  missing=()
  for p in ruby ruby-dev gcc make libc6-dev libssl-dev ruby-nio4r ruby-rack; do
    dpkg-query -W -f '${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "puma-build: installing ${missing[*]}"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }
  fi
fi
ruby_bin="$(ruby -e 'print RbConfig.ruby')"

versions=("$@")
if [ ${#versions[@]} -eq 0 ]; then
  for d in "$out"/puma-*/; do [ -f "$d/.source-sha256" ] && versions+=("$(basename "$d" | sed 's/^puma-//')"); done
fi

for v in "${versions[@]}"; do
  src="$out/puma-$v"
  bin="$out/bin-$v"
  [ -f "$src/.source-sha256" ] || { echo "puma-build: $src has no verified source (run .ci/puma-sources.sh first)" >&2; exit 1; }
  source_line="$(cat "$src/.source-sha256")"
  if [ "${FORCE:-}" != 1 ] && [ -f "$src/BUILD-INFO" ] && grep -qxF "source=$source_line" "$src/BUILD-INFO" && [ -x "$bin/puma" ] && [ -x "$bin/pumactl" ]; then
    echo "puma $v: already built in $src"
    continue
  fi
  rm -f "$src/BUILD-INFO"
  began=$(date +%s.%N)
  log="$src/BUILD-LOG"
  : >"$log"
  compile() { # extra env for extconf
    (cd "$src/ext/puma_http11" && { make distclean >/dev/null 2>&1 || true; } && env "$@" "$ruby_bin" extconf.rb && make -j"$(nproc)") >>"$log" 2>&1
  }
  ssl=yes
  if [ -n "${PUMA_DISABLE_SSL:-}" ] || ! compile PUMA_BUILD_SSL=1; then
    # 3.x and 4.x read DISABLE_SSL, later releases PUMA_DISABLE_SSL
    [ -z "${PUMA_DISABLE_SSL:-}" ] && echo "puma $v: the extension did not compile with SSL; building it without (see $log)" >&2
    ssl=no
    compile DISABLE_SSL=1 PUMA_DISABLE_SSL=1 || { echo "puma $v: the extension did not compile: $log" >&2; tail -n 20 "$log" >&2; exit 1; }
  fi
  grep -q 'HAVE_OPENSSL\|-lssl' "$src/ext/puma_http11/Makefile" || ssl=no
  cp "$src/ext/puma_http11/puma_http11.so" "$src/lib/puma/puma_http11.so"
  # the tree's own lib and extension load (not another Puma on the system) and say this version
  loaded="$("$ruby_bin" -e '$LOAD_PATH.unshift ARGV[0]; require "puma"; require "puma/puma_http11"; print Puma::Const::PUMA_VERSION, " ", $LOADED_FEATURES.grep(/puma_http11\.so\z/).first' "$src/lib")" \
    || { echo "puma $v: the built lib does not load" >&2; exit 1; }
  [ "$loaded" = "$v $src/lib/puma/puma_http11.so" ] || { echo "puma $v: the built lib loaded as '$loaded'" >&2; exit 1; }
  mkdir -p "$bin"
  for tool in puma pumactl; do
    printf '#!%s\n# puma %s %s, built by .ci/puma-build.sh\n$LOAD_PATH.unshift %s\nload %s\n' \
      "$ruby_bin" "$v" "$tool" "\"$src/lib\"" "\"$src/bin/$tool\"" >"$bin/$tool"
    chmod 755 "$bin/$tool"
  done
  seconds="$(awk -v a="$began" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }')"
  {
    echo "version=$v"
    echo "source=$source_line"
    echo "ruby=$("$ruby_bin" -v)"
    echo "ssl=$ssl"
    echo "built_at=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "build_seconds=$seconds"
  } >"$src/BUILD-INFO"
  echo "puma $v: built (ssl=$ssl) in $src; launchers in $bin"
done
