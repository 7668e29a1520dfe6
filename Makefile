# tdkt — make demo (convert the bundled sample page), make test (every test, the lint and the
# score gate) and make eval (field scores of the sample pages against their floors).
SWIFT ?= swift
SAMPLE ?= Samples/portal/seed-sharepoint/input.html
LINT_PATHS = $(wildcard Package.swift Sources Tests Tools Plugins Benchmarks Fuzz/Package.swift Fuzz/Sources)
FUZZ_SECONDS ?= 60

.PHONY: all deps test-deps build release demo test lint eval format bench fuzz sanitize clean

all: build

# libxml2-dev (headers + pkg-config file), libsqlite3-dev (tdkt export), xmllint and the sqlite3
# command (independent checks in the tests) and Python's jsonschema (independent JSON Schema
# checks), installed only when missing.
deps:
	@missing=""; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
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

# Headless Chromium for the browser test of the report, installed only when missing.
test-deps: deps
	@command -v chromium >/dev/null 2>&1 || { \
	  echo "make: installing chromium"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -qq && $$sudo apt-get install -y -qq chromium; }

test: build test-deps
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

# The unit tests under AddressSanitizer and ThreadSanitizer, each in a build folder of its own.
# The end-to-end tests (which run the tdkt binary) and the real-web corpus are left to make
# test. LeakSanitizer is off: the Swift runtime, Foundation and XCTest keep allocations until
# exit that it reports as leaks; LibXMLTests' memory test watches tdkt's own growth instead.
SANITIZE_SKIP = --skip EndToEndTests --skip EvalTests
sanitize: deps
	TDKT_CORPUS=/nonexistent ASAN_OPTIONS=detect_leaks=0 \
	  $(SWIFT) test --sanitize=address --scratch-path .build-asan $(SANITIZE_SKIP)
	TDKT_CORPUS=/nonexistent TSAN_OPTIONS=halt_on_error=1 \
	  $(SWIFT) test --sanitize=thread --scratch-path .build-tsan $(SANITIZE_SKIP)

# Every libFuzzer target for FUZZ_SECONDS seconds each (see Fuzz/README.md).
fuzz: deps
	Fuzz/run $(FUZZ_SECONDS)

clean:
	rm -rf .build
