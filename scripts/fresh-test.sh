#!/usr/bin/env bash
# Runs the README's test command on a fresh Debian 12, so that a missing install step in
# scripts/dev.sh fails here instead of passing on a machine where someone installed it by hand.
#   scripts/fresh-test.sh              (also: scripts/dev.sh fresh-test)
#   scripts/fresh-test.sh --bootstrap  only make the cached pristine root
#   scripts/fresh-test.sh --install F.deb   only step 3, with a .deb built before
#
# 1. A pristine root: `mmdebstrap --variant=minbase bookworm` plus git, sudo, ca-certificates,
#    with this machine's Debian apt sources. It is cached as a tarball under
#    /var/cache/dxconsole-fresh (DXC_FRESH_CACHE), so only the first run bootstraps; the .debs
#    that apt downloads in the roots are kept there too.
# 2. A clean clone of the current commit (HEAD; uncommitted changes are not in it) goes into a
#    copy of that root; as an ordinary user with sudo, `scripts/dev.sh test` installs what it
#    needs, builds and runs every test, then `scripts/dev.sh package` makes the .deb.
# 3. The .deb is installed with apt into a second copy of the pristine root, which has none of
#    the build packages: both programs must start there (`dxconsole --version`, and
#    `dxsandbox --memory` up to its LISTENING line).
# Both roots are unmounted and removed afterwards, whatever happened.
#
# Without root, or without mmdebstrap and no way to install it, it says so loudly and runs the
# plain test command on this machine instead.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache_dir=${DXC_FRESH_CACHE:-/var/cache/dxconsole-fresh}
work_base=${DXC_FRESH_WORK:-/var/tmp}
suite=bookworm
include=git,sudo,ca-certificates

log() { printf '== fresh-test: %s\n' "$*" >&2; }

fallback() {
  {
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
    echo "!! fresh-test: NO FRESH ROOT: $*"
    echo "!! Running the plain test command on this machine instead. This does NOT prove"
    echo "!! that scripts/dev.sh installs everything a fresh Debian 12 needs."
    echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  } >&2
  exec "$here/scripts/dev.sh" test
}

[ "$(id -u)" -eq 0 ] || fallback "not root (chroot and mounts need root)"
if ! command -v mmdebstrap >/dev/null; then
  log "installing mmdebstrap"
  if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends mmdebstrap \
           || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
                  apt-get install -y -qq --no-install-recommends mmdebstrap; }; } >&2; then
    fallback "mmdebstrap is missing and apt-get cannot install it"
  fi
fi

# This machine's enabled apt sources, which point at a Debian mirror (third-party ones would
# need keys the root does not have). DXC_FRESH_SOURCES names a sources file to use instead.
sources=()
if [ -n "${DXC_FRESH_SOURCES:-}" ]; then
  sources=("$DXC_FRESH_SOURCES")
