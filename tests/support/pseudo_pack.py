"""A pseudo-language for tests: every word of the English pack, accented and bracketed.

A conversation spoken through it shows at once any sentence that does not come from the
pack: whatever is left once the bracketed words are taken out is English written
somewhere else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

from skill.speech.pack import Words

LANGUAGE = "qps"  # the pseudo-language tag ("qps-ploc" in Windows' pseudo-locales)
LOCALE = "qps-PLOC"
OPEN, CLOSE = "⟦", "⟧"

_ACCENTED = str.maketrans("aeiouyAEIOUYcnsz", "áéíóúýÁÉÍÓÚÝçñšž")
# SSML tags and str.format fields pass through untouched.
_KEPT = re.compile(r"(<[^>]*>|\{[^}]*\})")


def pseudo(text: str) -> str:
    """`text` accented, lengthened and bracketed; its tags and format fields kept."""
    parts = _KEPT.split(text)
    turned = "".join(part if _KEPT.fullmatch(part) else part.translate(_ACCENTED) for part in parts)
    return f"{OPEN}{turned}~{CLOSE}"


def _turned(value: Any) -> Any:
    if isinstance(value, str):
        return pseudo(value) if value else value  # "": nothing said (a chime alone)
    if isinstance(value, list):
        return [_turned(item) for item in value]
    if isinstance(value, tuple) and not hasattr(value, "_fields"):
        return tuple(_turned(item) for item in value)
    if isinstance(value, dict):
        return {key: _turned(item) for key, item in value.items()}
    if callable(value):
        return _calling(value)
    return value


def _calling(call: Callable[..., Any]) -> Callable[..., Any]:
    def turned(*args: Any, **kwargs: Any) -> Any:
        return _turned(call(*args, **kwargs))

    return turned


# A pack's values that are not words said: where its recorded hold is.
_NOT_WORDS = frozenset({"RECORDINGS"})


class _Pseudo:
    """Any part of a pack, every word it gives turned."""

    def __init__(self, part: object) -> None:
        self._part = part

    def __getattr__(self, name: str) -> Any:
        if name in _NOT_WORDS:
            return getattr(self._part, name)
        return _turned(getattr(self._part, name))


def pseudo_pack(pack: Words) -> Words:
    # Heard words are what people say, not what the skill says: they stay as they are.
    kept = {"language", "symptoms", "heard"}
    parts = {field: _Pseudo(getattr(pack, field)) for field in Words._fields if field not in kept}
    return Words(
        language=LANGUAGE,
        symptoms=pack.symptoms,
        heard=pack.heard,
        **cast(dict[str, Any], parts),
    )


def untransformed(text: str) -> list[str]:
    """The words of `text` that no pack gave: what is left once tags and pack words go."""
    text = re.sub(r"<[^>]*>", " ", text)
    while True:
        stripped = re.sub(f"{OPEN}[^{OPEN}{CLOSE}]*{CLOSE}", " ", text)
        if stripped == text:
            break
        text = stripped
    return re.findall(r"[A-Za-z]{2,}", text)
