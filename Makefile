# Renraku Companion — the two commands: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PY     := $(BIN)/python
STAMP  := $(VENV)/.installed
TS     := $(wildcard resources/translations/companion_*.ts)
QM     := $(patsubst resources/translations/%.ts,companion/i18n/%.qm,$(TS))
export PIP_DISABLE_PIP_VERSION_CHECK=1

.PHONY: run test test-fast lint i18n i18n-update bench screenshots clean setup icons dist dist-check \
        install-desktop uninstall-desktop validate-desktop wheel-check

APP_ID    := jp.renraku.Companion
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found %s)" % sys.version.split()[0])'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q -c constraints.txt -e '.[dev]'
	@touch $@

# Compiled translations (.qm) are built, not committed: tools/qm.py compiles them, here and in
# every wheel or sdist build (setup.py).
companion/i18n/%.qm: resources/translations/%.ts tools/qm.py $(STAMP)
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

icons: setup
	$(PY) tools/render_icons.py build/icons

# One-folder bundle (PyInstaller): dist/RenrakuCompanion/renraku-companion
dist: setup icons
	$(BIN)/pip install -q -c constraints.txt pyinstaller
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller packaging/companion.spec
	@du -sh dist/RenrakuCompanion

# The bundle starts fully on a real X server (catches missing Qt plugins and data files).
dist-check: dist
	xvfb-run -a -s "-screen 0 1280x800x24" dist/RenrakuCompanion/renraku-companion \
	  --data-dir "$$(mktemp -d)" --demo --smoke-test

# A per-user launcher: menu entry and icons, starting the app installed in this checkout's venv.
install-desktop: setup icons
	install -d "$(DATA_HOME)/applications" "$(DATA_HOME)/metainfo"
	sed 's|^Exec=companion|Exec=$(abspath $(BIN))/companion|' packaging/linux/$(APP_ID).desktop \
	  > "$(DATA_HOME)/applications/$(APP_ID).desktop"
	install -m 644 packaging/linux/$(APP_ID).metainfo.xml "$(DATA_HOME)/metainfo/"
	cd build/icons && find hicolor -type f -exec install -D -m 644 {} "$(DATA_HOME)/icons/{}" \;
	-update-desktop-database "$(DATA_HOME)/applications" 2>/dev/null
	-gtk-update-icon-cache -q -t "$(DATA_HOME)/icons/hicolor" 2>/dev/null
	@echo "Installed: look for “Renraku Companion” (連絡コンパニオン) in your application menu."

uninstall-desktop:
	rm -f "$(DATA_HOME)/applications/$(APP_ID).desktop" "$(DATA_HOME)/metainfo/$(APP_ID).metainfo.xml"
	find "$(DATA_HOME)/icons/hicolor" -name '$(APP_ID).*' -delete 2>/dev/null || true
	-update-desktop-database "$(DATA_HOME)/applications" 2>/dev/null
	@echo "Removed the launcher. Your data stays in the data folder (see README)."

validate-desktop:
	desktop-file-validate packaging/linux/$(APP_ID).desktop
	appstreamcli validate --no-net packaging/linux/$(APP_ID).metainfo.xml

clean:
	rm -rf $(VENV) companion/i18n/*.qm build dist *.egg-info
