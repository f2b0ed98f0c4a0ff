"""The language packs, and the one a locale speaks."""

from __future__ import annotations

from skill.speech import (
    answer_words,
    check_words,
    english,
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
from skill.speech.english import English
from skill.speech.heard_symptoms import HEARD
from skill.speech.pack import Words

ENGLISH = Words(
    language="en",
    phrases=English(),
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
)

# By language ("en"), for every locale of it the skill is published in.
PACKS: dict[str, Words] = {"en": ENGLISH}


def words_for(locale: str | None) -> Words:
    """The pack for `locale`'s language; English for a language the skill does not speak."""
    language = (locale or "").split("-")[0]
    return PACKS.get(language, ENGLISH)
