"""What the skill says around a hold: starting, pausing, stopping, time left."""

from __future__ import annotations

from skill.routine.hold_plan import HoldPlan
from skill.speech.english import minutes
from skill.speech.hold_marks import promise

CONTROLS = "Say Alexa, pause, or Alexa, stop, at any time."
SPOKEN_CONTROLS = (
    "I'll speak a few minutes at a time. Say continue after each part, or stop to finish."
)
TITLE = "Holding Bladder 40"
PAUSED = "Paused. Say Alexa, resume, when you're ready."
RESUMING = "Carrying on."
STARTING_OVER = "Starting the hold again from the beginning."
STILL_HOLDING = "Your hold is still going. Say Alexa, pause, or Alexa, stop, at any time."
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
