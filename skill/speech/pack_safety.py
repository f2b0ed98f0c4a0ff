"""What a language pack says when safety comes first: red flags, easing off, unclear answers."""

from __future__ import annotations

from typing import Protocol

from skill.routine.symptoms import Concern


class RedFlagWords(Protocol):
    """What to do instead of pressing, and the safety check asked again."""

    EASE_OFF: str
    TAKE_CARE: str
    PAUSED_FOR_SAFETY: str

    def emergency_number(self, locale: str | None) -> str: ...
    def red_flag(self, concern: Concern, locale: str | None, helping: bool = False) -> str: ...
    def if_it_goes_on(self, helping: bool = False) -> str: ...
    def cautious(self, helping: bool = False) -> str: ...
    def asked_again(self, first: bool) -> str: ...
