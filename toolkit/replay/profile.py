"""An evaluation line, and whether the Utterance Profiler resolved it as the line says.

`ask smapi profile-nlu` answers with the intent the model selected ("Utterance Profiler
REST API Reference"; ask-smapi-model's v1 `ProfileNluResponse`): `selectedIntent.name`
and its `slots`, each with its `value` and, for custom types, `resolutions.
resolutionsPerAuthority[].status.code` and `values[].value.id`. A line's slots are
compared as the evaluation set writes them: custom types by value id, the rest by value.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

MATCH = "ER_SUCCESS_MATCH"


class Line(NamedTuple):
    utterance: str
    intent: str
    slots: dict[str, str]
    set: str
    red_flag: bool


def read_line(raw: Mapping[str, Any]) -> Line:
    return Line(
        utterance=str(raw["utterance"]),
        intent=str(raw["intent"]),
        slots={str(name): str(value) for name, value in (raw.get("slots") or {}).items()},
        set=str(raw.get("set", "dev")),
        red_flag=bool(raw.get("red_flag", False)),
    )


def _slot_value(slot: Mapping[str, Any]) -> str | None:
    authorities = (slot.get("resolutions") or {}).get("resolutionsPerAuthority") or []
    for authority in authorities:
        if (authority.get("status") or {}).get("code") == MATCH:
            values = authority.get("values") or []
            if values:
                return str((values[0].get("value") or {}).get("id"))
    value = slot.get("value")
    return None if value is None else str(value)


def resolved(profiled: Mapping[str, Any]) -> tuple[str, dict[str, str | None]]:
    """The selected intent and its filled slots' values."""
    selected = profiled.get("selectedIntent") or {}
    slots = selected.get("slots") or {}
    return str(selected.get("name") or ""), {
        name: _slot_value(slot) for name, slot in slots.items() if slot.get("value") is not None
    }


def mismatch(line: Line, profiled: Mapping[str, Any]) -> str | None:
    """How the profiler's resolution differs from the line's, or None when it does not."""
    intent, slots = resolved(profiled)
    if intent != line.intent:
        return f"{intent or 'no intent'} instead of {line.intent}"
    wrong = [name for name, value in line.slots.items() if slots.get(name) != value]
    if wrong:
        return f"slot {wrong[0]} is {slots.get(wrong[0])!r}, not {line.slots[wrong[0]]!r}"
    return None
