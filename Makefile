# Renraku Companion — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/companion_*.ts)
QM     := $(patsubst resources/translations/%.ts,companion/i18n/%.qm,$(TS))
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: run test test-fast lint i18n i18n-update bench screenshots clean setup

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found %s)" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	@touch $@

# Compiled translations (.qm) are built, not committed.
companion/i18n/%.qm: resources/translations/%.ts $(STAMP)
	$(PY) tools/build_translations.py

run: setup
	$(BIN)/companion $(ARGS)

test: setup
	$(PY) tools/ts_tool.py check $(TS)
	$(PY) -m pytest $(PYTEST_ARGS)

test-fast: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -m "not e2e" -q

lint: setup
	$(BIN)/ruff check companion tests tools bench
	$(BIN)/mypy

# Re-extract the strings from the code into the .ts files (translate them in Qt Linguist:
# $(BIN)/pyside6-linguist resources/translations/companion_ja.ts), then compile.
i18n-update: setup
	for ts in $(TS); do lang=$${ts##*_}; lang=$${lang%.ts}; \
	  $(BIN)/pyside6-lupdate -extensions py companion -source-language en -target-language $$lang -no-obsolete -ts $$ts; done
	$(PY) tools/ts_tool.py identity resources/translations/companion_en.ts

i18n: setup
	$(PY) tools/ts_tool.py check $(TS)

bench: setup
	$(PY) bench/bench.py

screenshots: setup
	$(PY) tools/screenshots.py docs/screenshots

clean:
	rm -rf $(VENV) companion/i18n/*.qm build dist *.egg-info
