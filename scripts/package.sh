#!/usr/bin/env bash
# Builds the npm package from the release build: target/package/verdict-widget-<version>.tgz
# (`npm pack`) and target/package/verdict-widget-<version>.zip (the same files, for people who
# upload them by hand). See scripts/package.mjs for what goes in.
#
#   scripts/package.sh              release build (scripts/build.sh), the CLI, then the package
#   VERDICT_REUSE_DIST=1 scripts/package.sh   the package from the dist/ already built (the tests)
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${VERDICT_REUSE_DIST:-}" == 1 && -f dist/embed.js ]]; then
  source scripts/setup.sh
else
  scripts/build.sh
fi
scripts/build-cli.sh
exec node scripts/package.mjs
