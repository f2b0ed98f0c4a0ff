"""Where the person is on the way from "for back pain" to a counted hold.

A `Journey` is a small immutable value kept in the Alexa session. Each function
here takes the journey and what the person said, and returns where they are now;
the handlers speak whatever the new journey calls for.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Any, NamedTuple

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


class Pending(StrEnum):
    """A yes-or-no question asked on the way, before the stage's own question comes back."""

    SAFETY_FIRST = "safety_first"  # red flags that need a doctor: does any apply?
    SAFETY_SECOND = "safety_second"  # when not to press behind the knee: does any apply?
    OTHER_PAIN = "other_pain"  # this is for lower back pain: go on, or stop?
    CONFIRM_LENGTH = "confirm_length"  # shall we do the length I suggested?
    INSTEAD = "instead"  # not the usual: what would you like instead?


_ANSWERED_BY_A_LENGTH = (Pending.CONFIRM_LENGTH, Pending.INSTEAD)


class Journey(NamedTuple):
    stage: Stage = Stage.OFFER
    step: int = 0
    holder: Holder | None = None
    # A length chosen before the point was found ("ten minutes" mid-way), used once it is.
    minutes: int | None = None
    # A question asked on the way; the stage's own question follows once it is answered.
    pending: Pending | None = None
    # The length suggested and awaiting a yes (with Pending.CONFIRM_LENGTH).
    suggested: int | None = None
    # How many times in a row the skill did not understand the person at this place.
    misses: int = 0
    # The speaker presses the point for someone else ("I'm doing it for my wife"): they are
    # spoken to as the helper, and the hold is not theirs.
    helping: bool = False

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
            "pending": str(self.pending) if self.pending else None,
            "suggested": self.suggested,
            "misses": self.misses,
            "helping": self.helping,
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
            pending = attributes.get("pending")
            suggested = attributes.get("suggested")
            misses = attributes.get("misses", 0)
            helping = attributes.get("helping", False)
            return cls(
                stage=stage,
                step=step if isinstance(step, int) and 0 <= step < len(LOCATING_STEPS) else 0,
                holder=Holder(holder) if holder is not None else None,
                minutes=_minutes_or_none(minutes),
                pending=Pending(pending) if pending is not None else None,
                suggested=_minutes_or_none(suggested),
                misses=misses if isinstance(misses, int) and 0 <= misses < 100 else 0,
                helping=helping is True,
            )
        except ValueError:
            return cls()


