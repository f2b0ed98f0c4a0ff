"""The person's usual hold length: it changes only for a hold they finished, or when asked.

A hold's length is noted as a candidate when it starts, with the count of finished
holds at that moment. Finishing a hold adds one to that count (in the same write
that closes the hold), so a later count shows the candidate was held to the end.
Holds shorter than the easing time are try-outs and never become the usual.
"""

from __future__ import annotations

from collections.abc import Mapping

from skill.routine.hold_length import EASING_MINUTES, LONGEST_MINUTES

# The key in the profile's extras: "<minutes>@<finished holds when it started>".
CANDIDATE = "usual_candidate"


def candidate(minutes: int, holds_completed: int) -> dict[str, str]:
    """The extras entry for a hold of `minutes` starting now."""
    return {CANDIDATE: f"{minutes}@{holds_completed}"}


def usual_length(usual: int | None, extras: Mapping[str, str], holds_completed: int) -> int | None:
    """The usual length, counting the last started hold if it was finished."""
    said = extras.get(CANDIDATE, "")
    minutes_said, _, mark_said = said.partition("@")
    if not (minutes_said.isdigit() and mark_said.isdigit()):
        return usual
    minutes, mark = int(minutes_said), int(mark_said)
    if holds_completed > mark and EASING_MINUTES <= minutes <= LONGEST_MINUTES:
        return minutes
    return usual


def without_candidate(extras: Mapping[str, str]) -> dict[str, str]:
    """The extras once the person has said their usual: no started hold overrides it."""
    return {name: value for name, value in extras.items() if name != CANDIDATE}
