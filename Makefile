# The two commands of the README: `make demo` and `make test`. Both build .venv from nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint messages docs bench clean

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

# The suite runs on every core (pytest-xdist); `pytest` alone runs it in one process.
test: $(STAMP)
	$(BIN)/pytest -n auto

lint: $(STAMP)
	$(BIN)/ruff check src tests
	$(BIN)/mypy

# After changing a user-facing text: compile the catalogs, list what is not translated.
messages: $(STAMP)
	$(BIN)/python -m songlo_targets.i18n_tools

# Regenerate docs/diagnostics.md from the test cases, docs/cli.md from --help, docs/glossary.md
# from the glossary, the compiled report templates from templates/.
docs: $(STAMP)
	$(BIN)/python tests/support/docgen.py
	$(BIN)/python tests/support/cligen.py
	$(BIN)/python tests/support/glossarygen.py
	$(BIN)/python tests/support/templategen.py

# What a user meets: check on a fresh copy (cache written), then check, progress, evaluate and
# report warm, each against the JSON floor of the same round; start-up against bare typer.
# BENCH_SIZES=1000,10000,100000 adds a province (slow); see docs/performance.md.
bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
