#!/usr/bin/env bash
# Builds the widget for the browser into www/pkg/:
#   cargo (profile `wasm`) -> wasm-bindgen --target web -> wasm-opt -Oz minus some passes
#   (kept only when it makes the brotli transfer smaller) -> short import names.
# wasm-bindgen and wasm-opt are skipped when www/pkg is newer than cargo's output.
# First, the served loader www/dramatis.js from its readable source www/dramatis.src.js
# (scripts/build-loader.mjs: comments and indentation out, checked to be the same program).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

log "build-loader www/dramatis.src.js -> www/dramatis.js"
node "$ROOT/scripts/build-loader.mjs" "$ROOT/www/dramatis.src.js" "$ROOT/www/dramatis.js"

# The features rustc's default wasm32 CPU emits (`rustc --print cfg --target
# wasm32-unknown-unknown | grep feature`); wasm-opt must accept all of them, and
# is not allowed to introduce any other.
WASM_FEATURES=(
  --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int
  --enable-sign-ext --enable-mutable-globals --enable-reference-types
  --enable-multivalue --enable-call-indirect-overlong
)

# wasm-opt -Oz without the passes that, measured on this crate, make the brotli
# transfer larger even when the raw file shrinks: inlining (copies of bodies compress
# worse than calls: +13 KB), local-cse, reorder-functions (breaks the neighbourhood of
# related functions that brotli's window exploits), merge-similar-functions,
# memory-packing, simplify-locals. With them skipped the wasm is 3.7 KB
# smaller after brotli than wasm-bindgen's output; plain -Oz was 11 KB larger.
# Round 5 (each measured alone on this crate, then together): merge-locals back in,
# ssa-nomerge out, --converge, and the producers/target_features sections stripped
# (wasm-bindgen has read them): -0.7 KB brotli. Tried and worse: -Os, merge-similar-
# functions, simplify-locals, local-cse, memory-packing with --zero-filled-memory,
# skipping dae-optimizing, code-folding, precompute-propagate or coalesce-locals.
# Round 15: --low-memory-unused (addresses below 1 KB are never used: rustc puts the
# 1 MB stack first, growing down towards 0, and the data above it, so `x + C` with a
# constant C < 1 KB never wraps, and wasm-opt may fold C into the load's offset) -527 B
# brotli; --generate-global-effects (each function's side effects computed once and
# used by the later passes, e.g. to drop calls whose result is unused and which have
# none; traps count as effects, so no panic path goes) a further -168 B. Tried and
# worse: --ignore-implicit-traps (+467 B), --const-hoisting (+1.4 KB).
# Round 18: inlining back in for tiny functions only (-aimfs 4: bodies of size 4 or less,
# Binaryen's count of expressions, wherever called; -ocimfs 0: none inlined for having one caller,
# which was the +13 KB above): -878 B brotli, 4,573 -> 4,293 functions, and the seed's
# first extraction and first screen compile 1,073 -> 1,039 and 776 -> 729 functions
# lazily (each first call of a function costs V8 a compile: docs/history/speed-and-size.md,
# "Round 18 (speed18)"). Measured
# at -aimfs 2 / 3 / 4 / 5 / 7 / 10: -589 / -814 / -878 / -761 / -98 / +2,099 B.
WASM_OPT_FLAGS=(
  -Oz --skip-pass=inlining -aimfs 4 -ocimfs 0 --skip-pass=local-cse
  --skip-pass=reorder-functions --skip-pass=merge-similar-functions
  --skip-pass=memory-packing --skip-pass=simplify-locals --skip-pass=ssa-nomerge
  --converge --strip-producers --strip-target-features
  --low-memory-unused --generate-global-effects
)

log "cargo build --lib --target wasm32-unknown-unknown --profile wasm"
cargo build --lib --target wasm32-unknown-unknown --profile wasm

wasm="$TARGET_DIR/wasm32-unknown-unknown/wasm/dramatis.wasm"
[ -f "$wasm" ] || die "cargo produced no $wasm"

out="$PKG_DIR/dramatis_core_bg.wasm"
stamp="$PKG_DIR/.built"
recipe="$(wasm-bindgen --version) | $("$WASM_OPT" --version) | ${WASM_OPT_FLAGS[*]} if smaller ${WASM_FEATURES[*]} | minify-imports $(cksum <"$ROOT/scripts/minify-imports.mjs") | compile-hint"
if [ -f "$out" ] && [ -f "$stamp" ] && [ "$stamp" -nt "$wasm" ] && ! [ "$out" -nt "$stamp" ] \
   && [ "$(cat "$stamp")" = "$recipe" ]; then
  log "www/pkg is up to date"
  exit 0
fi

log "wasm-bindgen --target web --out-dir www/pkg --out-name dramatis_core"
rm -rf "$PKG_DIR"
wasm-bindgen "$wasm" --target web --out-dir "$PKG_DIR" --out-name dramatis_core --remove-name-section

# wasm-opt shrinks the raw file but some of its rewrites compress worse (see
# WASM_OPT_FLAGS). What readers download is the brotli size, so keep whichever of the
# two is smaller compressed.
log "wasm-opt ${WASM_OPT_FLAGS[*]}"
"$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "${WASM_FEATURES[@]}" "$out" -o "$out.opt"
if command -v brotli >/dev/null 2>&1; then
  br_plain=$(brotli -q 11 -c "$out" | wc -c) br_opt=$(brotli -q 11 -c "$out.opt" | wc -c)
  if [ "$br_opt" -lt "$br_plain" ]; then
    mv "$out.opt" "$out"
    log "dramatis_core_bg.wasm: kept wasm-opt's output ($br_plain -> $br_opt bytes brotli)"
  else
    rm -f "$out.opt"
    log "dramatis_core_bg.wasm: kept wasm-bindgen's output (wasm-opt: $br_plain -> $br_opt bytes brotli)"
  fi
else
  mv "$out.opt" "$out"
fi
# Short import names in the wasm and its glue (scripts/minify-imports.mjs: -5 KB brotli).
log "minify-imports"
node "$ROOT/scripts/minify-imports.mjs" "$out" "$PKG_DIR/dramatis_core.js"
# V8's explicit compile hint (Chrome 136+; a plain comment elsewhere): every function of
# the glue is compiled up front on a background thread, not on its first call during
# the first render. Measured on the seed (main-thread CPU from a Chromium trace, 3 paired
# loads): mount's synchronous task 9.5 -> 7.2 ms, the first-screen render task about
# 27 -> 24 ms; 2 bytes of the brotli transfer. Must be the file's first line.
glue="$PKG_DIR/dramatis_core.js"
{ printf '//# allFunctionsCalledOnLoad\n'; cat "$glue"; } >"$glue.tmp" && mv "$glue.tmp" "$glue"
printf '%s\n' "$recipe" >"$stamp"
