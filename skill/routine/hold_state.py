"""Where a hold stands: playing, paused, finished or ended.

Worked out from two witnesses: what the device reports with every request
(`context.AudioPlayer`: the hold's token, the offset into its segment, the player's
activity) and, when the request read it, the hold as stored. The token alone is never
trusted: the stored plan bounds what can be credited, so an odd token cannot credit
sixty minutes to a five-minute hold.

A paused hold the person never comes back to ends by itself: once `PAUSE_KEPT` has
passed since it began, it counts as ended with the time already held. Nothing runs in
the background for this; any later request that looks at the hold sees it has lapsed.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import NamedTuple

from skill.routine.hold_token import HoldToken
from skill.routine.model import HoldSession, HoldStatus

# A paused hold can be carried on for this long after it began; then it has ended.
# A hold is one sitting: the longest (an hour) with a long break still fits, and a
# person coming back later in the day starts afresh rather than resuming a cold hold.
PAUSE_KEPT = timedelta(hours=3)
SECOND_MS = 1_000
# How far apart two machines' clocks may be: a hold id from one, the time on another.
CLOCK_DRIFT = timedelta(minutes=1)

# AudioPlayer playerActivity values ("AudioPlayer Interface Reference": IDLE, PAUSED,
# PLAYING, BUFFER_UNDERRUN, FINISHED, STOPPED).
_SOUNDING = {"PLAYING", "BUFFER_UNDERRUN"}
# Speaking to Alexa stops the stream, so a request about a hold that was playing often
# reports STOPPED (as the docs' own PauseIntent sample does). A hold the person paused
# has its time noted where it stopped; one that played on since reports more than that.
PAUSED_WITHIN_MS = SECOND_MS


class Where(StrEnum):
    PLAYING = "playing"
    PAUSED = "paused"
    FINISHED = "finished"  # played to its closing: the whole hold was held
    ENDED = "ended"  # stopped, replaced by a newer hold, failed, or lapsed


class PlayerReport(NamedTuple):
    """What the device reports as context.AudioPlayer, for a hold's token."""

    token: HoldToken
    offset_ms: int
    activity: str


class HoldStanding(NamedTuple):
    where: Where
    token: HoldToken
    # Hold time pressed so far, never more than the stored plan allows.
    held_ms: int
    total_ms: int
    # Whether the stored hold was read to work this out.
    checked: bool
    # Read, and still recorded in progress (so a finished one needs its end recorded).
    stored_open: bool = False
    # The time held as recorded in the store (0 when not read).
    stored_held_ms: int = 0
    # Read, and found missing: its start was never saved (see skill/routine/hold_repair.py).
    unrecorded: bool = False

    @property
    def remaining_ms(self) -> int:
        return max(0, self.total_ms - self.held_ms)

    @property
    def held_seconds(self) -> int:
        return self.held_ms // SECOND_MS

    @property
    def under_way(self) -> bool:
        """Playing or paused: it can carry on."""
        return self.where in (Where.PLAYING, Where.PAUSED)

    @property
    def completed_seconds(self) -> int:
        """What a finished hold credits: the whole of it, as far as the stored plan allows."""
        return self.total_ms // SECOND_MS

    @property
    def end_unrecorded(self) -> bool:
        """Played out on the device yet still recorded in progress: its end is to be recorded."""
        return self.where is Where.FINISHED and self.checked and self.stored_open

    @property
    def held_past_noted(self) -> bool:
        """Held for longer than the time last noted in the store."""
        return self.held_seconds > self.stored_held_ms // SECOND_MS

    def stopped(self) -> tuple[HoldStatus, int]:
        """How a hold ends when the person stops it: the status and seconds to record.

        Stopped during its closing, the whole length has been held: it is completed.
        Before that, it is stopped with the time held so far.
        """
        if self.held_ms >= self.total_ms:
            return HoldStatus.COMPLETED, self.held_seconds
        return HoldStatus.STOPPED, self.held_seconds

    def carry_on_from(self) -> tuple[HoldToken, int]:
        """The token and offset that carry the hold on from where it stands."""
        from skill.routine.hold_plan import position_at  # as the token's plan: on first use

        segment, offset = position_at(self.token.plan, min(self.held_ms, self.total_ms - 1))
        return self.token.at_segment(segment), offset


