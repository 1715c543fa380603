#!/usr/bin/env bash
# `npm test`: installs what is missing, then runs every check: types, lint, unit and component
# tests, builds, the end-to-end tests in Debian's Chromium (Playwright) and Debian's firefox-esr
# (puppeteer-core over WebDriver BiDi) with the real built extension and widget, and Mozilla's
# addons-linter on the Firefox production build. Prints one closing line `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-setup.sh || exit 1
mkdir -p test-results
status=0

step() { echo; echo "━━ $1"; }

step "Typer / types (tsc --noEmit)"
npx tsc --noEmit -p . || status=1

step "Lint och format / lint and format (biome ci)"
npx biome ci . || status=1

step "Enhets- och komponenttester / unit and component tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json=test-results/vitest.json || status=1

step "Bygger / building (extension e2e + production for Chrome and Firefox with store zips, widget, demo, sandbox)"
if ZIP=1 bash scripts/build-all.sh e2e production; then
  step "End-to-end i Chromium / in Chromium (Playwright + /usr/bin/chromium)"
  PLAYWRIGHT_JSON_OUTPUT_NAME=test-results/playwright.json \
    npx playwright test --reporter=list,json || status=1

  step "End-to-end i Firefox / in Firefox (puppeteer-core + /usr/bin/firefox-esr)"
  npx vitest run -c test/e2e-firefox/vitest.config.ts --reporter=default --reporter=json \
    --outputFile.json=test-results/firefox.json || status=1

  step "Firefox-tillägget granskas / the Firefox add-on is linted (addons-linter)"
  node scripts/lint-firefox.mjs ".output/stodkollen-$(node -p "require('./package.json').version")-firefox.zip" || status=1
else
  echo "Bygget misslyckades / the build failed"
  status=1
fi

node scripts/summarize-tests.mjs test-results/vitest.json test-results/playwright.json \
  test-results/firefox.json test-results/addons-linter.json || status=1
exit $status
