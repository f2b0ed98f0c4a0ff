"""The counts an operator sees of the skill's use: holds started and completed, minutes
held and red-flag answers given, once each, and nothing about the person."""

from __future__ import annotations

import pytest

from skill import metrics
from tests.support.conversation import Conversation
from tests.support.metric_lines import metric_lines

MINUTE = 60_000
COUNTS = (metrics.HOLDS_STARTED, metrics.HOLDS_COMPLETED, metrics.RED_FLAG_ANSWERS)


def _played_to_its_end(person: Conversation, minutes: int) -> str:
    """Start a hold and let the device play every segment; the last segment's token."""
    token = str(person.start_hold(minutes).play_directive()["audioItem"]["stream"]["token"])
    while True:
        enqueued = person.event("PlaybackNearlyFinished", token)
        person.event("PlaybackFinished", token, activity="FINISHED")
        if not enqueued.directives:
            return token
        token = enqueued.play_directive()["audioItem"]["stream"]["token"]


def _totals(printed: str) -> dict[str, float]:
    totals = dict.fromkeys((*COUNTS, metrics.MINUTES_HELD), 0.0)
    for line in metric_lines(printed):
        for name in totals:
            totals[name] += line.get(name, 0)
    return totals


@pytest.mark.usefixtures("in_lambda")
def test_a_hold_played_to_its_end_is_counted_once_with_its_minutes(
    person: Conversation, capsys: pytest.CaptureFixture[str]
) -> None:
    last = _played_to_its_end(person, 5)
    # The device reports the same end again: nothing more is counted.
    person.event("PlaybackFinished", last, activity="FINISHED")

    printed = capsys.readouterr().out
    assert _totals(printed) == {
        metrics.HOLDS_STARTED: 1,
        metrics.HOLDS_COMPLETED: 1,
        metrics.MINUTES_HELD: 5,
        metrics.RED_FLAG_ANSWERS: 0,
    }
    [started] = metric_lines(printed, metrics.HOLDS_STARTED)
    assert started["_aws"]["CloudWatchMetrics"] == [
        {
            "Namespace": metrics.NAMESPACE,
            "Dimensions": [["Service"]],
            "Metrics": [{"Name": "HoldsStarted", "Unit": "Count"}],
        }
    ]
    # A count and the service it counts for: nothing about the person.
    assert set(started) == {"_aws", "Service", "HoldsStarted"}
    [ended] = metric_lines(printed, metrics.MINUTES_HELD)
    assert set(ended) == {"_aws", "Service", "HoldsCompleted", "MinutesHeld"}


@pytest.mark.usefixtures("in_lambda")
def test_a_hold_stopped_early_counts_its_minutes_and_no_completion(
    person: Conversation, capsys: pytest.CaptureFixture[str]
) -> None:
    first = person.start_hold(40).play_directive()["audioItem"]["stream"]["token"]
    second = person.event("PlaybackNearlyFinished", first).play_directive()["audioItem"]
    # Two minutes and eight seconds into the final segment: 10:00 + 2:08 held.
    stopped = person.during_hold(
        "AMAZON.StopIntent",
        second["stream"]["token"],
        second["stream"]["offsetInMilliseconds"] + 128_000,
    )
    assert "Stopped after 12 minutes" in stopped.speech

    totals = _totals(capsys.readouterr().out)
    assert totals[metrics.HOLDS_STARTED] == 1
    assert totals[metrics.HOLDS_COMPLETED] == 0
    assert totals[metrics.MINUTES_HELD] == round(728 / 60, 2)


@pytest.mark.usefixtures("in_lambda")
def test_a_red_flag_answer_is_counted_and_nothing_of_what_was_said(
    person: Conversation, capsys: pytest.CaptureFixture[str]
) -> None:
    reply = person.ask("SymptomIntent", symptom="can't feel my legs")
    assert "Please don't press the point now" in reply.speech

    printed = capsys.readouterr().out
    [line] = metric_lines(printed, metrics.RED_FLAG_ANSWERS)
    assert set(line) == {"_aws", "Service", "RedFlagAnswers"}
    assert line["RedFlagAnswers"] == 1
    assert "legs" not in printed
    assert person.user_id not in printed


def test_away_from_lambda_nothing_is_printed_among_what_alexa_says(
    person: Conversation, capsys: pytest.CaptureFixture[str]
) -> None:
    _played_to_its_end(person, 5)
    person.ask("SymptomIntent", symptom="can't feel my legs")

    assert metric_lines(capsys.readouterr().out) == []
