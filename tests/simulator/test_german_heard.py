"""What the German skill tells a person to say, a German device hears as it is meant.

Every phrase the German pack offers ("Sagen Sie weiter", "oder: jemand hilft mir") must
reach its intent on the local device, or the skill would ask for words it cannot hear.
"""

from __future__ import annotations

from functools import cache

import pytest

from toolkit.simulator.matcher import Matcher
from toolkit.simulator.model import load_model


@cache
def german() -> Matcher:
    return Matcher(load_model("de-DE"), locale="de-DE")


@pytest.mark.parametrize(
    ("said", "intent"),
    [
        ("ja", "AMAZON.YesIntent"),
        ("nein", "AMAZON.NoIntent"),
        ("stopp", "AMAZON.StopIntent"),
        ("Hilfe", "AMAZON.HelpIntent"),
        ("selbst", "SelfHoldIntent"),
        ("jemand hilft mir", "HelperHoldIntent"),
        ("weiter", "AMAZON.NextIntent"),
        ("zurück", "AMAZON.PreviousIntent"),
        ("noch mal", "AMAZON.RepeatIntent"),
        ("von vorne", "AMAZON.StartOverIntent"),
        ("wo ist der Punkt", "WhereIsItIntent"),
        ("gefunden", "FoundItIntent"),
        ("führe mich", "BackPainIntent"),
        ("welches Knie", "WhichKneeIntent"),
        ("wie fest drücke ich", "HowHardIntent"),
        ("such du aus", "RecommendedLengthIntent"),
        ("heute nicht", "NotTodayIntent"),
        ("Pause", "AMAZON.PauseIntent"),
        ("fortsetzen", "AMAZON.ResumeIntent"),
        ("weitermachen", "AMAZON.ResumeIntent"),
        ("wie lange noch", "TimeLeftIntent"),
        ("lösche meine Daten", "DeleteDataIntent"),
        ("Schmerzwerte speichern", "KeepRatingsIntent"),
        ("Schmerzwerte nicht mehr speichern", "StopKeepingRatingsIntent"),
        ("lösche meine Erinnerungen", "CancelRemindersIntent"),
        ("lösche alle meine Erinnerungen", "CancelRemindersIntent"),
        ("morgens", "PartOfDayIntent"),
    ],
)
def test_what_the_german_skill_asks_for_is_heard(said: str, intent: str) -> None:
    assert german().match(said).intent == intent


@pytest.mark.parametrize(
    ("said", "slot", "value"),
    [
        ("zehn Minuten", "minutes", "10"),
        ("mein Schmerz ist eine sechs", "rating", "6"),
        ("erinnere mich jeden Tag um neunzehn Uhr", "time", "19:00"),
        ("erinnere mich morgen um halb acht", "time", "07:30"),
        ("lösche meine Erinnerung um neunzehn Uhr", "time", "19:00"),
    ],
)
def test_numbers_and_times_are_heard_the_german_way(said: str, slot: str, value: str) -> None:
    found = german().match(said).slots[slot]
    assert found is not None
    assert found.value == value


def test_a_german_one_shot_names_the_skill_in_german() -> None:
    from toolkit.simulator.invocation import parse_invocation, without_wake_word
    from toolkit.simulator.spoken import spoken_for

    said = without_wake_word("Alexa, frage Akupressur Helfer nach Rückenschmerzen")
    invocation = parse_invocation(said, load_model("de-DE").invocation_name, spoken_for("de-DE"))
    assert invocation is not None
    assert german().find(invocation.requests[0]) is not None
