#!/usr/bin/env bash
# `make test`: every test, with the wall time of each stage.
#   setup -> cargo test (native) -> story JSON schema -> data budget (lexicons and
#   knowledge base, bytes and sources) -> wasm build -> size budget -> e2e (chromium)
# A failing stage does not hide the others' results; stages that need the wasm
# build are skipped when it fails. Exits non-zero when any stage failed.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

names=() times=() results=()
failed=0
run_stage() {
  local name="$1"; shift
  printf '\n======== %s ========\n' "$name"
  local t0 rc=0
  t0="$(now)"
  "$@" || rc=$?
  local dt; dt="$(elapsed "$t0")"
  names+=("$name") times+=("$dt")
  if [ "$rc" -eq 0 ]; then results+=(ok); else results+=("FAILED ($rc)"); failed=$((failed + 1)); fi
  printf -- '-------- %s: %s in %ss\n' "$name" "${results[-1]}" "$dt"
  return "$rc"
}
skip_stage() {
  names+=("$1") times+=("-") results+=("skipped: $2")
  printf '\n======== %s: skipped (%s) ========\n' "$1" "$2"
}

t_all="$(now)"
if run_stage "setup" "$ROOT/scripts/setup.sh"; then
  run_stage "cargo test (native)" cargo test --no-fail-fast || true
  run_stage "story JSON schema" python3 "$ROOT/scripts/check-schema.py" || true
  run_stage "data budget" "$ROOT/scripts/data-budget.sh" || true
  if run_stage "wasm build" "$ROOT/scripts/build-wasm.sh"; then
    run_stage "size budget" "$ROOT/scripts/size-budget.sh" || true
    run_stage "e2e (chromium)" "$ROOT/scripts/e2e.sh" || true
  else
    skip_stage "size budget" "wasm build failed"
    skip_stage "e2e (chromium)" "wasm build failed"
  fi
else
  run_stage "cargo test (native)" cargo test --no-fail-fast || true
  run_stage "data budget" "$ROOT/scripts/data-budget.sh" || true
  skip_stage "wasm build" "setup failed"
  skip_stage "size budget" "setup failed"
  skip_stage "e2e (chromium)" "setup failed"
fi

printf '\n======== summary (wall time) ========\n'
for i in "${!names[@]}"; do
  printf '%-22s %8s s  %s\n' "${names[$i]}" "${times[$i]}" "${results[$i]}"
done
printf '%-22s %8s s\n' "total" "$(elapsed "$t_all")"
ran=0
for r in "${results[@]}"; do case "$r" in skipped*) ;; *) ran=$((ran + 1)) ;; esac; done
echo "stages: $((ran - failed)) passed, $failed failed"
[ "$failed" -eq 0 ]
