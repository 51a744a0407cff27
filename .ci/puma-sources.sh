#!/usr/bin/env bash
# .ci/puma-sources.sh DEST [VERSION...]
# Puts the verified source tree of each Puma release in .ci/servers.sha256 (or of the VERSIONs
# given) in DEST/puma-VERSION/, for .ci/puma-build.sh. Every source is checked against the sha256
# in .ci/servers.sha256 before it is unpacked; the first one that is present (or downloadable) and
# matches is used:
#   1. a folder of sources named by RACK_CHECK_SERVER_SOURCES (colon-separated), then
#      ../shared/servers/puma beside the checkout: puma-V.gem (checked as the file) or puma-V.tar.gz
#      (checked as its uncompressed tar stream);
#   2. unless RACK_CHECK_OFFLINE=1: the .gem from rubygems.org (curl);
#   3. unless RACK_CHECK_OFFLINE=1: the release tag from GitHub (git fetch), whose commit must be the
#      one listed and whose `git archive` tar stream must have the listed sum (RACK_CHECK_PUMA_GIT
#      names another repository to fetch the tag from, e.g. a local mirror; the same checks apply).
# With no verified source for a version it says why for each source and exits 1. A tree that was
# verified before (DEST/puma-V/.source-sha256) is kept. Prints one line per version.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
list="$here/servers.sha256"
dest="${1:?usage: .ci/puma-sources.sh DEST [VERSION...]}"
shift
mkdir -p "$dest"
dest="$(cd "$dest" && pwd)"
# what the tar sums cover (the gem's files plus docs and the top-level files)
ARCHIVE_PATHS=(lib ext bin docs puma.gemspec LICENSE README.md History.md)

dirs=()
IFS=: read -r -a given <<<"${RACK_CHECK_SERVER_SOURCES:-}"
for d in "${given[@]}"; do [ -n "$d" ] && dirs+=("$d"); done
shared="$(cd "$here/../.." && pwd)/shared/servers/puma"
[ -d "$shared" ] && dirs+=("$shared")

sha() { sha256sum | cut -d' ' -f1; }
# the list's entry for a file name: "SUM SOURCE"
entry() { awk -v f="$1" '!/^#/ && $2 == f { print $1, $3 }' "$list"; }

