"""How long a turn is: the words a person hears, held to the limit every locale keeps.

A word is what holds a letter or a digit: the space French sets before a colon or a
question mark makes no word of the mark.
"""

from __future__ import annotations

# About 40 words a turn: hands are busy behind a knee, eyes often closed.
MOST_WORDS = 40


def words_in(text: str) -> int:
    return sum(1 for token in text.split() if any(letter.isalnum() for letter in token))
