from __future__ import annotations

import pytest

from toolkit.simulator.invocation import Invocation, parse_invocation, without_wake_word

NAME = "acupressure helper"


def _parse(line: str) -> Invocation | None:
    return parse_invocation(without_wake_word(line), NAME)


@pytest.mark.parametrize(
    "line",
    ["open acupressure helper", "Alexa, open Acupressure Helper.", "alexa start acupressure helper",
     "launch acupressure helper", "talk to acupressure helper", "ask acupressure helper",
     "Alexa, use acupressure helper", "ask acupressure helper to"],
)  # fmt: skip
def test_opening_the_skill_is_a_launch(line: str) -> None:
    invocation = _parse(line)
    assert invocation is not None
    assert invocation.is_launch


@pytest.mark.parametrize(
    ("line", "requests"),
    [
        ("Alexa, ask acupressure helper for back pain", ("for back pain", "back pain")),
        (
            "ask acupressure helper to help with my back",
            ("to help with my back", "help with my back"),
        ),
        ("ask acupressure helper about back pain", ("about back pain", "back pain")),
        ("tell acupressure helper I found it", ("i found it",)),
        ("Alexa, ask acupressure helper how long is left", ("how long is left",)),
        ("open acupressure helper and start", ("and start", "start")),
        ("use acupressure helper for twelve minutes", ("for twelve minutes", "twelve minutes")),
        ("help with my back using acupressure helper", ("help with my back",)),
    ],
)
def test_one_shot_requests_keep_what_follows_the_name(line: str, requests: tuple[str, ...]) -> None:
    assert _parse(line) == Invocation(requests)


@pytest.mark.parametrize(
    "line",
    ["start", "Alexa, stop", "what is acupressure helper", "open acupressure", "acupressure",
     "I like acupressure helper"],
)  # fmt: skip
def test_lines_that_do_not_invoke_the_skill(line: str) -> None:
    assert _parse(line) is None


@pytest.mark.parametrize(
    ("line", "words"),
    [("Alexa, stop!", ["stop"]), ("ALEXA", []), ("Alexandra stop", ["alexandra", "stop"]),
     ("  ", []), ("stop alexa", ["stop", "alexa"])],
)  # fmt: skip
def test_the_wake_word_is_dropped_only_in_front(line: str, words: list[str]) -> None:
    assert without_wake_word(line) == words
