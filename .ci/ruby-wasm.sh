#!/usr/bin/env bash
# The real Rubies 3.2, 3.3, 3.4 and 4.0 for the ground-truth tests (__tests__/helpers/rubies.ts):
# CRuby built for WASI, from the npm registry, into a cache outside the repository (test-only: never
# a dependency in package.json, never in dist/). Ruby 3.1 is Debian's `ruby`, installed by .ci/run.
#   bash .ci/ruby-wasm.sh [DIR]    # DIR defaults to $RACK_CHECK_RUBY_WASM, else ~/.cache/rack-check/ruby-wasm
# Installs only what is missing (about 390 MB in all). With RACK_CHECK_OFFLINE=1 it never downloads:
# it says what is missing and exits 1. docs/maintainers/testing.md, "The real Rubies".
set -euo pipefail
DIR="${1:-${RACK_CHECK_RUBY_WASM:-${XDG_CACHE_HOME:-$HOME/.cache}/rack-check/ruby-wasm}}"
VERSION=2.10.1 # Ruby 3.2.4, 3.3.3, 3.4.1 and 4.0.0
want=()
[ -f "$DIR/node_modules/@ruby/wasm-wasi/dist/esm/node.js" ] || want+=("@ruby/wasm-wasi@$VERSION")
for line in 3.2 3.3 3.4 4.0; do
  [ -f "$DIR/node_modules/@ruby/$line-wasm-wasi/dist/ruby+stdlib.wasm" ] || want+=("@ruby/$line-wasm-wasi@$VERSION")
done
if [ "${#want[@]}" -eq 0 ]; then
  echo "ruby-wasm: 3.2 3.3 3.4 4.0 in $DIR"
  exit 0
fi
if [ "${RACK_CHECK_OFFLINE:-}" = 1 ]; then
  echo "ruby-wasm: missing ${want[*]} in $DIR, and RACK_CHECK_OFFLINE=1: not downloaded" >&2
  exit 1
fi
mkdir -p "$DIR"
# every package at once: npm install --no-save would remove the ones installed before and not named
npm install --prefix "$DIR" --no-save --no-audit --no-fund --no-package-lock "@ruby/wasm-wasi@$VERSION" "@ruby/3.2-wasm-wasi@$VERSION" "@ruby/3.3-wasm-wasi@$VERSION" "@ruby/3.4-wasm-wasi@$VERSION" "@ruby/4.0-wasm-wasi@$VERSION"
echo "ruby-wasm: 3.2 3.3 3.4 4.0 in $DIR"
