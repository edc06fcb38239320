#!/usr/bin/env bash
# Regenerates resources/data/world-outline.json, the land outline that WorldMapWidget draws.
# Needs Debian's `gmt` and `gmt-gshhg-low` (apt-get install -y gmt gmt-gshhg-low); the output is
# committed, so neither is a build dependency. See resources/data/WORLD-OUTLINE-LICENSE.md.
#
# Steps: GMT dumps the crude GSHHG shoreline (level 1 = land/ocean boundary only, features under
# MIN_AREA km^2 dropped) as bin segments; the python step stitches the segments back into rings,
# closes the rings cut by the +-180 meridian along that meridian (and Antarctica along the pole),
# simplifies each ring with Douglas-Peucker and rounds to 0.01 degree.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here/../resources/data/world-outline.json}"
MIN_AREA="${MIN_AREA:-5000}"      # km^2; smaller islands are dropped
TOLERANCE="${TOLERANCE:-0.25}"    # degrees; Douglas-Peucker tolerance

command -v gmt >/dev/null || { echo "gmt not found: apt-get install -y gmt gmt-gshhg-low" >&2; exit 1; }

gshhg_version="$(dpkg-query -W -f='${Version}' gmt-gshhg-low 2>/dev/null || echo unknown)"
tmp="$(mktemp)"
trap 'rm -f "$tmp"' EXIT
gmt coast -Rd -Dc -A"${MIN_AREA}"/1/1 -W -M >"$tmp"

python3 - "$tmp" "$out" "$TOLERANCE" "$MIN_AREA" "$gshhg_version" <<'PY'
import json, sys

src, out, tol, min_area, version = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4], sys.argv[5]

segments, cur = [], None
for line in open(src):
    if line.startswith('>'):
        cur = []
        segments.append(cur)
    elif line.strip():
        x, y = map(float, line.split()[:2])
        cur.append((x, y))
segments = [s for s in segments if len(s) > 1]

def key(p):
    return (round(p[0], 5), round(p[1], 5))

def closed(c):
    return key(c[0]) == key(c[-1])

# Join chains end-to-start until nothing joins any more (GSHHG bins cut every ring).
chains = [list(s) for s in segments]
changed = True
while changed:
    changed = False
    starts = {}
    for i, c in enumerate(chains):
        if c is not None and not closed(c):
            starts.setdefault(key(c[0]), i)
    for i, c in enumerate(chains):
        if c is None or closed(c):
            continue
        j = starts.get(key(c[-1]))
        if j is None or j == i or chains[j] is None:
            continue
        chains[i] = c + chains[j][1:]
        chains[j] = None
        changed = True
        break
chains = [c for c in chains if c]

rings = []
for c in chains:
    if closed(c):
        rings.append(c)
    elif abs(c[0][0]) == 180 and c[0][0] == c[-1][0]:
        rings.append(c + [c[0]])                      # cut by the meridian: close along it
    elif abs(c[0][0]) == 180 and abs(c[-1][0]) == 180:
        s = -90.0 if c[0][1] < 0 else 90.0            # Antarctica: close along the pole
        rings.append(c + [(c[-1][0], s), (c[0][0], s), c[0]])
    else:
        sys.exit('unclosed chain from %r to %r' % (c[0], c[-1]))

def dp(points, eps):
    # Douglas-Peucker, iterative so that long rings do not hit the recursion limit.
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        a, b = stack.pop()
        ax, ay = points[a]
        bx, by = points[b]
        dx, dy = bx - ax, by - ay
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = -1.0, -1
        for i in range(a + 1, b):
            px, py = points[i]
            if norm == 0:
                d = ((px - ax) ** 2 + (py - ay) ** 2) ** 0.5
            else:
                d = abs(dy * px - dx * py + bx * ay - by * ax) / norm
            if d > best:
                best, index = d, i
        if best > eps:
            keep[index] = True
            stack += [(a, index), (index, b)]
    return [p for p, k in zip(points, keep) if k]

def split_ring(r):
    # A closed ring has equal ends, which DP cannot split on: simplify it as two halves.
    far = max(range(len(r)), key=lambda i: (r[i][0] - r[0][0]) ** 2 + (r[i][1] - r[0][1]) ** 2)
    return dp(r[:far + 1], tol)[:-1] + dp(r[far:], tol)

polygons = []
for r in rings:
    s = split_ring(r)
    if len(s) < 4:
        continue
    flat = []
    for x, y in s[:-1]:                               # the widget closes each ring itself
        flat += [round(x, 2), round(y, 2)]
    polygons.append(flat)
polygons.sort(key=len, reverse=True)

doc = {
    "source": "GSHHG 2.3.7 (Debian package gmt-gshhg-low %s), crude resolution, level 1 shorelines, via GMT coast" % version,
    "license": "LGPL-3.0-or-later; see WORLD-OUTLINE-LICENSE.md",
    "minAreaKm2": int(min_area),
    "toleranceDegrees": tol,
    "polygons": polygons,
}
with open(out, 'w') as f:
    json.dump(doc, f, separators=(',', ':'))
    f.write('\n')
print('%d polygons, %d points -> %s' % (len(polygons), sum(len(p) // 2 for p in polygons), out),
      file=sys.stderr)
PY
