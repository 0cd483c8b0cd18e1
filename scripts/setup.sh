#!/usr/bin/env bash
# Installs whatever the build and the tests need and is missing, then exits quickly when all
# of it is already there. Sourced by scripts/serve.sh and scripts/test.sh (and safe to run alone).
#
# What it ensures, each pinned so that Trunk never tries to download a tool:
#   - the wasm32-unknown-unknown Rust target
#   - Trunk 0.21.14 (0.22 needs a newer rustc than the toolchain here)
#   - wasm-bindgen-cli at exactly the wasm-bindgen version in Cargo.lock
#   - every crate in Cargo.lock, downloaded (Trunk builds offline)
#   - binaryen's wasm-opt, csso and terser (the build hooks), playwright-core and axe-core, from
#     npm (package-lock.json)
#   - Debian's chromium and chromium-driver, fonts-noto-core and fonts-noto-cjk (only with
#     --browser: serving needs no browser)
#   - for the integration tests (also only with --browser): Debian's hugo, jekyll, mariadb-server,
#     wordpress, php-cli and php-mysql (Eleventy, Astro and Vite come from npm in the tests)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
TRUNK_VERSION=0.21.14
want_browser=0
[[ "${1:-}" == "--browser" ]] && want_browser=1

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

# Installs Debian packages, through sudo unless already root.
apt_install() {
  local sudo_cmd=""
  [[ "$(id -u)" != 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

export PATH="$HOME/.cargo/bin:$here/node_modules/.bin:$PATH"

if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [[ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]]; then
  say "installing trunk $TRUNK_VERSION (takes several minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# The CLI must match the library exactly, or wasm-bindgen refuses the module.
bindgen_version="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"
if [[ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $bindgen_version" ]]; then
  say "installing wasm-bindgen-cli $bindgen_version"
  # Not --locked: one locked dependency version is missing from the registry reachable here.
  cargo install wasm-bindgen-cli --version "$bindgen_version" --force
fi
if ! grep -q "wasm_bindgen = \"$bindgen_version\"" Trunk.toml; then
  say "Trunk.toml pins a different wasm-bindgen than Cargo.lock ($bindgen_version): update [tools]"
  exit 1
fi

# Trunk builds offline (Trunk.toml), so every crate must already be here: fetch what the lock
# names (a no-op when all of it is downloaded).
cargo fetch --locked --quiet

if ! command -v npm >/dev/null; then
  say "installing Node.js and npm from Debian"
  apt_install nodejs npm
fi

# npm packages: reinstall when package-lock.json changed since the last install.
stamp=node_modules/.verdict-lock-stamp
if [[ ! -f "$stamp" ]] || ! cmp -s package-lock.json "$stamp"; then
  say "installing npm packages (binaryen wasm-opt, csso, terser, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json "$stamp"
fi

if (( want_browser )) && { [[ ! -x /usr/bin/chromium ]] || [[ ! -x /usr/bin/chromedriver ]]; }; then
  say "installing Debian's chromium and chromium-driver"
  apt_install chromium chromium-driver
fi

# Fonts for the interface's scripts (Arabic, Nastaliq for Urdu, Devanagari, Bengali, Cyrillic in
# fonts-noto-core; Japanese, Korean and Chinese in fonts-noto-cjk), so screenshots show words
# instead of empty boxes; the test machine has only Latin fonts otherwise.
if (( want_browser )) && [[ ! -d /usr/share/fonts/truetype/noto ]]; then
  say "installing Debian's fonts-noto-core (Arabic, Urdu, Devanagari, Bengali glyphs)"
  apt_install fonts-noto-core
fi
if (( want_browser )) && [[ ! -d /usr/share/fonts/opentype/noto ]]; then
  say "installing Debian's fonts-noto-cjk (Japanese, Korean, Chinese glyphs)"
  apt_install fonts-noto-cjk
fi

# The site generators and WordPress the integration tests build real sites with (about two
# minutes from Debian's packages, once).
if (( want_browser )); then
  missing=()
  command -v hugo >/dev/null || missing+=(hugo)
  command -v jekyll >/dev/null || missing+=(jekyll)
  command -v mariadbd >/dev/null || [[ -x /usr/sbin/mariadbd ]] || missing+=(mariadb-server)
  [[ -f /usr/share/wordpress/wp-settings.php ]] || missing+=(wordpress)
  command -v php >/dev/null || missing+=(php-cli)
  php -m 2>/dev/null | grep -qx mysqli || missing+=(php-mysql)
  if (( ${#missing[@]} )); then
    say "installing Debian's ${missing[*]} (the integration tests' tools)"
    apt_install "${missing[@]}"
  fi
fi
