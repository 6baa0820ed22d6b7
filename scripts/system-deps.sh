#!/usr/bin/env bash
# Installs the Debian packages the test suite needs: chromium (dashboard browser tests) and postgresql
# (store tests against a real server).
# Idempotent: does nothing when they are already there.
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need+=(postgresql)
if [ ${#need[@]} -eq 0 ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "system-deps: ${need[*]} missing and this user cannot install Debian packages (need root or sudo)" >&2
    exit 1
  fi
fi
echo "system-deps: installing Debian packages: ${need[*]}" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}" >/dev/null
