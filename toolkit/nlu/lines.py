"""The evaluation set: what people say, where in the conversation, and what it must resolve to.

One JSON object a line in interaction_model/evaluation/<locale>.jsonl:
{"utterance", "context", "intent", "slots", "set": "dev" | "held-out", "red_flag"}, and
"look_alike": true on a line that sounds like a red flag but is not one ("no fever").
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.simulator.model import LOCALES, MODEL_ROOT, InteractionModel

EVALUATION_ROOT = MODEL_ROOT / "evaluation"

# Where the person is when they say it: said with "ask acupressure helper ...", at
# "Shall we start?", at "Does any of that apply to you?", at "doing it yourself or is
# someone helping?", while guided to the point, at "how many minutes?", while the hold
# plays, after it, or at any moment.
CONTEXTS = (
    "one_shot",
    "welcome",
    "safety_check",
    "holder",
    "steps",
    "length",
    "hold",
    "after_hold",
    "anytime",
)
DEV = "dev"
HELD_OUT = "held-out"
SETS = (DEV, HELD_OUT)

_FIELDS = {"utterance", "context", "intent", "slots", "set", "red_flag"}
_OPTIONAL = {"look_alike"}


class BadLineError(ValueError):
    """A line of the evaluation set that does not say what it must."""


@dataclass(frozen=True)
class EvaluationLine:
    locale: str
    utterance: str
    context: str
    intent: str
    set: str
    red_flag: bool
    # Only the slots the line must fill: custom types by value id, AMAZON.NUMBER as
    # digits, AMAZON.DURATION as ISO 8601.
    slots: Mapping[str, str] = field(default_factory=dict)
    look_alike: bool = False


def parse_line(locale: str, text: str, where: str = "") -> EvaluationLine:
    """One line of a locale's file, checked for every field and known context and set."""
    try:
        record: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise BadLineError(f"{where}: not JSON ({error.msg})") from error
    if not isinstance(record, dict):
        raise BadLineError(f"{where}: not a JSON object")
    missing = _FIELDS - record.keys()
    unknown = record.keys() - _FIELDS - _OPTIONAL
    if missing or unknown:
        raise BadLineError(f"{where}: missing {sorted(missing)}, unknown {sorted(unknown)}")
    texts = (record["utterance"], record["context"], record["intent"], record["set"])
    if not all(isinstance(value, str) and value.strip() for value in texts):
        raise BadLineError(f"{where}: utterance, context, intent and set must be words")
    if record["context"] not in CONTEXTS:
        raise BadLineError(f"{where}: unknown context {record['context']!r}")
    if record["set"] not in SETS:
        raise BadLineError(f"{where}: unknown set {record['set']!r}")
    slots = record["slots"]
    if not isinstance(slots, dict) or not all(
        isinstance(name, str) and isinstance(value, str) and value for name, value in slots.items()
    ):
        raise BadLineError(f"{where}: slots must map slot names to values")
    flags = (record["red_flag"], record.get("look_alike", False))
    if not all(isinstance(flag, bool) for flag in flags):
        raise BadLineError(f"{where}: red_flag and look_alike are true or false")
    if all(flags):
        raise BadLineError(f"{where}: a red flag is not a look-alike")
    return EvaluationLine(
        locale=locale,
        utterance=record["utterance"],
        context=record["context"],
        intent=record["intent"],
        set=record["set"],
        red_flag=record["red_flag"],
        slots=dict(slots),
        look_alike=record.get("look_alike", False),
    )


def evaluation_path(locale: str, root: Path = EVALUATION_ROOT) -> Path:
    return root / f"{locale}.jsonl"


def read_locale(locale: str, root: Path = EVALUATION_ROOT) -> list[EvaluationLine]:
    path = evaluation_path(locale, root)
    with path.open(encoding="utf-8") as file:
        return [
            parse_line(locale, text, f"{path.name}:{number}")
            for number, text in enumerate(file, start=1)
            if text.strip()
        ]


def read_all(root: Path = EVALUATION_ROOT) -> list[EvaluationLine]:
    """Every line of every locale's file that exists."""
    return [
        line
        for locale in LOCALES
        if evaluation_path(locale, root).exists()
        for line in read_locale(locale, root)
    ]


def model_problems(line: EvaluationLine, model: InteractionModel) -> list[str]:
    """What a line asks of a model that the model does not declare."""
    intent = model.intent(line.intent)
    if intent is None:
        return [f"{line.utterance!r}: no intent {line.intent} in the model"]
    declared = {slot.name for slot in intent.slots}
    return [
        f"{line.utterance!r}: {line.intent} has no slot {name!r}"
        for name in line.slots
        if name not in declared
    ]
