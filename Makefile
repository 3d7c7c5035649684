# The two commands of the README: `make demo` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint messages bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/targets check
	$(BIN)/targets check --lang en --format json | head -c 0

test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

# Re-extract the messages and compile the catalogs after changing a user-facing text.
messages: $(STAMP)
	$(BIN)/python -m songlo_targets.i18n_tools

# Time `targets check` (cold, warm) against the JSON floor, and start-up against bare typer.
# BENCH_SIZES=1000,10000,100000 adds a province (slow); see docs/performance.md.
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
