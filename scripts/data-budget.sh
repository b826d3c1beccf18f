#!/usr/bin/env bash
# Byte budget of the lexicons and the knowledge base (issue 4: "keep it small,
# budget it in bytes, say where each table comes from").
# What ships is each file's content: build.rs compiles the lines that are not
# comments into static tables (comments and blank lines never reach a binary).
# So the figure is the brotli size of every file's content lines together, the
# way they compress inside the wasm, checked against budgets/data-ceiling (a
# ratchet like budgets/size-ceiling: lower it when the data shrinks, raise it only
# with a comment line saying what the new entries buy). Every file must also say
# where its entries come from in its header (a "Source", "Sources" or "Curated"
# line among its leading comments).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

command -v brotli >/dev/null 2>&1 || die "brotli not found (run scripts/setup.sh)"
shopt -s nullglob
files=(data/*.txt data/kb/*.tsv)
[ ${#files[@]} -gt 0 ] || die "no data files found under data/"

content="$(mktemp)"
trap 'rm -f "$content"' EXIT
unsourced=0 raw_total=0
printf '%-30s %8s %8s %8s\n' file raw content entries
for f in "${files[@]}"; do
  raw=$(wc -c <"$f")
  body="$(grep -v '^[[:space:]]*#' "$f" | grep -v '^[[:space:]]*$' || true)"
  bytes=$(printf '%s' "$body" | wc -c)
  entries=$(printf '%s' "$body" | grep -c '' || true)
  printf '%s\n' "$body" >>"$content"
  raw_total=$((raw_total + raw))
  printf '%-30s %8d %8d %8d\n' "$f" "$raw" "$bytes" "$entries"
  # The header: the comment lines before the first entry.
  if ! awk '!/^[[:space:]]*(#|$)/ { exit } { print }' "$f" | grep -qiE 'sources?:|source\b|curated'; then
    echo "  $f: its header does not say where its entries come from (a Source or Curated line)"
    unsourced=$((unsourced + 1))
  fi
done
content_bytes=$(wc -c <"$content")
br=$(brotli -q 11 -c "$content" | wc -c)
printf '%-30s %8d %8d\n' total "$raw_total" "$content_bytes"
ceiling="$(grep -v '^#' "$ROOT/budgets/data-ceiling" | head -n 1)"
printf 'data brotli: %d / %d bytes (budgets/data-ceiling)\n' "$br" "$ceiling"
[ "$unsourced" -eq 0 ] || die "$unsourced data file(s) without a source line in their header"
[ "$br" -le "$ceiling" ] || die "data content is $br bytes brotli, over the ceiling of $ceiling (budgets/data-ceiling)"
echo "data budget: ok"
