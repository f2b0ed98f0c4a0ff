"""The evaluation set is well formed, labelled with intents and slots that exist, and big enough."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.nlu.planned_intents import (
    DAYS_IDS,
    PLANNED_SLOTS,
    RED_FLAG_SYMPTOMS,
    REMOVED,
    SYMPTOM_IDS,
)
from toolkit.nlu.filled_samples import said_forms
from toolkit.nlu.lines import (
    CONTEXTS,
    HELD_OUT,
    BadLineError,
    EvaluationLine,
    evaluation_path,
    parse_line,
    read_all,
)
from toolkit.simulator.model import LOCALES, load_model

LINES = read_all()
MODEL = load_model("en-US")


def _declared_slots(intent: str) -> frozenset[str] | None:
    spec = MODEL.intent(intent)
    if spec is None:
        return PLANNED_SLOTS.get(intent)
    return frozenset(slot.name for slot in spec.slots) | PLANNED_SLOTS.get(intent, frozenset())


def test_every_locale_has_its_file() -> None:
    assert all(evaluation_path(locale).exists() for locale in LOCALES)
    assert {line.locale for line in LINES} == set(LOCALES)


def test_counts_meet_the_issue() -> None:
    held_out = [line for line in LINES if line.set == HELD_OUT]
    assert len(LINES) >= 1000
    assert len(held_out) >= 400
    assert sum(line.red_flag for line in LINES) >= 150
    assert sum(line.look_alike for line in LINES) >= 100


def test_every_context_is_heard_in_both_sets_with_red_flags() -> None:
    for set_name in ("dev", HELD_OUT):
        flagged = {line.context for line in LINES if line.set == set_name and line.red_flag}
        assert flagged == set(CONTEXTS), set_name


def test_every_red_flag_is_said_in_both_sets() -> None:
    for set_name in ("dev", HELD_OUT):
        said = {
            line.slots.get("symptom", line.intent)
            for line in LINES
            if line.set == set_name and line.red_flag
        }
        assert said == RED_FLAG_SYMPTOMS | {"PregnantIntent"}, set_name


@pytest.mark.parametrize("line", LINES, ids=lambda line: f"{line.locale}:{line.utterance}")
def test_line_names_an_intent_and_slots_that_exist(line: EvaluationLine) -> None:
    declared = _declared_slots(line.intent)
    assert line.intent not in REMOVED
    assert declared is not None, f"no intent {line.intent} in the model or the plan"
    assert set(line.slots) <= declared


def test_custom_slot_values_are_the_plan_s_ids() -> None:
    symptoms = {line.slots["symptom"] for line in LINES if "symptom" in line.slots}
    days = {line.slots["days"] for line in LINES if "days" in line.slots}
    assert symptoms <= SYMPTOM_IDS
    assert days <= DAYS_IDS


def test_a_red_flag_line_names_a_red_flag() -> None:
    for line in LINES:
        if line.red_flag:
            assert line.intent == "PregnantIntent" or line.slots.get("symptom", "") in (
                RED_FLAG_SYMPTOMS
            ), line.utterance


def test_no_dev_line_repeats_a_held_out_one() -> None:
    held_out = {
        form for line in LINES if line.set == HELD_OUT for form in said_forms(line.utterance)
    }
    repeated = [
        line.utterance
        for line in LINES
        if line.set != HELD_OUT and said_forms(line.utterance) & held_out
    ]
    assert repeated == []


def test_no_line_is_written_twice_for_one_context() -> None:
    seen = Counter((line.locale, line.context, line.utterance.casefold()) for line in LINES)
    assert [key for key, count in seen.items() if count > 1] == []


GOOD = {
    "utterance": "my legs are numb",
    "context": "hold",
    "intent": "SymptomIntent",
    "slots": {"symptom": "NUMB_LEGS"},
    "set": "dev",
    "red_flag": True,
}


def test_a_good_line_is_read_whole() -> None:
    line = parse_line("en-GB", json.dumps(GOOD))
    assert line == EvaluationLine(
        "en-GB", "my legs are numb", "hold", "SymptomIntent", "dev", True, {"symptom": "NUMB_LEGS"}
    )


@pytest.mark.parametrize(
    "change",
    [
        {"context": "kitchen"},
        {"set": "test"},
        {"red_flag": "yes"},
        {"slots": ["symptom"]},
        {"utterance": " "},
        {"look_alike": True},  # a red flag cannot also be a look-alike
        {"spoken_by": "wife"},
    ],
    ids=str,
)
def test_a_bad_line_is_refused(change: dict[str, object]) -> None:
    with pytest.raises(BadLineError):
        parse_line("en-US", json.dumps(GOOD | change), "en-US.jsonl:1")


@pytest.mark.parametrize("field", sorted(GOOD))
def test_a_line_missing_a_field_is_refused(field: str) -> None:
    partial = {name: value for name, value in GOOD.items() if name != field}
    with pytest.raises(BadLineError, match=field):
        parse_line("en-US", json.dumps(partial), "en-US.jsonl:1")


def test_a_file_s_bad_line_is_named_by_its_number(tmp_path: Path) -> None:
    (tmp_path / "en-AU.jsonl").write_text(json.dumps(GOOD) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(BadLineError, match=r"en-AU\.jsonl:2"):
        read_all(tmp_path)
