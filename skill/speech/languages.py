"""The language packs, and the one a locale speaks."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from skill.speech import check_words, english
from skill.speech.english import English
from skill.speech.heard_symptoms import HEARD
from skill.speech.pack import Words


class _OnFirstUse:
    """A word module, imported the first time one of its words is asked for.

    For the cold start: the first request of a container (a launch, "ask acupressure
    helper for back pain") says nothing of holds, progress, reminders or privacy, and those
    words bring the routine's hold, progress and reminder machinery with them.
    """

    def __init__(self, module: str) -> None:
        self._module = module

    def __getattr__(self, word: str) -> Any:
        return getattr(importlib.import_module(self._module), word)


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
else:
    answer_words = _OnFirstUse("skill.speech.answer_words")
    fallback_words = _OnFirstUse("skill.speech.fallback_words")
    helping_words = _OnFirstUse("skill.speech.helping_words")
    hold_marks = _OnFirstUse("skill.speech.hold_marks")
    hold_words = _OnFirstUse("skill.speech.hold_words")
    preference_words = _OnFirstUse("skill.speech.preference_words")
    privacy_words = _OnFirstUse("skill.speech.privacy_words")
    progress_words = _OnFirstUse("skill.speech.progress_words")
    red_flag_words = _OnFirstUse("skill.speech.red_flag_words")
    reminder_words = _OnFirstUse("skill.speech.reminder_words")

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
