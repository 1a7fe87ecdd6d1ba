# One command per chore. `make run` and `make test` work on a fresh Debian machine.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
VENDOR := fornuft/web/static/vendor
HOST ?= 127.0.0.1
PORT ?= 8000
PG_URL ?= postgres://postgres@127.0.0.1:5432/fornuft
REDIS_URL ?= redis://127.0.0.1:6379/15

.PHONY: install system-packages run test test-sqlite test-services test-postgres lint bench messages clean

install: system-packages $(STAMP) $(VENDOR)/.installed messages

system-packages:
	@scripts/system-packages.sh

$(STAMP): pyproject.toml requirements.lock
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	@touch $@

$(VENDOR)/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@mkdir -p $(VENDOR)
	cp node_modules/htmx.org/dist/htmx.min.js node_modules/chart.js/dist/chart.umd.js $(VENDOR)/
	cp node_modules/drawflow/dist/drawflow.min.js node_modules/drawflow/dist/drawflow.min.css $(VENDOR)/
	@touch $@

# Compiles the nb/en catalogues of every app (.po -> .mo).
messages: $(STAMP)
	@DJANGO_SETTINGS_MODULE=fornuft.config.settings FORNUFT_HOME=$${FORNUFT_HOME:-var} $(PY) -m django compilemessages \
	  --ignore=.venv --ignore=node_modules --ignore=var -v 0

run: install
	$(VENV)/bin/fornuft migrate
	$(VENV)/bin/fornuft demo
	$(VENV)/bin/fornuft serve --host $(HOST) --port $(PORT)

# The suite on SQLite, then the database-level tests on real PostgreSQL and Redis.
test: install test-sqlite test-postgres

test-sqlite:
	$(PY) -m pytest

test-postgres:
	@if scripts/test-services.sh; then \
	  FORNUFT_DATABASE_URL=$(PG_URL) FORNUFT_REDIS_URL=$(REDIS_URL) $(PY) -m pytest -m "postgres or redis"; \
	else \
	  echo "!!! SKIPPED: PostgreSQL/Redis tests (servers not reachable on 127.0.0.1 and could not be started)"; \
	fi

lint: $(STAMP)
	$(VENV)/bin/ruff check fornuft tests bench
	$(VENV)/bin/mypy fornuft

bench: $(STAMP)
	@for script in bench/bench_*.py; do echo "== $$script"; $(PY) $$script || exit 1; done

clean:
	rm -rf $(VENV) node_modules $(VENDOR)