else
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
    [ -f "$f" ] && grep -qE '^[^#]*debian' "$f" && sources+=("$f")
  done
  [ ${#sources[@]} -gt 0 ] || sources=("http://deb.debian.org/debian")
fi

# The cache key changes with anything that changes the bootstrap.
key=$( { echo "$suite $include"; for s in "${sources[@]}"; do [ -f "$s" ] && cat "$s" || echo "$s"; done; } \
         | sha256sum | cut -c1-12)
tarball=$cache_dir/$suite-minbase-$key.tar
if [ ! -f "$tarball" ]; then
  log "bootstrapping $suite (minbase + $include) into $tarball; sources: ${sources[*]}"
  mkdir -p "$cache_dir"
  start=$SECONDS
  mmdebstrap --quiet --format=tar --variant=minbase --include="$include" "$suite" "$tarball.part" "${sources[@]}"
  mv "$tarball.part" "$tarball"
  log "bootstrap took $((SECONDS - start)) s"
else
  log "pristine root from the cache: $tarball"
fi
[ "${1:-}" = "--bootstrap" ] && exit 0

roots=()
cleanup() {
  local status=$? root pid pids
  set +e
  for root in "${roots[@]}"; do
    # Processes left inside the root (a keyring daemon, a sandbox) keep its mounts busy.
    pids=()
    for pid in /proc/[0-9]*; do
      [ "$(readlink "$pid/root" 2>/dev/null)" = "$root" ] && pids+=("${pid#/proc/}")
    done
    [ ${#pids[@]} -gt 0 ] && kill -KILL "${pids[@]}" 2>/dev/null && sleep 1
    for m in $(findmnt -rn -o TARGET | grep -F "$root/" | sort -r); do
      umount "$m" 2>/dev/null || umount -l "$m"
    done
    if findmnt -rn -o TARGET | grep -qF "$root/"; then
      log "NOT removing $root: something is still mounted in it"
      status=1
    else
      rm -rf --one-file-system "$root"
    fi
  done
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# A new root from the pristine tarball, with the kernel file systems mounted, in $new_root.
# (Not echoed: in a $(...) subshell the roots+= for cleanup would be lost.)
make_root() {
  local root
  root=$(mktemp -d "$work_base/dxconsole-fresh.XXXXXX")
  roots+=("$root")
  new_root=$root
  chmod 755 "$root"
  tar -C "$root" --numeric-owner -xf "$tarball"
  mount -t proc proc "$root/proc"
  mount --bind /sys "$root/sys"
  mount --bind /dev "$root/dev"
  mount --bind /dev/pts "$root/dev/pts"
  mount -t tmpfs -o mode=1777 tmpfs "$root/dev/shm"
  # Downloaded .debs are kept between runs (apt checks them against the fresh package lists):
  # dev.sh still installs every package, but a second run need not download them again.
  mkdir -p "$cache_dir/apt-archives/partial"
  mount --bind "$cache_dir/apt-archives" "$root/var/cache/apt/archives"
  cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
  # sudo looks the host name up; the chroot shares it with this machine.
  printf '127.0.1.1 %s\n' "$(hostname)" >>"$root/etc/hosts"
  # An ordinary user who may use sudo, as the README's reader is.
  chroot "$root" useradd --create-home --shell /bin/bash dev
  echo 'dev ALL=(ALL) NOPASSWD: ALL' >"$root/etc/sudoers.d/dev"
  chmod 440 "$root/etc/sudoers.d/dev"
}

# Runs a bash script as the user dev inside a root, with a clean environment.
as_dev() {
  local root=$1
  shift
  chroot "$root" /usr/sbin/runuser -u dev -- /usr/bin/env -i HOME=/home/dev USER=dev \
    LOGNAME=dev SHELL=/bin/bash LANG=C.UTF-8 PATH=/usr/local/bin:/usr/bin:/bin \
    ${CI:+CI=$CI} ${DXC_JOBS:+DXC_JOBS=$DXC_JOBS} /bin/bash -euo pipefail -c "$@"
}

total=$SECONDS
if [ "${1:-}" = "--install" ]; then
  deb=$(realpath "${2:?--install takes the .deb to install}")
else
  commit=$(git -C "$here" rev-parse HEAD)
  git -C "$here" diff --quiet HEAD || log "uncommitted changes are NOT tested: only commit ${commit:0:12} is"
  make_root
  build_root=$new_root
  log "build root $build_root: clean clone of ${commit:0:12}"
  git clone --quiet --no-hardlinks "$here" "$build_root/home/dev/dxconsole"
  git -C "$build_root/home/dev/dxconsole" checkout --quiet --detach "$commit"
  chroot "$build_root" chown -R dev:dev /home/dev/dxconsole

  start=$SECONDS
  as_dev "$build_root" 'cd ~/dxconsole && scripts/dev.sh test'
  log "scripts/dev.sh test passed in the fresh root ($((SECONDS - start)) s)"
  as_dev "$build_root" 'cd ~/dxconsole && scripts/dev.sh package'
  deb=$(ls "$build_root"/home/dev/dxconsole/build/dxconsole_*.deb)
fi
log "$(basename "$deb") depends on: $(dpkg-deb -f "$deb" Depends)"

make_root
run_root=$new_root
log "install root $run_root: apt-get install ./$(basename "$deb")"
cp "$deb" "$run_root/home/dev/"
# chroot starts in /: the ./ path that tells apt "a file, not a package name" needs the home.
as_dev "$run_root" "cd ~ && sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends ./$(basename "$deb") >/dev/null"
as_dev "$run_root" '
  dxconsole --version
  test "$(dxconsole --version)" = "dxconsole $(dpkg-query -W -f="\${Version}" dxconsole)"
  dxsandbox --version
  out=$(mktemp)
  dxsandbox --memory >"$out" 2>&1 &
  pid=$!
  for _ in $(seq 100); do grep -q "^LISTENING http://127.0.0.1:" "$out" && break; sleep 0.1; done
  cat "$out"
  grep -q "^LISTENING http://127.0.0.1:" "$out"
  kill -TERM "$pid"
  wait "$pid"'
log "the .deb installs and both programs start in a fresh root"
log "PASSED in $((SECONDS - total)) s"
