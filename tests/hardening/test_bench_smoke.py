"""The bench's own machinery, briefly: its scripts still reach a whole hold through both skills.

Runs the bench's child processes against a moto server of their own, as `make bench`
does, and checks what they report: the skill within its DynamoDB budget per request and
its requests per 30-minute hold, the baseline's one read per request, the Lambda module
free of the modules that must stay off its cold path, and the served skill under a
moment's load without a failure.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from bench.cold_imports import off_the_cold_path
from bench.lab import BASELINE, SKILL, Lab, close_process
from bench.web_load import put_under_load

pytestmark = pytest.mark.slow

MOST_REQUESTS_PER_HOLD = 15


@pytest.fixture(scope="module")
def lab() -> Iterator[Lab]:
    with Lab(bytecode_cache=False) as running:
        yield running


def test_the_skill_stays_in_budget_through_the_whole_script(lab: Lab) -> None:
    script = lab.folder / "script.json"
    report = lab.child("count", SKILL, "--record", str(script)).report
    turns = report["turns"]
    requests = [turn["request"] for turn in turns]
    assert requests[0] == "LaunchRequest"
    assert "AudioPlayer.PlaybackFinished" in requests
    assert requests[-1] == "IntentRequest AMAZON.StopIntent"
    assert max(turn["reads"] for turn in turns) <= 1
    assert max(turn["writes"] for turn in turns) <= 1
    assert 0 < report["requests_per_30min_hold"] <= MOST_REQUESTS_PER_HOLD
    assert off_the_cold_path(report["loaded_at_answer"]) == []

    baseline = lab.child("count", BASELINE, "--replay", str(script)).report
    assert [turn["request"] for turn in baseline["turns"]] == requests
    assert {(turn["reads"], turn["writes"]) for turn in baseline["turns"]} == {(1, 0)}
    assert len(json.loads(script.read_text())) == len(requests)


def test_the_served_skill_answers_a_moment_of_load(lab: Lab) -> None:
    server, url = lab.start(SKILL)
    try:
        load = put_under_load(url, None, clients=2, seconds=1.5, cap=200)
    finally:
        close_process(server)
    assert load.failures == []
    assert len(load.latencies_ms) > 10
