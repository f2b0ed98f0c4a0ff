"""Which voice records each language's hold: espeak-ng's locally, Amazon Polly's at deploy.

Keyed by the pack's recordings folder (HoldWords.RECORDINGS): "" is English's, at the
audio address itself; another language's (or locale's, where the voice differs) is
named after its locale. Polly's neural voices of that language and country ("Voices in
Amazon Polly"); espeak-ng's nearest voice (`espeak-ng --voices`).
"""

from __future__ import annotations

from typing import NamedTuple


class Voice(NamedTuple):
    espeak: str
    polly: str


VOICES: dict[str, Voice] = {
    "": Voice("en-gb", "Joanna"),
    "de-DE": Voice("de", "Vicki"),
    "es-ES": Voice("es", "Lucia"),
    "es-MX": Voice("es-419", "Mia"),
    "es-US": Voice("es-419", "Lupe"),
    "fr-FR": Voice("fr-fr", "Lea"),
    "fr-CA": Voice("fr-fr", "Gabrielle"),
}


def voice_for(recordings: str) -> Voice:
    """The voices of a recordings folder ("" or a locale); English's for one not listed."""
    return VOICES.get(recordings, VOICES[""])
