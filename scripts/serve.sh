#!/usr/bin/env bash
# Serves the repository root (index.html, www/) on 127.0.0.1:PORT until stopped.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
port="${1:-${PORT:-8000}}"
log "serving $ROOT at http://127.0.0.1:$port/ (Ctrl-C to stop)"
exec python3 -m http.server --bind 127.0.0.1 --directory "$ROOT" "$port"
