#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine with Node and npm:
# npm packages (when missing or older than the lockfile), Debian's chromium for the Chromium tests
# and Debian's firefox-esr for the Firefox tests (SKIP_BROWSERS=1 skips both, as `npm run demo` does).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› npm ci (installerar paket enligt package-lock.json / installing packages from the lockfile)"
  # `npm ci` installs exactly the lockfile and never rewrites it. The lockfile lists every platform's
  # optional Biome binary (as npm writes it here); npm skips those that do not fit this machine.
  npm ci --no-audit --no-fund --loglevel=error
fi

MISSING=()
# SKIP_CHROMIUM, the older name, still works.
if [ "${SKIP_BROWSERS:-${SKIP_CHROMIUM:-}}" != "1" ]; then
  [ -x /usr/bin/chromium ] || MISSING+=(chromium)
  [ -x /usr/bin/firefox-esr ] || MISSING+=(firefox-esr)
fi
if [ ${#MISSING[@]} -gt 0 ]; then
  echo "› apt-get install ${MISSING[*]} (webbläsare för tester / browsers for tests)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${MISSING[@]}" >/dev/null
fi

# Host-page stylesheets whose packages are too heavy to install whole (scripts/host-css.mjs):
# one pinned, integrity-checked tarball each, the CSS files only, into node_modules/.cache/.
node scripts/host-css.mjs

# WXT's generated types (.wxt/) are needed by tsc and by vitest's tsconfig. Regenerated every run
# (about half a second): a new entrypoint otherwise leaves stale types behind in an old checkout.
npx wxt prepare >/dev/null
