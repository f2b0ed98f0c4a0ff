"""The AudioPlayer token: everything needed to carry a hold on, with no database read.

A token reads `hold/<hold id>/<minutes>/<cadence>/<segment index>`. The device hands
it back with every playback event, so enqueuing the next segment is pure arithmetic.
Tokens come from devices: anything malformed or foreign parses to None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import HoldPlan, plan_hold

_PREFIX = "hold"
_HOLD_ID = re.compile(r"[0-9A-Za-z-]{1,64}")


@dataclass(frozen=True)
class HoldToken:
    hold_id: str
    minutes: int
    cadence: Cadence
    segment: int = 0

    def encode(self) -> str:
        return f"{_PREFIX}/{self.hold_id}/{self.minutes}/{self.cadence}/{self.segment}"

    @property
    def plan(self) -> HoldPlan:
        return plan_hold(self.minutes, self.cadence)

    @property
    def is_last_segment(self) -> bool:
        return self.segment == len(self.plan.segments) - 1

    def at_segment(self, segment: int) -> HoldToken:
        return replace(self, segment=segment)

    @classmethod
    def parse(cls, token: object) -> HoldToken | None:
        if not isinstance(token, str) or len(token) > 200:
            return None
        parts = token.split("/")
        if len(parts) != 5 or parts[0] != _PREFIX or not _HOLD_ID.fullmatch(parts[1]):
            return None
        _, hold_id, minutes, cadence, segment = parts
        if not (minutes.isdigit() and segment.isdigit()):
            return None
        try:
            parsed = cls(hold_id, int(minutes), Cadence(cadence), int(segment))
            segments = len(parsed.plan.segments)
        except ValueError:
            return None
        # Only the exact form the skill writes ("010" or other digits would not round-trip).
        return parsed if parsed.segment < segments and parsed.encode() == token else None
