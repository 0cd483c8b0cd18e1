#!/usr/bin/env bash
# The release build, for hosting: installs whatever is missing first (scripts/setup.sh --browser:
# Chromium draws the outcome pages' preview images; the first view is pre-rendered without it), then builds
# dist/ with `trunk build --release`. Extra arguments go to Trunk.
#
#   VERDICT_SITE_URL=https://example.com/verdict/ scripts/build.sh
#
# VERDICT_SITE_URL is where dist/ will be served from: the outcome pages' preview tags need it as
# an absolute address (without it the build warns and chat apps show no preview image). Every other
# URL in dist/ is relative, so it works from any host and any sub-path. The tests run this very
# script (scripts/test.sh) and serve its dist/ from a sub-path; the Pages workflow runs it too.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser
exec trunk build --release "$@"
