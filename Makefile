# Mutuelle Horizon Santé assistant. `make run` and `make test` are the two commands;
# everything else is a step they call. `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3.11
ENGINE := .venv-engine
APP := .venv
PY := $(APP)/bin/python
RASA := $(ENGINE)/bin/rasa
RASA_FILES := --config config.yml --domain bot/domain --data bot/data
export PYTHONPATH := $(CURDIR)
export RASA_TELEMETRY_ENABLED := false
export TF_CPP_MIN_LOG_LEVEL := 2

.PHONY: help install run test lint typecheck check-kb index model safety-model directory browser unit integration eval eval-nlu eval-retrieval eval-safety eval-parsers bench validate clean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "} {printf "  %-16s %s\n", $$1, $$2}'

$(ENGINE)/.installed: requirements/engine.txt requirements/engine.lock.txt
	rm -rf $(ENGINE)
	$(PYTHON) -m venv $(ENGINE)
	$(ENGINE)/bin/pip install -q --upgrade "pip==24.3.1"
	$(ENGINE)/bin/pip install -q -c requirements/engine.lock.txt -r requirements/engine.txt
	$(ENGINE)/bin/pip install -q --no-deps --ignore-requires-python rasa==3.6.21 rasa-sdk==3.6.2
	touch $@

$(APP)/.installed: pyproject.toml requirements/app.lock.txt
	rm -rf $(APP)
	$(PYTHON) -m venv $(APP)
	$(APP)/bin/pip install -q --upgrade "pip==24.3.1"
	$(APP)/bin/pip install -q -c requirements/app.lock.txt -e '.[dev]'
	touch $@

WEB := channels/web
$(WEB)/node_modules/.installed: $(WEB)/package.json $(WEB)/package-lock.json
	npm ci --prefix $(WEB) --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

install: $(ENGINE)/.installed $(APP)/.installed $(WEB)/node_modules/.installed ## create both virtual environments and the website's socket.io client

check-kb: $(APP)/.installed ## validate knowledge-base metadata and sourced figures
	$(PY) -m retrieval check-kb knowledge_base/docs

build/safety_model.json: $(APP)/.installed eval/safety_corpus.yml eval/safety_training_extra.yml $(wildcard safety/*.py)
	$(PY) -m safety train

safety-model: build/safety_model.json ## the safety detector's learned second opinion (stdlib, ~3 s)

index: $(APP)/.installed check-kb ## build the knowledge-base index (only when stale)
	$(PY) -m stack ensure-index

model: install ## train the engine model (only when config, domain or data changed)
	$(PY) -m stack ensure-model

run: install index model safety-model ## set up what is missing, then start engine, action server and gateway
	$(PY) -m stack run

lint: $(APP)/.installed ## ruff
	$(APP)/bin/ruff check .
	$(APP)/bin/ruff format --check .

typecheck: $(APP)/.installed ## mypy --strict
	$(APP)/bin/mypy

validate: install ## rasa data validate
	$(RASA) data validate $(RASA_FILES) --fail-on-warnings

unit: $(APP)/.installed index ## fast tests (no engine)
	$(PY) -m pytest -m "not engine" -q

integration: install index model ## tests that start the stack and talk to it over REST
	$(PY) -m pytest -m engine -q

test: install lint typecheck index model safety-model browser ## lint, types, unit, integration and browser tests
	$(PY) -m pytest -q

eval-nlu: install ## held-out NLU evaluation; reports/ gets the intent report and confusion matrix
	$(PY) -m stack.nlu_eval

eval-retrieval: $(APP)/.installed ## recall@k / MRR of our retriever vs plain BM25
	$(PY) -m retrieval eval

eval-safety: safety-model ## safety detector: tuning corpus (must be perfect) and the held-out set (reported)
	$(PY) -m safety eval
	-$(PY) -m safety eval --corpus eval/safety_heldout_2.yml
	-$(PY) -m safety eval --corpus eval/safety_heldout_3.yml

eval-parsers: $(APP)/.installed ## French parsers (money requests, care queries) on independent held-out sets
	$(PY) -m care ensure-samples
	$(PY) -m dialogue.evaluation

eval: eval-nlu eval-retrieval eval-safety eval-parsers ## all evaluations

bench: install index ## retrieval latency (10,000 chunks) and care search (100,000 professionals)
	$(PY) -m retrieval bench
	$(PY) -m care bench

directory: $(APP)/.installed ## import the sample health-professional directory (only when it changed)
	$(PY) -m care ensure-samples

browser: ## Debian's Chromium for the browser tests (installed once)
	@command -v chromium >/dev/null || (apt-get install -y -q chromium >/dev/null 2>&1 || (apt-get update -q && apt-get install -y -q chromium))

clean: ## remove built artefacts (keeps environments and data)
	rm -rf build models reports .mypy_cache .ruff_cache .pytest_cache
