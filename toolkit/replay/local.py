"""Replays played on the local device, as `acupressure-helper chat` plays what is typed."""

from __future__ import annotations

import io
from datetime import datetime

from toolkit.replay.replays import Replay
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.device import Device
from toolkit.simulator.skill_endpoint import Handler

SAYS = "Alexa: "
# Piped lines have nobody to wait for: the chat's own pace (an hour of hold a second).
PACE = 3600


def alexa_said(printed: str) -> str:
    """What Alexa said in the device's printed lines, as one text (its prompts included)."""
    said = [line[len(SAYS) :] for line in printed.splitlines() if line.startswith(SAYS)]
    return " ".join(said)


class LocalDevice:
    """One person's device, printing to itself so each answer can be read back."""

    def __init__(
        self,
        handler: Handler,
        *,
        user: str,
        locale: str,
        apis: AlexaApis | None = None,
        switched_on: datetime | None = None,
    ) -> None:
        """A device switched on now, or at `switched_on` (a fixed moment, for tests)."""
        self._out = io.StringIO()
        self.device = Device(
            handler,
            out=self._out,
            locale=locale,
            user_id=user,
            speed=PACE,
            alexa_apis=apis,
            switched_on=switched_on,
        )

    def _printed_by(self, action: object) -> str:
        start = len(self._out.getvalue())
        if callable(action):
            action()
        return self._out.getvalue()[start:]

    def say(self, line: str) -> str:
        """What Alexa says to `line`."""
        return alexa_said(self._printed_by(lambda: self.device.hear(line)))

    def play(self, replay: Replay) -> list[str]:
        """What Alexa says to each of the replay's lines."""
        return [self.say(line) for line in replay.lines]

    def let_go(self) -> str:
        """The person stops talking: the session ends and any hold plays to its end; what
        the device printed meanwhile (the hold's marks)."""

        def finish() -> None:
            self.device.finish()
            self.device.play_on()

        return self._printed_by(finish)
