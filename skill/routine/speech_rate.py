"""How fast the skill speaks: slower, normal or faster, as the person asks."""

from __future__ import annotations

from enum import StrEnum


class SpeechRate(StrEnum):
    SLOW = "slow"
    NORMAL = "normal"
    FAST = "fast"

    @classmethod
    def saved(cls, value: str) -> SpeechRate:
        """The rate kept in a profile; normal for anything unknown."""
        try:
            return cls(value)
        except ValueError:
            return cls.NORMAL


_ORDER = (SpeechRate.SLOW, SpeechRate.NORMAL, SpeechRate.FAST)


def slower(rate: SpeechRate) -> SpeechRate:
    return _ORDER[max(_ORDER.index(rate) - 1, 0)]


def faster(rate: SpeechRate) -> SpeechRate:
    return _ORDER[min(_ORDER.index(rate) + 1, len(_ORDER) - 1)]
