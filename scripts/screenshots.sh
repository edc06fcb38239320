#!/usr/bin/env bash
# Renders every view that `dxconsole-shots --list` knows into a folder, under Xvfb, against the
# embedded sandbox (in memory, so every run shows the demo world as it ships).
#   scripts/screenshots.sh [OUTDIR] [VIEW...]        default: shots/, every view
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$here/shots}
shift || true
bin=${DXC_BUILD_DIR:-$here/build}/tools/screenshots/dxconsole-shots
[ -x "$bin" ] || { echo "build first: scripts/dev.sh build (with DXC_BUILD_TOOLS on)" >&2; exit 2; }
command -v xvfb-run >/dev/null \
  || { echo "needs Xvfb: sudo apt-get install --no-install-recommends xvfb xauth" >&2; exit 2; }
mkdir -p "$out"
# One console and one sandbox per view, in one process; a failed view is named on stderr and
# makes the exit status 1.
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" --out "$out" "$@"
