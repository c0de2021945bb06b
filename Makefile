# newslake: `make demo` runs the pipeline on data/samples; `make test` runs the tests.
# Both set everything up on a machine with only Python 3.11+, git and make: uv is installed
# into .tools/ when it is not on PATH, then `uv sync --frozen` builds .venv from uv.lock.

SHELL := /bin/bash
PYTHON ?= python3
UV_VERSION := 0.13.9
TOOLS := $(CURDIR)/.tools
UV := $(or $(shell command -v uv 2>/dev/null),$(TOOLS)/bin/uv)
LAKE ?= data/lake

export DO_NOT_TRACK := 1
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export PREFECT_HOME ?= $(CURDIR)/.prefect
export UV_PYTHON_DOWNLOADS := never
# Trust the platform certificate store (corporate proxies install their CA there).
export UV_SYSTEM_CERTS ?= true

.PHONY: demo test eval bench setup clean

demo: .venv/.synced
	$(UV) run --frozen newslake run data/samples --lake $(LAKE)
	$(UV) run --frozen newslake query --lake $(LAKE)

test: .venv/.synced
	$(UV) run --frozen pytest

eval: .venv/.synced
	$(UV) run --frozen python -m benchmarks.eval_extraction

setup: .venv/.synced

.venv/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen
	@touch $@

# Only reached when uv is not on PATH: a project-local uv, pinned.
$(TOOLS)/bin/uv:
	@echo "uv not found on PATH: installing uv $(UV_VERSION) into $(TOOLS)"
	@if $(PYTHON) -m venv $(TOOLS)/venv >/dev/null 2>&1; then \
	  $(TOOLS)/venv/bin/python -m pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"; \
	  mkdir -p $(TOOLS)/bin && ln -sf $(TOOLS)/venv/bin/uv $(TOOLS)/bin/uv; \
	else \
	  $(PYTHON) -m pip install --quiet --disable-pip-version-check --target $(TOOLS)/pip "uv==$(UV_VERSION)"; \
	  mkdir -p $(TOOLS)/bin && ln -sf $(TOOLS)/pip/bin/uv $(TOOLS)/bin/uv; \
	fi

clean:
	rm -rf $(LAKE) .prefect .pytest_cache
