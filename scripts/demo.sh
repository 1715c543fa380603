#!/usr/bin/env bash
# `npm run demo`: installs what is missing, builds the extension (demo mode: also runs on the local
# sandbox), the widget, the demo pages and the FK e-service sandbox, and serves them on 127.0.0.1.
set -euo pipefail
cd "$(dirname "$0")/.."
SKIP_BROWSERS=1 bash scripts/ensure-setup.sh
bash scripts/build-all.sh demo
PORT="${PORT:-5173}"
cat <<MSG

  Stödkollen – demo

  Demo och kärnans beräkning / demo hub and core playground:  http://127.0.0.1:${PORT}/
  Widgeten på en FHV-sida / the widget on an FHV page:         http://127.0.0.1:${PORT}/fhv/
  FK:s e-tjänst, sandlåda / FK e-service sandbox:              http://127.0.0.1:${PORT}/eservice/

  Tillägget / the extension (load unpacked in chrome://extensions, developer mode):
    $(pwd)/.output/chrome-mv3-demo

  Avsluta med Ctrl+C / stop with Ctrl+C
MSG
exec node scripts/serve.mjs --port "$PORT"
