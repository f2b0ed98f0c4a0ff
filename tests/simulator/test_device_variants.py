"""A hold paused, asked about, resumed and stopped on the simulated device, under each of its
settings (toolkit/simulator/variants.py): what the person hears and what is kept must not
depend on which the device is. `make device-variants` runs the whole conversation tiers
under each; this keeps a few seconds of it in every run of the suite.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from skill import lambda_function
from skill.store import person_key
from skill.store.sqlite import SqliteStore
from toolkit.simulator.device import Device
from toolkit.simulator.variants import DROPPED_NOTE, NAMES, Variants

TO_A_HOLD = (
    "Alexa, ask acupressure helper for back pain",
    "no",
    "no",
    "I will do it myself",
    "I found it",
    "five minutes",
)
SETTINGS = ["", *NAMES, ",".join(NAMES)]


def _chat(variants: Variants) -> tuple[Device, io.StringIO]:
    out = io.StringIO()
    device = Device(
        lambda_function.lambda_handler, out=out, speed=1e9, user_id="variants", variants=variants
    )
    return device, out


def _say(device: Device, out: io.StringIO, *lines: str) -> list[str]:
    start = len(out.getvalue())
    for line in lines:
        device.hear(line)
    return out.getvalue()[start:].splitlines()


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda setting: setting or "as-documented")
def test_a_hold_paused_asked_resumed_and_stopped_is_heard_and_kept(
    setting: str, skill_on_sqlite: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("AUDIO_BASE_URL", raising=False)
    device, out = _chat(Variants.named(setting))
    _say(device, out, *TO_A_HOLD)

    asked = _say(device, out, "wait 1 minute", "Alexa, ask acupressure helper for back pain")
    paused = _say(device, out, "wait 1 minute", "stop")
    resumed = _say(device, out, "wait 10 minutes", "resume")
    stopped = _say(device, out, "wait 1 minute", "Alexa, tell acupressure helper to stop")

    assert "Alexa: The hold is going: 4 minutes to go." in asked
    assert "Alexa: Paused at 2 of 5 minutes. Say Alexa, resume, when you're ready." in paused
    assert "Alexa: Carrying on: 3 minutes to go." in resumed
    assert any(line.startswith("Alexa: Stopped after 3 minutes") for line in stopped)
    assert DROPPED_NOTE not in out.getvalue().splitlines()
    store = SqliteStore(str(skill_on_sqlite))
    [hold] = store.recent_holds(person_key(device.envelopes.user_id))
    assert hold.held_seconds == 180
