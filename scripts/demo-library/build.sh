#!/usr/bin/env bash
# Rebuilds the demo library (public/demo-library/ and packages/photos-emulator/src/seed/demo-library.json)
# from Debian packages. See README.md beside this file.
#
#   scripts/demo-library/build.sh            # downloads into a fresh temporary folder
#   DEMO_BUILD_DIR=some/dir scripts/demo-library/build.sh   # reuses downloads kept there
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"

missing=()
for tool in apt-get dpkg-deb exiftool ffmpeg ffprobe node npm tar; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
  echo "missing tools: ${missing[*]}" >&2
  echo "on Debian: apt-get install libimage-exiftool-perl ffmpeg (node and npm from the project setup)" >&2
  exit 1
fi
if [[ ! -d "$ROOT/node_modules/sharp" || ! -d "$ROOT/node_modules/exifr" ]]; then
  echo "run npm ci first: sharp and exifr are needed from node_modules" >&2
  exit 1
fi

if [[ -n "${DEMO_BUILD_DIR:-}" ]]; then
  WORK="$(mkdir -p "$DEMO_BUILD_DIR" && cd "$DEMO_BUILD_DIR" && pwd)"
else
  WORK="$(mktemp -d -t shoebox-demo-library.XXXXXX)"
  trap 'rm -rf "$WORK"' EXIT
fi
echo "working in $WORK"
mkdir -p "$WORK/debs" "$WORK/x" "$WORK/npm"

# Package list and pinned versions come from selection.mjs.
mapfile -t SPECS < <(cd "$HERE" && node --input-type=module -e '
  const { PACKAGES } = await import("./selection.mjs");
  for (const [p, v] of Object.entries(PACKAGES)) console.log(`${p}=${v}`);')

cd "$WORK/debs"
: >"$WORK/versions.tsv"
for spec in "${SPECS[@]}"; do
  pkg="${spec%%=*}"
  deb="$(ls "${pkg}"_*.deb 2>/dev/null | head -n1 || true)"
  if [[ -z "$deb" ]]; then
    if ! apt-get download "$spec" >/dev/null 2>&1; then
      echo "warning: $spec is not available, taking the current version of $pkg" >&2
      apt-get download "$pkg" >/dev/null 2>&1 || {
        echo "cannot download $pkg (run apt-get update first?)" >&2
        exit 1
      }
    fi
    deb="$(ls "${pkg}"_*.deb | head -n1)"
  fi
  printf '%s\t%s\n' "$pkg" "$(dpkg-deb -f "$deb" Version)" >>"$WORK/versions.tsv"
  if [[ ! -d "$WORK/x/$pkg" ]]; then
    mkdir -p "$WORK/x/$pkg.tmp"
    dpkg-deb -x "$deb" "$WORK/x/$pkg.tmp"
    mv "$WORK/x/$pkg.tmp" "$WORK/x/$pkg"
  fi
done

# Licence texts (full SPDX texts), fetched without touching package.json.
SPDX_PKG="spdx-license-list@6.12.0"
if [[ ! -d "$WORK/npm/package/licenses" ]]; then
  (cd "$WORK/npm" && npm pack --silent "$SPDX_PKG" >/dev/null && tar xzf spdx-license-list-*.tgz)
fi

cd "$ROOT"
node "$HERE/build.mjs" \
  --src "$WORK/x" \
  --versions "$WORK/versions.tsv" \
  --spdx "$WORK/npm/package/licenses" \
  --out "$ROOT/public/demo-library" \
  --manifest "$ROOT/packages/photos-emulator/src/seed/demo-library.json"
