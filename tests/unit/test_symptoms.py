"""What a symptom told in a person's own words means: red flag, ease off, or nothing."""

from __future__ import annotations

import pytest

from skill.routine.symptoms import Concern, concern_of, denies_every_symptom, is_red_flag
from skill.speech.languages import ENGLISH

HEARD = ENGLISH.symptoms


def said(words: str, symptom_id: str | None = None) -> Concern | None:
    return concern_of("SymptomIntent", symptom_id, words, HEARD)


@pytest.mark.parametrize(
    ("words", "concern"),
    [
        ("my legs are numb", Concern.URGENT),
        ("yes my legs are a bit numb", Concern.URGENT),
        ("I can't feel my legs", Concern.URGENT),
        ("numbness in my leg", Concern.URGENT),
        ("my legs are weak", Concern.URGENT),
        ("my legs keep giving way", Concern.URGENT),
        ("I can't control my bladder", Concern.URGENT),
        ("I've wet myself a couple of times since it started", Concern.URGENT),
        ("I've got a bit of a fever", Concern.URGENT),
        ("I fell off a ladder yesterday", Concern.URGENT),
        ("I had a fall", Concern.URGENT),
        ("she's got a temperature", Concern.URGENT),
        ("swollen calf", Concern.DOCTOR),
        ("his calf is really painful", Concern.DOCTOR),
        ("my knee is swollen", Concern.DOCTOR),
        ("I injured my knee", Concern.DOCTOR),
        ("varicose veins", Concern.DOCTOR),
        ("she's pregnant", Concern.MIDWIFE),
        ("it's tingling", Concern.EASE_OFF),
        ("pins and needles", Concern.EASE_OFF),
        ("it's really sharp", Concern.EASE_OFF),
        ("I feel worse", Concern.EASE_OFF),
        ("it's gone numb", Concern.EASE_OFF),
        # As people in each locale say them.
        ("I am not able to control my bladder", Concern.URGENT),
        ("I cannot control urine", Concern.URGENT),
        ("I've wet meself", Concern.URGENT),
        ("she's wet herself", Concern.URGENT),
        ("she is not able to stand up", Concern.URGENT),
        ("I'm unable to walk properly", Concern.URGENT),
        ("me legs keep giving out", Concern.URGENT),
        ("I am not able to feel my legs", Concern.URGENT),
        ("he took a tumble down the stairs", Concern.URGENT),
        ("her knee gave out and swelled up", Concern.DOCTOR),
    ],
)
def test_a_symptom_in_a_persons_words_is_weighed(words: str, concern: Concern) -> None:
    assert said(words) == concern


@pytest.mark.parametrize(
    "words",
    [
        "my legs aren't numb",
        "my legs are not numb",
        "no fever",
        "I don't have a fever",
        "I've never had a fall",
        "I fell asleep",
        "I nearly fell asleep",
        "no pins and needles",
        "nothing wrong with my bladder",
        "it could be worse",
        "what number should I call",
        "I have a headache",
        "nah me legs aren't numb",
        "nope, no numbness",
        "I'm not able to press very hard",
        "I'm not able to reach my knee",
    ],
)
def test_what_is_not_a_symptom_stays_not_one(words: str) -> None:
    assert said(words) is None


@pytest.mark.parametrize(
    ("words", "concern"),
    [
        # A denial reaches only its own part of what is said.
        ("no fever but my legs are numb", Concern.URGENT),
        ("I don't have a fever and my legs are numb", Concern.URGENT),
        ("not numb, just tingling", Concern.EASE_OFF),
        # The gravest of several is the answer.
        ("I fell and now my calf is swollen", Concern.URGENT),
        ("it's sharp and my legs feel weak", Concern.URGENT),
    ],
)
def test_denials_reach_only_their_own_part(words: str, concern: Concern) -> None:
    assert said(words) == concern


def test_a_resolved_value_is_weighed_by_its_id() -> None:
    assert said("numb legs", "NUMB_LEGS") == Concern.URGENT
    assert said("calf pain", "CALF") == Concern.DOCTOR
    assert said("tingles", "TINGLING") == Concern.EASE_OFF
    assert concern_of("SymptomIntent", "FEVER", None, HEARD) == Concern.URGENT


def test_words_the_list_does_not_hold_are_weighed_by_what_they_say() -> None:
    # Alexa carries words outside the slot's values, unresolved; their keywords decide.
    assert said("my legs have gone all floppy and weak") == Concern.URGENT
    assert said("a sort of stabbing feeling") == Concern.EASE_OFF
    assert said("a lovely warm feeling") is None


def test_denied_words_outweigh_a_resolved_id() -> None:
    assert said("my legs aren't numb", "NUMB_LEGS") is None


@pytest.mark.parametrize(
    ("words", "denied"),
    [
        ("my legs aren't numb", True),
        ("her legs aren't numb and she hasn't had a fall", True),
        ("my legs aren't numb but I had a fall", False),
        ("my legs are numb", False),
        ("my knee clicks", False),
    ],
)
def test_symptoms_named_only_to_deny_them_are_a_no(words: str, denied: bool) -> None:
    assert denies_every_symptom("SymptomIntent", words, HEARD) is denied


def test_only_a_symptom_told_can_deny_symptoms() -> None:
    assert not denies_every_symptom("OtherPainIntent", "my legs aren't numb", HEARD)
    assert not denies_every_symptom("SymptomIntent", None, HEARD)


def test_pregnancy_is_for_a_midwife_whatever_is_said() -> None:
    assert concern_of("PregnantIntent", None, None, HEARD) == Concern.MIDWIFE


@pytest.mark.parametrize("intent", ["AMAZON.NoIntent", "AMAZON.YesIntent", "ItHurtsIntent"])
def test_other_intents_tell_of_no_symptom(intent: str) -> None:
    assert concern_of(intent, None, None, HEARD) is None


def test_red_flags_are_the_reasons_not_to_press() -> None:
    assert [concern for concern in Concern if is_red_flag(concern)] == [
        Concern.URGENT,
        Concern.DOCTOR,
        Concern.MIDWIFE,
    ]
    assert not is_red_flag(Concern.EASE_OFF)
    assert not is_red_flag(None)


@pytest.mark.parametrize(
    ("words", "concern"),
    [
        ("I haven't been able to feel my legs since yesterday", Concern.URGENT),
        ("knees buckled on the stairs", Concern.URGENT),
        ("struggling to pee", Concern.URGENT),
        ("I did my knee in", Concern.DOCTOR),
        ("my due date is in March", Concern.MIDWIFE),
        ("she's expecting", Concern.MIDWIFE),
        ("my calves aren't fine", Concern.DOCTOR),
        ("I fell last week I'm okay now", Concern.URGENT),
    ],
)
def test_more_ways_of_telling_a_red_flag_are_weighed(words: str, concern: Concern) -> None:
    assert said(words) == concern


@pytest.mark.parametrize(
    "words",
    [
        "my calves are fine",
        "my bladder is normal",
        "I lost my temper with the kids",
        "I'm putting my clothes on",
        "I accidentally said yes",
        "my fella is helping",
        "it slipped my mind",
        "my back is falling apart",
    ],
)
def test_all_clear_words_and_look_alikes_tell_of_no_red_flag(words: str) -> None:
    assert not is_red_flag(said(words))
