"""The English pack (every en-* locale): the word modules of `skill.speech`.

Built here rather than in `languages`, so that a request in another language loads none
of English's words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skill.speech import check_words, english
from skill.speech.first_use import OnFirstUse
from skill.speech.journey_phrases import JourneyPhrases
from skill.speech.pack import Words

if TYPE_CHECKING:
    from skill.speech import (
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
    from skill.speech.heard_symptoms import HEARD
    from skill.speech.heard_words import HEARD as HEARD_WORDS
else:
    HEARD = OnFirstUse("skill.speech.heard_symptoms", within="HEARD")
    HEARD_WORDS = OnFirstUse("skill.speech.heard_words", within="HEARD")
    answer_words = OnFirstUse("skill.speech.answer_words")
    fallback_words = OnFirstUse("skill.speech.fallback_words")
    helping_words = OnFirstUse("skill.speech.helping_words")
    hold_marks = OnFirstUse("skill.speech.hold_marks")
    hold_words = OnFirstUse("skill.speech.hold_words")
    preference_words = OnFirstUse("skill.speech.preference_words")
    privacy_words = OnFirstUse("skill.speech.privacy_words")
    progress_words = OnFirstUse("skill.speech.progress_words")
    red_flag_words = OnFirstUse("skill.speech.red_flag_words")
    reminder_words = OnFirstUse("skill.speech.reminder_words")

WORDS = Words(
    language="en",
    phrases=JourneyPhrases(english, check_words, helping_words),
    common=english,
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
