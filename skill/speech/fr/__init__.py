"""The French pack (fr-FR, fr-CA): every word the skill says and hears in French.

Loaded only for a French request; its word modules load on first use, as English's do.
France and Québec share every sentence (the pack says what both say: "samedi et
dimanche", not "week-end" or "fin de semaine"); only the voice of the recorded hold
differs, so fr-CA's REGIONAL pack takes its recordings from its own folder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skill.speech.first_use import OnFirstUse
from skill.speech.fr import check_words, common, phrases
from skill.speech.journey_phrases import JourneyPhrases
from skill.speech.pack import Words

if TYPE_CHECKING:
    from skill.speech.fr import (
        answer_words,
        fallback_words,
        helping_words,
        hold_marks,
        hold_words,
        preference_words,
        privacy_words,
        progress_words,
        red_flag_words,
        reminder_words,
    )
    from skill.speech.fr import hold_words as quebec_hold_words
    from skill.speech.fr.heard_symptoms import HEARD
    from skill.speech.fr.heard_words import HEARD as HEARD_WORDS
else:
    HEARD = OnFirstUse("skill.speech.fr.heard_symptoms", within="HEARD")
    HEARD_WORDS = OnFirstUse("skill.speech.fr.heard_words", within="HEARD")
    answer_words = OnFirstUse("skill.speech.fr.answer_words")
    fallback_words = OnFirstUse("skill.speech.fr.fallback_words")
    helping_words = OnFirstUse("skill.speech.fr.helping_words")
    hold_marks = OnFirstUse("skill.speech.fr.hold_marks")
    hold_words = OnFirstUse("skill.speech.fr.hold_words")
    preference_words = OnFirstUse("skill.speech.fr.preference_words")
    privacy_words = OnFirstUse("skill.speech.fr.privacy_words")
    progress_words = OnFirstUse("skill.speech.fr.progress_words")
    red_flag_words = OnFirstUse("skill.speech.fr.red_flag_words")
    reminder_words = OnFirstUse("skill.speech.fr.reminder_words")
    quebec_hold_words = OnFirstUse("skill.speech.fr.hold_words", regional="skill.speech.fr.quebec")

WORDS = Words(
    language="fr",
    phrases=JourneyPhrases(phrases, check_words, helping_words),
    common=common,
    checks=check_words,
    answers=answer_words,
    fallback=fallback_words,
    helping=helping_words,
    hold=hold_words,
    marks=hold_marks,
    preferences=preference_words,
    privacy=privacy_words,
    progress=progress_words,
    reminders=reminder_words,
    red_flags=red_flag_words,
    symptoms=HEARD,
    heard=HEARD_WORDS,
)

# By locale: where Québec is heard in a voice of its own.
REGIONAL = {"fr-CA": WORDS._replace(hold=quebec_hold_words)}
