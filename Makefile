# tdkt — make demo (convert the bundled sample page), make test (every test, the lint and the
# score gate), make eval (field scores of the sample pages against their floors), make install
# (the binary, its man page and shell completions under PREFIX) and make dist (a portable
# tarball of tdkt that runs without the Swift toolchain).
SWIFT ?= swift
SAMPLE ?= Samples/portal/seed-sharepoint/input.html
LINT_PATHS = $(wildcard Package.swift Sources Tests Tools Plugins Benchmarks Fuzz/Package.swift Fuzz/Sources)
FUZZ_SECONDS ?= 60

VERSION := $(shell sed -n 's/^public let tdktVersion = "\(.*\)"/\1/p' Sources/Batch/Batch.swift)
DIST_ARCH := $(shell uname -m)
DIST := .build/dist/tdkt-$(VERSION)-linux-$(DIST_ARCH).tar.gz
SPARK_VENV := .build/spark-venv
TEST_VENV := .build/test-venv

# make install: PREFIX (default /usr/local) and DESTDIR (a staging root for packaging).
# TDKT_BIN installs an already built binary instead of building a release; GENERATE_MANUAL
# names a built generate-manual (swift-argument-parser's) instead of building it.
PREFIX ?= /usr/local
DESTDIR ?=
TDKT_BIN ?=
GENERATE_MANUAL ?=
MAN_DIR := .build/man
COMPLETIONS_DIR := .build/completions

.PHONY: all deps test-deps spark-deps build release dist demo test lint eval format bench fuzz \
	sanitize clean install man completions

all: build

# libxml2-dev (headers + pkg-config file), libsqlite3-dev (tdkt export), zlib1g-dev (the gzip
# parts of batch --format jsonl), xmllint and the sqlite3 command (independent checks in the
# tests) and Python's jsonschema (independent JSON Schema checks, in a virtual environment under
# .build/), installed only when missing.
deps:
	@missing=""; \
	pkg-config --exists libxml-2.0 2>/dev/null || missing="$$missing libxml2-dev"; \
	pkg-config --exists sqlite3 2>/dev/null || missing="$$missing libsqlite3-dev"; \
	pkg-config --exists zlib 2>/dev/null || missing="$$missing zlib1g-dev"; \
	command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	command -v xmllint >/dev/null 2>&1 || missing="$$missing libxml2-utils"; \
	python3 -m venv --help >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -qq && $$sudo apt-get install -y -qq $$missing; \
	fi
	@$(TEST_VENV)/bin/python3 -c 'import jsonschema' 2>/dev/null || { \
	  echo "make: installing jsonschema into $(TEST_VENV)"; \
	  python3 -m venv $(TEST_VENV) && $(TEST_VENV)/bin/pip install -q jsonschema; }

# For the Spark example's test (Examples/spark): a JRE from Debian, and pyspark, warcio and
# kubernetes-validate from PyPI in a virtual environment under .build/, each only when missing.
spark-deps:
	@missing=""; \
	command -v java >/dev/null 2>&1 || missing="$$missing openjdk-17-jre-headless"; \
	python3 -m venv --help >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
	  echo "make: installing$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -qq && $$sudo apt-get install -y -qq $$missing; \
	fi
	@$(SPARK_VENV)/bin/python -c 'import pyspark, warcio, kubernetes_validate' 2>/dev/null || { \
	  echo "make: installing pyspark, warcio and kubernetes-validate into $(SPARK_VENV)"; \
	  python3 -m venv $(SPARK_VENV) && \
	  $(SPARK_VENV)/bin/pip install -q pyspark warcio kubernetes-validate; }

# generate-manual too, for make man and the test of make install.
build: deps
	$(SWIFT) build
	$(SWIFT) build --product generate-manual

release: deps
	$(SWIFT) build -c release

