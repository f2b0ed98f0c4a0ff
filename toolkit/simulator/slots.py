"""A filled slot as Alexa reports it: what was heard and, for custom types, what it resolved to."""

from __future__ import annotations

from dataclasses import dataclass

ER_SUCCESS_MATCH = "ER_SUCCESS_MATCH"
ER_SUCCESS_NO_MATCH = "ER_SUCCESS_NO_MATCH"


@dataclass(frozen=True)
class Resolution:
    """Entity resolution of a custom slot type: the canonical value, or no match."""

    slot_type: str
    status: str
    name: str | None = None
    id: str | None = None


@dataclass(frozen=True)
class SlotValue:
    value: str
    resolution: Resolution | None = None
