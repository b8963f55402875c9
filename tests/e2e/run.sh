#!/usr/bin/env bash
# npm run e2e: the @grafana/plugin-e2e tests of tests/e2e against the Grafana at GRAFANA_URL, e.g. the
# one `docker compose up` starts (GRAFANA_URL=http://localhost:3000). Without GRAFANA_URL they are
# reported as not run, with the reason, and the command succeeds.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${GRAFANA_URL:-}" ]; then
  echo "e2e: not run: GRAFANA_URL is not set (start Grafana with 'docker compose up', then run GRAFANA_URL=http://localhost:3000 npm run e2e)"
  exit 0
fi
chromium_path=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium_path" ]; then
  echo "e2e: cannot run: no Chromium at $chromium_path (install Debian's chromium package or set CHROMIUM_PATH)" >&2
  exit 1
fi
if ! curl -fsS "$GRAFANA_URL/api/health" >/dev/null; then
  echo "e2e: cannot run: Grafana does not answer at $GRAFANA_URL/api/health" >&2
  exit 1
fi
exec npx playwright test -c tests/e2e/playwright.config.ts "$@"
