"""Word modules imported the first time one of their words is asked for."""

from __future__ import annotations

import importlib
from typing import Any


class OnFirstUse:
    """A word module, imported the first time one of its words is asked for.

    For the cold start: the first request of a container (a launch, "ask acupressure
    helper for back pain") says nothing of holds, progress, reminders or privacy, and those
    words bring the routine's hold, progress and reminder machinery with them.

    `regional` names a module holding only the words one locale says differently (es-MX's
    words over Spanish's): a word it holds is taken from it, any other from `module`.
    `within` names one record in the module whose fields are the words (the symptoms a
    language hears, `HEARD`): only a red flag or a denial is weighed with them.
    """

    def __init__(self, module: str, regional: str | None = None, *, within: str = "") -> None:
        self._module = module
        self._regional = regional
        self._within = within

    def __getattr__(self, word: str) -> Any:
        if self._regional is not None:
            regional = importlib.import_module(self._regional)
            if hasattr(regional, word):
                return getattr(regional, word)
        found = importlib.import_module(self._module)
        if self._within:
            found = getattr(found, self._within)
        return getattr(found, word)
