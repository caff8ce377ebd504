# Two commands do all the set-up on a fresh machine:
#   make build   -> installs kg (with PDF input) and builds the bundled corpus into exports/
#   make test    -> installs the test tools too and runs the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEV := $(VENV)/.installed-dev

.PHONY: build test bench clean lint

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

# kg itself: no test, notebook or browser tools
$(STAMP): pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install -q -e '.[pdf]'
	touch $(STAMP)

# the test suite's tools (pytest, fixture writers, notebook and browser checks)
$(DEV): pyproject.toml $(STAMP)
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(DEV)

build: $(STAMP)
	$(BIN)/kg build corpus/langfang --out exports

test: $(DEV)
	bash scripts/ensure-chromium.sh || true
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) exports .pytest_cache
