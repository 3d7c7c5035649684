# The two commands of the README: `make demo` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint messages docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# The main job on the bundled Sông Lô records.
demo: $(STAMP)
	$(BIN)/targets check
	$(BIN)/targets progress --year 2022
	$(BIN)/targets evaluate 2022
	$(BIN)/targets carry 2022 2023 --dry-run
	$(BIN)/targets report 2022

test: $(STAMP)
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

# After changing a user-facing text: compile the catalogs, list what is not translated.
messages: $(STAMP)
	$(BIN)/python -m songlo_targets.i18n_tools

# Regenerate docs/diagnostics.md from the test cases.
docs: $(STAMP)
	$(BIN)/python tests/docgen.py
	$(BIN)/python tests/cligen.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
