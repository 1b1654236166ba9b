# CAXA — the two commands every machine must run: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
TSTAMP := $(VENV)/.installed-test

.PHONY: run test bench forms lint installer installer-windows clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[postgres]"
	touch $@

$(TSTAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[postgres,test]"
	touch $@ $(STAMP)

run: $(STAMP)
	@sh installer/check-linux-deps.sh $(PY)
	$(VENV)/bin/caxa

test: $(TSTAMP)
	$(PY) -m ruff check desktop tests bench
	$(PY) -m pytest -n auto --dist loadgroup

bench: $(TSTAMP)
	$(PY) -m bench

forms: $(STAMP)
	@for f in ui/*.ui; do \
	  out=desktop/gui/forms/$$(basename $${f%.ui}).py; \
	  $(VENV)/bin/pyside6-uic --from-imports "$$f" -o "$$out" && echo "$$f -> $$out"; \
	done

# The one packaging path: a PyInstaller one-folder bundle in dist/caxa, smoke-tested here;
# on Windows, `iscc installer\caxa.iss` then wraps it in a per-user installer (dist/CAXA-<version>-setup.exe).
installer: $(STAMP)
	$(PY) -m pip install --quiet -e ".[postgres,build]"
	$(VENV)/bin/pyinstaller --noconfirm --log-level ERROR --distpath dist --workpath build installer/caxa.spec
	rm -rf build/smoke-data
	dist/caxa/caxa --version
	dist/caxa/caxa --data-dir build/smoke-data demo
	dist/caxa/caxa --data-dir build/smoke-data check
	QT_QPA_PLATFORM=offscreen dist/caxa/caxa --data-dir build/smoke-data screenshots build/smoke-shots
	echo demo1234 | dist/caxa/caxa --data-dir build/smoke-data --user admin weapons print labels 1 --out build/smoke-labels.pdf
	echo demo1234 | dist/caxa/caxa --data-dir build/smoke-data --user admin export residents build/smoke-residents.xlsx
	dist/caxa/caxa --data-dir build/smoke-data template residents build/smoke-template.xlsx
	echo demo1234 | dist/caxa/caxa --data-dir build/smoke-data --user admin import residents build/smoke-template.xlsx --dry-run
	echo demo1234 | dist/caxa/caxa --data-dir build/smoke-data --user admin export roster --week $$(date +%d/%m/%Y) --pdf build/smoke-roster.pdf

# Optional, in neither `make test` nor CI: compile installer/caxa.iss with ISCC.exe under wine (after
# `make installer`); says what is missing (wine, wine32, ISCC.exe from npm's innosetup) and stops.
installer-windows:
	sh installer/iscc-wine.sh

lint: $(TSTAMP)
	$(PY) -m ruff check desktop tests bench

clean:
	rm -rf $(VENV) build dist *.egg-info
