# tdkt — make demo (convert the bundled sample page) and make test (every test and the lint).
SWIFT ?= swift
SAMPLE ?= Samples/portal/seed-sharepoint/input.html
LINT_PATHS = $(wildcard Package.swift Sources Tests Tools Plugins Benchmarks)

.PHONY: all deps test-deps build release demo test lint format bench clean

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

lint:
	$(SWIFT) format lint --strict --recursive $(LINT_PATHS)

format:
	$(SWIFT) format --in-place --recursive $(LINT_PATHS)

bench: deps
	Benchmarks/run

clean:
	rm -rf .build
