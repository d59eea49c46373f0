# Two commands on a fresh machine: `make site` and `make test`. Each sets itself up.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: setup browser site check test lint serve bench render clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

setup: $(STAMP)

# Browser tests use Debian's chromium (or CHROMIUM=/path). Installed here when missing and we are root.
browser:
	@bash .ci/ensure-chromium

check: setup
	$(PY) -m generator check

# Built beside site/ and swapped in, so a failed or interrupted build leaves the last good site.
site: check
	rm -rf .site.tmp
	$(PY) -m mkdocs build --strict --site-dir .site.tmp
	rm -rf .site.old; if [ -d site ]; then mv site .site.old; fi; mv .site.tmp site; rm -rf .site.old

serve: setup
	$(PY) -m mkdocs serve

render: setup
	$(PY) -m generator render build/pages

lint: setup
	$(PY) -m ruff check generator tests benchmarks
	$(PY) -m mypy

test: setup browser lint
	$(PY) -m pytest

bench: setup
	$(PY) -m benchmarks.run

# Engine portability: the rendered pages built with a pinned Zensical and compared with
# the MkDocs build, page by page (docs/performance.md).
ZENSICAL_VENV ?= .venv-zensical
.PHONY: zensical
zensical: setup
	@test -x $(ZENSICAL_VENV)/bin/python || python3 -m venv $(ZENSICAL_VENV)
	$(ZENSICAL_VENV)/bin/python -m pip install --quiet --disable-pip-version-check -r requirements-zensical.lock
	$(PY) -m benchmarks.zensical build/zensical --zensical $(ZENSICAL_VENV)/bin/zensical

clean:
	rm -rf site build .pytest_cache .mypy_cache .ruff_cache
