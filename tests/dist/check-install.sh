#!/usr/bin/env bash
# Installs the build into a temporary prefix, as `cmake --install` would onto a system, and
# checks that a desktop gets a complete, working program from it.
#   check-install.sh BUILD_DIR VERSION APPSTREAM_ID "ICON_SIZES" APPSTREAMCLI
set -euo pipefail
build=$1 version=$2 id=$3 sizes=$4 appstreamcli=$5

root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
prefix=$root/usr
cmake --install "$build" --prefix "$prefix" >/dev/null
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

files=(bin/dxconsole bin/dxsandbox share/applications/dxconsole.desktop
  "share/metainfo/$id.metainfo.xml" share/icons/hicolor/scalable/apps/dxconsole.svg
  share/man/man1/dxconsole.1 share/man/man1/dxsandbox.1 share/doc/dxconsole/LICENSE
  share/doc/dxconsole/THIRD-PARTY.md share/doc/dxconsole/LGPL-3.0.txt share/doc/dxconsole/GPL-3.0.txt)
for size in $sizes; do files+=("share/icons/hicolor/${size}x${size}/apps/dxconsole.png"); done
for f in "${files[@]}"; do [ -s "$prefix/$f" ] || fail "not installed: $f"; done
for f in bin/dxconsole bin/dxsandbox; do [ -x "$prefix/$f" ] || fail "not executable: $f"; done

# Each PNG has the size its folder names (width and height are bytes 16-23 of a PNG).
for size in $sizes; do
  png=$prefix/share/icons/hicolor/${size}x${size}/apps/dxconsole.png
  [ -f "$png" ] || continue
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "$w x $h" = "$size x $size" ] || fail "$png is $w x $h, not $size x $size"
done

# The installed programs start, from the prefix, and say the project's version.
for p in dxconsole dxsandbox; do
  out=$("$prefix/bin/$p" --version 2>&1) || fail "$p --version exited $?"
  [ "$out" = "$p $version" ] || fail "$p --version said \"$out\", not \"$p $version\""
done

# The man pages name this version and describe every option that --help lists.
for p in dxconsole dxsandbox; do
  man=$prefix/share/man/man1/$p.1
  [ -f "$man" ] || continue
  grep -q "^\.TH .* \"dxconsole $version\"" "$man" || fail "$p.1: .TH does not name version $version"
  for opt in $("$prefix/bin/$p" --help | grep -oE -- '--[a-z][a-z-]*' | sort -u); do
    grep -qF -- "${opt//-/\\-}" "$man" || fail "$p.1 does not describe $opt (listed by $p --help)"
  done
done

# AppStream: the newest release is this version, and the installed tree is consistent
# (metainfo, desktop file and icon found together).
metainfo=$prefix/share/metainfo/$id.metainfo.xml
newest=$(grep -oE '<release version="[^"]+"' "$metainfo" | head -1 | cut -d'"' -f2)
[ "$newest" = "$version" ] || fail "$id.metainfo.xml: newest release is \"$newest\", not $version"
"$appstreamcli" validate-tree --no-net "$root" || fail "appstreamcli validate-tree rejects the install"

[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "installed into a temporary prefix: ${#files[@]} files, both programs start"
