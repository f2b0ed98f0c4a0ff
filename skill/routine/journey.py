"""Where the person is on the way from "for back pain" to a counted hold.

A `Journey` is a small immutable value kept in the Alexa session. Each function
here takes the journey and what the person said, and returns where they are now;
the handlers speak whatever the new journey calls for.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from skill.routine.hold_length import LONGEST_MINUTES, SHORTEST_MINUTES
from skill.routine.steps import LOCATING_STEPS, Holder, Step


class Stage(StrEnum):
    """What the skill has just asked the person."""

    OFFER = "offer"  # shall we begin?
    USUAL = "usual"  # shall we do your usual length?
    HOLDER = "holder"  # yourself, or is someone helping?
    LOCATE = "locate"  # one of the steps to the point
    QUICK_LOCATE = "quick_locate"  # a one-line reminder of the point, for a returning person
    LENGTH = "length"  # how long would you like to hold it?
    HOLD = "hold"  # the point is found and the length chosen: the hold begins


@dataclass(frozen=True)
class Journey:
    stage: Stage = Stage.OFFER
    step: int = 0
    holder: Holder | None = None
    # A length chosen before the point was found ("ten minutes" mid-way), used once it is.
    minutes: int | None = None

    @property
    def started(self) -> bool:
        """Past the opening question: on the way to the point, or at it."""
        return self.stage not in (Stage.OFFER, Stage.USUAL)

    @property
    def current_step(self) -> Step:
        return LOCATING_STEPS[self.step]

    @property
    def is_last_step(self) -> bool:
        return self.step == len(LOCATING_STEPS) - 1

    def to_attributes(self) -> dict[str, Any]:
        return {
            "stage": str(self.stage),
            "step": self.step,
            "holder": str(self.holder) if self.holder else None,
            "minutes": self.minutes,
        }

    @classmethod
    def from_attributes(cls, attributes: Any) -> Journey:
        """The journey kept in the session; a fresh one for anything unreadable."""
        if not isinstance(attributes, Mapping):
            return cls()
        try:
            stage = Stage(attributes.get("stage", Stage.OFFER))
            step = attributes.get("step", 0)
            holder = attributes.get("holder")
            minutes = attributes.get("minutes")
            return cls(
                stage=stage,
                step=step if isinstance(step, int) and 0 <= step < len(LOCATING_STEPS) else 0,
                holder=Holder(holder) if holder is not None else None,
                minutes=minutes
                if isinstance(minutes, int) and SHORTEST_MINUTES <= minutes <= LONGEST_MINUTES
                else None,
            )
        except ValueError:
            return cls()


def begin(journey: Journey, *, returning: bool) -> Journey:
    """Start the routine: ask who presses the point, or go straight to it."""
    if journey.holder is None:
        return replace(journey, stage=Stage.HOLDER, step=0)
    if returning:
        return replace(journey, stage=Stage.QUICK_LOCATE, step=0)
    return replace(journey, stage=Stage.LOCATE, step=0)


def guide(journey: Journey) -> Journey:
    """Walk through every step from the first."""
    if journey.holder is None:
        return replace(journey, stage=Stage.HOLDER, step=0)
    return replace(journey, stage=Stage.LOCATE, step=0)


def offer_usual(journey: Journey) -> Journey:
    return replace(journey, stage=Stage.USUAL)


def accept_usual(journey: Journey, usual_minutes: int) -> Journey:
    return begin(replace(journey, minutes=usual_minutes), returning=True)


def choose_holder(journey: Journey, holder: Holder) -> Journey:
    """Who presses the point; answering the question moves on to the steps."""
    chosen = replace(journey, holder=holder)
    if journey.stage == Stage.HOLDER:
        return replace(chosen, stage=Stage.LOCATE, step=0)
    return chosen


def next_step(journey: Journey) -> Journey:
    if journey.stage == Stage.LOCATE and not journey.is_last_step:
        return replace(journey, step=journey.step + 1)
    if journey.stage in (Stage.LOCATE, Stage.QUICK_LOCATE):
        return found_point(journey)
    return journey


def previous_step(journey: Journey) -> Journey:
    if journey.stage == Stage.LOCATE:
        return replace(journey, step=max(journey.step - 1, 0))
    if journey.stage == Stage.LENGTH and journey.holder is not None:
        return replace(journey, stage=Stage.LOCATE, step=len(LOCATING_STEPS) - 1)
    return journey


def start_over(journey: Journey) -> Journey:
    return guide(journey)


def found_point(journey: Journey) -> Journey:
    """The person is pressing the point: time the hold, once its length is known."""
    if journey.minutes is not None:
        return replace(journey, stage=Stage.HOLD)
    return replace(journey, stage=Stage.LENGTH)


def choose_minutes(journey: Journey, minutes: int, *, returning: bool) -> Journey:
    """A length was chosen: hold now if the point is found, else remember it for then."""
    chosen = replace(journey, minutes=minutes)
    if journey.stage == Stage.LENGTH:
        return replace(chosen, stage=Stage.HOLD)
    if journey.stage in (Stage.OFFER, Stage.USUAL):
        return begin(chosen, returning=returning)
    return chosen
