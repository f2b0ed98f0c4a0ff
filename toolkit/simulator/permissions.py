"""Alexa's voice permission prompt, as the simulated device asks it.

When the skill answers with `Connections.SendRequest` (name "AskFor"), Alexa itself asks
the person whether the skill may have the permission; the next thing they say is the
answer, and Alexa tells the skill how it went with a `Connections.Response`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from toolkit.simulator.envelopes import SEND_REQUEST
from toolkit.simulator.spoken import Spoken, spoken_for

ASK_FOR = "AskFor"


@dataclass(frozen=True)
class PermissionAnswer:
    """What goes back to the skill: the scopes asked for, and ACCEPTED, DENIED or NOT_ANSWERED."""

    token: str
    scopes: tuple[str, ...]
    status: str

    @property
    def payload(self) -> dict[str, Any]:
        return {"permissionScope": self.scopes[0] if self.scopes else "", "status": self.status}


class PermissionPrompt:
    """Notices a permission request in the skill's answer, and reads the person's reply to it."""

    def __init__(self, skill_name: str, spoken: Spoken | None = None) -> None:
        self._skill_name = skill_name
        self._spoken = spoken or spoken_for("en")
        self._asked: Mapping[str, Any] | None = None

    @property
    def pending(self) -> bool:
        return self._asked is not None

    def asked(self, response: Mapping[str, Any]) -> str | None:
        """The prompt Alexa says, if this answer asks for a permission."""
        directives = (response.get("response") or {}).get("directives") or []
        for directive in directives:
            if directive.get("type") == SEND_REQUEST and directive.get("name") == ASK_FOR:
                self._asked = directive
                # One scope at a time, as the skill asks: said in the person's language.
                wanted = ", ".join(
                    self._spoken.PERMISSION_WANTED.get(scope, scope) for scope in self._scopes()
                )
                question = self._spoken.PERMISSION_QUESTION.format(
                    skill=self._skill_name, wanted=wanted
                )
                return f"Alexa: (permission) {question}"
        return None

    def answer(self, said: Sequence[str]) -> PermissionAnswer:
        """The person's reply to the prompt, which it settles."""
        scopes = tuple(self._scopes())
        token = str((self._asked or {}).get("token") or "")
        self._asked = None
        words = " ".join(said)
        yes, no = self._spoken.PERMISSION_YES, self._spoken.PERMISSION_NO
        status = "ACCEPTED" if words in yes else "DENIED" if words in no else "NOT_ANSWERED"
        return PermissionAnswer(token, scopes, status)

    def drop(self) -> None:
        """The session ended before any answer."""
        self._asked = None

    def _scopes(self) -> list[str]:
        payload = (self._asked or {}).get("payload") or {}
        return [
            str(entry.get("permissionScope"))
            for entry in payload.get("permissionScopes") or []
            if entry.get("permissionScope")
        ]
