# Two commands do all the set-up on a fresh machine:
#   make build   -> builds the bundled corpus into exports/
#   make test    -> runs the test suite
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build test bench clean lint

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $(STAMP)

build: $(STAMP)
	$(BIN)/kg build corpus/langfang --out exports

test: $(STAMP)
	bash scripts/ensure-chromium.sh || true
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_build.py

clean:
	rm -rf $(VENV) exports .pytest_cache
