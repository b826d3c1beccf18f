#!/usr/bin/env bash
# Installs whatever `make demo` and `make test` need and is missing:
#   - rustup target wasm32-unknown-unknown
#   - wasm-bindgen CLI, exactly the version of the wasm-bindgen crate in Cargo.lock
#   - npm tools in tools/ (binaryen's wasm-opt, playwright-core, axe-core, typescript)
#   - Debian packages chromium, chromium-driver, brotli
#   - PyPI's jsonschema (the schema check validates every story fixture)
# Every step is a no-op when its tool is already there.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_wasm_target() {
  if rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    return
  fi
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
}

installed_wasm_bindgen() {
  command -v wasm-bindgen >/dev/null 2>&1 && wasm-bindgen --version 2>/dev/null | awk '{ print $2 }' || true
}

ensure_wasm_bindgen() {
  local want have
  want="$(wasm_bindgen_lock_version)"
  [ -n "$want" ] || die "no wasm-bindgen entry in Cargo.lock"
  have="$(installed_wasm_bindgen)"
  [ "$have" = "$want" ] && return
  # Another `cargo install` (e.g. started in the background) may be building it already.
  if pgrep -f 'cargo install' >/dev/null 2>&1; then
    log "waiting for a running 'cargo install' to finish"
    while pgrep -f 'cargo install' >/dev/null 2>&1; do sleep 3; done
    have="$(installed_wasm_bindgen)"
    [ "$have" = "$want" ] && return
  fi
  log "cargo install wasm-bindgen-cli --version $want (have: ${have:-none}; takes a few minutes cold)"
  cargo install wasm-bindgen-cli --version "$want"
  have="$(installed_wasm_bindgen)"
  [ "$have" = "$want" ] || die "wasm-bindgen is $have after install, want $want (is ${CARGO_HOME:-$HOME/.cargo}/bin on PATH?)"
}

ensure_node_tools() {
  command -v npm >/dev/null 2>&1 || die "npm not found: install Node.js 20 and npm"
  local stamp="$TOOLS_DIR/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ -x "$WASM_OPT" ] \
     && [ "$stamp" -nt "$TOOLS_DIR/package.json" ] \
     && { [ ! -f "$TOOLS_DIR/package-lock.json" ] || [ "$stamp" -nt "$TOOLS_DIR/package-lock.json" ]; }; then
    return
  fi
  if [ -f "$TOOLS_DIR/package-lock.json" ]; then
    log "npm ci in tools/"
    (cd "$TOOLS_DIR" && npm ci --no-audit --no-fund)
  else
    log "npm install in tools/"
    (cd "$TOOLS_DIR" && npm install --no-audit --no-fund)
  fi
  touch "$stamp"
}

ensure_apt_packages() {
  local missing=() p
  for p in chromium chromium-driver brotli; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return
  command -v apt-get >/dev/null 2>&1 || die "missing ${missing[*]} and no apt-get: install them by hand"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  log "apt-get install -y ${missing[*]}"
  if ! "${sudo[@]}" apt-get install -y "${missing[@]}"; then
    log "apt-get install failed; running apt-get update and retrying"
    "${sudo[@]}" apt-get update
    "${sudo[@]}" apt-get install -y "${missing[@]}"
  fi
}

# The JSON Schema validator for scripts/check-schema.py (PyPI's `jsonschema`).
ensure_python_tools() {
  python3 -c 'import jsonschema' 2>/dev/null && return
  log "pip install jsonschema"
  python3 -m pip install --quiet --disable-pip-version-check jsonschema
}

ensure_wasm_target
ensure_wasm_bindgen
ensure_python_tools
ensure_node_tools
ensure_apt_packages