def _minutes_or_none(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value if SHORTEST_MINUTES <= value <= LONGEST_MINUTES else None
    return None


def begin(journey: Journey, *, returning: bool) -> Journey:
    """Start the routine: ask who presses the point, or go straight to it."""
    if journey.holder is None:
        return journey._replace(stage=Stage.HOLDER, step=0)
    if returning:
        return journey._replace(stage=Stage.QUICK_LOCATE, step=0)
    return journey._replace(stage=Stage.LOCATE, step=0)


def guide(journey: Journey) -> Journey:
    """Walk through every step from the first."""
    if journey.holder is None:
        return journey._replace(stage=Stage.HOLDER, step=0)
    return journey._replace(stage=Stage.LOCATE, step=0)


def offer_usual(journey: Journey) -> Journey:
    return journey._replace(stage=Stage.USUAL)


def accept_usual(journey: Journey, usual_minutes: int) -> Journey:
    return begin(journey._replace(minutes=usual_minutes), returning=True)


def choose_holder(journey: Journey, holder: Holder) -> Journey:
    """Who presses the point; answering the question moves on to the steps."""
    chosen = journey._replace(holder=holder)
    if journey.stage == Stage.HOLDER:
        return chosen._replace(stage=Stage.LOCATE, step=0)
    return chosen


def check_from_the_start(journey: Journey) -> Journey:
    """The safety check owed afresh: a part of it waiting is asked again from its first."""
    if journey.pending is Pending.SAFETY_SECOND:
        return journey._replace(pending=Pending.SAFETY_FIRST)
    return journey


def help_someone(journey: Journey) -> Journey:
    """The speaker is the helper: someone else's point, pressed by them, from now on."""
    return choose_holder(journey._replace(helping=True), Holder.HELPER)


def skip_steps(journey: Journey, minutes: int | None, *, returning: bool) -> Journey:
    """ "Just start the timer": no steps, straight to the length, or the hold with one.

    A question on the way (the safety check above all) is still answered first.
    """
    if minutes is not None:
        journey = journey._replace(minutes=minutes)
    if not journey.started:
        journey = begin(journey, returning=returning)
    if journey.stage in (Stage.LENGTH, Stage.HOLD):
        return journey
    if journey.stage == Stage.HOLDER:
        journey = journey._replace(holder=journey.holder or Holder.SELF)
    return found_point(journey)


def _steps_may_move(journey: Journey) -> Journey | None:
    """The journey with its steps free to move, or None while a question must be answered.

    "Next" or "go back" over "go on with it, or stop?" is going on; over a safety or
    length question the question is answered first, so no step goes by unheard.
    """
    if journey.pending == Pending.OTHER_PAIN:
        return answered(journey)
    return journey if journey.pending is None else None


def next_step(journey: Journey) -> Journey:
    free = _steps_may_move(journey)
    if free is None:
        return journey
    journey = free
    if journey.stage == Stage.LOCATE and not journey.is_last_step:
        return journey._replace(step=journey.step + 1)
    if journey.stage in (Stage.LOCATE, Stage.QUICK_LOCATE):
        return found_point(journey)
    return journey


def previous_step(journey: Journey) -> Journey:
    free = _steps_may_move(journey)
    if free is None:
        return journey
    journey = free
    if journey.stage == Stage.LOCATE:
        return journey._replace(step=max(journey.step - 1, 0))
    if journey.stage == Stage.LENGTH and journey.holder is not None:
        return journey._replace(stage=Stage.LOCATE, step=len(LOCATING_STEPS) - 1)
    return journey


def start_over(journey: Journey) -> Journey:
    return guide(journey)


def found_point(journey: Journey) -> Journey:
    """The person is pressing the point: time the hold, once its length is known."""
    if journey.minutes is not None:
        return journey._replace(stage=Stage.HOLD)
    return journey._replace(stage=Stage.LENGTH)


def needs_press_tip(journey: Journey) -> bool:
    """Found the point before hearing how to press it: the one-line tip comes first."""
    if journey.stage == Stage.QUICK_LOCATE:
        return False  # the quick reminder says how to press
    if journey.stage == Stage.LOCATE:
        return journey.step < LOCATING_STEPS.index(Step.PRESS)
    return journey.stage in (Stage.OFFER, Stage.USUAL, Stage.HOLDER)


def choose_minutes(journey: Journey, minutes: int, *, returning: bool) -> Journey:
    """A length was chosen: hold now if the point is found, else remember it for then.

    Choosing a length answers a suggestion or "what instead?" too; any other question on
    the way (a safety check, "go on, or stop?") still waits for its answer.
    """
    if journey.pending in _ANSWERED_BY_A_LENGTH:
        journey = answered(journey)
    chosen = journey._replace(minutes=minutes)
    if journey.stage == Stage.LENGTH:
        return chosen._replace(stage=Stage.HOLD)
    if journey.stage in (Stage.OFFER, Stage.USUAL):
        return begin(chosen, returning=returning)
    return chosen


def ask(journey: Journey, pending: Pending, *, suggested: int | None = None) -> Journey:
    """Ask a yes-or-no question on the way; the stage's own question waits for the answer."""
    return journey._replace(pending=pending, suggested=suggested, misses=0)


def answered(journey: Journey) -> Journey:
    """The question on the way is answered: back to the stage's own question."""
    return journey._replace(pending=None, suggested=None, misses=0)


def missed(journey: Journey) -> Journey:
    """The person was not understood here once more."""
    return journey._replace(misses=journey.misses + 1)


def understood(journey: Journey) -> Journey:
    """The person was understood: any count of misses starts again."""
    return journey._replace(misses=0) if journey.misses else journey
