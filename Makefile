# FaceMood — one-command run and test on Debian/Ubuntu (root or password-less sudo).
#
#   make run     create .venv, install FaceMood and system libraries, start the app
#   make test    the same plus test dependencies, then lint, type check and the suite
#
# Install steps are idempotent: the venv is created once, pip runs again only when
# pyproject.toml changes (stamp files in .venv), apt-get only when a package is missing.
# On Windows and macOS use a venv and `pip install -e .` directly (see README.md).

SHELL := /bin/bash
.DEFAULT_GOAL := help

VENV ?= .venv
PYTHON ?=
BIN := $(VENV)/bin
PY := $(BIN)/python

# Extras `make test` installs; `train` (TensorFlow) lets the training tests run.
TEST_EXTRAS ?= test,train
# Extra arguments: make run ARGS="--help"; make test PYTEST_ARGS="-m 'not gui' -x"
ARGS ?=
PYTEST_ARGS ?=

# libVLC with its audio plugins, and what Qt's xcb platform plugin links to.
APT_RUN := libvlc5 vlc-plugin-base libvlc-bin \
    libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 \
    libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 \
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0
APT_TEST := $(APT_RUN) xvfb xauth

comma := ,
STAMP_RUN := $(VENV)/.facemood-installed
STAMP_TEST := $(VENV)/.facemood-installed-$(subst $(comma),-,$(TEST_EXTRAS))

# Headless tests: Qt without a display (playback tests pick the "dummy" VLC audio output).
TEST_ENV := QT_QPA_PLATFORM=offscreen

.PHONY: help run test lint format system-deps-run system-deps-test install install-test \
    clean distclean

help: ## list the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | \
	    awk 'BEGIN {FS = ":.*## "}; {printf "  make %-18s %s\n", $$1, $$2}'

$(PY):
	scripts/bootstrap-venv.sh $(VENV) $(PYTHON)

$(STAMP_RUN): pyproject.toml | $(PY)
	$(PY) -m pip install -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(PY)
	$(PY) -m pip install -e '.[$(TEST_EXTRAS)]'
	touch $@

system-deps-run:
	@scripts/system-deps.sh $(APT_RUN)

system-deps-test:
	@scripts/system-deps.sh $(APT_TEST)

install: system-deps-run $(STAMP_RUN) ## set up .venv and system libraries for running

install-test: system-deps-test $(STAMP_TEST) ## set up .venv and system libraries for testing

run: install ## start FaceMood (ARGS="..." passes arguments)
	$(BIN)/facemood $(ARGS)

lint: $(STAMP_TEST) ## ruff lint, ruff format check, mypy --strict, the project's own checks
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(PY) scripts/project_checks.py

format: $(STAMP_TEST) ## apply ruff's formatting and safe fixes
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: install-test ## lint, type check, the whole suite headless, then build + self-test the bundle
	@$(MAKE) --no-print-directory lint
	$(TEST_ENV) $(PY) -m pytest $(PYTEST_ARGS)
	@$(MAKE) --no-print-directory bundle

clean: ## remove caches and build output (keeps .venv)
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache *.egg-info test-artifacts
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +

distclean: clean ## also remove .venv
	rm -rf $(VENV)

# Other areas add their targets (make bundle, data, model...) in make/<area>.mk.
-include $(wildcard make/*.mk)
