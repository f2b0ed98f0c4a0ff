"""Spanish is one pack for Spain, Mexico and the United States, differing only where they do."""

from __future__ import annotations

from datetime import datetime, time

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import ReminderPlan, Repeat
from skill.routine.symptoms import Concern
from skill.speech.languages import words_for
from skill.speech.marks_said import minutes_left_words
from skill.speech.reminder_answer import reminder_set

EVENING = ReminderPlan(repeat=Repeat.DAILY, days=Days.EVERY_DAY, at=time(19))
NOW = datetime(2026, 11, 23, 9)


def test_every_spanish_locale_speaks_spanish_with_its_own_recordings() -> None:
    spain, mexico, united_states = (words_for(locale) for locale in ("es-ES", "es-MX", "es-US"))
    assert {spain.language, mexico.language, united_states.language} == {"es"}
    assert spain.phrases.welcome_new().startswith("Hola, soy Ayudante de Acupresión.")
    assert (spain.hold.RECORDINGS, mexico.hold.RECORDINGS, united_states.hold.RECORDINGS) == (
        "es-ES",
        "es-MX",
        "es-US",
    )
    # Everything else is the one pack's: the hold's words, the safety check.
    assert mexico.hold.TITLE == spain.hold.TITLE
    assert mexico.checks is spain.checks


def test_spain_says_reminder_times_on_the_24_hour_clock_and_the_americas_on_the_12() -> None:
    assert reminder_set(words_for("es-ES").reminders, EVENING, NOW) == (
        "Hecho. Se lo recordaré todos los días a las 19:00."
    )
    for locale in ("es-MX", "es-US"):
        assert reminder_set(words_for(locale).reminders, EVENING, NOW) == (
            "Hecho. Se lo recordaré todos los días a las 7 de la tarde."
        )


def test_urgent_help_names_each_country_s_number() -> None:
    for locale, number in (("es-ES", "112"), ("es-MX", "911"), ("es-US", "911")):
        said = words_for(locale).red_flags.red_flag(Concern.URGENT, locale)
        assert f"llame al {number}." in said


def test_pregnancy_sends_spain_to_a_midwife_and_the_americas_to_a_gynaecologist() -> None:
    spain = words_for("es-ES").red_flags.red_flag(Concern.MIDWIFE, "es-ES")
    mexico = words_for("es-MX").red_flags.red_flag(Concern.MIDWIFE, "es-MX")
    assert "pregunte a su matrona o a su médico" in spain
    assert "pregunte a su ginecólogo o a su médico" in mexico


def test_counts_of_minutes_shorten_uno_before_minutos() -> None:
    marks = words_for("es-ES").marks
    said = {count: minutes_left_words(marks, count) for count in (1, 21, 31, 51, 29)}

    assert said == {
        1: "Queda un minuto.",
        21: "Quedan veintiún minutos.",
        31: "Quedan treinta y un minutos.",
        51: "Quedan cincuenta y un minutos.",
        29: "Quedan veintinueve minutos.",
    }
