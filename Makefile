# Afterglow: `make run` starts the app, `make test` runs the suite. Both set everything up.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
PACKAGE_STAMP := $(VENV)/.package-stamp

.PHONY: run demo test soak bench lint screenshots translations package system-deps-test system-deps-window system-deps-package clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps-test:
	@bash scripts/system-deps.sh test

system-deps-window:
	@bash scripts/system-deps.sh window

system-deps-package:
	@bash scripts/system-deps.sh package

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $(PACKAGE_STAMP)

run: system-deps-window $(STAMP)
	$(VENV)/bin/afterglow

# A fictional journal in a temporary folder, removed when the app quits; its passphrase
# is shown on the unlock screen.
demo: system-deps-window $(STAMP)
	$(PY) -m afterglow.demo

test: system-deps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n auto
	$(MAKE) --no-print-directory lint

soak: system-deps-test $(STAMP)
	AFTERGLOW_SOAK=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -s tests/security

bench: system-deps-test $(STAMP)
	$(PYTHON) -m venv benchmarks/.cache/jrnl-venv
	benchmarks/.cache/jrnl-venv/bin/pip install --quiet -r benchmarks/jrnl-requirements.txt
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

lint: $(STAMP)
	$(VENV)/bin/ruff check desktop tests scripts benchmarks
	$(VENV)/bin/mypy

screenshots: system-deps-test $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py docs/screenshots

# The translation template: every tr(), translate() and QT_TRANSLATE_NOOP() in the app,
# and the wording modules' _tr() helpers (see desktop/afterglow/ui/words.py). Without
# line numbers, so the file changes only when the words do.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -extensions py -tr-function-alias tr+=_tr,tr+=_translate \
		-locations none -no-obsolete -source-language en desktop/afterglow \
		-ts translations/afterglow.ts

# A one-folder app in dist/afterglow (PyInstaller, packaging/afterglow.spec), then the
# built program checks itself; see packaging/README.md. Not part of `make test`: slow.
# Its system packages include the window's libraries, so the X11 plugin's are bundled.
package: system-deps-package $(PACKAGE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller packaging/afterglow.spec
	QT_QPA_PLATFORM=offscreen dist/afterglow/afterglow --smoke-test

clean:
	rm -rf $(VENV) build dist *.egg-info