def started_at(token: HoldToken) -> datetime | None:
    """When a hold began, read from its id (ids begin with their UTC start)."""
    try:
        return datetime.strptime(token.hold_id[:16], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
    except ValueError:
        return None


def lapsed(token: HoldToken, now: datetime, stored: HoldSession | None = None) -> bool:
    """A hold left paused for too long has ended by itself."""
    began = stored.started_at if stored is not None else started_at(token)
    return began is None or now - began > PAUSE_KEPT


def _bound_ms(token: HoldToken, stored: HoldSession | None) -> int:
    total = token.plan.total_ms
    if stored is not None:
        total = min(total, stored.planned_seconds * SECOND_MS)
    return total


def standing(
    report: PlayerReport, stored: HoldSession | None, now: datetime, *, checked: bool
) -> HoldStanding:
    """Where the reported hold stands.

    `stored` is the person's latest hold when `checked` (the request read it; None means
    they have none); unchecked, only the device's report and the clock are known.
    A hold the store has no word on because its start was not saved (`never_saved`)
    stands as the device says, and is marked `unrecorded`, to be repaired.
    """
    if checked and not _same(stored, report.token) and never_saved(report.token, stored, now):
        return _standing(report, None, now, checked=False)._replace(unrecorded=True)
    return _standing(report, stored, now, checked=checked)


def _standing(
    report: PlayerReport, stored: HoldSession | None, now: datetime, *, checked: bool
) -> HoldStanding:
    from skill.routine.hold_plan import elapsed_ms  # as the token's plan: on first use

    token = report.token
    total = _bound_ms(token, stored if checked and _same(stored, token) else None)
    device_held = min(elapsed_ms(token.plan, token.segment, report.offset_ms), total)
    finished = report.activity == "FINISHED" and token.is_last_segment

    ours = checked and stored is not None and _same(stored, token)
    stored_open = ours and stored is not None and stored.status == HoldStatus.IN_PROGRESS
    stored_held = min(stored.held_seconds * SECOND_MS, total) if ours and stored else 0

    def at(where: Where, held: int) -> HoldStanding:
        return HoldStanding(where, token, held, total, checked, stored_open, stored_held)

    if checked:
        if stored is None or not _same(stored, token):
            return at(Where.ENDED, 0)
        if stored.status == HoldStatus.COMPLETED:
            return at(Where.FINISHED, total)
        if stored.status != HoldStatus.IN_PROGRESS:
            return at(Where.ENDED, stored_held)
        device_held = max(device_held, stored_held)
    if finished:
        return at(Where.FINISHED, total)
    if lapsed(token, now, stored if checked else None):
        return at(Where.ENDED, device_held)
    if report.activity in _SOUNDING:
        return at(Where.PLAYING, device_held)
    if report.activity == "STOPPED" and checked and _played_on(device_held, stored_held):
        return at(Where.PLAYING, device_held)  # it played on until the person spoke
    return at(Where.PAUSED, device_held)


def never_saved(token: HoldToken, latest: HoldSession | None, now: datetime) -> bool:
    """The token's hold is missing from the store because its start was not saved.

    It began after the person's latest stored hold, not after
    now (give or take a clock's drift), and not so long ago that it has lapsed: a hold
    that ended or was replaced is never mistaken for one. (One deleted with the person's
    data looks the same: the store refuses to recover a hold for a profile it lacks.)
    """
    began = started_at(token)
    if began is None or began > now + CLOCK_DRIFT or lapsed(token, now):
        return False
    micros = token.hold_id[17:23]  # ids since microseconds were added carry them here
    if micros.isdigit() and token.hold_id[23:24] == "-":
        began = began.replace(microsecond=int(micros))
    return latest is None or began > latest.started_at


def _played_on(device_held: int, stored_held: int) -> bool:
    """A stopped hold played on past the time last noted (a pause notes it), or was never
    paused at all."""
    return stored_held == 0 or device_held - stored_held >= PAUSED_WITHIN_MS


def _same(stored: HoldSession | None, token: HoldToken) -> bool:
    return stored is not None and stored.hold_id == token.hold_id
