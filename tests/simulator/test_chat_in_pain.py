"""`acupressure-helper chat` scripts, said as someone in pain would: questions, misses, lengths."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.simulator.test_chat_with_the_skill import chat


def _answer_to(said: str, line: str) -> str:
    """The first line Alexa said after the person's `line`."""
    lines = said.splitlines()
    at = lines.index(f"you> {line}")
    return next(text for text in lines[at + 1 :] if text.startswith("Alexa: "))


def test_a_person_in_pain_asks_on_the_way_and_is_answered(tmp_path: Path) -> None:
    script = [
        "Alexa, ask acupressure helper for my back pain please",
        "uh",
        "no",
        "no, none of that",
        "my wife will do it",
        "which knee",
        "what?",
        "how hard should I press",
        "can I rub it",
        "banana",
        "banana",
        "I found the point",
        "as long as it takes",
        "no",
        "fifteen minutes I guess",
    ]
    said = chat("\n".join(script) + "\n", "--db", str(tmp_path / "db.sqlite3"))
    assert "safety check" in _answer_to(said, script[0])
    assert _answer_to(said, "uh").startswith("Alexa: Take your time.")
    assert "Lie face down" in _answer_to(said, "my wife will do it")
    assert "Either knee is fine" in _answer_to(said, "which knee")
    assert "Lie face down" in _answer_to(said, "what?")
    assert "never feel sharp" in _answer_to(said, "how hard should I press")
    assert "rub it gently" in _answer_to(said, "can I rub it")
    assert "Just say next, or found it." in said
    assert "Press firmly but comfortably" in _answer_to(said, "I found the point")
    assert "Shall we do 30?" in _answer_to(said, "as long as it takes")
    assert "How long would you like instead?" in said
    assert "15 minutes it is." in _answer_to(said, "fifteen minutes I guess")


@pytest.mark.slow  # a whole chat in a process of its own
def test_a_one_shot_with_a_length_and_a_returning_no(tmp_path: Path) -> None:
    db = str(tmp_path / "db.sqlite3")
    first = [
        "Alexa, ask acupressure helper for back pain for ten minutes",
        "no",
        "no",
        "someone's helping me",
        "found it",
    ]
    said = chat("\n".join(first) + "\n", "--db", db)
    assert _answer_to(said, first[0]).startswith("Alexa: 10 minutes, noted.")
    assert "10 minutes it is." in _answer_to(said, "found it")
    again = ["Alexa, open acupressure helper", "no", "not today"]
    said = chat("\n".join(again) + "\n", "--db", db)
    assert "usual 10 minutes" in _answer_to(said, again[0])
    assert "What would you like instead" in _answer_to(said, "no")
    assert "Whenever you need me" in _answer_to(said, "not today")


@pytest.mark.slow  # a whole chat in a process of its own
def test_neck_pain_is_met_kindly(tmp_path: Path) -> None:
    said = chat(
        "Alexa, ask acupressure helper for neck pain\nno\n", "--db", str(tmp_path / "db.sqlite3")
    )
    assert "I'm sorry your neck hurts. This routine is for lower back pain." in said
    assert "Whenever you need me" in _answer_to(said, "no")


@pytest.mark.slow  # a whole chat in a process of its own
def test_worries_said_mid_hold_are_answered_as_questions(tmp_path: Path) -> None:
    script = [
        "Alexa, ask acupressure helper for back pain",
        "no",
        "no",
        "myself",
        "found it",
        "ten",
        "wait 2 minutes",
        "Alexa, ask acupressure helper is it working",
        "wait 1 minute",
        "Alexa, ask acupressure helper why does my knee hurt",
    ]
    said = chat("\n".join(script) + "\n", "--db", str(tmp_path / "db.sqlite3"))
    assert "self-care, not medical advice" in _answer_to(said, script[7])
    assert "never sharp" in _answer_to(said, script[9])
