# Checks against the deployed skill through the Alexa Skill Management API (SMAPI). Both
# need the ASK CLI with credentials (`ask configure`) and SKILL_ID; without them, or with
# DRY_RUN=1, they print what they would send. Text only: AudioPlayer events can't be sent.

.PHONY: device-check nlu-profile

## Replay every conversation in tests/replays against the deployed skill through the Skill
## Simulation API (`ask smapi simulate-skill`) and compare each answer with what is expected.
device-check: $(STAMP)
	DRY_RUN=$(DRY_RUN) $(BIN)/python -m toolkit.replay.device_check $(ARGS)

## Send every line of interaction_model/evaluation/<locale>.jsonl to the Utterance Profiler
## (`ask smapi profile-nlu`) and compare the intent it selects with the line's.
nlu-profile: $(STAMP)
	DRY_RUN=$(DRY_RUN) $(BIN)/python -m toolkit.replay.nlu_profile $(ARGS)
