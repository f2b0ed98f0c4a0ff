"""What one request read of a person's holds: at most one read, shared by the request.

Either the person's recent holds (a Query), or their latest hold read with their profile
(`load_profile_and_holds`: the profile names its latest hold, so the token's hold and
the profile, read together, tell whether that hold is the latest; see
skill/routine/latest_hold.py). The repairs (skill/handlers/plumbing/hold_repairs.py) are
worked out from whichever was read.
"""

from __future__ import annotations

from collections.abc import Callable

from skill.handlers.plumbing.store_calls import StoreCalls
from skill.routine.hold_token import HoldToken
from skill.routine.latest_hold import latest_known
from skill.routine.model import HoldSession, Profile


class HoldsRead:
    """The holds one request read of one person, read at most once."""

    def __init__(self, who: Callable[[], str], calls: StoreCalls) -> None:
        self._who = who
        self._calls = calls
        # The holds read and how many were asked for; a second ask for as many or fewer
        # uses them.
        self._holds: tuple[int, list[HoldSession]] | None = None
        # The latest hold, as read with the profile, when only its id was read.
        self._latest: list[HoldSession] | None = None
        # Whether the read failed.
        self.unreadable = False

    @property
    def newest_first(self) -> list[HoldSession] | None:
        """What was read of the holds, newest first (None: nothing was read)."""
        return self._holds[1] if self._holds is not None else self._latest

    def recent(self, limit: int) -> list[HoldSession] | None:
        """The person's holds, newest first; None when the store cannot say."""
        if self._holds is not None and self._holds[0] >= limit:
            return self._holds[1][:limit]
        person = self._who()
        holds = self._calls.run(
            "recent_holds",
            lambda store: store.recent_holds(person, limit=limit),
            otherwise=None,
            saving=False,
        )
        if holds is not None:
            self._holds = (limit, holds)
        self.unreadable = holds is None
        return holds

    def latest_with_profile(
        self, token: HoldToken, keep: Callable[[Profile], None]
    ) -> list[HoldSession] | None:
        """The person's latest hold ([] if none) in one read with their profile (given to
        `keep`); None when the store cannot say.

        The token's hold (and the one it started over) is read as stored; a latest hold
        other than those is known by its id. A profile kept before it named its latest
        hold does not say which it is: the holds are then read too (a second read, until
        that person's next hold begins).
        """
        if self.newest_first is not None:
            return self.newest_first[:1]
        person = self._who()
        ids = [token.hold_id] + ([token.replaced.hold_id] if token.replaced is not None else [])
        read = self._calls.run(
            "load_profile_and_holds",
            lambda store: store.load_profile_and_holds(person, ids),
            otherwise=None,
            saving=False,
        )
        self.unreadable = read is None
        if read is None:
            return None
        profile, found = read
        keep(profile)
        settled, latest = latest_known(profile, token, found)
        if not settled:
            return self.recent(limit=1)
        self._latest = [latest] if latest is not None else []
        if latest is None or latest.hold_id in found:
            self._holds = (1, self._latest)  # all that is known of it is as stored
        return self._latest
