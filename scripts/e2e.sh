#!/usr/bin/env bash
# End-to-end browser tests: serves the repository root with tests/e2e/server.mjs (Node;
# MIME types, the strict-CSP pages and the fault routes /__e2e/*) on a free port, then runs tests/e2e/*.test.mjs with Node's built-in test runner;
# the tests drive Debian's /usr/bin/chromium through playwright-core.
# Expects the widget already built into www/pkg and www/dramatis.js (scripts/build-wasm.sh).
# E2E_FILTER=demo runs only tests/e2e/demo.test.mjs (a glob on the file's stem).
# Screenshots go to target/screenshots/.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

[ -x "$CHROMIUM" ] || die "$CHROMIUM not found (run scripts/setup.sh)"
[ -d "$TOOLS_DIR/node_modules/playwright-core" ] || die "tools/node_modules missing (run scripts/setup.sh)"
[ -f "$PKG_DIR/dramatis_core_bg.wasm" ] || die "www/pkg not built (run scripts/build-wasm.sh)"
[ -f "$ROOT/www/dramatis.js" ] && ! [ "$ROOT/www/dramatis.src.js" -nt "$ROOT/www/dramatis.js" ] \
  || die "www/dramatis.js missing or older than www/dramatis.src.js (run scripts/build-wasm.sh)"

tmp="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
mkdir -p "$TARGET_DIR"
server_log="$TARGET_DIR/e2e-server.log"
node "$ROOT/tests/e2e/server.mjs" --port "$port" --root "$ROOT" >"$server_log" 2>&1 &
server_pid=$!

for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then break; fi
  kill -0 "$server_pid" 2>/dev/null || die "tests/e2e/server.mjs exited: $(cat "$server_log")"
  sleep 0.1
done
log "demo served at http://127.0.0.1:$port/ (log: $server_log)"

mkdir -p "$tmp/config" "$tmp/cache"
export DRAMATIS_BASE_URL="http://127.0.0.1:$port"
export DRAMATIS_ROOT="$ROOT"
export DRAMATIS_TARGET_DIR="$TARGET_DIR"
export CHROMIUM XDG_CONFIG_HOME="$tmp/config" XDG_CACHE_HOME="$tmp/cache"

# E2E_SCRIPT=path.mjs runs one plain Node script against the same server instead
# (used by scripts/bench.sh for the browser benchmarks).
if [ -n "${E2E_SCRIPT:-}" ]; then
  node "$E2E_SCRIPT"
  exit
fi

shopt -s nullglob
tests=("$ROOT"/tests/e2e/${E2E_FILTER:-*}.test.mjs)
[ ${#tests[@]} -gt 0 ] || die "no tests/e2e/*.test.mjs"
# One file at a time: each launches its own chromium, and CI has 2 cores.
node --test --test-concurrency=1 --test-reporter=spec "${tests[@]}"
