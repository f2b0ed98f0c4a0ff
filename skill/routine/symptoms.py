"""What a symptom a person tells of means for pressing the point.

A symptom reaches the skill as a slot (`symptom` of type SYMPTOM): a value id when Alexa
resolved it, and the words said either way, since a custom slot carries words outside
its list. Both are weighed here, against the words a language pack hears
(`HeardSymptoms`), so "my legs are numb" is a red flag and "my legs aren't numb",
"no fever" and "I fell asleep" are not.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class Concern(StrEnum):
    # Bladder or bowel control, numb or weak legs, fever with back pain, a fall or
    # injury: urgent help, with the locale's number.
    URGENT = "urgent"
    # A swollen or painful calf, a swollen or injured knee, varicose veins.
    DOCTOR = "doctor"
    # Pregnancy: a midwife or doctor first.
    MIDWIFE = "midwife"
    # Tingling, sharp or worse while pressing: pause, ease off, what to do if it goes on.
    EASE_OFF = "ease_off"


class Symptom(StrEnum):
    """The SYMPTOM slot's value ids, and pregnancy, which is heard in words too."""

    NUMB_LEGS = "NUMB_LEGS"
    WEAK_LEGS = "WEAK_LEGS"
    BLADDER_BOWEL = "BLADDER_BOWEL"
    FEVER = "FEVER"
    FALL_INJURY = "FALL_INJURY"
    CALF = "CALF"
    KNEE_INJURY = "KNEE_INJURY"
    VARICOSE_VEINS = "VARICOSE_VEINS"
    TINGLING = "TINGLING"
    SHARP = "SHARP"
    WORSE = "WORSE"
    PREGNANCY = "PREGNANCY"


CONCERNS: dict[Symptom, Concern] = {
    Symptom.NUMB_LEGS: Concern.URGENT,
    Symptom.WEAK_LEGS: Concern.URGENT,
    Symptom.BLADDER_BOWEL: Concern.URGENT,
    Symptom.FEVER: Concern.URGENT,
    Symptom.FALL_INJURY: Concern.URGENT,
    Symptom.CALF: Concern.DOCTOR,
    Symptom.KNEE_INJURY: Concern.DOCTOR,
    Symptom.VARICOSE_VEINS: Concern.DOCTOR,
    Symptom.PREGNANCY: Concern.MIDWIFE,
    Symptom.TINGLING: Concern.EASE_OFF,
    Symptom.SHARP: Concern.EASE_OFF,
    Symptom.WORSE: Concern.EASE_OFF,
}

# The most serious first: when words tell of several, the answer is for the gravest.
_GRAVITY = (Concern.URGENT, Concern.DOCTOR, Concern.MIDWIFE, Concern.EASE_OFF)

# How many words after a sign an all-clear word still speaks of it: "my calf is fine".
_ALL_CLEAR_REACH = 3

SYMPTOM_INTENT = "SymptomIntent"
PREGNANT_INTENT = "PregnantIntent"


@dataclass(frozen=True)
class HeardSymptoms:
    """One language's words for symptoms, as a person says them.

    A sign is a few word beginnings said in one clause, in any order ("leg numb" is
    heard in "my legs have gone numb"); the longest signs are weighed first and each
    word tells of one symptom, so "my legs are numb" is numb legs, not only "numb". A
    negation the sign does not itself use ("aren't", "no", "never"), said before the
    sign ends and within its part of the clause (parts end at "and"), denies it. A
    look-alike ("fell asleep") is taken out before anything is weighed.
    """

    signs: Mapping[Symptom, tuple[str, ...]]
    negations: frozenset[str]
    negation_endings: tuple[str, ...]
    look_alikes: tuple[str, ...]
    clause_breaks: frozenset[str]
    scope_breaks: frozenset[str]
    # Whether a negation after the sign denies it too: German ends a clause with it
    # ("gestürzt bin ich nicht"); in English "not" comes first ("I'm not numb").
    negation_after_sign: bool = False
    # Elided words a language writes onto the next ("l'", "j'" in French), taken off so the
    # word itself is heard: "l'escalier" is "escalier".
    elisions: tuple[str, ...] = ()
    all_clear: frozenset[str] = frozenset()


