"""The chatting person's Alexa account: what it remembers between chats, and its APIs."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

from skill.alexa.api_client import CA_BUNDLE_ENV
from skill.store import default_db_path
from toolkit.chat.options import local_time_zone
from toolkit.simulator import account
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.device import Device


class ChatAccount:
    """The account as one chat uses it: read when the chat starts, kept when it ends."""

    def __init__(self, user: str, time_zone: str | None) -> None:
        self._user = user
        store = Path(os.environ.get("ACUPRESSURE_DB") or default_db_path())
        self._file = account.account_file(store)
        self._known = account.load(self._file, user)
        self.apis = start_alexa_apis(time_zone or self._known.time_zone or local_time_zone())
        self._scopes: set[str] = set(self._known.scopes)
        self._device: Device | None = None

    def bring_to(self, device: Device) -> None:
        """Give the device what the account remembers: permissions, reminders, its last audio."""
        self._device = device
        self._scopes = device.envelopes.granted_scopes
        if self.apis is not None:
            account.restore(self.apis, self._scopes, self._known)
        if self._known.player is not None:
            device.player.restore(self._known.player)

    def keep(self) -> None:
        """Keep what outlives the chat beside the store, and stop Alexa's APIs."""
        if self.apis is None:
            return
        with contextlib.suppress(OSError):
            player = self._device.player.snapshot() if self._device is not None else None
            account.save(self._file, self._user, account.capture(self.apis, self._scopes, player))
        self.apis.stop()


def start_alexa_apis(time_zone: str) -> AlexaApis | None:
    """Alexa's reminders and time-zone APIs, served locally for the skill to call."""
    try:
        # What outlives the chat (reminders, permissions) is kept by toolkit.simulator.account.
        apis = AlexaApis(time_zone=time_zone).start()
    except ImportError as error:
        print(f"(reminders are off: {error.name} is not installed)", file=sys.stderr)
        return None
    # The skill runs in this process: let its API client trust the local certificate.
    os.environ[CA_BUNDLE_ENV] = apis.ca_file
    return apis
