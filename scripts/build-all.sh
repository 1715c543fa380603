#!/usr/bin/env bash
# Builds every surface: the extension in each MODE given (production | e2e | demo; production and
# e2e also build Firefox MV3), then the widget, the demo pages and the FK e-service sandbox.
# ZIP=1 (as `npm run build` sets it) also packs the production builds for the stores with `wxt zip`:
# .output/stodkollen-<version>-chrome.zip, -firefox.zip and -sources.zip (the sources AMO asks for).
# Output goes to .output/ and dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
MODES=("$@")
[ ${#MODES[@]} -gt 0 ] || MODES=(production)
for MODE in "${MODES[@]}"; do
  if [ "$MODE" = "production" ]; then
    if [ "${ZIP:-}" = "1" ]; then
      npx wxt zip >/dev/null
      npx wxt zip -b firefox >/dev/null
    else
      npx wxt build >/dev/null
      npx wxt build -b firefox >/dev/null
    fi
  elif [ "$MODE" = "e2e" ]; then
    npx wxt build --mode e2e >/dev/null
    npx wxt build -b firefox --mode e2e >/dev/null
  else
    npx wxt build --mode "$MODE" >/dev/null
  fi
done
for config in widget/vite.config.ts widget/vite.esm.config.ts demo/vite.config.ts test/fixtures/eservice/vite.config.ts; do
  if [ -f "$config" ]; then npx vite build -c "$config" --logLevel error; fi
done
# The example FHV pages are plain static files, exactly as an FHV web team would write them.
rm -rf dist/fhv && mkdir -p dist && cp -r widget/fhv dist/fhv
