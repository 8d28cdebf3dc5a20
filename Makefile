# `make run` sets up and starts the app; `make test` sets up, runs the checks (ruff, mypy,
# the import contracts) and then the whole test suite, and fails if any of them fails.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint system-deps venv screenshots sounds translations bench clean

run: venv
	$(BIN)/footwork

test: system-deps lint
	$(BIN)/python -m pytest

# The checkers are pinned in the `test` extra of pyproject.toml; pre-commit runs the same ones.
lint: venv
	$(BIN)/ruff check src tests tools benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

system-deps:
	tools/system-deps.sh

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Footwork needs Python 3.11 or newer"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

screenshots: venv
	$(BIN)/python tools/screenshots.py

sounds:
	$(PYTHON) tools/render_sounds.py

translations: venv
	tools/update-translations.sh

bench: venv
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) build dist .pytest_cache
