#!/usr/bin/env bash
# The release build of another commit (default: main), for the size comparison bench/run prints:
# built once per commit into target/bench-base/<commit>/dist (a git worktree, its own cargo
# target directory, this checkout's npm packages); prints that folder.
#
#   bench/base.sh [REF]
set -euo pipefail
cd "$(dirname "$0")/.."
ref="${1:-main}"
sha="$(git rev-parse --verify "$ref^{commit}")"
root="$PWD/target/bench-base"
out="$root/$sha"
if [[ -f "$out/dist/embed.js" ]]; then
  echo "$out/dist"
  exit 0
fi
tree="$root/tree"
git worktree remove --force "$tree" >/dev/null 2>&1 || rm -rf "$tree"
git worktree prune
git worktree add --detach --force "$tree" "$sha" >&2
ln -sfn "$PWD/node_modules" "$tree/node_modules"
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
(cd "$tree" && CARGO_TARGET_DIR="$root/target" trunk build --release --dist "$out/dist" >&2) || {
  # Commits before the workspace built their command-line tool into the tree's own target/.
  echo "bench/base.sh: the build of $ref ($sha) failed" >&2
  exit 1
}
git worktree remove --force "$tree" >/dev/null 2>&1 || true
echo "$out/dist"
