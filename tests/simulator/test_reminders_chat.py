"""`acupressure-helper chat` with reminders: Alexa's permission prompt and the reminders it sets.

Each test runs the real command in a subprocess, as a person would.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

COMMAND = Path(sys.executable).with_name("acupressure-helper")
REMINDER_TEXT = "Time for your acupressure. Say: Alexa, ask Acupressure Helper for back pain."
# The reminder a day and a half after a hold asks how the back feels; it is no call to press.
PEAK_TEXT = (
    "It's about a day and a half since your acupressure, when the effect is often at its "
    "strongest. How does your back feel now?"
)


def chat(script: str, db: Path, *options: str) -> list[str]:
    env = {key: value for key, value in os.environ.items() if key != "SESSIONS_TABLE"}
    finished = subprocess.run(
        [str(COMMAND), "chat", "--speed", "1000000", "--db", str(db), *options],
        input=script,
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=False,
    )
    assert finished.returncode == 0, finished.stderr
    assert "Traceback" not in finished.stdout + finished.stderr
    return finished.stdout.splitlines()


def after(lines: list[str], said: str) -> list[str]:
    """The lines printed in answer to the line the person said."""
    start = lines.index(f"you> {said}") + 1
    end = next((i for i in range(start, len(lines)) if lines[i].startswith("you> ")), len(lines))
    return lines[start:end]


def test_a_daily_reminder_is_asked_for_set_listed_and_a_hold_shows_in_progress(
    tmp_path: Path,
) -> None:
    script = (
        "Alexa, ask acupressure helper to remind me every day at 7 pm\n"
        "yes\n"
        "Alexa, ask acupressure helper what reminders do I have\n"
        "Alexa, ask acupressure helper for back pain\n"
        "no\nno\n"
        "I'll do it myself\n"
        "I found it\n"
        "five minutes\n"
        "wait 6 minutes\n"
        "Alexa, ask acupressure helper how am I doing\n"
    )

    lines = chat(script, tmp_path / "db.sqlite3", "--time-zone", "Europe/London")

    asked = after(lines, "Alexa, ask acupressure helper to remind me every day at 7 pm")
    assert asked[0] == "Alexa: To set a reminder, I need your permission first."
    assert asked[-1] == (
        "Alexa: (permission) May Acupressure Helper create reminders for you? "
        "You can say yes, or no."
    )
    assert after(lines, "yes") == [
        f'  [reminder] created: daily at 19:00 Europe/London — "{REMINDER_TEXT}"',
        "Alexa: Done. I'll remind you every day at 7 pm.",
        "  (session ended)",
    ]
    assert after(lines, "Alexa, ask acupressure helper what reminders do I have")[:2] == [
        f'  [reminder] listed: daily at 19:00 Europe/London — "{REMINDER_TEXT}"',
        "Alexa: You have one reminder from me: every day at 7 pm. "
        "To stop it, say: cancel my reminders.",
    ]
    doing = after(lines, "Alexa, ask acupressure helper how am I doing")
    assert doing[0].startswith("Alexa: In the last 7 days you've done 1 hold, 5 minutes in all.")


@pytest.mark.slow  # a whole chat in a process of its own
def test_no_to_the_prompt_sets_nothing_and_is_not_asked_again(tmp_path: Path) -> None:
    script = (
        "Alexa, open acupressure helper\n"
        "remind me every day at 8 am\n"
        "no\n"
        "remind me tomorrow at 8 am\n"
        "what reminders do I have\n"
    )

    lines = chat(script, tmp_path / "db.sqlite3", "--time-zone", "America/New_York")

    assert after(lines, "no")[0].startswith("Alexa: Okay, no reminder.")
    again = after(lines, "remind me tomorrow at 8 am")
    assert again[0].startswith("Alexa: I can't set reminders without your permission.")
    assert not any("(permission)" in line for line in again)
    assert not any("[reminder]" in line for line in lines)
    assert after(lines, "what reminders do I have")[0] == (
        "Alexa: You haven't allowed me to set reminders, so there aren't any from me. "
        "Shall we start?"
    )


@pytest.mark.slow  # a whole chat in a process of its own
def test_the_day_and_a_half_reminder_is_set_on_the_clock_and_cancelled_by_voice(
    tmp_path: Path,
) -> None:
    # A day and a half from now may land at night, when a daytime hour is offered first:
    # the second "yes" takes it (by day it is said after the session has ended, and the
    # device answers it itself).
    script = (
        "Alexa, ask acupressure helper to remind me in a day and a half\n"
        "yes\n"
        "yes\n"
        "Alexa, ask acupressure helper to cancel my reminders\n"
    )

    lines = chat(script, tmp_path / "db.sqlite3", "--time-zone", "Asia/Kolkata")

    created = [line for line in lines if line.startswith("  [reminder] created: once at ")]
    assert len(created) == 1
    assert created[0].endswith(f' Asia/Kolkata — "{PEAK_TEXT}"')
    assert any("the effect is often at its strongest" in line for line in lines)
    cancelled = after(lines, "Alexa, ask acupressure helper to cancel my reminders")
    assert created[0].replace("created", "cancelled") in cancelled
    assert "Alexa: Done. I've cancelled your reminder." in cancelled


def test_an_unknown_time_zone_is_refused_before_anything_starts(tmp_path: Path) -> None:
    finished = subprocess.run(
        [str(COMMAND), "chat", "--db", str(tmp_path / "db.sqlite3"), "--time-zone", "Mars/Base"],
        input="",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert finished.returncode == 2
    assert "no time zone is called 'Mars/Base'" in finished.stderr


@pytest.mark.slow  # a whole chat in a process of its own
def test_each_voice_keeps_its_own_reminders_from_one_chat_to_the_next(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    set_it = "Alexa, ask acupressure helper to remind me every day at 7\nin the evening\nyes\n"
    listing = "Alexa, ask acupressure helper what reminders do I have\n"

    first = chat(set_it, db, "--person", "ann")
    later = chat(listing + set_it.splitlines()[0] + "\n", db, "--person", "ann")
    someone_else = chat(listing, db, "--person", "ben")

    assert after(first, "Alexa, ask acupressure helper to remind me every day at 7") == [
        "Alexa: 7 in the morning, or in the evening?",
        "  (if you say nothing: Say morning or evening.)",
    ]
    assert after(first, "yes")[-2] == "Alexa: Done. I'll remind you every day at 7 pm."
    assert "Alexa: You have one reminder from me: every day at 7 pm." in " ".join(
        after(later, listing.strip())
    )
    assert "(permission)" not in "\n".join(later)
    assert "Alexa: You don't have any reminders from me." in after(someone_else, listing.strip())


@pytest.mark.slow  # a whole chat in a process of its own
def test_the_alexa_account_outlives_one_chat(tmp_path: Path) -> None:
    db = tmp_path / "db.sqlite3"
    chat(
        "Alexa, ask acupressure helper to remind me every day at 7 pm\nyes\n",
        db,
        "--time-zone",
        "Asia/Kolkata",
    )

    asked = "Alexa, ask acupressure helper what reminders do I have"
    lines = chat(f"{asked}\n", db)

    # As on a real account: the permission, the reminder and the time zone are still there.
    listed = after(lines, asked)
    assert listed[0] == f'  [reminder] listed: daily at 19:00 Asia/Kolkata — "{REMINDER_TEXT}"'
    assert listed[1].startswith("Alexa: You have one reminder from me: every day at 7 pm.")
    assert (tmp_path / "db.alexa-account.json").is_file()
    other = chat(f"{asked}\n", db, "--user", "someone-else")
    assert not any("[reminder] listed" in line for line in other)


@pytest.mark.parametrize(
    ("locale", "zone", "asked", "question", "yes"),
    [
        (
            "de-DE",
            "Europe/Berlin",
            "Alexa, frage akupressur helfer erinnere mich jeden tag um 19 uhr",
            "Darf Akupressur Helfer Erinnerungen für Sie erstellen? Sie können ja oder nein sagen.",
            "ja",
        ),
        (
            "es-MX",
            "America/Mexico_City",
            "alexa pide a ayudante de acupresión que me recuerde todos los días "
            "a las 7 de la tarde",
            "¿Permite que Ayudante de Acupresión cree recordatorios para usted? "
            "Puede decir sí o no.",
            "sí",
        ),
        (
            "fr-FR",
            "Europe/Paris",
            "alexa demande à acupression du dos de me rappeler tous les jours à 19 h",
            "Autorisez-vous Acupression du dos à créer des rappels pour vous ? "
            "Vous pouvez dire oui ou non.",
            "oui",
        ),
    ],
)
def test_alexas_permission_prompt_is_in_the_persons_language(
    tmp_path: Path, locale: str, zone: str, asked: str, question: str, yes: str
) -> None:
    lines = chat(
        f"{asked}\n{yes}\n", tmp_path / "db.sqlite3", "--locale", locale, "--time-zone", zone
    )

    assert after(lines, asked)[-1] == f"Alexa: (permission) {question}"
    created = after(lines, yes)[0]
    assert created.startswith("  [reminder] created: daily at 19:00 ")


@pytest.mark.parametrize(
    ("locale", "opening"),
    [
        ("de-DE", "Alexa, öffne akupressur helfer"),
        ("es-MX", "Alexa, abre ayudante de acupresión"),
        ("fr-CA", "Alexa, ouvre acupression du dos"),
    ],
)
def test_with_no_session_open_the_device_says_how_to_open_it_in_the_persons_language(
    tmp_path: Path, locale: str, opening: str
) -> None:
    lines = chat("hallo\n", tmp_path / "db.sqlite3", "--locale", locale)

    assert after(lines, "hallo") == [f'(no skill session is open: say "{opening}")']
