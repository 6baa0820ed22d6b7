# flashpoint: two commands for a new user.
#   make demo   set everything up, ingest the bundled sample articles, print the events, open the dashboard
#   make test   set everything up and run the whole test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= $(CURDIR)/.demo/flashpoint.sqlite
PORT ?= 8000

.PHONY: install system-deps demo test lint eval bench clean

$(BIN)/flashpoint: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[dev]"
	@touch $@

install: $(BIN)/flashpoint

# Debian's chromium for the browser tests (Playwright drives it; no browser download) and PostgreSQL for the
# store tests that run against a real server too.
system-deps:
	@bash scripts/system-deps.sh

demo: install
	@mkdir -p $(dir $(DEMO_DB))
	$(BIN)/flashpoint --db $(DEMO_DB) ingest examples/articles || true
	$(BIN)/flashpoint --db $(DEMO_DB) events --format table
	@echo "Dashboard: http://127.0.0.1:$(PORT)/  (Ctrl-C to stop)"
	@( sleep 2; command -v xdg-open >/dev/null && xdg-open http://127.0.0.1:$(PORT)/ >/dev/null 2>&1 || true ) &
	$(BIN)/flashpoint --db $(DEMO_DB) serve --port $(PORT)

test: install system-deps
	FLASHPOINT_TEST_PG_URL="$$(bash scripts/start-postgres.sh)" $(BIN)/pytest -q

lint: install
	$(BIN)/ruff check src tests bench

eval: install
	$(BIN)/flashpoint eval ../shared/gold/dev/*.jsonl

bench: install
	$(BIN)/python bench/bench_ingest.py

clean:
	rm -rf $(VENV) .demo .pytest_cache build *.egg-info
