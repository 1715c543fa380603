#!/usr/bin/env bash
# Installs what the project needs on a fresh Debian machine with Node and npm:
# npm packages (when missing or older than the lockfile) and Debian's chromium for browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "› npm install (installerar paket enligt package-lock.json / installing packages from the lockfile)"
  # Not `npm ci`: the registry reached here lacks some platforms' optional packages (Biome's
  # Windows and macOS binaries), which `npm ci` reports as a lockfile mismatch; `npm install` with
  # the committed lockfile installs the same versions and skips the missing optional packages.
  npm install --no-audit --no-fund --loglevel=error
fi

if [ "${SKIP_CHROMIUM:-}" != "1" ] && [ ! -x /usr/bin/chromium ]; then
  echo "› apt-get install chromium (webbläsare för tester / browser for tests)"
  SUDO=""
  if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# WXT's generated types (.wxt/) are needed by tsc and by vitest's tsconfig. Regenerated every run
# (about half a second): a new entrypoint otherwise leaves stale types behind in an old checkout.
npx wxt prepare >/dev/null
