#!/usr/bin/env bash
# The browser tests while other processes keep the CPUs busy, as on a shared CI machine: they must wait on
# states, never on time. Usage: scripts/e2e-under-load.sh [playwright test arguments, e.g. a spec file]
# E2E_LOAD sets how many busy processes to start (default: one per CPU). Build the web app first.
set -euo pipefail
cd "$(dirname "$0")/.."

burners=()
stop_burners() {
  if ((${#burners[@]})); then kill "${burners[@]}" 2>/dev/null || true; fi
}
trap stop_burners EXIT

for _ in $(seq 1 "${E2E_LOAD:-$(nproc)}"); do
  node -e 'for (;;) {}' &
  burners+=("$!")
done
echo "== browser tests beside ${#burners[@]} busy processes"
start=$SECONDS
status=0
npx playwright test "$@" || status=$?
echo "== took $((SECONDS - start)) s"
exit "$status"
