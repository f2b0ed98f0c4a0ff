"""The AudioPlayer token: everything needed to carry a hold on, with no database read.

A token reads `hold/<hold id>/<minutes>/<cadence>/<segment index>`, then, when there
are any, `/b<pain before>` (a rating given before the hold, so it can be compared
afterwards without being stored), `/r<seconds>.<hold id>` (the hold this one started
over, with the time held on it, when that could not be saved: the next request repairs
it, see skill/routine/hold_repair.py) and `/v<voice hash>` (whose hold it is, when Alexa
recognised the speaker: device events carry no speaker). The device hands it back with
every playback event, so enqueuing the next segment is pure arithmetic. Tokens come
from devices: anything malformed or foreign parses to None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from skill.routine.cadence import Cadence

if TYPE_CHECKING:
    from skill.routine.hold_plan import HoldPlan

_PREFIX = "hold"
_HOLD_ID = re.compile(r"[0-9A-Za-z-]{1,64}")
_PAIN = re.compile(r"b(\d{1,2})")
_VOICE = re.compile(r"v([0-9a-f]{64})")
_REPLACED = re.compile(r"r(\d{1,5})\.([0-9A-Za-z-]{1,64})")


class Replaced(NamedTuple):
    """A hold started over, and the seconds held on it, still to be recorded."""

    hold_id: str
    held_seconds: int


class HoldToken(NamedTuple):
    hold_id: str
    minutes: int
    cadence: Cadence
    segment: int = 0
    pain_before: int | None = None
    voice: str | None = None  # a hash, never the raw Alexa person id
    replaced: Replaced | None = None

    def encode(self) -> str:
        token = f"{_PREFIX}/{self.hold_id}/{self.minutes}/{self.cadence}/{self.segment}"
        if self.pain_before is not None:
            token += f"/b{self.pain_before}"
        if self.replaced is not None:
            token += f"/r{self.replaced.held_seconds}.{self.replaced.hold_id}"
        if self.voice is not None:
            token += f"/v{self.voice}"
        return token

    @property
    def plan(self) -> HoldPlan:
        # Loaded on first use (cold start): launches and one-shot intents parse no plan.
        from skill.routine.hold_plan import plan_hold

        return plan_hold(self.minutes, self.cadence)

    @property
    def planned_seconds(self) -> int:
        """The length chosen: what the hold credits once it is done."""
        return self.minutes * 60

    @property
    def is_last_segment(self) -> bool:
        return self.segment == len(self.plan.segments) - 1

    def at_segment(self, segment: int) -> HoldToken:
        return self._replace(segment=segment)

    @classmethod
    def parse(cls, token: object) -> HoldToken | None:
        if not isinstance(token, str) or len(token) > 300:
            return None
        parts = token.split("/")
        if not 5 <= len(parts) <= 8 or parts[0] != _PREFIX or not _HOLD_ID.fullmatch(parts[1]):
            return None
        _, hold_id, minutes, cadence, segment = parts[:5]
        if not (minutes.isdigit() and segment.isdigit()):
            return None
        pain_before: int | None = None
        replaced: Replaced | None = None
        voice: str | None = None
        for extra in parts[5:]:
            # Each at most once, in the order `encode` writes them (checked below).
            if found := _PAIN.fullmatch(extra):
                pain_before = int(found.group(1))
            elif found := _REPLACED.fullmatch(extra):
                replaced = Replaced(found.group(2), int(found.group(1)))
            elif found := _VOICE.fullmatch(extra):
                voice = found.group(1)
            else:
                return None
        if pain_before is not None and pain_before > 10:
            return None
        try:
            parsed = cls(
                hold_id, int(minutes), Cadence(cadence), int(segment), pain_before, voice, replaced
            )
            segments = len(parsed.plan.segments)
        except ValueError:
            return None
        # Only the exact form the skill writes ("010" or other digits would not round-trip).
        return parsed if parsed.segment < segments and parsed.encode() == token else None
