#!/usr/bin/env bash
# Builds the command-line tool for Node (`npx verdict`): apps/cli/src/bin/verdict-cli.rs compiled to
# WebAssembly with the widget's views (feature ssr), its glue made by wasm-bindgen, shrunk by
# binaryen's wasm-opt. Writes target/cli/verdict-cli.js and target/cli/verdict-cli_bg.wasm, which
# apps/cli/js/verdict.js loads (in the repository) and scripts/package.sh puts in the npm package.
# Assumes the toolchain scripts/setup.sh installs; quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
cargo build --release --quiet --target wasm32-unknown-unknown -p verdict-cli --bin verdict-cli --features ssr
# Cargo builds where CARGO_TARGET_DIR says; the tool is kept in this checkout's target/cli.
wasm="${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/release/verdict-cli.wasm"
out=target/cli
if [[ -f "$out/verdict-cli_bg.wasm" && "$out/verdict-cli_bg.wasm" -nt "$wasm" ]]; then exit 0; fi
mkdir -p "$out"
wasm-bindgen --target web --out-dir "$out" --out-name verdict-cli "$wasm"
wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
  --enable-mutable-globals --enable-reference-types --enable-multivalue \
  "$out/verdict-cli_bg.wasm" -o "$out/verdict-cli_bg.wasm"
