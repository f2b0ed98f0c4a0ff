"""A simulated device talking to the scripted skill, with what it printed, sent and spoke."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass, field
from typing import Any

from tests.simulator import scripted_skill
from toolkit.simulator.device import Device


@dataclass
class Conversation:
    device: Device
    out: io.StringIO
    log: io.StringIO
    spoken: list[str] = field(default_factory=list)

    def say(self, *lines: str) -> list[str]:
        """Say each line; the lines printed in answer."""
        start = len(self.out.getvalue())
        for line in lines:
            self.device.hear(line)
        return self.out.getvalue()[start:].splitlines()

    def leave(self) -> list[str]:
        """End of input: the lines printed as the device lets go."""
        start = len(self.out.getvalue())
        self.device.finish()
        return self.out.getvalue()[start:].splitlines()

    @property
    def sent(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.log.getvalue().splitlines()]

    @property
    def request_types(self) -> list[str]:
        return [envelope["request"]["type"] for envelope in self.sent]


def start_conversation(**options: Any) -> Conversation:
    out, log = io.StringIO(), io.StringIO()
    spoken: list[str] = []
    device = Device(
        scripted_skill.handler, out=out, request_log=log, speak=spoken.append, **options
    )
    return Conversation(device, out, log, spoken)
