# Two commands on a fresh machine: `make site` and `make test`. Each sets itself up.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
export NO_MKDOCS_2_WARNING := 1
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 0)

.PHONY: setup browser engine engines site check test lint lint-workflows lint-schemas lock serve bench render clean

$(STAMP): requirements.lock pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

setup: $(STAMP)

# requirements.in is the hand-edited list; `make lock` is the one command that rewrites
# requirements.lock from it (every dependency pinned, with hashes, by the uv pinned in
# requirements.in). Pins already in the lock are kept unless UPGRADE=--upgrade. It needs
# only uv, not an installable lock, so it also mends a lock broken by a merge.
# 3.11.5 is the oldest Python the locked packages accept.
UV_VERSION = $(shell sed -n 's/^uv==//p' requirements.in)
lock:
	@test -x $(PY) || python3 -m venv $(VENV)
	@$(VENV)/bin/uv --version 2>/dev/null | grep -qx "uv $(UV_VERSION)" || \
		$(PY) -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"
	$(VENV)/bin/uv pip compile requirements.in --quiet --generate-hashes --python-version 3.11.5 \
		$(UPGRADE) -o requirements.lock
	for engine in properdocs zensical; do \
		$(VENV)/bin/uv pip compile requirements-$$engine.in --quiet --generate-hashes \
			--python-version 3.11.5 $(UPGRADE) -o requirements-$$engine.lock || exit 1; done

# Browser tests use Debian's chromium (or CHROMIUM=/path). Installed here when missing and we are root.
browser:
	@bash .ci/ensure-chromium

check: setup
	$(PY) -m generator check

# make site [ENGINE=mkdocs|properdocs|zensical]: the generator writes every page into
# build/docs (only the files whose bytes changed) and the engine's config build/engine.yml
# (mkdocs.yml without the plugin); the engine builds that folder; `generator built` then
# fails the build when the engine left the generated pages out. Built into build/site and
# swapped in, so a failed or interrupted build leaves the last good site.
# MkDocs runs from .venv; ProperDocs and Zensical from their own venvs and hash-pinned locks.
ENGINE ?= mkdocs
ENGINES := mkdocs properdocs zensical
ENGINE_VENV = $(if $(filter mkdocs,$(ENGINE)),$(VENV),.venv-$(ENGINE))
# $(call ENGINE_BUILD_$(ENGINE),DIR) builds DIR/engine.yml (its docs and site beside it).
ENGINE_BUILD_mkdocs = $(PY) -m mkdocs build --strict -f $(1)/engine.yml
ENGINE_BUILD_properdocs = .venv-properdocs/bin/properdocs build --strict -f $(1)/engine.yml
ENGINE_BUILD_zensical = cd $(1) && $(abspath .venv-zensical/bin/zensical) build --strict -f engine.yml
.venv-%/.installed: requirements-%.lock
	@test -x .venv-$*/bin/python || python3 -m venv .venv-$*
	.venv-$*/bin/python -m pip install --quiet --disable-pip-version-check --require-hashes \
		-r requirements-$*.lock
	@touch $@

engine: setup $(if $(filter properdocs zensical,$(ENGINE)),.venv-$(ENGINE)/.installed)
	@case " $(ENGINES) " in *" $(ENGINE) "*) ;; \
		*) echo "error: ENGINE=$(ENGINE) is not one of: $(ENGINES)" >&2; exit 2;; esac

site: engine check
	$(PY) -m generator pages build/docs --config build/engine.yml
	rm -rf build/site
	$(call ENGINE_BUILD_$(ENGINE),build)
	$(PY) -m generator built build/site --pages build/docs
	rm -rf .site.old; if [ -d site ]; then mv site .site.old; fi; mv build/site site; rm -rf .site.old

serve: setup
	$(PY) -m mkdocs serve

# The browser tests build the sheets with every engine: their venvs first.
engines: setup .venv-properdocs/.installed .venv-zensical/.installed

render: setup
	$(PY) -m generator render build/pages

lint: setup lint-workflows lint-schemas
	$(PY) -m ruff check generator tests benchmarks
	$(PY) -m mypy

# The workflows: actionlint (syntax, expressions, shell) and zizmor (security), offline.
lint-workflows: setup
	$(VENV)/bin/actionlint
	$(VENV)/bin/zizmor --offline --quiet .github/workflows

# Every committed YAML file against the editors' JSON Schemas, with a real client.
FACT_FILES = $(filter-out facts/sources.yml facts/site.yml,$(wildcard facts/*.yml))
EXAMPLE = examples/hurricane-florence
EXAMPLE_FACT_FILES = $(filter-out $(EXAMPLE)/facts/sources.yml $(EXAMPLE)/facts/site.yml,$(wildcard $(EXAMPLE)/facts/*.yml))
lint-schemas: setup
	$(PY) -m generator schema --check
	$(VENV)/bin/check-jsonschema --schemafile generator/schema/facts.schema.json $(FACT_FILES) $(EXAMPLE_FACT_FILES)
	$(VENV)/bin/check-jsonschema --schemafile generator/schema/sources.schema.json facts/sources.yml $(EXAMPLE)/facts/sources.yml
	$(VENV)/bin/check-jsonschema --schemafile generator/schema/site.schema.json facts/site.yml $(EXAMPLE)/facts/site.yml

# make example [ENGINE=mkdocs|properdocs|zensical]: the example sheet, checked and built
# the way `make site` builds the project's, into build/example-site. Its articles are read
# from ../shared/real-articles beside the repository (facts/sources.yml's sources_dir, or
# FACTSHEET_SOURCES_DIR), which CI checks out there. `make test` checks and builds it too
# (tests/test_example.py).
.PHONY: example
example: engine
	$(PY) -m generator check --root $(EXAMPLE)
	$(PY) -m generator pages build/example/docs --root $(EXAMPLE) --config build/example/engine.yml
	rm -rf build/example/site
	$(call ENGINE_BUILD_$(ENGINE),build/example)
	$(PY) -m generator built build/example/site --pages build/example/docs
	rm -rf build/example-site.old; if [ -d build/example-site ]; then mv build/example-site build/example-site.old; fi
	mv build/example/site build/example-site; rm -rf build/example-site.old

test: setup engines browser lint
	$(PY) -m pytest

bench: setup
	$(PY) -m benchmarks.run

# Engine portability: the generated pages built with every engine and compared with the
# MkDocs build, page by page (docs/performance.md).
.PHONY: zensical
zensical: engines
	$(PY) -m benchmarks.zensical build/engines

clean:
	rm -rf site build .pytest_cache .mypy_cache .ruff_cache
