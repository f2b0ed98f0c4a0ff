# Shipping the skill: the Lambda package, the template's checks, the deploy.
# Included by the Makefile, whose $(PYTHON), $(BIN) and $(STAMP) it uses.

# The SAM CLI pins its own boto3, older than the project's, so it lives in a venv of its own.
SAM_VENV        := .venv-sam
SAM             := $(SAM_VENV)/bin/sam
SAM_STAMP       := $(SAM_VENV)/.installed
SAM_CLI_VERSION := 1.170.0
# No usage reports from the SAM CLI: it runs offline here, and in CI.
SAM_ENV         := SAM_CLI_TELEMETRY=0 AWS_DEFAULT_REGION=us-east-1
# The regions Alexa calls skill functions in.
ALEXA_REGIONS   := us-east-1 eu-west-1 us-west-2

.PHONY: sam package infra-check sam-build build-SkillFunction deploy

$(SAM_STAMP): infra/make.mk
	@echo "Setting up $(SAM_VENV): the SAM CLI $(SAM_CLI_VERSION) (a minute or two the first time)"
	@$(PYTHON) -m venv $(SAM_VENV)
	@$(SAM_VENV)/bin/pip install $(PIP_QUIET) 'aws-sam-cli==$(SAM_CLI_VERSION)'
	@touch $@

## The SAM CLI, in its own venv (.venv-sam).
sam: $(SAM_STAMP)

## Build build/lambda.zip: the skill's run-time modules and dependencies, for Lambda (arm64, Python 3.12).
package: $(STAMP)
	$(BIN)/python -m infra.package

## Lint the SAM template with cfn-lint in every Alexa region, and check its SAM transform
## with sam validate, offline. The one cfn-lint run of `make test` (sam validate --lint
## would be a second).
infra-check: $(STAMP) $(SAM_STAMP)
	$(BIN)/cfn-lint --regions $(ALEXA_REGIONS) -- infra/template.yaml
	$(SAM_ENV) $(SAM) validate --template-file infra/template.yaml --config-file $(CURDIR)/samconfig.toml

## `sam build` the stack into build/sam: SAM runs build-SkillFunction below, offline.
sam-build: $(SAM_STAMP)
	$(SAM_ENV) $(SAM) build --template-file infra/template.yaml --build-dir build/sam --config-file $(CURDIR)/samconfig.toml

## What `sam build` runs for the function (template.yaml: BuildMethod makefile): `make
## package`, unpacked into SAM's ARTIFACTS_DIR, so the stack deploys the very zip the
## tests check, built from the project's own dependency list.
build-SkillFunction: package
	@test -n "$(ARTIFACTS_DIR)" || { echo "ARTIFACTS_DIR is not set: sam build sets it" >&2; exit 2; }
	$(BIN)/python -m zipfile -e build/lambda.zip "$(ARTIFACTS_DIR)"

## Deploy the stack, the audio and the skill (README, "Deploying"). DRY_RUN=1 prints the
## steps, then writes what they would submit into build/ and says where, calling no AWS
## service: the skill project, the Lambda package, the audio (espeak-ng), pictures and pages.
deploy: $(STAMP) $(if $(DRY_RUN),system-packages,$(SAM_STAMP))
	SAM_CLI=$(CURDIR)/$(SAM) MAKE="$(MAKE)" $(BIN)/python -m infra.deploy $(if $(DRY_RUN),--dry-run)
