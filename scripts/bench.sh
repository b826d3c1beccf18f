#!/usr/bin/env bash
# `make bench`: every figure of issue 6 with its budget, in one table.
#   1. transfer size (raw, gzip -9, brotli -q 11 per served file), and the data's
#      share of it (scripts/data-budget.sh)
#   2. native extraction throughput at 10 KB … 10 MB (examples/throughput.rs)
#   3. browser figures (tests/e2e/bench.mjs, headless Chromium): start-up timings
#      (median of 5 loads), extraction throughput in wasm, the view at 2,000 quotes /
#      500 actors (first render, re-filter; median of 10), wasm memory.
# Figures are printed, never asserted by timed unit tests; only the size ceiling is
# enforced (in `make test`).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

"$ROOT/scripts/build-wasm.sh" >/dev/null
echo "== transfer size"
"$ROOT/scripts/size-budget.sh" || true
echo
echo "== lexicons and knowledge base (part of the wasm above)"
"$ROOT/scripts/data-budget.sh" || true
echo
echo "== native extraction (budget: ≥ 30 MB/s, flat across sizes)"
cargo run -q --release --example throughput
echo
cargo build -q --release --bin dramatis
bench_dir="$TARGET_DIR/bench"
mkdir -p "$bench_dir"
for kb in 10 100 1000 10000; do
  "$TARGET_DIR/release/dramatis" synth --bytes $((kb * 1000)) --seed 42 >"$bench_dir/synth-$kb.txt"
done
"$TARGET_DIR/release/dramatis" synth --quotes 2000 --actors 500 --seed 42 >"$bench_dir/big.story.json"
echo "== browser (headless Chromium)"
E2E_SCRIPT="$ROOT/tests/e2e/bench.mjs" "$ROOT/scripts/e2e.sh"
