"""The French pack (fr-FR, fr-CA): every word the skill says and hears in French.

Loaded only for a French request; its word modules load on first use, as English's do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skill.speech.fr import check_words, common
from skill.speech.fr.heard_symptoms import HEARD
from skill.speech.fr.phrases import French
from skill.speech.languages import _OnFirstUse
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
else:
    answer_words = _OnFirstUse("skill.speech.fr.answer_words")
    fallback_words = _OnFirstUse("skill.speech.fr.fallback_words")
    helping_words = _OnFirstUse("skill.speech.fr.helping_words")
    hold_marks = _OnFirstUse("skill.speech.fr.hold_marks")
    hold_words = _OnFirstUse("skill.speech.fr.hold_words")
    preference_words = _OnFirstUse("skill.speech.fr.preference_words")
    privacy_words = _OnFirstUse("skill.speech.fr.privacy_words")
    progress_words = _OnFirstUse("skill.speech.fr.progress_words")
    red_flag_words = _OnFirstUse("skill.speech.fr.red_flag_words")
    reminder_words = _OnFirstUse("skill.speech.fr.reminder_words")

WORDS = Words(
    language="fr",
    phrases=French(),
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
)
