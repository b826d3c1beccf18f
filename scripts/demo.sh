#!/usr/bin/env bash
# `make demo`: install what is missing, build the widget, serve the demo page.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
"$ROOT/scripts/setup.sh"
"$ROOT/scripts/build-wasm.sh"
exec "$ROOT/scripts/serve.sh" "${1:-${PORT:-8000}}"
