"""What a language pack says when safety comes first: red flags, easing off, unclear answers."""

from __future__ import annotations

from typing import Protocol

from skill.routine.symptoms import Concern


class RedFlagWords(Protocol):
    """What to do instead of pressing, and the safety check asked again."""

    EASE_OFF: str
    IF_IT_GOES_ON: str
    TAKE_CARE: str
    CAUTIOUS: str

    def emergency_number(self, locale: str | None) -> str: ...
    def red_flag(self, concern: Concern, locale: str | None) -> str: ...
    def asked_again(self, first: bool) -> str: ...
