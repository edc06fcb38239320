#!/usr/bin/env bash
# dxconsole developer entry point.
#   scripts/dev.sh build   install missing Debian packages, configure and build into build/
#   scripts/dev.sh run     build, then open dxconsole on the embedded local sandbox
#   scripts/dev.sh test    build, then run every test (offscreen Qt, private D-Bus, unlocked keyring)
#   scripts/dev.sh bench   build, then run the benchmarks (prints figures; never fails on a time)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${DXC_BUILD_DIR:-$here/build}
jobs=${DXC_JOBS:-$(nproc)}

packages=(
  build-essential cmake ninja-build pkg-config clang-format lld
  qt6-base-dev qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev qt6-tools-dev
  qtkeychain-qt6-dev libqt6sql6-sqlite libqt6opengl6-dev libgl1-mesa-dev
  libsecret-1-0 gnome-keyring dbus-daemon dbus-x11 xvfb xauth
)

log() { printf '== %s\n' "$*" >&2; }

install_deps() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing: ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  install_deps
  local werror=OFF
  [ -n "${CI:-}" ] && werror=ON
  if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDXC_WERROR=$werror
  else
    cmake "$build_dir" -DDXC_WERROR=$werror >/dev/null
  fi
  cmake --build "$build_dir" -j "$jobs"
}

# Runs "$@" with a private session bus and an unlocked gnome-keyring, so that QtKeychain
# has a real Secret Service to talk to. Never falls back to storing tokens in plain text.
with_keyring() {
  dbus-run-session -- bash -c '
    printf %s dxconsole-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    exec "$@"' keyring "$@"
}

run_tests() {
  local home
  home=$(mktemp -d)
  trap 'rm -rf "$home"' RETURN
  mkdir -p "$home/run" && chmod 700 "$home/run"
  log "running tests (HOME=$home)"
  HOME=$home XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config \
    XDG_RUNTIME_DIR=$home/run QT_QPA_PLATFORM=offscreen \
    with_keyring ctest --test-dir "$build_dir" --output-on-failure -j "$jobs" --timeout 300
}

cmd=${1:-}
shift || true
case "$cmd" in
  build) build ;;
  run)
    build
    args=(--sandbox "$@")
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
      log "no display: starting under xvfb-run"
      exec xvfb-run -a -s "-screen 0 1600x1000x24" "$build_dir/app/console/dxconsole" "${args[@]}"
    fi
    exec "$build_dir/app/console/dxconsole" "${args[@]}"
    ;;
  test)
    build
    mkdir -p "${TMPDIR:-/tmp}"
    run_tests
    ;;
  bench)
    build
    for b in "$build_dir"/tests/bench/bench_*; do
      [ -x "$b" ] || continue
      log "$(basename "$b")"
      QT_QPA_PLATFORM=offscreen "$b" "$@"
    done
    ;;
  *)
    echo "usage: scripts/dev.sh build|run|test|bench [args]" >&2
    exit 2
    ;;
esac
