#!/usr/bin/env bash
# Runs every cargo-fuzz target for a bounded time (FUZZ_SECONDS, default 60 each).
# Interesting inputs found are kept in tests/fuzz-corpus/<target>/. Before committing,
# minimise with `cargo fuzz cmin <target> ../tests/fuzz-corpus/<target>` (from fuzz/);
# the committed corpus is such a minimised set, capped at 200 inputs of <= 8 KB each.
# cargo-fuzz needs nightly flags; RUSTC_BOOTSTRAP=1 lets the stable toolchain accept them.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${FUZZ_SECONDS:-60}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
for target in extract_text extract_html story_json; do
  mkdir -p "tests/fuzz-corpus/$target"
  echo "== fuzz $target for ${seconds}s"
  (cd fuzz && RUSTC_BOOTSTRAP=1 cargo fuzz run "$target" "../tests/fuzz-corpus/$target" -- \
      -max_total_time="$seconds" -max_len=65536 2>&1 | grep -E '^(#[0-9]+.*DONE|Done|==|INFO: seed|.*ERROR|.*panicked)' || true)
  # A crash leaves an artifact; fail loudly if one appeared.
  if ls fuzz/artifacts/"$target"/crash-* >/dev/null 2>&1; then
    echo "fuzz: $target found a crash: $(ls fuzz/artifacts/$target/crash-*)"; exit 1
  fi
done
echo "fuzz: no crash; corpus sizes: $(for t in tests/fuzz-corpus/*; do echo -n "$(basename $t)=$(ls $t | wc -l) "; done)"
