"""The Spanish pack (es-ES, es-MX, es-US), spoken with usted.

Spain's words are `WORDS`; Mexico and the United States differ only in the clock (12-hour
times in reminders) and the hold's recorded voice, so `REGIONAL` gives them those parts
and shares the rest. Word modules load on first use, as English's do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skill.speech.es import check_words, common, phrases
from skill.speech.first_use import OnFirstUse
from skill.speech.journey_phrases import JourneyPhrases
from skill.speech.pack import Words

if TYPE_CHECKING:
    from skill.speech.es import (
        answer_words,
        fallback_words,
        helping_words,
        hold_marks,
        hold_words,
        preference_words,
        privacy_words,
        progress_words,
        red_flag_words,
    )
    from skill.speech.es.heard_symptoms import HEARD
    from skill.speech.es.heard_words import HEARD as HEARD_WORDS
    from skill.speech.es.reminder_words import IN_SPAIN, IN_THE_AMERICAS

    hold_words_mx = hold_words_us = hold_words
else:
    HEARD = OnFirstUse("skill.speech.es.heard_symptoms", within="HEARD")
    HEARD_WORDS = OnFirstUse("skill.speech.es.heard_words", within="HEARD")
    answer_words = OnFirstUse("skill.speech.es.answer_words")
    fallback_words = OnFirstUse("skill.speech.es.fallback_words")
    helping_words = OnFirstUse("skill.speech.es.helping_words")
    hold_marks = OnFirstUse("skill.speech.es.hold_marks")
    hold_words = OnFirstUse("skill.speech.es.hold_words")
    hold_words_mx = OnFirstUse("skill.speech.es.hold_words", "skill.speech.es.americas")
    hold_words_us = OnFirstUse("skill.speech.es.hold_words", "skill.speech.es.united_states")
    preference_words = OnFirstUse("skill.speech.es.preference_words")
    privacy_words = OnFirstUse("skill.speech.es.privacy_words")
    progress_words = OnFirstUse("skill.speech.es.progress_words")
    red_flag_words = OnFirstUse("skill.speech.es.red_flag_words")
    IN_SPAIN = OnFirstUse("skill.speech.es.reminder_words", within="IN_SPAIN")
    IN_THE_AMERICAS = OnFirstUse("skill.speech.es.reminder_words", within="IN_THE_AMERICAS")

WORDS = Words(
    language="es",
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
    reminders=IN_SPAIN,
    red_flags=red_flag_words,
    symptoms=HEARD,
    heard=HEARD_WORDS,
)

REGIONAL: dict[str, Words] = {
    "es-MX": WORDS._replace(hold=hold_words_mx, reminders=IN_THE_AMERICAS),
    "es-US": WORDS._replace(hold=hold_words_us, reminders=IN_THE_AMERICAS),
}
