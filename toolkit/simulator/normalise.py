"""What a person said, reduced to the plain lower-case words the matcher compares."""

from __future__ import annotations

import re

_CONTRACTIONS = {
    "i'll": "i will",
    "i'm": "i am",
    "i've": "i have",
    "i'd": "i would",
    "you'll": "you will",
    "you're": "you are",
    "we're": "we are",
    "let's": "let us",
    "it's": "it is",
    "that's": "that is",
    "what's": "what is",
    "where's": "where is",
    "how's": "how is",
    "there's": "there is",
    "don't": "do not",
    "doesn't": "does not",
    "can't": "cannot",
    "won't": "will not",
    "isn't": "is not",
}
# Said at either end of a request without changing what it asks for.
FILLERS = frozenset({"please", "um", "umm", "uh", "er", "erm", "hmm", "oh", "thanks"})
FILLER_PAIRS: tuple[tuple[str, ...], ...] = (("thank", "you"),)

_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc`]")
# Keep apostrophes inside words and decimal points inside numbers; everything else splits words.
_NOT_WORD = re.compile(r"(?:(?<!\d)\.|\.(?!\d)|[^\w'.])+")


def words(text: str) -> list[str]:
    """Lower-case words with contractions spelled out ("I'll" -> "i will")."""
    text = _APOSTROPHES.sub("'", text.lower()).replace("_", " ")
    tokens: list[str] = []
    for piece in _NOT_WORD.split(text):
        token = piece.strip("'")
        if token:
            tokens.extend(_CONTRACTIONS.get(token, token).split())
    return tokens


def normalise(text: str) -> str:
    return " ".join(words(text))


def without_fillers(
    tokens: list[str],
    fillers: frozenset[str] = FILLERS,
    filler_pairs: tuple[tuple[str, ...], ...] = FILLER_PAIRS,
) -> list[str]:
    """The words with politeness and hesitation trimmed from both ends (English's by default)."""
    start, end = 0, len(tokens)
    changed = True
    while changed and start < end:
        changed = False
        if tokens[start] in fillers:
            start, changed = start + 1, True
        elif end - start > 1 and tokens[end - 1] in fillers:
            end, changed = end - 1, True
        else:
            for pair in filler_pairs:
                size = len(pair)
                if tuple(tokens[start : start + size]) == pair:
                    start, changed = start + size, True
                elif end - start > size and tuple(tokens[end - size : end]) == pair:
                    end, changed = end - size, True
    return tokens[start:end]
