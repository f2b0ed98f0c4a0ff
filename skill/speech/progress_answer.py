"""The answer to "how am I doing?": which of a language's sentences, in what order.

One choice for every language; each pack's progress_words give only the sentences.
Days in a row say the last hold was today or yesterday, so they stand in for it; after a
break the answer is only kind, with no figures on pain.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from skill.routine.progress import Progress
    from skill.speech.pack_hold import ProgressWords


def progress_answer(words: ProgressWords, found: Progress, today: date) -> list[str]:
    """The whole answer, a sentence or two at a time, in a breath."""
    if not found.has_holds:
        return [words.NO_HOLDS_YET]
    said = [words.week(found)]
    if found.days_in_a_row >= 2:
        said.append(words.in_a_row(found.days_in_a_row))
    else:
        said.append(words.last_hold(found.last, today))
    if found.holds_this_week == 0:
        return said
    if found.pain_change is not None:
        said.append(words.pain(found.pain_change))
    elif found.rated_holds == 0:
        said.append(words.RATING_HINT)
    return said
