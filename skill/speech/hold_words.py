"""What the skill says around a hold: starting, pausing, stopping, time left."""

from __future__ import annotations

from skill.routine.hold_plan import HoldPlan
from skill.speech.english import minutes
from skill.speech.hold_marks import promise

CONTROLS = "Say Alexa, pause, or Alexa, stop, at any time."
SPOKEN_CONTROLS = (
    "I'll speak a few minutes at a time. Say continue after each part, or stop to finish."
)
# The recorded hold in English is at the audio address itself.
RECORDINGS = ""
TITLE = "Holding Bladder 40"
PAUSED = "Paused. Say Alexa, resume, when you're ready."
RESUMING = "Carrying on."
STARTING_OVER = "Starting the hold again from the beginning."
STILL_HOLDING = "The hold is still going. Say Alexa, pause, or Alexa, stop, at any time."
NOTHING_TO_RESUME = "That hold has ended."
START_HINT = "To start a hold, say: Alexa, ask Acupressure Helper for back pain."
NO_HOLD_RUNNING = "There's no hold running right now."
CONTINUE = "Say continue for the next part."
SPOKEN_HELP = (
    "Keep pressing the point. Say continue for the next part, repeat to hear this part "
    "again, how long is left, or stop to finish."
)
CONTINUE_REPROMPT = "Say continue when you're ready, or stop to finish."


def starting(plan: HoldPlan, *, first_time: bool, streamed: bool = True) -> str:
    """The start line, with how this hold will be counted; a first hold also hears the controls."""
    start = f"Press now, and breathe slowly. {promise(plan)}"
    if not streamed:
        return f"{start} {SPOKEN_CONTROLS}" if first_time else start
    return f"{start} {CONTROLS}" if first_time else start


def subtitle(total_minutes: int) -> str:
    return minutes(total_minutes).capitalize()


def time_left(remaining_ms: int) -> str:
    if remaining_ms < 60_000:
        return "Less than a minute left."
    whole = round(remaining_ms / 60_000)
    return f"About {minutes(whole)} left."


def stopped(held_seconds: int) -> str:
    if held_seconds < 60:
        return "Stopped. Take care."
    held = minutes(held_seconds // 60)
    return f"Stopped after {held}. Well done for taking that time. Take care."


RESUME_HINT = "Say Alexa, resume, to carry on."
HOLD_HELP = (
    "Keep a gentle, steady pressure on the point. You can say Alexa, pause, or Alexa, "
    "resume, or ask Acupressure Helper how long is left."
)
HOLD_SAFETY = (
    "If the pressure hurts, ease off or stop. Get medical help if your legs feel numb "
    "or weak, or your calf is painful or swollen."
)
RATE_AFTER_THE_HOLD = "Tell me your pain from 0 to 10 once the hold is done, and I'll compare."
HOLD_FINISHED = "The hold has finished."
HOLD_ENDED = "That hold has ended."
ANOTHER_HINT = "For another one, say: Alexa, ask Acupressure Helper for back pain."


def _clock_minutes(ms: int) -> str:
    return minutes(max(1, round(ms / 60_000)))


def going(remaining_ms: int) -> str:
    """A hold is under way: how far it has to go."""
    if remaining_ms < 60_000:
        return "The hold is nearly done: less than a minute to go."
    return f"The hold is going: {_clock_minutes(remaining_ms)} to go."


def carrying_on(remaining_ms: int) -> str:
    if remaining_ms < 60_000:
        return "Carrying on: less than a minute to go."
    return f"Carrying on: {_clock_minutes(remaining_ms)} to go."


_WHEN_READY = "Say Alexa, resume, when you're ready."


def paused_at(held_ms: int, total_ms: int) -> str:
    held = held_ms // 60_000
    total = total_ms // 60_000
    if held < 1:
        return f"Paused, less than a minute into {minutes(total)}. {_WHEN_READY}"
    return f"Paused at {held} of {total} minutes. {_WHEN_READY}"


def offer_carry_on(held_ms: int, total_ms: int) -> str:
    """Opening the skill with a hold under way (paused, or playing until they spoke)."""
    held = held_ms // 60_000
    total = total_ms // 60_000
    if held < 1:
        return f"Your {total}-minute hold had just begun. Carry on, or start again?"
    return f"You were {held} of {total} minutes into the hold. Carry on, or start again?"


CARRY_ON_REPROMPT = "Say carry on, or start again."


def kept(held_seconds: int) -> str:
    """A hold that ended part-way: its minutes are kept."""
    if held_seconds < 60:
        return HOLD_ENDED
    return f"That hold has ended. I've kept the {minutes(held_seconds // 60)} you held."


def paused_for_advice(held_seconds: int) -> str:
    """A hold paused because the person should ask a midwife or doctor first."""
    if held_seconds < 60:
        return "I've paused the hold."
    return f"I've paused the hold, and kept the {minutes(held_seconds // 60)} you held."


def starting_over(held_seconds: int) -> str:
    if held_seconds < 60:
        return STARTING_OVER
    return f"I've kept the {minutes(held_seconds // 60)} you held. {STARTING_OVER}"


NOT_CAUGHT_IN_HOLD = "I didn't catch that."
AFTER_THE_HOLD = "Let's do that once the hold is done."


def paused_hold(held_ms: int, total_ms: int) -> str:
    return f"The hold is paused at {held_ms // 60_000} of {total_ms // 60_000} minutes."
