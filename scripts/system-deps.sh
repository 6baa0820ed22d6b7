#!/usr/bin/env bash
# Installs the Debian packages the test suite needs (chromium for the dashboard's browser tests).
# Idempotent: does nothing when they are already there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "system-deps: chromium is missing and this user cannot install Debian packages (need root or sudo)" >&2
    exit 1
  fi
fi
echo "system-deps: installing Debian chromium for the browser tests" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
