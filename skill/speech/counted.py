"""One sentence or the other, by a count: a pack gives the two, one first."""

from __future__ import annotations


def counted(said: tuple[str, str], count: int, **slots: object) -> str:
    """The sentence for one, or for `count` of them (its `{count}` slot filled)."""
    one, many = said
    return one.format(**slots) if count == 1 else many.format(count=count, **slots)
