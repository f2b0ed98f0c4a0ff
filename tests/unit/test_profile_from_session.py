"""The profile kept in the session read back, the usual length, and the questions asked."""

from __future__ import annotations

from typing import Any

import pytest

from skill.routine.model import Profile
from skill.routine.usual_length import CANDIDATE, usual_length


@pytest.mark.parametrize(
    ("kept", "read"),
    [
        ({"person": "p"}, Profile("p")),
        ({"person": "p", "reminder_ids": ["r1", "r2"]}, Profile("p", reminder_ids=["r1", "r2"])),
        ({"person": "p", "reminder_ids": ["r1", 2]}, None),
        ({"person": "p", "usual_minutes": True}, None),
        ({"person": "p", "keep_ratings": True}, Profile("p", keep_ratings=True)),
        ({"person": "p", "mood": "fine"}, None),
        ({"usual_minutes": 5}, None),
        (["p"], None),
    ],
)
def test_a_profile_kept_in_the_session_is_read_back_only_whole(
    kept: Any, read: Profile | None
) -> None:
    assert Profile.from_dict(kept) == read


@pytest.mark.parametrize(
    ("said", "completed", "usual"),
    [
        ("60@0", 1, 60),
        ("5@0", 1, 5),
        ("4@0", 1, 20),
        ("61@0", 1, 20),
        ("30@1", 1, 20),
        ("30@1", 2, 30),
        ("thirty@1", 2, 20),
        ("30", 2, 20),
    ],
)
def test_the_last_hold_becomes_the_usual_once_finished(
    said: str, completed: int, usual: int
) -> None:
    assert usual_length(20, {CANDIDATE: said}, completed) == usual
