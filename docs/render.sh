#!/usr/bin/env bash
# Re-renders docs/pictures/ from tests/golden/*.md and the sample vault's canvas, as Obsidian
# shows them (see "Pictures" in README.md). Options go to render.mjs: --strict fails when a
# Mermaid diagram's text is under 12 px at Obsidian's 700 px column; --chromium PATH.
# Needs node/npm and, from the OS packages (no browser download):
#   apt-get install -y chromium fonts-inter fonts-noto-color-emoji pngquant
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/render"
command -v node >/dev/null || { echo "render.sh: needs node and npm (apt-get install -y nodejs npm)" >&2; exit 2; }
chromium="${CHROMIUM:-/usr/bin/chromium}"
[ -x "$chromium" ] || { echo "render.sh: no Chromium at $chromium: apt-get install -y chromium" >&2; exit 2; }
for font in "Inter:fonts-inter" "Noto Color Emoji:fonts-noto-color-emoji"; do
  fc-list 2>/dev/null | grep "${font%%:*}" >/dev/null ||
    echo "render.sh: font ${font%%:*} missing (apt-get install -y ${font#*:}): the pictures will look different" >&2
done
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
status=0
node render.mjs --chromium "$chromium" "$@" || status=$?
if command -v pngquant >/dev/null; then
  # 256 colours are plenty for text and flat diagrams: about a third of the size
  for png in "$here"/pictures/*.png; do
    pngquant --quality 70-95 --speed 1 --strip --force --ext .png "$png" || true
  done
else
  echo "render.sh: pngquant missing (apt-get install -y pngquant): the PNGs stay about 3x larger" >&2
fi
exit "$status"
