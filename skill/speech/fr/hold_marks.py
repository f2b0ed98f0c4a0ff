"""The words recorded into the hold, in French: counts, the last seconds, closings, promise.

Every count says how long is left, as in English, so "quatre minutes" never leaves a
person wondering whether that is done or to go.
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


def _minutes(count: int) -> str:
    return f"{number_words(count, feminine=True)} minute{'' if count == 1 else 's'}"


def _sentence(words: str) -> str:
    return f"{words[0].upper()}{words[1:]}."


def minutes_left_words(count: int) -> str:
    """A count of minutes to go: "Plus que vingt-neuf minutes." """
    return _sentence(f"plus que {_minutes(count)}")


def countdown_words(seconds: int) -> str:
    """One of the last seconds: "Dix." """
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
    last = "à une minute de la fin"
    if counts == (LAST_MINUTE,):
        return last
    first = f"à {number_words(counts[0], feminine=True)} minutes de la fin"
    if len(counts) == 2:
        return f"{first}, puis {last}"
    every = f"toutes les {number_words(FIVE_STEP, feminine=True)}"
    return f"{first}, puis {every}, et à la dernière"


def promise(plan: HoldPlan) -> str:
    """How the hold will be counted, as its own plan counts it, short holds included."""
    counts = plan.counts_after_start
    if plan.cadence is Cadence.QUIET:
        if not counts:
            return "Je resterai silencieuse, et un doux carillon sonnera au moment de relâcher."
        return f"Un doux carillon sonnera {_to_go(counts)}."
    if not counts:
        return "Je compterai les dix dernières secondes."
    if plan.cadence is Cadence.MINUTE:
        return "Je vous dirai chaque minute combien de temps il reste."
    return f"Je le dirai {_to_go(counts)}."
