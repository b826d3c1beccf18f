#!/usr/bin/env bash
# Size budget of what a reader downloads: raw, gzip -9 and brotli -q 11 per served
# file and in total.
# Two figures: the product budget (BUDGET_BROTLI_BYTES, 140 KiB = 143360 bytes, the
# goal of issue 6, reported) and the regression ceiling in budgets/size-ceiling
# (enforced: the brotli total may only shrink; lower the ceiling whenever the size
# drops, and make it equal to the budget once the budget is met).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

budget="${BUDGET_BROTLI_BYTES:-143360}"
command -v brotli >/dev/null 2>&1 || die "brotli not found (run scripts/setup.sh)"

files=(www/dramatis.js www/pkg/dramatis_core.js www/pkg/dramatis_core_bg.wasm)
shopt -s nullglob
files+=(www/*.css)
shopt -u nullglob

missing=0 raw_total=0 gz_total=0 br_total=0
printf '%-34s %10s %10s %10s\n' file raw gzip-9 brotli-11
for f in "${files[@]}"; do
  if [ ! -f "$f" ]; then
    printf '%-34s %10s\n' "$f" MISSING
    missing=1
    continue
  fi
  raw=$(wc -c <"$f")
  gz=$(gzip -9 -c "$f" | wc -c)
  br=$(brotli -q 11 -c "$f" | wc -c)
  raw_total=$((raw_total + raw)) gz_total=$((gz_total + gz)) br_total=$((br_total + br))
  printf '%-34s %10d %10d %10d\n' "$f" "$raw" "$gz" "$br"
done
printf '%-34s %10d %10d %10d\n' total "$raw_total" "$gz_total" "$br_total"
printf 'brotli budget: %d / %d bytes (%d%%)\n' "$br_total" "$budget" $((br_total * 100 / budget))

[ "$missing" -eq 0 ] || die "a served file is missing (build with scripts/build-wasm.sh: it writes www/pkg/ and www/dramatis.js)"
ceiling="${SIZE_CEILING_BYTES:-$(grep -v '^#' "$ROOT/budgets/size-ceiling" | head -n 1)}"
printf 'regression ceiling: %d / %d bytes\n' "$br_total" "$ceiling"
[ "$br_total" -le "$ceiling" ] || die "brotli total $br_total bytes exceeds the regression ceiling of $ceiling bytes (budgets/size-ceiling)"
if [ "$br_total" -le "$budget" ]; then echo "size budget: ok"; else echo "size budget: OVER by $((br_total - budget)) bytes (ceiling holds; see issue 6)"; fi
