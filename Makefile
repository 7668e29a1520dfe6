# tdkt — make demo (convert the bundled sample page), make test (every test, the lint and the
# score gate) and make eval (field scores of the sample pages against their floors).
SWIFT ?= swift
SAMPLE ?= Samples/portal/seed-sharepoint/input.html
LINT_PATHS = $(wildcard Package.swift Sources Tests Tools Plugins Benchmarks Fuzz/Package.swift Fuzz/Sources)
FUZZ_SECONDS ?= 60

.PHONY: all deps build release demo test lint eval format bench fuzz clean

all: build

# libxml2-dev (headers + pkg-config file), xmllint (independent checks in the tests) and
# Python's jsonschema (independent JSON Schema checks), installed only when missing.
deps:
	@missing=""; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v xmllint >/dev/null 2>&1 || missing="$$missing libxml2-utils"; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -qq && $$sudo apt-get install -y -qq $$missing; \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install -q jsonschema

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The build's progress goes to stderr, so stdout carries the exchange XML alone.
demo: deps
	@$(SWIFT) build >&2
	@"$$($(SWIFT) build --show-bin-path)/tdkt" convert $(SAMPLE)

test: build
	$(SWIFT) test
	$(MAKE) lint
	$(MAKE) eval

# Precision, recall and F1 per field over Samples/portal, Samples/records and Samples/eval;
# fails when a field is under its floor in Samples/eval/baseline.json or a page that must yield
# no record yields one. EVAL_FLAGS=--verbose lists each case's missing and extra items.
eval: build
	@"$$($(SWIFT) build --show-bin-path)/tdkt-eval" --check $(EVAL_FLAGS)

lint:
	$(SWIFT) format lint --strict --recursive $(LINT_PATHS)

format:
	$(SWIFT) format --in-place --recursive $(LINT_PATHS)

bench: deps
	Benchmarks/run

# Every libFuzzer target for FUZZ_SECONDS seconds each (see Fuzz/README.md).
fuzz: deps
	Fuzz/run $(FUZZ_SECONDS)

clean:
	rm -rf .build
