"""The words recorded into the hold, in French: counts, the last seconds, closings, promise.

Every count says how long is left, as in English, so "quatre minutes" never leaves a
person wondering whether that is done or to go.
"""

from __future__ import annotations

from skill.routine.hold_segments import Closing

_UNITS = (
    "", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf",
)  # fmt: skip
_TENS = ("", "", "vingt", "trente", "quarante", "cinquante", "soixante")

# Recorded audio never says the wake word, nor offers a reminder (see the English marks).
_LET_GO = "Très bien. Vous pouvez relâcher doucement."
_GETTING_UP = "Prenez votre temps pour vous relever."
# Facts as the article gives them: pain often starts to ease after about five minutes; the
# full effect takes about thirty; the effect carries on for hours, strongest about 36 hours
# later. The after-effects are spoken of only after a full hold.
CLOSING_WORDS = {
    Closing.SHORT: (
        f"{_LET_GO} La douleur commence souvent à diminuer après environ cinq minutes, "
        f"alors vous pourriez essayer plus longtemps une autre fois. {_GETTING_UP}"
    ),
    Closing.PARTIAL: (
        f"{_LET_GO} L'effet complet demande souvent une trentaine de minutes, "
        f"si vous voulez une séance plus longue une autre fois. {_GETTING_UP}"
    ),
    Closing.FULL: (
        "Très bien. C'est assez long pour l'effet complet. Vous pouvez relâcher doucement. "
        "L'effet continue souvent pendant des heures, et il est souvent le plus fort "
        f"dans un jour et demi environ. {_GETTING_UP}"
    ),
}


def number_words(number: int, feminine: bool = False) -> str:
    """A whole number from 1 to 69 in words: "vingt-neuf", "vingt et une" (minutes)."""
    if not 1 <= number <= 69:
        raise ValueError(f"pas de mots pour {number}")
    tens, units = divmod(number, 10)
    if number < 20:
        said = _UNITS[number]
    elif units == 0:
        said = _TENS[tens]
    elif units == 1:
        said = f"{_TENS[tens]} et un"
    else:
        said = f"{_TENS[tens]}-{_UNITS[units]}"
    if feminine and said.endswith("un"):
        said += "e"
    return said


def minute_words(count: int) -> str:
    """A count of minutes in words, as "minute" has it: "vingt et une", "une"."""
    return number_words(count, feminine=True)


# The sentences skill.speech.marks_said chooses from, with their slots.
MINUTES_LEFT = ("Plus que une minute.", "Plus que {number} minutes.")
STAY_QUIET = "Je resterai silencieuse, et un doux carillon sonnera au moment de relâcher."
CHIME_AT = "Un doux carillon sonnera {to_go}."
LAST_TEN_SECONDS = "Je compterai les dix dernières secondes."
EVERY_MINUTE = "Je vous dirai chaque minute combien de temps il reste."
TELL_AT = "Je le dirai {to_go}."
_LAST = "à une minute de la fin"
AT_ONE_MINUTE = _LAST
AT_FIRST = "à {number} minutes de la fin"
AND_AT_ONE = f"{{first}}, puis {_LAST}"
THEN_EVERY = "{first}, puis toutes les {step}, et à la dernière"
