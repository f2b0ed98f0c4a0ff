"""The AudioPlayer token by example: what the skill writes reads back, and near misses do not.

tests/fuzz/test_hold_tokens.py throws random tokens at the skill; these pin the edges.
"""

from __future__ import annotations

import pytest

from skill.routine.cadence import Cadence
from skill.routine.hold_token import HoldToken

HOLD_ID = "20261123T083005Z-000000-1a2b3c4d"
VOICE = "0f" * 32
LONG = f"hold/{HOLD_ID}/60/quiet"  # a sixty-minute hold: two segments, 0 and 1
SHORT = f"hold/{HOLD_ID}/5/minute"  # five minutes: one segment


@pytest.mark.parametrize(
    ("token", "parsed"),
    [
        (f"{SHORT}/0", HoldToken(HOLD_ID, 5, Cadence.MINUTE)),
        (f"{LONG}/1", HoldToken(HOLD_ID, 60, Cadence.QUIET, segment=1)),
        (f"hold/{HOLD_ID}/1/five/0", HoldToken(HOLD_ID, 1, Cadence.FIVE)),
        (f"{SHORT}/0/b0", HoldToken(HOLD_ID, 5, Cadence.MINUTE, pain_before=0)),
        (f"{SHORT}/0/b10", HoldToken(HOLD_ID, 5, Cadence.MINUTE, pain_before=10)),
        (f"{SHORT}/0/v{VOICE}", HoldToken(HOLD_ID, 5, Cadence.MINUTE, voice=VOICE)),
        (f"{LONG}/1/b7/v{VOICE}", HoldToken(HOLD_ID, 60, Cadence.QUIET, 1, 7, VOICE)),
        ("hold/a/5/minute/0", HoldToken("a", 5, Cadence.MINUTE)),
        (f"hold/{'A-9' * 21}x/5/minute/0", HoldToken(f"{'A-9' * 21}x", 5, Cadence.MINUTE)),
    ],
)
def test_a_token_the_skill_writes_reads_back(token: str, parsed: HoldToken) -> None:
    assert HoldToken.parse(token) == parsed
    assert parsed.encode() == token


@pytest.mark.parametrize(
    "token",
    [
        # The rating before: 0 to 10, written once, before the voice, as b and digits.
        f"{SHORT}/0/b11",
        f"{SHORT}/0/b99",
        f"{SHORT}/0/b100",
        f"{SHORT}/0/b07",
        f"{SHORT}/0/b-1",
        f"{SHORT}/0/b",
        f"{SHORT}/0/B7",
        f"{SHORT}/0/7",
        f"{SHORT}/0/b7/b7",
        f"{SHORT}/0/v{VOICE}/b7",
        # The voice: exactly 64 lower-case hex digits, once.
        f"{SHORT}/0/v{VOICE[:-1]}",
        f"{SHORT}/0/v{VOICE}0",
        f"{SHORT}/0/v{VOICE.upper()}",
        f"{SHORT}/0/v{VOICE}/v{VOICE}",
        f"{SHORT}/0/b7/v{VOICE}/x",
        # The prefix, the hold id and the parts before the extras.
        f"Hold/{HOLD_ID}/5/minute/0",
        f"holds/{HOLD_ID}/5/minute/0",
        f"/{HOLD_ID}/5/minute/0",
        "hold//5/minute/0",
        f"hold/{'a' * 65}/5/minute/0",
        "hold/a_b/5/minute/0",
        "hold/a.b/5/minute/0",
        f"hold/{HOLD_ID}/5/minute",
        f"hold/{HOLD_ID}/5/minute/0/",
        f"{SHORT}/0/b7/v{VOICE}/",
        # The length: whole minutes from 1 to 60, written plainly.
        f"hold/{HOLD_ID}/0/minute/0",
        f"hold/{HOLD_ID}/61/minute/0",
        f"hold/{HOLD_ID}/05/minute/0",
        f"hold/{HOLD_ID}/-5/minute/0",
        f"hold/{HOLD_ID}/5.0/minute/0",
        f"hold/{HOLD_ID}/five/minute/0",
        # The cadence the skill knows, and a segment the plan has.
        f"hold/{HOLD_ID}/5/hourly/0",
        f"hold/{HOLD_ID}/5/Minute/0",
        f"{SHORT}/1",
        f"{LONG}/2",
        f"{SHORT}/00",
        f"{SHORT}/-0",
        f"{SHORT}/x",
        "",
        "hold",
    ],
)
def test_a_near_miss_is_refused(token: str) -> None:
    assert HoldToken.parse(token) is None


@pytest.mark.parametrize("token", [None, 7, b"hold/a/5/minute/0", ["hold", "a"]])
def test_anything_but_text_is_refused(token: object) -> None:
    assert HoldToken.parse(token) is None


def test_the_longest_token_the_skill_writes_is_read_and_a_padded_one_refused() -> None:
    longest = f"hold/{'a' * 64}/60/minute/1/b10/v{VOICE}"

    assert HoldToken.parse(longest) == HoldToken("a" * 64, 60, Cadence.MINUTE, 1, 10, VOICE)
    assert HoldToken.parse(longest + "/" + "x" * 300) is None


def test_a_token_knows_its_plan_and_its_last_segment() -> None:
    long = HoldToken(HOLD_ID, 60, Cadence.QUIET)

    assert (long.planned_seconds, long.plan.total_ms) == (3600, 3_600_000)
    assert [long.is_last_segment, long.at_segment(1).is_last_segment] == [False, True]
    assert long.at_segment(1) == long._replace(segment=1)
    assert HoldToken(HOLD_ID, 5, Cadence.MINUTE).is_last_segment
