# The portal's commands. `make help` lists them; `make run` and `make test` are all a newcomer needs.

PYTHON ?= python3
PORT ?= 8000
PYTEST_ARGS ?=
# Parallel test processes (pytest-xdist): one per core, at most 4; TEST_WORKERS=0 runs the suite in one process.
TEST_WORKERS ?= auto
VENV := .venv
PY := $(VENV)/bin/python
RUNTIME_STAMP := $(VENV)/.requirements.stamp
DEV_STAMP := $(VENV)/.requirements-dev.stamp
# Where translations are looked for: never in the virtualenv, the local data or the Java node.
I18N_IGNORE := --ignore=.venv --ignore=var --ignore=search/engine --ignore=test-artifacts

.DEFAULT_GOAL := help
.PHONY: help venv lock run test lint format messages elasticsearch elasticsearch-stop elasticsearch-status tasks-worker

help: ## List the commands with what they do
	@grep -E '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-22s %s\n", $$1, $$2}'

venv: $(RUNTIME_STAMP) ## Create .venv (Python 3.11+) and install requirements.lock (requirements.txt pinned, with hashes) when it changed

$(PY):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed: set PYTHON=python3.11")'
	$(PYTHON) -m venv $(VENV)

# The lock files pin every package, with hashes, to what was tested; `make lock` writes them again.
$(RUNTIME_STAMP): requirements.lock | $(PY)
	$(PY) -m pip install --quiet -r requirements.lock
	@touch $@

$(DEV_STAMP): requirements-dev.lock | $(PY)
	$(PY) -m pip install --quiet -r requirements-dev.lock
	@touch $@

PIP_COMPILE := $(VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-find-links
lock: ## Re-resolve requirements.txt and requirements-dev.txt into requirements.lock and requirements-dev.lock (needs pip-tools in .venv)
	@test -x $(VENV)/bin/pip-compile || { echo "pip-tools is needed: $(PY) -m pip install 'pip-tools>=7.6,<8'" >&2; exit 1; }
	CUSTOM_COMPILE_COMMAND="make lock" $(PIP_COMPILE) --output-file requirements.lock requirements.txt
	CUSTOM_COMPILE_COMMAND="make lock" $(PIP_COMPILE) --output-file requirements-dev.lock requirements-dev.txt

run: venv ## Migrate the SQLite database under var/, load the demo content (prints the demo accounts), serve on 127.0.0.1:PORT (8000)
	@mkdir -p "$${PORTAL_VAR_DIR:-var}"
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	@echo "The portal is at http://127.0.0.1:$(PORT)/en/ (the demo accounts are listed above). Ctrl-C stops it."
	PORTAL_BASE_URL="$${PORTAL_BASE_URL:-http://127.0.0.1:$(PORT)}" $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: $(DEV_STAMP) ## Install requirements-dev.txt and run the whole suite in parallel (PYTEST_ARGS="-k forum", TEST_WORKERS=0)
	$(PY) -m pytest -n $(TEST_WORKERS) --maxprocesses=4 $(PYTEST_ARGS)

lint: $(DEV_STAMP) ## Check the code: ruff check, ruff format --check, djhtml --check on templates/, the import contracts (pyproject.toml)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djhtml --check templates
	$(VENV)/bin/lint-imports --no-cache

format: $(DEV_STAMP) ## Rewrite the code in the house style: ruff format, ruff check --fix, djhtml on templates/
	$(VENV)/bin/ruff format .
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/djhtml templates

messages: venv ## Extract the interface strings for French and Arabic and compile them (needs gettext)
	@command -v msgfmt >/dev/null || { echo "gettext is needed: apt-get install gettext" >&2; exit 1; }
	$(PY) manage.py makemessages --locale=fr --locale=ar $(I18N_IGNORE)
	$(PY) manage.py compilemessages $(I18N_IGNORE)

elasticsearch: ## Start the local Elasticsearch 8 node on 127.0.0.1:9200 and wait until healthy (Java 17 + Maven; SEARCH_NODE_COUNT=3: a cluster on 9200-9202)
	search/engine/node start

elasticsearch-stop: ## Stop the Elasticsearch node (or the SEARCH_NODE_COUNT nodes) started by `make elasticsearch`
	search/engine/node stop

elasticsearch-status: ## Print the Elasticsearch cluster health and its nodes (fails when it is not reachable)
	search/engine/node status

tasks-worker: venv ## Run the background tasks (every email the portal sends); production runs one or more as a service
	$(PY) manage.py tasks_worker

worker: venv ## Run the search worker: applies content changes to the index (with ELASTICSEARCH_URL set)
	$(PY) manage.py search_worker