def concern_of(
    intent_name: str,
    symptom_id: str | None,
    symptom_said: str | None,
    heard: HeardSymptoms,
) -> Concern | None:
    """What the symptom told of means, or None when it tells of none that matters here."""
    if intent_name == PREGNANT_INTENT:
        return Concern.MIDWIFE
    concerns: set[Concern] = set()
    if symptom_said:
        told, denied = _told_and_denied(symptom_said, heard)
        if denied and not told:
            return None  # every symptom in the words was denied
        concerns |= told
    if symptom_id is not None and symptom_id in Symptom.__members__:
        concerns.add(CONCERNS[Symptom(symptom_id)])
    return next((concern for concern in _GRAVITY if concern in concerns), None)


def denies_every_symptom(intent_name: str, symptom_said: str | None, heard: HeardSymptoms) -> bool:
    """ "No, my legs aren't numb": symptoms named only to deny them, an answer of no."""
    if intent_name != SYMPTOM_INTENT or not symptom_said:
        return False
    told, denied = _told_and_denied(symptom_said, heard)
    return denied and not told


def is_red_flag(concern: Concern | None) -> bool:
    """A reason not to press at all: urgent help, a doctor or a midwife first."""
    return concern in (Concern.URGENT, Concern.DOCTOR, Concern.MIDWIFE)


def _told_and_denied(said: str, heard: HeardSymptoms) -> tuple[set[Concern], bool]:
    """The concerns the words tell of, and whether they denied any."""
    told: set[Concern] = set()
    denied = False
    for clause in _clauses(said, heard):
        for concern, is_denied in _weigh_clause(clause, heard):
            if is_denied:
                denied = True
            else:
                told.add(concern)
    return told, denied


def _clauses(said: str, heard: HeardSymptoms) -> list[list[str]]:
    text = " " + said.lower().replace("\u2019", "'") + " "
    for look_alike in heard.look_alikes:
        text = re.sub(rf"\b{re.escape(look_alike)}\w*", " ", text)
    clauses: list[list[str]] = [[]]
    # Letters of any language ("füße", "piernas", "jambes"), with apostrophes inside words.
    for written in re.findall(r"(?:[^\W\d_]|')+|[,.;:!?]", text):
        token = _without_elisions(written, heard.elisions)
        if token in heard.clause_breaks or not token[0].isalpha():
            clauses.append([])
        else:
            clauses[-1].append(token)
    return [clause for clause in clauses if clause]


def _without_elisions(token: str, elisions: tuple[str, ...]) -> str:
    """ "j'l'ai" is "ai": every elided word written onto the front is taken off."""
    while elided := next((e for e in elisions if token.startswith(e) and token != e), None):
        token = token[len(elided) :]
    return token


def _weigh_clause(clause: list[str], heard: HeardSymptoms) -> list[tuple[Concern, bool]]:
    """Each concern a clause tells of, and whether it is denied there."""
    signs = sorted(
        ((symptom, sign.split()) for symptom, signs in heard.signs.items() for sign in signs),
        key=lambda entry: -len(entry[1]),
    )
    used: set[int] = set()
    found: list[tuple[Symptom, set[int]]] = []
    for symptom, beginnings in signs:
        places = _places(beginnings, clause, used)
        if places is not None:
            used |= places
            found.append((symptom, places))
    part = _parts(clause, heard)
    negations = [
        place
        for place, word in enumerate(clause)
        if place not in used and _is_negation(word, heard)
    ]
    all_clear = [
        place
        for place, word in enumerate(clause)
        if place not in used
        and word in heard.all_clear
        and not (place and _is_negation(clause[place - 1], heard))
    ]
    return [
        (
            CONCERNS[symptom],
            any(
                (negation < max(places) or heard.negation_after_sign)
                and part[negation] in {part[place] for place in places}
                for negation in negations
            )
            or any(
                0 < fine - max(places) <= _ALL_CLEAR_REACH
                and part[fine] in {part[place] for place in places}
                for fine in all_clear
            ),
        )
        for symptom, places in found
    ]


def _parts(clause: list[str], heard: HeardSymptoms) -> list[int]:
    """Which part of the clause each word is in: a negation reaches only within its part."""
    parts: list[int] = []
    part = 0
    for word in clause:
        part += word in heard.scope_breaks
        parts.append(part)
    return parts


def _places(beginnings: list[str], clause: list[str], used: set[int]) -> set[int] | None:
    """Where each of a sign's word beginnings is said, in words not yet used, or None."""
    places: set[int] = set()
    for beginning in beginnings:
        place = next(
            (
                index
                for index, word in enumerate(clause)
                if index not in places and index not in used and word.startswith(beginning)
            ),
            None,
        )
        if place is None:
            return None
        places.add(place)
    return places


def _is_negation(word: str, heard: HeardSymptoms) -> bool:
    return word in heard.negations or word.endswith(heard.negation_endings)
