"""The child's work after its cold start: the scripted sessions, timed, counted or profiled."""

from __future__ import annotations

import json
import resource
import time
import uuid
from collections.abc import Callable
from typing import Any

from bench.db_counting import DbRequests, reads, writes
from bench.envelopes import Envelope, as_person, request_name
from bench.person import Person
from bench.script import full_session, thirty_minute_hold

Handler = Callable[[Envelope, Any], Envelope]


def _new_user() -> str:
    return f"amzn1.ask.account.BENCH-{uuid.uuid4().hex}"


def _session(replay: list[Envelope] | None, send: Callable[[Envelope], Envelope]) -> None:
    """One full scripted session through `send`: live, or the recorded envelopes replayed."""
    if replay is None:
        full_session(Person(send, _new_user()))
        return
    user = _new_user()
    for envelope in replay:
        send(as_person(envelope, user))


def _timed(handler: Handler, replay: list[Envelope] | None, repeat: int) -> dict[str, Any]:
    turn_ns: list[int] = []
    names: list[str] = []

    def send(envelope: Envelope) -> Envelope:
        started = time.perf_counter_ns()
        answer = handler(envelope, None)
        turn_ns.append(time.perf_counter_ns() - started)
        names.append(request_name(envelope))
        return answer

    for _ in range(repeat):
        _session(replay, send)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"turn_ns": turn_ns, "turn_names": names, "maxrss_kb": usage.ru_maxrss}


def _counted(
    handler: Handler, replay: list[Envelope] | None, record: str | None, db: DbRequests
) -> dict[str, Any]:
    turns: list[dict[str, Any]] = []
    sent: list[Envelope] = []

    def send(envelope: Envelope) -> Envelope:
        db.take()
        sent.append(envelope)
        answer = handler(envelope, None)
        operations = db.take()
        turns.append(
            {
                "request": request_name(envelope),
                "operations": operations,
                "reads": reads(operations),
                "writes": writes(operations),
            }
        )
        return answer

    _session(replay, send)
    if record:
        with open(record, "w") as out:
            json.dump(sent, out)
    hold_requests = None
    if replay is None:
        hold_requests = thirty_minute_hold(Person(lambda e: handler(e, None), _new_user()))
    return {"turns": turns, "requests_per_30min_hold": hold_requests}


def profile_rows(profiler: Any) -> dict[str, list[dict[str, Any]]]:
    """A profiler's costliest functions: by time in and under them, and by their own time."""
    import pstats

    stats: dict[Any, Any] = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    rows = [
        {
            "function": f"{path}:{line}({name})",
            "calls": calls,
            "own_ms": round(own * 1000, 2),
            "total_ms": round(total * 1000, 2),
        }
        for (path, line, name), (_, calls, own, total, _) in stats.items()
    ]
    return {
        "by_total": sorted(rows, key=lambda row: -row["total_ms"])[:40],
        "by_own": sorted(rows, key=lambda row: -row["own_ms"])[:25],
    }


def _profiled(
    handler: Handler, replay: list[Envelope] | None, repeat: int, cold: Any
) -> dict[str, Any]:
    """The warm sessions under cProfile (and the cold answer's profile, taken before)."""
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        _session(replay, lambda envelope: handler(envelope, None))
    profiler.disable()
    return {"warm": profile_rows(profiler), "cold": profile_rows(cold), "sessions": repeat}


def run_mode(
    mode: str,
    module: Any,
    replay_path: str | None,
    record: str | None,
    repeat: int,
    db: DbRequests | None,
    cold_profiler: Any = None,
) -> dict[str, Any]:
    handler: Handler = module.lambda_handler
    replay = None
    if replay_path:
        with open(replay_path) as replay_file:
            replay = json.load(replay_file)
    if mode == "timed":
        return _timed(handler, replay, repeat)
    if mode == "count":
        assert db is not None
        return _counted(handler, replay, record, db)
    return _profiled(handler, replay, repeat, cold_profiler)
