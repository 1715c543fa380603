#!/usr/bin/env bash
# Renders the extension's icons (public/icon/<size>.png, committed) from the SVG drawings in
# scripts/icons/ with Debian's rsvg-convert (package librsvg2-bin, installed when missing).
# 16 px has its own drawing on whole pixels; 32, 48 and 128 px scale the main one.
# Run it after changing a drawing, look at the PNGs, commit them. The build only copies them.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rsvg-convert >/dev/null; then
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq librsvg2-bin >/dev/null
fi
mkdir -p public/icon
rsvg-convert -w 16 -h 16 scripts/icons/stodkollen-small.svg -o public/icon/16.png
for size in 32 48 128; do
  rsvg-convert -w "$size" -h "$size" scripts/icons/stodkollen.svg -o "public/icon/$size.png"
done
echo "public/icon: 16, 32, 48, 128 px"
