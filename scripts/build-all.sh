#!/usr/bin/env bash
# Builds every surface: the extension in each MODE given (production | e2e | demo; production also
# builds Firefox MV3), then the widget, the demo pages and the FK e-service sandbox.
# Output goes to .output/ and dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
MODES=("$@")
[ ${#MODES[@]} -gt 0 ] || MODES=(production)
for MODE in "${MODES[@]}"; do
  if [ "$MODE" = "production" ]; then
    npx wxt build >/dev/null
    npx wxt build -b firefox >/dev/null
  else
    npx wxt build --mode "$MODE" >/dev/null
  fi
done
for config in widget/vite.config.ts widget/vite.esm.config.ts demo/vite.config.ts test/fixtures/eservice/vite.config.ts; do
  if [ -f "$config" ]; then npx vite build -c "$config" --logLevel error; fi
done
# The example FHV pages are plain static files, exactly as an FHV web team would write them.
rm -rf dist/fhv && mkdir -p dist && cp -r widget/fhv dist/fhv
