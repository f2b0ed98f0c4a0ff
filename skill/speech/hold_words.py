"""What the skill says around a hold: starting, pausing, stopping, time left."""

from __future__ import annotations

from skill.speech.english import minutes as minutes  # noqa: PLC0414 - the pack gives it

# The start line; skill.speech.marks_said adds how this hold will be counted.
PRESS_NOW = "Press now, and breathe slowly."
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


def subtitle(total_minutes: int) -> str:
    return minutes(total_minutes).capitalize()


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


CARRY_ON_REPROMPT = "Say carry on, or start again."
NOT_CAUGHT_IN_HOLD = "I didn't catch that."
AFTER_THE_HOLD = "Let's do that once the hold is done."

# The sentences skill.speech.hold_answer chooses from, with their slots; a pair is for
# under a minute (or one minute), then for more.
_WHEN_READY = "Say Alexa, resume, when you're ready."
LESS_THAN_A_MINUTE_LEFT = "Less than a minute left."
ABOUT_LEFT = ("About 1 minute left.", "About {minutes} left.")
STOPPED = (
    "Stopped. Take care.",
    "Stopped after {minutes}. Well done for taking that time. Take care.",
)
GOING = (
    "The hold is nearly done: less than a minute to go.",
    "The hold is going: {minutes} to go.",
)
CARRYING_ON = ("Carrying on: less than a minute to go.", "Carrying on: {minutes} to go.")
PAUSED_AT = (
    f"Paused, less than a minute into {{length}}. {_WHEN_READY}",
    f"Paused at {{done}} of {{total}} minutes. {_WHEN_READY}",
)
OFFER_CARRY_ON = (
    "Your {total}-minute hold had just begun. Carry on, or start again?",
    "You were {done} of {total} minutes into the hold. Carry on, or start again?",
)
PAUSED_HOLD = (
    "The hold is paused, less than a minute into {length}.",
    "The hold is paused at {done} of {total} minutes.",
)
HELD = ("the 1 minute you held", "the {minutes} you held")
KEPT = "That hold has ended. I've kept {held}."
PAUSED_FOR_ADVICE = ("I've paused the hold.", "I've paused the hold, and kept {held}.")
KEPT_STARTING_OVER = f"I've kept {{held}}. {STARTING_OVER}"
