"""What the skill says in Spanish about reminders, and what the reminder says when it rings.

Spain says times on the 24-hour clock ("a las 19:00"); Mexico and the United States on
the 12-hour clock ("a las 7 de la tarde"). The words are the same otherwise, so one class
speaks both, given the clock: IN_SPAIN and IN_THE_AMERICAS.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PlanProblem
from skill.speech.es.common import ASK_AGAIN
from skill.speech.es.time_words import at_clock, clock_12, clock_24, day_ahead

PROBLEMS = {
    PlanProblem.UNCLEAR: "Perdone, no he entendido cuándo.",
    PlanProblem.PAST: "Esa hora ya ha pasado.",
    PlanProblem.TOO_SOON: "Es demasiado pronto para un recordatorio.",
    PlanProblem.TOO_FAR: "Es más adelante de lo que puedo programar.",
}
_EVERY = {
    Days.EVERY_DAY: "todos los días",
    Days.WEEKDAYS: "de lunes a viernes",
    Days.WEEKENDS: "los sábados y domingos",
}
_PARTS = {"MO": "por la mañana", "AF": "por la tarde", "EV": "por la tarde", "NI": "por la noche"}


class SpanishReminders:
    """Reminder words, with times on the given clock."""

    # Alexa speaks this when the reminder rings; it says how to start.
    REMINDER_TEXT = f"Es la hora de su acupresión. Para empezar, {ASK_AGAIN}."
    # The reminder a day and a half after a hold says what that moment is, not "press again".
    PEAK_REMINDER_TEXT = (
        "Hace un día y medio de su acupresión, cuando el efecto suele ser más fuerte. "
        "¿Cómo nota la espalda ahora?"
    )
    DAYTIME_REPROMPT = "¿Se lo pongo a esa hora del día? Diga sí, o no."
    PERMISSION_LEAD = "Para ponerle un recordatorio, primero necesito su permiso."
    DECLINED = (
        "De acuerdo, sin recordatorio. Si cambia de opinión, puede permitir los recordatorios "
        "de Ayudante de Acupresión en la app de Alexa."
    )
    NOT_ANSWERED = "De acuerdo, por ahora no le pongo ningún recordatorio."
    STILL_DECLINED = (
        "No puedo poner recordatorios sin su permiso. Puede permitirlos "
        "para Ayudante de Acupresión en la app de Alexa."
    )
    BUSY = "Los recordatorios están ocupados ahora mismo. Pídamelo otra vez dentro de un minuto."
    UNREACHABLE = (
        "Ahora mismo no he podido llegar a sus recordatorios. Pídamelo otra vez en un rato."
    )
    NO_REMINDERS = "No tiene ningún recordatorio mío."
    NOT_ALLOWED_TO_LIST = (
        "No me ha dado permiso para poner recordatorios, así que no tiene ninguno mío."
    )
    HOW_TO_CANCEL_ONE = "Para quitarlo, diga: cancela mis recordatorios."
    NOTHING_TO_CANCEL = "No tiene ningún recordatorio mío que cancelar."
    REMINDERS_LEFT = (
        "Pero no he podido llegar a sus recordatorios para cancelarlos. "
        "Puede quitarlos en la app de Alexa, en Recordatorios."
    )
    ASK_AM_PM_REPROMPT = "Diga por la mañana, o por la tarde."
    PROBLEMS = PROBLEMS

    # The pieces skill.speech.reminder_answer puts together, and its sentences with slots:
    # where a pair is given, the first is for one reminder, the second for more.
    EVERY = _EVERY
    PARTS = _PARTS
    AT_THAT_TIME = "a esa hora"
    AND = LIST_AND = " y "

    IN_A_DAY_AND_A_HALF = "dentro de un día y medio"
    IN_DAYS = ("dentro de 1 día", "dentro de {count} días")
    IN_HOURS = ("dentro de 1 hora", "dentro de {count} horas")
    IN_MINUTES = ("dentro de 1 minuto", "dentro de {count} minutos")

    SET = "Hecho. Se lo recordaré {when}."
    SET_AT_PEAK = "Hacia entonces el efecto suele ser más fuerte: le preguntaré cómo está."
    ALREADY_SET = "Ya tiene un recordatorio mío {when}, así que no he puesto otro."
    NONE_AT = "No tiene ningún recordatorio mío {named}. Tiene: {times}."
    CANCELLED = (
        "Hecho. He cancelado su recordatorio.",
        "Hecho. He cancelado sus {count} recordatorios.",
    )
    CANCELLED_THESE = (
        "Hecho. He cancelado su recordatorio {times}.",
        "Hecho. He cancelado sus recordatorios {times}.",
    )
    CANCELLED_WITH_DATA = (
        "También he cancelado su recordatorio.",
        "También he cancelado sus {count} recordatorios.",
    )

    def __init__(self, clock: Callable[[time], str], example: time) -> None:
        self._clock = clock
        # A time to give as an example ("a las 19:00" in Spain, "a las 7 de la tarde").
        at = at_clock(clock(example))
        morning = at_clock(clock(time(8)))
        self.ASK_WHEN = (
            f"¿Cuándo quiere que se lo recuerde? Puede decir: todos los días {at}, "
            f"o: mañana {morning}."
        )
        self.ASK_WHEN_REPROMPT = f"Diga cuándo, por ejemplo: todos los días {at}."
        self.ASK_DAILY_TIME = f"¿A qué hora cada día? Puede decir: todos los días {at}."
        self.OFFER = (
            "Hola de nuevo, y enhorabuena por terminar su primera sesión. Si le ayuda un "
            f"recordatorio, diga: recuérdamelo todos los días {at}."
        )
        self.HOW_TO_CANCEL = (
            f"Para quitar uno, diga su hora, como: cancela el recordatorio {at}. "
            "O diga: cancela mis recordatorios."
        )
        self.ASK_TIME_EVERY = f"¿A qué hora, {{every}}? Puede decir: {morning}."
        self.LISTED = (
            f"Tiene un recordatorio mío: {{times}}. {self.HOW_TO_CANCEL_ONE}",
            f"Tiene {{count}} recordatorios míos: {{times}}. {self.HOW_TO_CANCEL}",
        )
        self._example = at

    def at(self, when: time) -> str:
        return at_clock(self._clock(when))

    def about(self, when: time) -> str:
        return f"hacia {self.at(when)}"

    def day_ahead(self, day: date, today: date) -> str:
        return day_ahead(day, today)

    def ask_time_on(self, day: date, today: date) -> str:
        return f"¿A qué hora {day_ahead(day, today)}? Puede decir: {self._example}."

    def daytime_offer(self, rings: datetime, instead: datetime, today: date) -> str:
        """A reminder worked out from a wait would ring at night: offer a daytime hour."""
        day = day_ahead(instead.date(), today)
        return (
            f"Eso sería {self.at(rings.time())}, de noche. "
            f"¿Se lo recuerdo {day} {self.at(instead.time())}?"
        )

    def ask_own_time(self, day: date, today: date) -> str:
        """No to the daytime hour offered: what time would suit them."""
        return f"De acuerdo. ¿A qué hora le viene bien {day_ahead(day, today)}?"

    def cancelled_some(self, done: int, total: int) -> str:
        return (
            f"He cancelado {done} de sus {total} recordatorios. "
            "Diga cancela mis recordatorios otra vez para el resto."
        )

    def partly_cancelled(self, done: int, total: int) -> str:
        return (
            f"He cancelado {done} de sus {total} recordatorios, pero no he podido llegar al resto. "
            "Pídamelo otra vez en un rato."
        )

    def ask_am_or_pm(self, hour: int) -> str:
        """Asked when an hour came without morning or evening."""
        article = "la" if hour == 1 else "las"
        return f"¿A {article} {hour} de la mañana, o de la tarde?"


IN_SPAIN = SpanishReminders(clock_24, time(19))
IN_THE_AMERICAS = SpanishReminders(clock_12, time(19))
