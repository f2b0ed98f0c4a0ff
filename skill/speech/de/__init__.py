"""Das deutsche Sprachpaket: every word the skill says in German (de-DE).

The same parts as English's (skill/speech/english_words.py), each module checked by mypy
against its interface; word modules the first request does not need load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skill.speech.de import check_words, common, phrases
from skill.speech.first_use import OnFirstUse
from skill.speech.journey_phrases import JourneyPhrases
from skill.speech.pack import Words

if TYPE_CHECKING:
    from skill.speech.de import (
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
    from skill.speech.de.heard_symptoms import HEARD
    from skill.speech.de.heard_words import HEARD as HEARD_WORDS
else:
    HEARD = OnFirstUse("skill.speech.de.heard_symptoms", within="HEARD")
    HEARD_WORDS = OnFirstUse("skill.speech.de.heard_words", within="HEARD")
    answer_words = OnFirstUse("skill.speech.de.answer_words")
    fallback_words = OnFirstUse("skill.speech.de.fallback_words")
    helping_words = OnFirstUse("skill.speech.de.helping_words")
    hold_marks = OnFirstUse("skill.speech.de.hold_marks")
    hold_words = OnFirstUse("skill.speech.de.hold_words")
    preference_words = OnFirstUse("skill.speech.de.preference_words")
    privacy_words = OnFirstUse("skill.speech.de.privacy_words")
    progress_words = OnFirstUse("skill.speech.de.progress_words")
    red_flag_words = OnFirstUse("skill.speech.de.red_flag_words")
    reminder_words = OnFirstUse("skill.speech.de.reminder_words")

WORDS = Words(
    language="de",
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
