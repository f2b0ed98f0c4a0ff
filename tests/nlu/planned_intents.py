"""The intents and slots the shared plan of issue 19 adds to the model, which the labels follow.

Until the model carries them, an evaluation line may name these; tests/nlu/test_goals.py
holds the labels to the built model itself.
"""

from __future__ import annotations

PLANNED_SLOTS: dict[str, frozenset[str]] = {
    "SymptomIntent": frozenset({"symptom"}),
    "OkayIntent": frozenset(),
    "ThanksIntent": frozenset(),
    "SkipStepsIntent": frozenset({"minutes", "length"}),
    "WhatIsQiIntent": frozenset(),
    "WhatYouKeepIntent": frozenset(),
    "TalkToPersonIntent": frozenset(),
    "FrustratedIntent": frozenset(),
    "HelperHoldIntent": frozenset({"helped"}),
    "RemindDailyIntent": frozenset({"part", "days"}),
}
# Replaced by SymptomIntent: no line may expect them.
REMOVED = frozenset({"NumbOrTinglyIntent", "FeelWorseIntent"})
SYMPTOM_IDS = frozenset({
    "NUMB_LEGS", "WEAK_LEGS", "BLADDER_BOWEL", "FEVER", "FALL_INJURY", "CALF", "KNEE_INJURY",
    "VARICOSE_VEINS", "TINGLING", "SHARP", "WORSE",
})  # fmt: skip
RED_FLAG_SYMPTOMS = frozenset({
    "NUMB_LEGS", "WEAK_LEGS", "BLADDER_BOWEL", "FEVER", "FALL_INJURY", "CALF", "KNEE_INJURY",
    "VARICOSE_VEINS",
})  # fmt: skip
DAYS_IDS = frozenset({"WEEKDAYS", "WEEKENDS", "EVERY_DAY"})
