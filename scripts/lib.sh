# Shared helpers for scripts/*.sh. Source it; it does not run anything by itself.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# rustup's shims and `cargo install`ed tools (wasm-bindgen) live here.
export PATH="${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TOOLS_DIR="$ROOT/tools"
NODE_BIN="$TOOLS_DIR/node_modules/.bin"
# npm's `binaryen` package: a pure-JS wasm-opt that reads current wasm-bindgen output
# (Debian's binaryen 108 cannot).
WASM_OPT="$NODE_BIN/wasm-opt"
CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
PKG_DIR="$ROOT/www/pkg"

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The exact wasm-bindgen crate version pinned in Cargo.lock; the CLI must match it.
wasm_bindgen_lock_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/^version = "|"$/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# Prints "<seconds>" since the epoch with milliseconds, for stage timings.
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
