#!/usr/bin/env bash
# Renders every view that `dxconsole --show` knows into a folder, under Xvfb, against the
# embedded sandbox (in memory, so every run shows the demo world as it ships).
#   scripts/screenshots.sh [OUTDIR]        default: shots/
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$here/shots}
bin=${DXC_BUILD_DIR:-$here/build}/app/console/dxconsole
[ -x "$bin" ] || { echo "build first: scripts/dev.sh build" >&2; exit 2; }
command -v xvfb-run >/dev/null \
  || { echo "needs Xvfb: sudo apt-get install --no-install-recommends xvfb xauth" >&2; exit 2; }
mkdir -p "$out"
# The view names are the list that --show prints for an unknown view.
views=$( { "$bin" --show '?' 2>&1 || true; } | sed -n 's/.*Known views: \(.*\)\./\1/p' | tr -d ',')
status=0
for view in $views; do
  if xvfb-run -a -s "-screen 0 1600x1000x24" "$bin" --sandbox --sandbox-memory \
       --show "$view" --screenshot "$out/$view.png" >/dev/null 2>"$out/$view.log"; then
    echo "$out/$view.png"
    rm -f "$out/$view.log"
  else
    echo "FAILED: $view (see $out/$view.log)" >&2
    status=1
  fi
done
exit $status
