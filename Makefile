# Acupressure Helper: every task a developer or CI runs.
# `make run` and `make test` bootstrap everything they need on a fresh machine.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Debian packages the audio, the pictures and their tests need (the pictures' words are
# drawn in DejaVu Sans, the font their checks measure).
DEBS   := espeak-ng ffmpeg librsvg2-bin fonts-dejavu-core

# The locks: exact versions and hashes. Lambda's run-time dependencies, and everything a
# developer runs and tests with (the dev and web extras). `make lock` upgrades both.
LAMBDA_LOCK := requirements/lambda.txt
DEV_LOCK    := requirements/dev.txt
# uv installs from the locks; its own version is the one dev.txt locks.
UV_VERSION   = $(shell sed -n 's/^uv==\([^ ]*\).*/\1/p' $(DEV_LOCK))
# --isolated: this machine's own pip settings (extra indexes, find-links) play no part.
PIP_QUIET   := --isolated --quiet --disable-pip-version-check

.PHONY: run test lint typecheck unit venv system-packages model audio pictures look serve clean lock

$(STAMP): $(DEV_LOCK) pyproject.toml
	@echo "Setting up $(VENV) from $(DEV_LOCK) (uv $(UV_VERSION); a minute the first time)"
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/pip install $(PIP_QUIET) 'uv==$(UV_VERSION)'
	@$(BIN)/uv pip sync --quiet --python $(BIN)/python --require-hashes $(DEV_LOCK)
	@$(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $@

venv: $(STAMP)

## Upgrade the locks to the newest versions pyproject.toml allows, then reinstall from them.
lock: $(STAMP)
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra web --universal \
		--python-version 3.11 --generate-hashes --upgrade --quiet \
		--custom-compile-command "make lock" -o $(DEV_LOCK)
	$(BIN)/uv pip compile pyproject.toml --python-version 3.12 \
		--python-platform aarch64-manylinux2014 --generate-hashes --upgrade --quiet \
		--constraint $(DEV_LOCK) --custom-compile-command "make lock" -o $(LAMBDA_LOCK)
	$(MAKE) --no-print-directory venv

system-packages:
	@missing=""; for d in $(DEBS); do dpkg -s $$d >/dev/null 2>&1 || missing="$$missing $$d"; done; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

## The skill in a simulated Alexa device, with embedded storage. Pass options with ARGS="...".
run: $(STAMP)
	$(BIN)/acupressure-helper chat $(ARGS)

## The skill as a web service for Alexa (signatures checked). For local tests: ARGS="--no-verify".
serve: $(STAMP)
	$(BIN)/acupressure-helper serve $(ARGS)

.PHONY: suite test-fast mutation device-variants

## Lint, type-check, the template's checks and the whole test suite with its coverage floor.
test: lint typecheck infra-check suite

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

## Every test, measuring branch coverage of skill/ and infra/ in the pytest process;
## fails below the floor (fail_under in pyproject.toml), which only ever rises.
## Prints the slowest tests.
suite: $(STAMP) system-packages
	@mkdir -p build
	$(BIN)/coverage run -m pytest --durations=15
	$(BIN)/coverage report

## The inner loop: every tier but its tests marked slow, without coverage. About 45 s of
## processor time, so under a minute on two idle cores and about two minutes when other
## runs share them. A test not marked slow that takes over 2 s fails. Prints the slowest.
test-fast: $(STAMP) system-packages
	$(BIN)/pytest -m "not slow" --durations=15

## The conversation tiers (tests/conversations, tests/simulator, tests/replays; not slow)
## once per simulated device setting of toolkit/simulator/variants.py: as the docs describe
## it, each switch alone, then all three (SIMULATED_DEVICE). One run after another, about
## two minutes each on two cores; names every setting that failed.
DEVICE_VARIANTS := "" reports-playing stop-when-stopped stop-drops-speech \
	reports-playing,stop-when-stopped,stop-drops-speech
device-variants: $(STAMP) system-packages
	@failed=""; for setting in $(DEVICE_VARIANTS); do \
		echo "== SIMULATED_DEVICE=$$setting"; \
		SIMULATED_DEVICE=$$setting $(BIN)/pytest tests/conversations tests/simulator \
			tests/replays -m "not slow" || failed="$$failed '$$setting'"; \
	done; \
	if [ -n "$$failed" ]; then echo "Failed under:$$failed"; exit 1; fi

## The unit tests alone (tests/unit): the routine, the words and the model, in seconds:
## about 10 s of processor time, 15 to 20 s when other runs share the machine.
unit: $(STAMP) system-packages
	$(BIN)/pytest tests/unit --durations=5

## Mutation testing (not part of `make test`): mutmut changes skill/routine/ and
## skill/front_door.py one small fault at a time and runs the fast tests that reach each
## change (see [tool.mutmut] in pyproject.toml): 1441 mutants in about 5 minutes on two
## cores. Writes tests/mutation/score.json and fails below the floor, the last score
## rounded down, which only ever rises (tests/mutation/README.md).
MUTATION_FLOOR := 97
mutation: $(STAMP) system-packages
	rm -rf mutants
	@start=$$(date +%s); $(BIN)/mutmut run && \
		$(BIN)/python -m tests.mutation.score --floor $(MUTATION_FLOOR) \
			--seconds $$(( $$(date +%s) - start ))

## Render the hold audio (MP3 segments + manifest.json) and the pictures into build/audio.
## AUDIO_RENDERER=polly renders with Amazon Polly instead of espeak-ng.
audio: $(STAMP) system-packages pictures
	$(BIN)/python -m toolkit.audio.render --out build/audio --locale all $(ARGS)

## Draw every picture (cards, APL page, AudioPlayer art and background, icons) into
## build/audio/images and check each as a person would see it: its size, nothing
## squeezed, no words under 12 px where it is shown, a margin on every side, nothing cut.
pictures: $(STAMP) system-packages
	$(BIN)/python -m toolkit.visuals.pictures --out build/audio/images

## A contact sheet to open before a release, build/look/index.html: every picture, and
## the privacy policy and terms of use at phone and desktop width (screenshots too where
## Chromium is installed). The pages show OPERATOR_NAME, OPERATOR_EMAIL and AWS_REGION when set.
LOOK_EMAIL = $(or $(OPERATOR_EMAIL),you@yourdomain.tld)
LOOK_NAME = $(or $(OPERATOR_NAME),Your Name)
LOOK_REGION = $(or $(AWS_REGION),us-east-1)
look: pictures
	$(BIN)/python -m infra.legal_pages --operator-name '$(LOOK_NAME)' --operator-email '$(LOOK_EMAIL)' \
		--region '$(LOOK_REGION)' --out build/look/legal
	$(BIN)/python -m toolkit.look --pictures build/audio/images --pages build/look/legal --out build/look

## Regenerate the interaction models of every locale from their one source.
model: $(STAMP)
	$(BIN)/python -m toolkit.simulator.build_models

.PHONY: nlu

## How well the model hears people: resolves every line of interaction_model/evaluation/
## with the local device's matcher and prints accuracy by set, locale, context and intent,
## red-flag recall, false red flags and the confusions. Fails when a goal of issue 19 is
## missed (dev >= 95%, held-out >= 85%, every red flag heard, false red flags <= 2%).
## Options with ARGS="--locale en-GB --set held-out".
nlu: $(STAMP)
	$(BIN)/python -m toolkit.nlu $(ARGS)

clean:
	rm -rf $(VENV) .venv-sam .mypy_cache .ruff_cache .pytest_cache *.egg-info build

include infra/make.mk
include bench/make.mk
include toolkit/replay/make.mk
