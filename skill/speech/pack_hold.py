"""What a language pack says about the hold, progress, preferences, privacy and reminders."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Protocol

# The interfaces name these types only in hints: importing them would load the hold,
# progress and reminder machinery into every cold start.
if TYPE_CHECKING:
    from skill.routine.cadence import Cadence
    from skill.routine.hold_segments import Closing
    from skill.routine.progress import LastHold, Progress
    from skill.routine.reminder_days import Days
    from skill.routine.reminder_plan import PlanProblem
    from skill.routine.speech_rate import SpeechRate


class HoldWords(Protocol):
    """What is said about a hold: starting, pausing, carrying on, ending.

    Which sentence, and the minutes in it, is chosen once for every language in
    skill.speech.hold_answer; a pair is for under a minute (or one), then for more.
    """

    # The folder of this language's (or locale's) recorded hold under the audio address:
    # "" for English's, "de-DE" for German's (toolkit.audio.render --locale).
    RECORDINGS: str
    TITLE: str
    PRESS_NOW: str
    CONTROLS: str
    SPOKEN_CONTROLS: str
    STARTING_OVER: str
    START_HINT: str
    NO_HOLD_RUNNING: str
    CONTINUE: str
    SPOKEN_HELP: str
    CONTINUE_REPROMPT: str
    RESUME_HINT: str
    HOLD_HELP: str
    HOLD_SAFETY: str
    RATE_AFTER_THE_HOLD: str
    HOLD_FINISHED: str
    HOLD_ENDED: str
    ANOTHER_HINT: str
    CARRY_ON_REPROMPT: str
    NOT_CAUGHT_IN_HOLD: str
    AFTER_THE_HOLD: str

    LESS_THAN_A_MINUTE_LEFT: str
    ABOUT_LEFT: tuple[str, str]  # {minutes}
    STOPPED: tuple[str, str]  # {minutes}
    GOING: tuple[str, str]  # {minutes}
    CARRYING_ON: tuple[str, str]  # {minutes}
    PAUSED_AT: tuple[str, str]  # {length}, {total}; {done} {total}
    OFFER_CARRY_ON: tuple[str, str]  # {length}, {total}; {done} {total}
    PAUSED_HOLD: tuple[str, str]  # under a minute: {length}, {total}; {done} {total}
    HELD: tuple[str, str]  # {minutes}, {count}
    KEPT: str  # {held}
    PAUSED_FOR_ADVICE: tuple[str, str]  # {held}
    KEPT_STARTING_OVER: str  # {held}

    def subtitle(self, total_minutes: int) -> str: ...
    def minutes(self, count: int) -> str: ...


class HoldMarks(Protocol):
    """What the hold itself says as it counts down, and promises at its start.

    Which sentence, and the numbers in it, is chosen once for every language in
    skill.speech.marks_said.
    """

    MINUTES_LEFT: tuple[str, str]  # {number}: one minute, then more
    STAY_QUIET: str
    CHIME_AT: str  # {to_go}
    LAST_TEN_SECONDS: str
    EVERY_MINUTE: str
    TELL_AT: str  # {to_go}
    AT_ONE_MINUTE: str
    AT_FIRST: str  # {number}
    AND_AT_ONE: str  # {first}
    THEN_EVERY: str  # {first} {step}

    @property
    def CLOSING_WORDS(self) -> Mapping[Closing, str]: ...  # noqa: N802 - a pack's constant
    def number_words(self, number: int) -> str: ...
    def minute_words(self, count: int) -> str: ...


class PreferenceWords(Protocol):
    """Preferences and pain ratings."""

    RATING_UNCLEAR: str
    RATING_REPROMPT: str
    RATE_WHEN_DONE: str
    KEEP_QUESTION: str
    KEEP_REPROMPT: str
    KEEPING: str
    NOT_KEEPING: str
    STOPPED_KEEPING: str
    STOPPED_KEEPING_NOT_DELETED: str

    def usual_set(self, count: int) -> str: ...
    def cadence_set(self, cadence: Cadence) -> str: ...
    def rate_set(self, rate: SpeechRate, *, changed: bool) -> str: ...
    def rated_before(self, rating: int) -> str: ...
    def rated_after(self, before: int | None, after: int) -> str: ...


class PrivacyWords(Protocol):
    """Deleting what is kept."""

    DELETE_QUESTION: str
    DELETE_REPROMPT: str
    NOT_DELETED: str
    KEPT: str
    KEPT_GOODBYE: str

    def deleted_with(self, reminders: str | None) -> str: ...


class ProgressWords(Protocol):
    """How the person is doing."""

    NO_HOLDS_YET: str
    HOLDS_UNREADABLE: str
    RATING_HINT: str

    def last_hold(self, last: LastHold | None, today: date) -> str: ...
    def week(self, found: Progress) -> str: ...
    def in_a_row(self, days: int) -> str: ...
    def pain(self, change: float) -> str: ...


class ReminderWords(Protocol):
    """Reminders, and the permission they need.

    Which sentence, and what goes in its slots, is chosen once for every language in
    skill.speech.reminder_answer; a pair is for one reminder, then for more.
    """

    BUSY: str
    REMINDER_TEXT: str
    PEAK_REMINDER_TEXT: str
    DAYTIME_REPROMPT: str
    ASK_WHEN: str
    ASK_WHEN_REPROMPT: str
    ASK_DAILY_TIME: str
    PERMISSION_LEAD: str
    DECLINED: str
    NOT_ANSWERED: str
    STILL_DECLINED: str
    UNREACHABLE: str
    NO_REMINDERS: str
    NOT_ALLOWED_TO_LIST: str
    NOTHING_TO_CANCEL: str
    REMINDERS_LEFT: str
    ASK_AM_PM_REPROMPT: str
    OFFER: str
    AT_THAT_TIME: str
    AND: str
    LIST_AND: str
    IN_A_DAY_AND_A_HALF: str
    IN_DAYS: tuple[str, str]
    IN_HOURS: tuple[str, str]
    IN_MINUTES: tuple[str, str]

    SET: str  # {when}
    SET_AT_PEAK: str
    ASK_TIME_EVERY: str  # {every}
    ALREADY_SET: str  # {when}
    NONE_AT: str  # {named} {times}
    LISTED: tuple[str, str]  # {times}, {count}
    CANCELLED: tuple[str, str]  # {count}
    CANCELLED_THESE: tuple[str, str]  # {times}
    CANCELLED_WITH_DATA: tuple[str, str]  # {count}

    # Tables, read only (so a pack's dict serves): named as the constants they are.
    @property
    def PROBLEMS(self) -> Mapping[PlanProblem, str]: ...  # noqa: N802
    @property
    def EVERY(self) -> Mapping[Days, str]: ...  # noqa: N802
    # A part of the day named in "cancel my morning reminder" ("MO", "AF", "EV", "NI").
    @property
    def PARTS(self) -> Mapping[str, str]: ...  # noqa: N802

    def at(self, when: time) -> str: ...
    def about(self, when: time) -> str: ...
    def day_ahead(self, day: date, today: date) -> str: ...
    def ask_time_on(self, day: date, today: date) -> str: ...
    def daytime_offer(self, rings: datetime, instead: datetime, today: date) -> str: ...
    def ask_own_time(self, day: date, today: date) -> str: ...
    def cancelled_some(self, done: int, total: int) -> str: ...
    def partly_cancelled(self, done: int, total: int) -> str: ...
    def ask_am_or_pm(self, hour: int) -> str: ...
