"""What the skill says in Spanish about reminders, and what the reminder says when it rings.

Spain says times on the 24-hour clock ("a las 19:00"); Mexico and the United States on
the 12-hour clock ("a las 7 de la tarde"). The words are the same otherwise, so one class
speaks both, given the clock: IN_SPAIN and IN_THE_AMERICAS.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime, time

from skill.routine.reminder_days import Days
from skill.routine.reminder_plan import PEAK_EFFECT_SECONDS, PlanProblem, ReminderPlan, Repeat
from skill.speech.es.common import ASK_AGAIN
from skill.speech.es.time_words import at_clock, clock_12, clock_24, day_ahead

_PROBLEMS = {
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


def _delay(seconds: int) -> str:
    if seconds == PEAK_EFFECT_SECONDS:
        return "dentro de un día y medio"
    if seconds % 86400 == 0:
        days = seconds // 86400
        return "dentro de 1 día" if days == 1 else f"dentro de {days} días"
    if seconds % 3600 == 0:
        hours = seconds // 3600
        return "dentro de 1 hora" if hours == 1 else f"dentro de {hours} horas"
    minutes = round(seconds / 60)
    return "dentro de 1 minuto" if minutes == 1 else f"dentro de {minutes} minutos"


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
        self._example = at
        self._morning = morning

    def _at(self, at: time) -> str:
        return at_clock(self._clock(at))

    def problem(self, found: PlanProblem) -> str:
        return _PROBLEMS[found]

    def ask_time_on(self, day: date, today: date) -> str:
        return f"¿A qué hora {day_ahead(day, today)}? Puede decir: {self._example}."

    def ask_daily_time(self, days: Days) -> str:
        if days == Days.EVERY_DAY:
            return self.ASK_DAILY_TIME
        return f"¿A qué hora, {_EVERY[days]}? Puede decir: {self._morning}."

    def when(self, plan: ReminderPlan, now: datetime) -> str:
        """When a plan rings, said plainly ("todos los días a las 19:00")."""
        today = now.date()
        match plan.repeat:
            case Repeat.DAILY:
                every = _EVERY[plan.days]
                return f"{every} {self._at(plan.at)}" if plan.at else every
            case Repeat.ONCE:
                first = plan.first_time(now)
                return f"{day_ahead(first.date(), today)} {self._at(first.time())}"
            case Repeat.AFTER:
                first = plan.first_time(now)
                at = f"{day_ahead(first.date(), today)} hacia {self._at(first.time())}"
                return f"{_delay(plan.after_seconds or 0)}, {at}"

    def reminder_set(self, plan: ReminderPlan, now: datetime) -> str:
        said = f"Hecho. Se lo recordaré {self.when(plan, now)}."
        if plan.at_peak:
            return f"{said} Hacia entonces el efecto suele ser más fuerte: le preguntaré cómo está."
        return said

    def daytime_offer(self, rings: datetime, instead: datetime, today: date) -> str:
        """A reminder worked out from a wait would ring at night: offer a daytime hour."""
        day = day_ahead(instead.date(), today)
        return (
            f"Eso sería {self._at(rings.time())}, de noche. "
            f"¿Se lo recuerdo {day} {self._at(instead.time())}?"
        )

    def ask_own_time(self, day: date, today: date) -> str:
        """No to the daytime hour offered: what time would suit them."""
        return f"De acuerdo. ¿A qué hora le viene bien {day_ahead(day, today)}?"

    def listed(self, plans: Sequence[ReminderPlan], now: datetime) -> str:
        if not plans:
            return self.NO_REMINDERS
        times = [self.when(plan, now) for plan in plans]
        if len(times) == 1:
            return f"Tiene un recordatorio mío: {times[0]}. {self.HOW_TO_CANCEL_ONE}"
        joined = ", ".join(times[:-1]) + f" y {times[-1]}"
        return f"Tiene {len(times)} recordatorios míos: {joined}. {self.HOW_TO_CANCEL}"

    def cancelled(self, count: int) -> str:
        if count == 1:
            return "Hecho. He cancelado su recordatorio."
        return f"Hecho. He cancelado sus {count} recordatorios."

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

    def already_set(self, plan: ReminderPlan, now: datetime) -> str:
        """The person asked for a reminder they already have: no second one."""
        return f"Ya tiene un recordatorio mío {self.when(plan, now)}, así que no he puesto otro."

    def _times(self, plans: Sequence[ReminderPlan], now: datetime) -> str:
        said = [self.when(plan, now) for plan in plans]
        return said[0] if len(said) == 1 else ", ".join(said[:-1]) + f" y {said[-1]}"

    def cancelled_these(self, plans: Sequence[ReminderPlan], now: datetime) -> str:
        noun = "su recordatorio" if len(plans) == 1 else "sus recordatorios"
        return f"Hecho. He cancelado {noun} {self._times(plans, now)}."

    def none_at(self, said: str | None, plans: Sequence[ReminderPlan], now: datetime) -> str:
        """Nothing at the time named: say what there is instead."""
        if not plans:
            return self.NOTHING_TO_CANCEL
        named = _PARTS.get(said or "", "a esa hora")
        return f"No tiene ningún recordatorio mío {named}. Tiene: {self._times(plans, now)}."

    def cancelled_with_data(self, count: int) -> str:
        if count == 1:
            return "También he cancelado su recordatorio."
        return f"También he cancelado sus {count} recordatorios."


IN_SPAIN = SpanishReminders(clock_24, time(19))
IN_THE_AMERICAS = SpanishReminders(clock_12, time(19))
