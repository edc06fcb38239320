#!/usr/bin/env bash
# dxconsole developer entry point.
#   scripts/dev.sh build   install missing Debian packages, configure and build into build/
#   scripts/dev.sh run     build, then open dxconsole on the embedded local sandbox
#   scripts/dev.sh test    build, then run every test (offscreen Qt, private D-Bus, unlocked keyring)
#   scripts/dev.sh test-sanitize
#                          the same tests built with AddressSanitizer and UndefinedBehaviorSanitizer
#                          into build-sanitize/ (DXC_SANITIZE_BUILD_DIR); any finding fails the run
#   scripts/dev.sh bench   build, then run the benchmarks (prints figures; never fails on a time)
#   scripts/dev.sh package build, then make the Debian package build/dxconsole_VERSION_ARCH.deb
#   scripts/dev.sh fresh-test   the test command in a fresh Debian 12 root (scripts/fresh-test.sh)
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build_dir=${DXC_BUILD_DIR:-$here/build}
jobs=${DXC_JOBS:-$(nproc)}

# Exactly what the build, the tests and the package need on a fresh Debian 12 (installed
# without recommends; scripts/fresh-test.sh proves the list). Why the less obvious ones:
# libqt6opengl6-dev: Qt6Charts' CMake files need Qt6OpenGL, which qt6-base-dev only recommends.
# libqt6sql6-sqlite: the SQLite driver, a plugin nothing links. gnome-keyring, dbus-daemon:
# the keychain tests' Secret Service and dbus-run-session. desktop-file-utils, appstream: the
# tests validate the .desktop and metainfo files. file, dpkg-dev: cpack's dependency scan.
packages=(
  build-essential cmake ninja-build lld
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qtkeychain-qt6-dev libqt6sql6-sqlite
  gnome-keyring dbus-daemon desktop-file-utils appstream file dpkg-dev
)
# Only for `run` without a display.
display_packages=(xvfb xauth)

log() { printf '== %s\n' "$*" >&2; }

install_deps() {
  local missing=()
  for p in "$@"; do
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

# build [cmake -D options for a first configure]: configures build_dir once, then builds it.
build() {
  install_deps "${packages[@]}"
  local werror=OFF
  [ -n "${CI:-}" ] && werror=ON
  if [ ! -f "$build_dir/build.ninja" ]; then
    cmake -S "$here" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DDXC_WERROR=$werror "$@"
  else
    cmake "$build_dir" -DDXC_WERROR=$werror >/dev/null
  fi
  cmake --build "$build_dir" -j "$jobs"
}

# -O1 with line tables only: readable sanitizer stacks without -O0's slowness or full debug
# info's link time. No benchmarks: their figures mean nothing under the sanitizers.
sanitize_options=(
  -DDXC_SANITIZE=address,undefined -DDXC_BUILD_BENCH=OFF
  -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG"
)
if command -v ccache >/dev/null 2>&1; then
  sanitize_options+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
# Leaks are findings too. halt_on_error/abort: the first report fails its test.
export_sanitizer_env() {
  export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:halt_on_error=1:detect_stack_use_after_return=0}
  export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
  export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/scripts/lsan.supp:print_suppressions=0}
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
      install_deps "${display_packages[@]}"
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
  test-sanitize)
    build_dir=${DXC_SANITIZE_BUILD_DIR:-$here/build-sanitize}
    build "${sanitize_options[@]}"
    mkdir -p "${TMPDIR:-/tmp}"
    export_sanitizer_env
    run_tests
    ;;
  package)
    build
    (cd "$build_dir" && cpack -G DEB)
    ;;
  fresh-test) exec "$here/scripts/fresh-test.sh" "$@" ;;
  bench)
    build
    for b in "$build_dir"/tests/bench/bench_*; do
      [ -x "$b" ] || continue
      log "$(basename "$b")"
      QT_QPA_PLATFORM=offscreen "$b" "$@"
    done
    ;;
  *)
    echo "usage: scripts/dev.sh build|run|test|test-sanitize|bench|package|fresh-test [args]" >&2
    exit 2
    ;;
esac
