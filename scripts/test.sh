#!/usr/bin/env bash
# Runs every check and test, installing whatever is missing first (see scripts/setup.sh):
#   1. formatting, the JavaScript's types (tsc) and lint (eslint), and clippy (the native crates,
#      and the browser crates for wasm32), warnings are errors
#   2. native `cargo test`: content model, content rules, quiz, scoring (no browser)
#   3. component tests with wasm-bindgen-test in headless Chromium
#   4. the release build (scripts/build.sh, the one hosting uses)
#   5. end-to-end tests with Playwright driving Debian's Chromium against dist/
#   6. the npm package (scripts/package.sh) and its tests, from the packed tarball: contents and
#      publint, as served by a CDN, in a Vite app, the CLI without Rust; the workflows linted
#   7. the integrations, each building a real site with the real tool from the packed package
# Exits non-zero at the first failing step and says which one.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh --browser

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
current=""
trap 'status=$?; if (( status != 0 )); then printf "\n\033[31mFAILED: %s\033[0m\n" "$current"; fi' EXIT

current="cargo fmt --check"; step "$current"
cargo fmt --all -- --check

current="JavaScript: types (tsc) and lint (eslint)"; step "$current"
npm run --silent typecheck
npm run --silent lint

current="clippy (native: model, core, import, studio, cli)"; step "$current"
cargo clippy --all-targets -q -- -D warnings

current="clippy (wasm32: web, ui, widget, checker, studio)"; step "$current"
cargo clippy --target wasm32-unknown-unknown -p verdict-web -p verdict-ui -p verdict-widget \
  -p verdict-checker -p verdict-studio --features verdict-studio/web --all-targets -q -- -D warnings

current="clippy (wasm32, ssr feature: the command-line tool for Node)"; step "$current"
cargo clippy --target wasm32-unknown-unknown -p verdict-cli --features ssr --bin verdict-cli -q -- -D warnings

current="native tests"; step "$current"
cargo test -q
# The command-line tool's card (resvg), a feature of the Node build: its own tests and lints.
cargo test -q -p verdict-cli --features card
cargo clippy -p verdict-cli --features card --all-targets -q -- -D warnings

current="component tests (wasm-bindgen-test, headless Chromium)"; step "$current"
CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown -p verdict-widget --test components

current="release build (scripts/build.sh: trunk build --release)"; step "$current"
scripts/build.sh

current="size budget (bench/budget.json)"; step "$current"
node bench/budget.mjs

current="the command-line tool for Node (scripts/build-cli.sh: the e2e tests run \`npx verdict\` from the source)"; step "$current"
scripts/build-cli.sh

current="end-to-end tests (Playwright, headless Chromium)"; step "$current"
node --test tests/e2e/

current="npm package (scripts/package.sh, from this dist/)"; step "$current"
VERDICT_REUSE_DIST=1 scripts/package.sh

current="package tests (tests/package: contents, publint, CDN, Vite, CLI without Rust, workflows)"; step "$current"
node --test tests/package/

current="integration tests (tests/integrations: real sites with Hugo, Jekyll, Eleventy, Astro, WordPress)"; step "$current"
node --test --test-concurrency=1 tests/integrations/

current=""
printf '\n\033[32mAll checks and tests passed.\033[0m\n'