# tdkt/bin/tdkt in a tarball, with the Swift runtime and Foundation linked in
# (--static-swift-stdlib); it needs only glibc, libstdc++, libxml2 (libxml2.so.2: Debian's
# libxml2, which brings ICU and liblzma) and zlib (libz.so.1: zlib1g) on the machine that runs it.
dist: deps
	$(SWIFT) build -c release --static-swift-stdlib --product tdkt
	@rm -rf .build/dist/tdkt && mkdir -p .build/dist/tdkt/bin
	@cp "$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/tdkt" \
	  .build/dist/tdkt/bin/tdkt
	@strip .build/dist/tdkt/bin/tdkt
	@printf '%s\n' "tdkt $(VERSION), linux-$(DIST_ARCH), built on $$(. /etc/os-release && \
	  echo "$$PRETTY_NAME") with glibc $$(ldd --version | sed -n '1s/.* //p')." \
	  "Needs: glibc of that version or newer, libstdc++ (libstdc++6), libxml2 (libxml2.so.2," \
	  "with its ICU and liblzma) and zlib (libz.so.1): apt-get install libxml2 zlib1g." \
	  "Run tdkt/bin/tdkt --help." \
	  > .build/dist/tdkt/README
	@tar -C .build/dist -czf $(DIST) tdkt
	@echo "$(DIST)"

# The man page, tdkt.1, made from the help texts by swift-argument-parser's generate-manual.
man: $(if $(TDKT_BIN),,release)
	@$(if $(GENERATE_MANUAL),,$(SWIFT) build --product generate-manual >&2)
	@mkdir -p $(MAN_DIR)
	@"$(or $(GENERATE_MANUAL),$$($(SWIFT) build --show-bin-path)/generate-manual)" \
	  "$(or $(TDKT_BIN),$$($(SWIFT) build -c release --show-bin-path)/tdkt)" -o $(MAN_DIR)
	@echo "$(MAN_DIR)/tdkt.1"

# Completion scripts for bash, zsh and fish (swift-argument-parser writes them).
completions: $(if $(TDKT_BIN),,release)
	@mkdir -p $(COMPLETIONS_DIR)
	@bin="$(or $(TDKT_BIN),$$($(SWIFT) build -c release --show-bin-path)/tdkt)"; \
	"$$bin" --generate-completion-script bash > $(COMPLETIONS_DIR)/tdkt && \
	"$$bin" --generate-completion-script zsh > $(COMPLETIONS_DIR)/_tdkt && \
	"$$bin" --generate-completion-script fish > $(COMPLETIONS_DIR)/tdkt.fish
	@echo "$(COMPLETIONS_DIR)"

# PREFIX/bin/tdkt, PREFIX/share/man/man1/tdkt.1 and the completions where bash-completion, zsh
# and fish look for them. The binary needs the Swift runtime of this toolchain and libxml2;
# make dist builds one that needs no Swift.
install: man completions
	@bin="$(or $(TDKT_BIN),$$($(SWIFT) build -c release --show-bin-path)/tdkt)"; \
	root="$(DESTDIR)$(PREFIX)"; \
	install -d "$$root/bin" "$$root/share/man/man1" "$$root/share/bash-completion/completions" \
	  "$$root/share/zsh/site-functions" "$$root/share/fish/vendor_completions.d" && \
	install -m 755 "$$bin" "$$root/bin/tdkt" && \
	install -m 644 $(MAN_DIR)/tdkt.1 "$$root/share/man/man1/tdkt.1" && \
	install -m 644 $(COMPLETIONS_DIR)/tdkt "$$root/share/bash-completion/completions/tdkt" && \
	install -m 644 $(COMPLETIONS_DIR)/_tdkt "$$root/share/zsh/site-functions/_tdkt" && \
	install -m 644 $(COMPLETIONS_DIR)/tdkt.fish \
	  "$$root/share/fish/vendor_completions.d/tdkt.fish" && \
	echo "installed $$root/bin/tdkt, its man page and bash, zsh and fish completions"

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

# The Spark test and the portable-binary test run when their set-up is there: spark-deps and
# dist provide it.
test: build test-deps spark-deps dist
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

# valgrind (the per-stage instruction counts of callgrind), installed only when missing.
bench: deps
	@command -v valgrind >/dev/null 2>&1 || { \
	  echo "make: installing valgrind"; \
	  if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	  $$sudo apt-get update -qq && $$sudo apt-get install -y -qq valgrind; }
	Benchmarks/run

# The unit tests under AddressSanitizer and ThreadSanitizer, each in a build folder of its own.
# The end-to-end tests (which run the tdkt binary) and the real-web corpus are left to make
# test. LeakSanitizer is off: the Swift runtime, Foundation and XCTest keep allocations until
# exit that it reports as leaks; LibXMLTests' memory test watches tdkt's own growth instead, in
# make test: under a sanitizer the sanitizer's own memory (ASan's quarantine) grows too.
SANITIZE_SKIP = --skip EndToEndTests --skip EvalTests --skip repeatedParsingDoesNotGrowMemory
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
