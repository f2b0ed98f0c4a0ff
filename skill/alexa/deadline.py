"""One request's time for Alexa's APIs: every call it makes shares the same few seconds.

Alexa waits at most 8 s for the skill's answer, and the function is stopped at 7 s. A
request may call Alexa's APIs up to three times in a row (the time zone, the person's
reminders, then setting one); each call's own time limits would add up to about 9 s. So
the request's calls share one deadline, `BUDGET_SECONDS` from the first call, and each
call's connect and read time limits are cut to what is left of it. A call with too
little time left is not made: it fails as out of reach, which the person is told in
plain words.

The deadline lives in a context variable: a web service answering requests on several
threads gives each its own. `start` begins a request's budget (the skill calls it as
each request comes in); without it, the first call starts one.
"""

from __future__ import annotations

import time
from contextvars import ContextVar
from typing import Final

from ask_sdk_core.exceptions import AskSdkException

# All of one request's calls to Alexa's APIs: leaves the store and the answer room in 7 s.
BUDGET_SECONDS: Final = 4.0
# Less than this left and a call is not worth starting.
SHORTEST_CALL_SECONDS: Final = 0.05

_deadline: ContextVar[float | None] = ContextVar("alexa_api_deadline", default=None)


class OutOfTime(AskSdkException):
    """The request's time for Alexa's APIs has run out; the call was not made.

    An AskSdkException, as the SDK's own client raises for any failed call, so every
    adapter in skill.alexa treats it as a call that could not be made."""


def start(budget: float = BUDGET_SECONDS, *, clock: float | None = None) -> None:
    """Begin a request's budget: `budget` seconds from now (or from `clock`)."""
    _deadline.set((time.monotonic() if clock is None else clock) + budget)


def clear() -> None:
    """No budget running: the next call starts one."""
    _deadline.set(None)


def remaining() -> float:
    """Seconds left for this request's calls; a call outside any request has the whole
    budget, and leaves none running behind it for a later caller on this thread."""
    deadline = _deadline.get()
    return BUDGET_SECONDS if deadline is None else deadline - time.monotonic()


def limits(connect: float, read: float) -> tuple[float, float]:
    """The connect and read time limits for the next call; `OutOfTime` when none is left.

    Each is the call's own limit or what is left of the request's, whichever is less.
    """
    left = remaining()
    if left < SHORTEST_CALL_SECONDS:
        raise OutOfTime("the request's time for Alexa's APIs has run out")
    return min(connect, left), min(read, left)
