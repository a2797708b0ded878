# Afterglow: `make run` starts the app, `make test` runs the suite. Both set everything up.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp

.PHONY: run demo test soak bench lint screenshots system-deps-test system-deps-window clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

system-deps-test:
	@bash scripts/system-deps.sh test

system-deps-window:
	@bash scripts/system-deps.sh window

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

clean:
	rm -rf $(VENV) build dist *.egg-info
