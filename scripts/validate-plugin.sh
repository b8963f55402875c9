#!/usr/bin/env bash
# npm run validate:plugin: Grafana's plugin validator (@grafana/plugin-validator, the checks the plugin
# catalog runs) on the archive `npm run package` writes, with this checkout as its source code. Run after
# `npm run package`. The npm package fetches the validator's binary from Grafana's releases on its
# first run; where that download is impossible this prints "plugin-validator: not run:" with the reason
# and succeeds, as `npm run e2e` does without a Grafana. Any finding of the validator fails it.
set -euo pipefail
cd "$(dirname "$0")/.."
archive=$(node -e "const p = require('./dist/plugin.json'); process.stdout.write('artifacts/' + p.id + '-' + p.info.version + '.zip')")
if [ ! -f "$archive" ]; then
  echo "plugin-validator: $archive does not exist: run npm run package first" >&2
  exit 1
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if npx --no-install plugin-validator -sourceCodeUri "file://$PWD" "$archive" >"$log" 2>&1; then
  cat "$log"
  exit 0
fi
if grep -q "Failed to download" "$log"; then
  echo "plugin-validator: not run: its binary could not be downloaded ($(grep -m1 'Failed to download' "$log"))"
  exit 0
fi
cat "$log" >&2
exit 1