versions=("$@")
if [ ${#versions[@]} -eq 0 ]; then
  mapfile -t versions < <(awk '!/^#/ && $2 ~ /^puma-/ { f = $2; sub(/^puma-/, "", f); sub(/\.(gem|tar)$/, "", f); print f }' "$list" | sort -uV)
fi

# unpack a verified source into DEST/puma-V (through a scratch folder: never a half tree)
install_tree() { # VERSION KIND FILE SUM FROM
  local v="$1" kind="$2" file="$3" sum="$4" from="$5" scratch
  scratch="$(mktemp -d "$dest/.unpack-$v.XXXXXX")"
  if [ "$kind" = gem ]; then
    mkdir "$scratch/puma-$v"
    tar -xOf "$file" data.tar.gz | tar -xz -C "$scratch/puma-$v"
  else
    tar -x -C "$scratch" -f "$file"
  fi
  [ -f "$scratch/puma-$v/ext/puma_http11/extconf.rb" ] && [ -f "$scratch/puma-$v/bin/puma" ] || { echo "puma $v: $from has no ext/puma_http11/extconf.rb or bin/puma" >&2; rm -rf "$scratch"; return 1; }
  printf '%s %s %s\n' "$kind" "$sum" "$from" >"$scratch/puma-$v/.source-sha256"
  rm -rf "$dest/puma-$v"
  mv "$scratch/puma-$v" "$dest/puma-$v"
  rm -rf "$scratch"
  echo "puma $v: source verified ($kind sha256 ${sum:0:12}…) from $from"
}

status=0
for v in "${versions[@]}"; do
  read -r gem_sum gem_url <<<"$(entry "puma-$v.gem")" || true
  read -r tar_sum tar_src <<<"$(entry "puma-$v.tar")" || true
  if [ -z "${gem_sum:-}" ] && [ -z "${tar_sum:-}" ]; then echo "puma $v: not in $list" >&2; status=1; continue; fi
  if [ -f "$dest/puma-$v/.source-sha256" ] && { grep -q " ${gem_sum:-none} " "$dest/puma-$v/.source-sha256" || grep -q " ${tar_sum:-none} " "$dest/puma-$v/.source-sha256"; }; then
    echo "puma $v: source already verified in $dest/puma-$v"
    continue
  fi
  why=()
  done_v=""
  # 1. local folders
  for d in "${dirs[@]}"; do
    if [ -n "${gem_sum:-}" ] && [ -f "$d/puma-$v.gem" ]; then
      got="$(sha <"$d/puma-$v.gem")"
      if [ "$got" = "$gem_sum" ]; then install_tree "$v" gem "$d/puma-$v.gem" "$got" "$d/puma-$v.gem" && { done_v=1; break; }
      else why+=("$d/puma-$v.gem has sha256 $got, not $gem_sum"); fi
    fi
    if [ -n "${tar_sum:-}" ] && [ -f "$d/puma-$v.tar.gz" ]; then
      got="$(gzip -dc "$d/puma-$v.tar.gz" | sha)"
      if [ "$got" = "$tar_sum" ]; then
        tmp="$(mktemp "$dest/.puma-$v.tar.XXXXXX")"
        gzip -dc "$d/puma-$v.tar.gz" >"$tmp"
        install_tree "$v" tar "$tmp" "$got" "$d/puma-$v.tar.gz" && done_v=1
        rm -f "$tmp"
        [ -n "$done_v" ] && break
      else why+=("$d/puma-$v.tar.gz holds a tar stream with sha256 $got, not $tar_sum"); fi
    fi
  done
  [ ${#dirs[@]} -eq 0 ] && why+=("no local source folder (RACK_CHECK_SERVER_SOURCES unset, no ../shared/servers/puma)")
  if [ -z "$done_v" ] && [ "${RACK_CHECK_OFFLINE:-}" = 1 ]; then
    why+=("RACK_CHECK_OFFLINE=1: no download tried")
  fi
  # 2. the gem from rubygems.org
  if [ -z "$done_v" ] && [ "${RACK_CHECK_OFFLINE:-}" != 1 ] && [ -n "${gem_sum:-}" ]; then
    tmp="$(mktemp "$dest/.puma-$v.gem.XXXXXX")"
    if curl -fsSL --retry 3 --connect-timeout 20 -o "$tmp" "$gem_url"; then
      got="$(sha <"$tmp")"
      if [ "$got" = "$gem_sum" ]; then install_tree "$v" gem "$tmp" "$got" "$gem_url" && done_v=1
      else why+=("$gem_url downloaded with sha256 $got, not $gem_sum"); echo "puma $v: *** $gem_url has sha256 $got, not the listed $gem_sum ***" >&2; fi
    else
      why+=("$gem_url could not be downloaded (curl failed)")
    fi
    rm -f "$tmp"
  fi
  # 3. the release tag
  if [ -z "$done_v" ] && [ "${RACK_CHECK_OFFLINE:-}" != 1 ] && [ -n "${tar_sum:-}" ]; then
    repo="${tar_src#git+}"; repo="${RACK_CHECK_PUMA_GIT:-${repo%%#*}}"
    ref="${tar_src#*#}"; tag="${ref%%=*}"; commit="${ref#*=}"
    git_dir="$(mktemp -d "$dest/.git-$v.XXXXXX")"
    if git -C "$git_dir" init -q && git -C "$git_dir" fetch -q --depth 1 "$repo" "refs/tags/$tag:refs/tags/$tag"; then
      got_commit="$(git -C "$git_dir" rev-parse "refs/tags/$tag^{commit}")"
      if [ "$got_commit" != "$commit" ]; then
        why+=("$repo tag $tag is commit $got_commit, not $commit")
      else
        tmp="$(mktemp "$dest/.puma-$v.tar.XXXXXX")"
        git -C "$git_dir" archive --format=tar --prefix="puma-$v/" "refs/tags/$tag" "${ARCHIVE_PATHS[@]}" >"$tmp"
        got="$(sha <"$tmp")"
        if [ "$got" = "$tar_sum" ]; then install_tree "$v" tar "$tmp" "$got" "$repo#$tag" && done_v=1
        else why+=("git archive of $repo $tag has sha256 $got, not $tar_sum ($(git --version))"); fi
        rm -f "$tmp"
      fi
    else
      why+=("$repo tag $tag could not be fetched")
    fi
    rm -rf "$git_dir"
  fi
  if [ -z "$done_v" ]; then
    status=1
    echo "puma $v: *** NO VERIFIED SOURCE ***" >&2
    for w in "${why[@]}"; do echo "  - $w" >&2; done
  fi
done
exit "$status"
