"""The simulated person's Alexa account and device, kept beside the store between chats.

On a real account, what a person granted, the reminders set for them and their
device's time zone outlive any one conversation: "what reminders do I have?" next week
lists what was set today. The local device keeps the same in a JSON file next to the
`--db` file, one entry per simulated person (under a hash of their id, as the skill
keeps people), with what their device's player last played: a device remembers it, and
reports it (stopped) with the next request, so a paused hold can be carried on.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from skill.store import person_key
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.reminders import StoredReminder

SUFFIX = ".alexa-account.json"


def account_file(db: Path) -> Path:
    """Where the account lives for this store file: `sessions.sqlite3` -> beside it."""
    return db.with_name(db.stem + SUFFIX)


@dataclass
class Account:
    time_zone: str | None = None
    scopes: set[str] = field(default_factory=set)
    reminders: list[StoredReminder] = field(default_factory=list)
    # The device's player when the chat ended: its last stream and where it stopped.
    player: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "time_zone": self.time_zone,
            "scopes": sorted(self.scopes),
            "player": self.player,
            "reminders": [
                {
                    "alert_token": reminder.alert_token,
                    "request": reminder.request,
                    "created_at": reminder.created_at.isoformat(),
                    "status": reminder.status,
                }
                for reminder in self.reminders
            ],
        }

    @classmethod
    def from_json(cls, data: Any) -> Account:
        if not isinstance(data, dict):
            return cls()
        reminders = []
        for entry in data.get("reminders") or []:
            with contextlib.suppress(KeyError, TypeError, ValueError):
                reminders.append(
                    StoredReminder(
                        alert_token=str(entry["alert_token"]),
                        request=dict(entry["request"]),
                        created_at=datetime.fromisoformat(entry["created_at"]),
                        status=str(entry.get("status", "ON")),
                    )
                )
        zone = data.get("time_zone")
        scopes = data.get("scopes") or []
        player = data.get("player")
        return cls(
            player=player if isinstance(player, dict) else None,
            time_zone=zone if isinstance(zone, str) else None,
            scopes={scope for scope in scopes if isinstance(scope, str)},
            reminders=reminders,
        )


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def load(path: Path, user_id: str) -> Account:
    """The person's account as last kept; a fresh one if there is none (or it is unreadable)."""
    return Account.from_json(_read(path).get(person_key(user_id)))


def save(path: Path, user_id: str, account: Account) -> None:
    """Keep the person's account, leaving other people's in the file as they were."""
    people = _read(path)
    people[person_key(user_id)] = account.to_json()
    path.parent.mkdir(parents=True, exist_ok=True)
    written = path.with_name(path.name + ".tmp")
    written.write_text(json.dumps(people, indent=1, sort_keys=True), encoding="utf-8")
    os.replace(written, path)


def restore(apis: AlexaApis, scopes: set[str], account: Account) -> None:
    """Put a kept account back into the local APIs and the device's granted scopes."""
    apis.reminders = {reminder.alert_token: reminder for reminder in account.reminders}
    scopes.update(account.scopes)
    apis.permission_granted = bool(account.scopes)


def capture(apis: AlexaApis, scopes: set[str], player: dict[str, Any] | None) -> Account:
    return Account(
        time_zone=apis.time_zone,
        scopes=set(scopes),
        reminders=list(apis.reminders.values()),
        player=player,
    )
