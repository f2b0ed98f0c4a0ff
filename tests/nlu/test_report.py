"""The report's arithmetic, on a tiny model and a hand-made set whose answers are known."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from toolkit.nlu.__main__ import main
from toolkit.nlu.evaluate import evaluate
from toolkit.nlu.lines import EvaluationLine
from toolkit.nlu.report import Report, Tally, missed_goals, render
from toolkit.simulator.model import parse_language_model

TINY_MODEL: dict[str, Any] = {
    "invocationName": "acupressure helper",
    "intents": [
        {
            "name": "SymptomIntent",
            "slots": [{"name": "symptom", "type": "SYMPTOM"}],
            "samples": ["my {symptom}"],
        },
        {"name": "AMAZON.NoIntent", "samples": ["no fever"]},
        {
            "name": "HoldLengthIntent",
            "slots": [
                {"name": "minutes", "type": "AMAZON.NUMBER"},
                {"name": "length", "type": "AMAZON.DURATION"},
            ],
            "samples": ["{minutes}", "{length}"],
        },
        {"name": "AMAZON.FallbackIntent", "samples": []},
    ],
    "types": [
        {
            "name": "SYMPTOM",
            "values": [
                {"id": "NUMB_LEGS", "name": {"value": "numb legs", "synonyms": ["legs are numb"]}},
                {"id": "FEVER", "name": {"value": "fever"}},
            ],
        }
    ],
}


def _line(utterance: str, set_name: str, intent: str, **label: Any) -> EvaluationLine:
    return EvaluationLine(
        locale="en-GB",
        utterance=utterance,
        context=label.pop("context", "hold"),
        intent=intent,
        set=set_name,
        red_flag=label.pop("red_flag", False),
        look_alike=label.pop("look_alike", False),
        slots=label,
    )


SYMPTOM = "SymptomIntent"
LINES = [
    # dev: six of seven right; both red flags heard; one look-alike taken for a red flag.
    _line("my legs are numb", "dev", SYMPTOM, symptom="NUMB_LEGS", red_flag=True),
    _line("my fever", "dev", SYMPTOM, symptom="FEVER", red_flag=True),
    _line("no fever", "dev", "AMAZON.NoIntent", look_alike=True),
    _line("ten minutes", "dev", "HoldLengthIntent", minutes="10", context="length"),
    _line("fifteen", "dev", "HoldLengthIntent", length="PT15M", context="length"),
    _line("nope, no fever", "dev", "AMAZON.NoIntent", look_alike=True, context="safety_check"),
    _line("my fever went away yesterday", "dev", SYMPTOM, look_alike=True),
    # held-out: two of three right; one red flag of two heard.
    _line("my legs have gone numb", "held-out", SYMPTOM, red_flag=True),
    _line("I can't feel my legs", "held-out", SYMPTOM, symptom="NUMB_LEGS", red_flag=True),
    _line("my knee clicks", "held-out", SYMPTOM, look_alike=True, context="anytime"),
]


@pytest.fixture(scope="module")
def report() -> Report:
    model = parse_language_model(TINY_MODEL)
    return evaluate(LINES, lambda locale: model)


def test_accuracy_by_set(report: Report) -> None:
    assert report.accuracy("dev") == Tally(6, 7)
    assert report.accuracy("held-out") == Tally(2, 3)


def test_accuracy_by_context_and_intent(report: Report) -> None:
    by_context = report.accuracy_by(lambda outcome: outcome.line.context)
    assert by_context == {
        "hold": Tally(5, 6),
        "length": Tally(2, 2),
        "safety_check": Tally(0, 1),
        "anytime": Tally(1, 1),
    }
    by_intent = report.accuracy_by(lambda outcome: outcome.line.intent)
    assert by_intent == {
        SYMPTOM: Tally(5, 6),
        "AMAZON.NoIntent": Tally(1, 2),
        "HoldLengthIntent": Tally(2, 2),
    }


def test_red_flag_recall_and_false_red_flags(report: Report) -> None:
    assert report.red_flag_recall("dev") == Tally(2, 2)
    assert report.red_flag_recall("held-out") == Tally(1, 2)
    assert report.false_red_flags() == Tally(1, 6)
    assert report.false_red_flags(look_alikes_only=True) == Tally(1, 4)


def test_every_missed_goal_is_named(report: Report) -> None:
    assert missed_goals(report) == [
        "dev accuracy 85.7% < 95%",
        "held-out accuracy 66.7% < 85%",
        "held-out red-flag recall 50.0% < 100%",
        "false red flags 16.7% > 2%",
    ]


def test_held_out_words_are_kept_out_of_sight_unless_asked_for(report: Report) -> None:
    printed = render(report)
    assert not any("I can't feel my legs" in line for line in printed)
    assert "  ...and 1 held-out lines, their words kept out of sight (--show-held-out)" in printed
    assert "Confusions (2): utterance: expected -> got" in printed


def test_confusions_say_what_was_expected_and_what_was_heard(report: Report) -> None:
    printed = render(report, reveal_held_out=True)
    assert (
        '  [held-out en-GB hold] "I can\'t feel my legs": '
        "SymptomIntent symptom=NUMB_LEGS -> AMAZON.FallbackIntent"
    ) in printed
    assert "Confusions (2): utterance: expected -> got" in printed
    assert (
        "  [dev en-GB hold] 'my fever went away yesterday': no red flag, taken as a red flag"
    ) in printed


def _write_set(root: Path, lines: list[EvaluationLine]) -> None:
    (root / "evaluation").mkdir()
    (root / "interactionModels" / "custom").mkdir(parents=True)
    document = {"interactionModel": {"languageModel": TINY_MODEL}}
    (root / "interactionModels" / "custom" / "en-GB.json").write_text(json.dumps(document))
    records = [
        {"utterance": line.utterance, "context": line.context, "intent": line.intent,
         "slots": dict(line.slots), "set": line.set, "red_flag": line.red_flag}
        for line in lines
    ]  # fmt: skip
    text = "".join(json.dumps(record) + "\n" for record in records)
    (root / "evaluation" / "en-GB.jsonl").write_text(text)


def _run(root: Path) -> int:
    return main(["--evaluation", str(root / "evaluation"), "--models", str(root)])


def test_make_nlu_fails_naming_the_goals_missed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_set(tmp_path, LINES)
    assert _run(tmp_path) == 1
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("Goals missed: dev accuracy 85.7% < 95%; held-out accuracy 66.7%")


def test_make_nlu_passes_when_every_goal_is_met(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write_set(tmp_path, [line for line in LINES if line.utterance in {"my fever", "fifteen"}])
    assert _run(tmp_path) == 0
    assert capsys.readouterr().out.splitlines()[-1].startswith("Goals met")
