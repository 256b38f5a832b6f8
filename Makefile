# Ippo: `make run` sets up and starts Ippo; `make test` sets up and runs the whole suite headless.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
SYSDEPS_STAMP := $(VENV)/.sysdeps-stamp

.PHONY: run test bench translations lint demo dist dist-check clean

$(SYSDEPS_STAMP):
	bash packaging/linux/system-deps.sh
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml | $(SYSDEPS_STAMP)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,dev]"
	touch $@

run: $(STAMP)
	$(BIN)/python -m ui.main $(ARGS)

# Lint and types first (quick), so the types stay true; then the suite.
test: $(STAMP)
	$(BIN)/ruff check app ui tests
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(STAMP)
	$(BIN)/python tests/bench/startup.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tests/bench/progress.py
	$(BIN)/python tests/bench/importers.py

demo: $(STAMP)
	$(BIN)/python -m ui.main demo --data-dir $(or $(DIR),/tmp/ippo-demo) --years 1

lint: $(STAMP)
	$(BIN)/ruff check app ui tests
	$(BIN)/mypy

# Update every .ts catalogue from the sources, then compile them to .qm.
translations: $(STAMP)
	$(BIN)/python assets/translations/catalogs.py

dist: $(STAMP)
	$(BIN)/python -m pip install -q "pyinstaller>=6.10,<7"
	bash packaging/linux/build.sh

dist-check: dist
	bash packaging/linux/smoke.sh

clean:
	rm -rf $(VENV) build dist
