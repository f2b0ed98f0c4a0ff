"""`acupressure-helper chat --locale es-MX`: a Mexican speaker's whole hold, heard in Spanish.

The local device hears Spanish through the es-MX model, and its player shows what the
Latin American recording says at each mark: no English from the skill or the recording.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = str(Path(sys.executable).with_name("acupressure-helper"))
SCRIPT = [
    "Alexa, pide a ayudante de acupresión cinco minutos para la espalda",
    "no",
    "qué va",
    "yo mero",
    "ya lo encontré",
]


@pytest.mark.slow  # the command in a process of its own
def test_a_hold_in_mexican_spanish_is_spoken_and_counted_in_spanish(tmp_path: Path) -> None:
    done = subprocess.run(
        [COMMAND, "chat", "--locale", "es-MX", "--fresh", "--db", str(tmp_path / "chat.sqlite3")],
        input="\n".join(SCRIPT) + "\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    said = done.stdout
    assert "5 minutos, anotado." in said
    assert "/audio/es-MX/" in said
    for mark in ("Quedan cinco minutos.", "Queda un minuto.", "Diez.", "Ya puede soltar"):
        assert mark in said, mark
    assert "minutes left" not in said
    assert "let go" not in said
