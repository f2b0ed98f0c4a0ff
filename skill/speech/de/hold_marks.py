"""Die Worte in der Aufnahme der Übung: counts, the last seconds, closings, the promise.

Every count says how long is left, as in English. Numbers are said as words, so the
recording's voice reads them the German way ("neunundzwanzig").
"""

from __future__ import annotations

from skill.routine.cadence import Cadence
from skill.routine.hold_plan import HoldPlan
from skill.routine.hold_segments import (
    FIVE_STEP,
    LAST_MINUTE,
    Closing,
    LetGo,
    MinutesLeft,
    Said,
    SecondsLeft,
)

_UNITS = (
    "", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn",
    "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn",
    "neunzehn",
)  # fmt: skip
_TENS = ("", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig")

# Recorded audio never says the wake word, nor offers a reminder (see the English pack).
_LET_GO = "Sehr gut. Sie können jetzt sanft loslassen."
_GETTING_UP = "Lassen Sie sich Zeit beim Aufstehen."
# Facts as the article gives them: pain often starts to ease after about five minutes;
# the full effect takes about thirty; the effect carries on for hours afterwards, and is
# at its strongest about a day and a half later. Only a full hold hears of after-effects.
CLOSING_WORDS = {
    Closing.SHORT: (
        f"{_LET_GO} Der Schmerz lässt oft nach etwa fünf Minuten Drücken nach, "
        f"Sie könnten also ein andermal länger drücken. {_GETTING_UP}"
    ),
    Closing.PARTIAL: (
        f"{_LET_GO} Die volle Wirkung braucht oft etwa dreißig Minuten, "
        f"falls Sie ein andermal länger drücken möchten. {_GETTING_UP}"
    ),
    Closing.FULL: (
        "Sehr gut. Das reicht für die volle Wirkung. Sie können jetzt sanft loslassen. "
        "Sie hält oft noch Stunden an, und ist oft etwa anderthalb Tage später am stärksten. "
        f"{_GETTING_UP}"
    ),
}


def number_words(number: int) -> str:
    """A whole number from 1 to 69 in words: "neunundzwanzig"."""
    if not 1 <= number <= 69:
        raise ValueError(f"no words for {number}")
    if number < 20:
        return _UNITS[number]
    tens, units = divmod(number, 10)
    if not units:
        return _TENS[tens]
    unit = "ein" if units == 1 else _UNITS[units]
    return f"{unit}und{_TENS[tens]}"


def _sentence(words: str) -> str:
    return f"{words[0].upper()}{words[1:]}."


def minutes_left_words(count: int) -> str:
    """A count of minutes to go: "Noch neunundzwanzig Minuten." """
    if count == 1:
        return "Noch eine Minute."
    return f"Noch {number_words(count)} Minuten."


def countdown_words(seconds: int) -> str:
    """One of the last seconds: "Zehn." """
    return _sentence(number_words(seconds))


def words(said: Said | None) -> str:
    """What a mark says aloud; "" for a chime alone."""
    match said:
        case None:
            return ""
        case MinutesLeft(minutes):
            return minutes_left_words(minutes)
        case SecondsLeft(seconds):
            return countdown_words(seconds)
        case LetGo(closing):
            return CLOSING_WORDS[closing]


def _to_go(counts: tuple[int, ...]) -> str:
    """When the counts come, in words: true for this hold's own counts."""
    if counts == (LAST_MINUTE,):
        return "wenn noch eine Minute bleibt"
    first = f"wenn noch {number_words(counts[0])} Minuten bleiben"
    if len(counts) == 2:
        return f"{first}, und bei einer"
    return f"{first}, dann alle {number_words(FIVE_STEP)}, und bei einer"


def promise(plan: HoldPlan) -> str:
    """How the hold will be counted, as its own plan counts it, short holds included."""
    counts = plan.counts_after_start
    if plan.cadence is Cadence.QUIET:
        if not counts:
            return (
                "Ich bleibe still und lasse einen leisen Gong klingen, wenn Sie loslassen können."
            )
        return f"Ich lasse einen leisen Gong klingen, {_to_go(counts)}."
    if not counts:
        return "Ich zähle die letzten zehn Sekunden herunter."
    if plan.cadence is Cadence.MINUTE:
        return "Ich sage jede Minute, wie lange es noch dauert."
    return f"Ich sage Bescheid, {_to_go(counts)}."
