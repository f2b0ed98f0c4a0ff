"""Die Worte in der Aufnahme der Übung: counts, the last seconds, closings, the promise.

Every count says how long is left, as in English. Numbers are said as words, so the
recording's voice reads them the German way ("neunundzwanzig").
"""

from __future__ import annotations

from skill.routine.hold_segments import Closing

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


def minute_words(count: int) -> str:
    """A count of minutes in words: "neunundzwanzig"."""
    return number_words(count)


# The sentences skill.speech.marks_said chooses from, with their slots.
MINUTES_LEFT = ("Noch eine Minute.", "Noch {number} Minuten.")
STAY_QUIET = "Ich bleibe still und lasse einen leisen Gong klingen, wenn Sie loslassen können."
CHIME_AT = "Ich lasse einen leisen Gong klingen, {to_go}."
LAST_TEN_SECONDS = "Ich zähle die letzten zehn Sekunden herunter."
EVERY_MINUTE = "Ich sage jede Minute, wie lange es noch dauert."
TELL_AT = "Ich sage Bescheid, {to_go}."
AT_ONE_MINUTE = "wenn noch eine Minute bleibt"
AT_FIRST = "wenn noch {number} Minuten bleiben"
AND_AT_ONE = "{first}, und bei einer"
THEN_EVERY = "{first}, dann alle {step}, und bei einer"
