#!/usr/bin/env bash
# `make eval`: builds the CLI in release mode and scores it on every gold file whose
# article is at hand:
#   ../shared/gold/seed.gold.json  <- ../shared/seed/000_29916fb7df561fa8.txt
#   ../shared/gold/NAME.gold.json  <- ../shared/seed/NAME.{txt,html}, if any
#   tests/gold/NAME.gold.json      <- tests/gold/NAME.{txt,html} (dev set: rules were built looking at it)
#   tests/heldout/NAME.gold.json   <- tests/heldout/NAME.{txt,html} (held out: never read while writing rules)
# with the shared scorer ../shared/eval/score_story.py, printing its last line.
# Without ../shared (a clean CI clone) it says so and exits 0.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

shared="$(cd "$ROOT/.." && pwd)/shared"
scorer="$shared/eval/score_story.py"
if [ ! -f "$scorer" ]; then
  echo "eval: skipped: $scorer not found (../shared is absent in this clone)"
  exit 0
fi

log "cargo build --release --bin dramatis"
cargo build --release --bin dramatis
cli="$TARGET_DIR/release/dramatis"
out="$TARGET_DIR/eval"
mkdir -p "$out"

# Prints the article that belongs to GOLD, or nothing.
article_for() {
  local gold="$1" dir name ext
  dir="$(dirname "$gold")" name="$(basename "$gold" .gold.json)"
  if [ "$gold" = "$shared/gold/seed.gold.json" ] && [ -f "$shared/seed/000_29916fb7df561fa8.txt" ]; then
    echo "$shared/seed/000_29916fb7df561fa8.txt"; return
  fi
  for d in "$dir" "$shared/seed"; do
    for ext in txt html; do
      [ -f "$d/$name.$ext" ] && { echo "$d/$name.$ext"; return; }
    done
  done
  return 0
}

pairs=()
: >"$out/scores.tsv"
shopt -s nullglob
golds=("$shared"/gold/*.gold.json "$ROOT"/tests/gold/*.gold.json "$ROOT"/tests/heldout/*.gold.json)
scored=0 failed=0
for gold in "${golds[@]}"; do
  article="$(article_for "$gold")"
  label="${gold#"$ROOT/"}" label="${label/#"$shared"/../shared}"
  if [ -z "$article" ]; then
    echo "eval: $label: no article beside it, skipped"
    continue
  fi
  name="$(basename "$gold" .gold.json)"
  pairs+=("$gold" "$article")
  story="$out/$name.story.json"
  if ! "$cli" extract "$article" >"$story" 2>"$out/$name.stderr"; then
    echo "eval: $label: dramatis extract failed: $(head -c 300 "$out/$name.stderr")"
    failed=$((failed + 1))
    continue
  fi
  if line="$(python3 "$scorer" "$gold" "$story" 2>&1 | tail -n 1)"; then
    echo "eval: $name: $line"
    group="$(basename "$(dirname "$gold")")"
    case "$gold" in "$shared"/*) group=shared ;; esac
    printf '%s\t%s\t%s\n' "$group" "$name" "$line" >>"$out/scores.tsv"
    scored=$((scored + 1))
  else
    echo "eval: $label: scorer failed: $line"
    failed=$((failed + 1))
  fi
done
echo "eval: $scored scored, $failed failed (stories in ${out#"$ROOT/"}/)"
# The mean of each figure over the dev set (tests/gold) and over the held-out set
# (tests/heldout): the one line to compare between two versions of the rules.
python3 - "$out/scores.tsv" <<'PY'
import sys, collections
groups = collections.defaultdict(list)
for row in open(sys.argv[1], encoding="utf-8"):
    group, _name, line = row.rstrip("\n").split("\t")
    groups[{"gold": "dev", "heldout": "held-out"}.get(group, group)].append(dict(kv.split("=") for kv in line.split()))
for group in ("dev", "held-out"):
    rows = groups.get(group)
    if rows:
        keys = [k for k in rows[0] if k in ("speech_f1", "attribution", "actor_p", "actor_r", "parent", "relation_r")]
        means = " ".join(f"{k}={sum(float(r[k]) for r in rows) / len(rows):.3f}" for k in keys)
        print(f"eval: mean of {len(rows)} {group} articles: {means}")
PY
# Relation precision on the dev set (the shared scorer measures relations by recall
# only; a reader sees every relation drawn): scripts/relation_precision.py.
echo "eval: $(python3 "$ROOT/scripts/relation_precision.py" "$out" | tail -n 1)"
# Parent misses on the dev set by line of the parent convention (the decision list in
# src/extract/cast/resolve.rs); `scripts/parent_misses.py` alone lists each miss.
echo "eval: dev $(python3 "$ROOT/scripts/parent_misses.py" "$out" | tail -n 1)"
# Speaker misses on the dev set by guessed cause; `scripts/attribution_misses.py` alone
# lists each with its sieve and the text around it.
echo "eval: dev $(python3 "$ROOT/scripts/attribution_misses.py" "$out" | tail -n 1)"
# Missed gold relations on the dev set by cause; `scripts/relation_misses.py --list`
# lists each miss with the sentences naming both ends.
echo "eval: dev $(python3 "$ROOT/scripts/relation_misses.py" "$out" | tail -n 1)"
# Missed and extra actors on the dev set by defect class (split, merged, mistyped,
# missed person/organisation/state, extra fragment/place); `scripts/actor_misses.py
# --list` lists each with its first mention.
echo "eval: dev $(python3 "$ROOT/scripts/actor_misses.py" "$out" | tail -n 1)"

# The --jsonl path (code-point offsets, fullest speaker names): every gold article
# above, dev and held-out alike (all-gold.jsonl: a figure only, no misses listed;
# its speakers are the held-out articles' too), plus any dev JSONL with gold answers
# shipped in ../shared/gold/ (lines {"id","text","gold":[{start,end,speaker,...}]}).
if [ ${#pairs[@]} -gt 0 ]; then
  python3 "$ROOT/scripts/make_dev_jsonl.py" "${pairs[@]}" >"$out/all-gold.jsonl"
  dev_sets=("$out/all-gold.jsonl" "$shared"/gold/*.jsonl)
  for dev in "${dev_sets[@]}"; do
    "$cli" extract --jsonl "$dev" >"$out/$(basename "$dev" .jsonl).system.jsonl"
    echo "eval: jsonl $(basename "$dev"): $(python3 "$ROOT/scripts/score_jsonl.py" "$dev" "$out/$(basename "$dev" .jsonl).system.jsonl" | tail -n 1)"
  done
fi
[ "$failed" -eq 0 ]
