#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (no browser can be downloaded here). Install it when it is missing.
set -euo pipefail
CHROMIUM=${CHROMIUM_PATH:-/usr/bin/chromium}
[ -x "$CHROMIUM" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package (needs a few minutes, once)."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium >/dev/null
  [ -x "$CHROMIUM" ] && exit 0
fi
cat >&2 <<MSG
The browser tests need Chromium at $CHROMIUM and it is not there.
Install it as root with:   apt-get update && apt-get install -y chromium
or point CHROMIUM_PATH at another Chromium or Chrome binary, then run the tests again.
MSG
exit 1
