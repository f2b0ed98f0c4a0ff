"""The steps that lead a person to Bladder 40, and who is pressing it."""

from __future__ import annotations

from enum import StrEnum


class Holder(StrEnum):
    """Who presses the point: the person themselves, or someone helping them."""

    SELF = "self"
    HELPER = "helper"


class Step(StrEnum):
    """One short instruction on the way to the point, in the order they are given."""

    COMFORTABLE = "comfortable"
    CREASE = "crease"
    TENDONS = "tendons"
    CENTRE = "centre"
    PRESS = "press"
    KNEES = "knees"


LOCATING_STEPS: tuple[Step, ...] = tuple(Step)
