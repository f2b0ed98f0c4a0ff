"""The bench's own machinery, briefly: its scripts still reach a whole hold through all skills.

Runs the bench's child processes against a moto server of their own, as `make bench`
does, and checks what they report: the skill within its DynamoDB budget per request and
its requests per 30-minute hold, the bare baseline's one read per request, the adapter
baseline's read and save of the person's attributes every turn, each skill woken cold by
each kind of first request and answering it as it should, the Lambda module free of the
modules that must stay off its cold path, and the served skills under a moment's load
without a failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.adapter_table import TABLE_SETTING
from bench.cold_imports import off_the_cold_path
from bench.cold_requests import COLD_PERSON, GERMAN_LAUNCH, KINDS, NEXT_SEGMENT, ONE_SHOT
from bench.device_player import plays
from bench.envelopes import Envelope
from bench.lab import ADAPTER, BASELINE, SKILL, SKILLS, Lab, close_process
from bench.web_load import put_under_load
from skill.routine.hold_token import HoldToken
from skill.speech.de import phrases as de_phrases

pytestmark = pytest.mark.slow

MOST_REQUESTS_PER_HOLD = 15


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    with Lab(bytecode_cache=False) as running:
        yield running


@pytest.fixture(scope="module")
def counted(lab: Lab) -> tuple[dict[str, Any], Path]:
    """The skill driven through the whole script, counted; the envelopes it was sent."""
    script = lab.folder / "script.json"
    report = lab.child("count", SKILL, "--record", str(script)).report
    lab.learn_the_hold(json.loads(script.read_text()))
    return report, script


def _sent(script: Path) -> list[Envelope]:
    sent: list[Envelope] = json.loads(script.read_text())
    return sent


def test_the_skill_stays_in_budget_through_the_whole_script(
    lab: Lab, counted: tuple[dict[str, Any], Path]
) -> None:
    report, script = counted
    turns = report["turns"]
    requests = [turn["request"] for turn in turns]
    assert requests[0] == "LaunchRequest"
    assert "AudioPlayer.PlaybackFinished" in requests
    assert requests[-1] == "IntentRequest AMAZON.StopIntent"
    assert max(turn["reads"] for turn in turns) <= 1
    assert max(turn["writes"] for turn in turns) <= 1
    assert 0 < report["requests_per_30min_hold"] <= MOST_REQUESTS_PER_HOLD
    assert off_the_cold_path(report["loaded_at_answer"]) == []
    assert len(_sent(script)) == len(requests)

    baseline = lab.child("count", BASELINE, "--replay", str(script)).report
    assert [turn["request"] for turn in baseline["turns"]] == requests
    assert {(turn["reads"], turn["writes"]) for turn in baseline["turns"]} == {(1, 0)}


def test_the_adapter_skill_reads_and_saves_the_attributes_every_turn(
    lab: Lab, counted: tuple[dict[str, Any], Path]
) -> None:
    report, script = counted
    requests = [turn["request"] for turn in report["turns"]]
    lab.fresh_table()
    adapter = lab.child("count", ADAPTER, "--replay", str(script)).report
    assert [turn["request"] for turn in adapter["turns"]] == requests
    assert {(turn["reads"], turn["writes"]) for turn in adapter["turns"]} == {(1, 1)}
    # What it saved: an item per person (the one woken it cold, the one sent the script),
    # every turn counted in it.
    saved = lab.tables().scan(TableName=lab.env[TABLE_SETTING])["Items"]
    turns = {item["id"]["S"]: item["attributes"]["M"]["turns"]["N"] for item in saved}
    assert len(turns) == 2
    assert turns.pop(COLD_PERSON) == "1"
    assert turns.popitem()[1] == str(len(requests))


@pytest.mark.parametrize("kind", KINDS)
def test_each_skill_answers_each_kind_of_first_request_cold(
    lab: Lab, counted: tuple[dict[str, Any], Path], kind: str
) -> None:
    answers = {}
    for module in SKILLS:
        lab.fresh_table()
        # The lab turns away a wrong answer to the kind (speech, or a queued segment).
        run = lab.child("timed", module, "--repeat", "0", first=kind)
        answers[module] = run.report["cold_answer"]
        assert run.cold_ms > run.cold_in_process_ms > 0
    asked = json.loads(lab.first_requests[kind].read_text())["request"]
    if kind == NEXT_SEGMENT:
        [queued] = plays(answers[SKILL], "ENQUEUE")
        assert queued.expected_previous == asked["token"]
        following = HoldToken.parse(queued.token)
        assert following is not None
        assert following.segment == 1
    if kind == ONE_SHOT:
        assert "outputSpeech" in answers[SKILL]["response"]
        assert answers[BASELINE] == answers[ADAPTER]
    if kind == GERMAN_LAUNCH:
        # The German cold start is measured on the German pack: the welcome is German.
        assert asked["locale"] == "de-DE"
        assert de_phrases.WELCOME_NEW in answers[SKILL]["response"]["outputSpeech"]["ssml"]


@pytest.mark.parametrize("module", [SKILL, ADAPTER])
def test_the_served_skill_answers_a_moment_of_load(
    lab: Lab, counted: tuple[dict[str, Any], Path], module: str
) -> None:
    _, script = counted
    sent = None if module == SKILL else _sent(script)
    lab.fresh_table()
    server, url = lab.start(module)
    try:
        # Counted, not timed: two people at once until 24 answers are back (30 s at most, so
        # a busy machine slows the test down but never fails it).
        load = put_under_load(url, sent, clients=2, seconds=30, cap=24)
    finally:
        close_process(server)
    assert load.failures == []
    assert len(load.latencies_ms) >= 24
