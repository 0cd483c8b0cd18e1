#!/usr/bin/env bash
# Serves the widget with its default content at http://127.0.0.1:8080/ (rebuilds on change).
# Installs the toolchain first if anything is missing. Extra arguments go to `trunk serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
exec trunk serve "$@"
