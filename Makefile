# Dramatis: two commands for a newcomer.
#   make demo [PORT=8000]   install what is missing, build the widget, serve the demo
#   make test               every test (native, wasm build, size budget, browser e2e)
# and for the extractor's quality:
#   make eval               score the CLI against the gold files at hand
# The logic lives in scripts/; see the comment at the top of each.

PORT ?= 8000

.PHONY: demo test eval bench fuzz setup wasm size e2e serve

demo:
	scripts/demo.sh $(PORT)

test:
	scripts/test.sh

eval:
	scripts/eval.sh

# Every budget of issue 6 with its measured figure (size, native, browser).
bench:
	scripts/bench.sh

fuzz:
	scripts/fuzz.sh

# The stages on their own.
setup:
	scripts/setup.sh

wasm:
	scripts/build-wasm.sh

size: wasm
	scripts/size-budget.sh

e2e: wasm
	scripts/e2e.sh

serve:
	scripts/serve.sh $(PORT)
