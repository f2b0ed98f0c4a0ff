"""Preferences by voice: the usual hold length, how often a hold is counted, how fast to speak.

Each is kept in the profile (one read, one write) and used from the next hold or reply on.
"""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.aside import carry_on
from skill.handlers.plumbing.length_said import ask_length_again, length_said
from skill.handlers.plumbing.turn import turn_of
from skill.routine.cadence import Cadence
from skill.routine.speech_rate import SpeechRate, faster, slower
from skill.routine.usual_length import without_candidate

_CADENCE_INTENTS = {
    "CountEveryMinuteIntent": Cadence.MINUTE,
    "CountEveryFiveMinutesIntent": Cadence.FIVE,
    "QuietCountIntent": Cadence.QUIET,
}
_RATE_INTENTS = ("SpeakSlowerIntent", "SpeakFasterIntent", "NormalSpeedIntent")


class UsualLengthHandler(AbstractRequestHandler):
    """ "Make my usual ten minutes"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("UsualLengthIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        choice = length_said(turn)
        if choice.minutes is None:
            return ask_length_again(turn, choice)
        turn.work.remember(
            usual_minutes=choice.minutes, extras=without_candidate(turn.work.profile().extras)
        )
        return carry_on(turn, turn.words.preferences.usual_set(choice.minutes))


class CadenceHandler(AbstractRequestHandler):
    """ "Count every five minutes", "count every minute", "be quieter", "just chime"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in _CADENCE_INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        cadence = _CADENCE_INTENTS[turn.request.intent_name]
        if turn.work.profile().cadence != str(cadence):
            turn.work.remember(cadence=str(cadence))
        return carry_on(turn, turn.words.preferences.cadence_set(cadence))


class SpeechRateHandler(AbstractRequestHandler):
    """ "Speak slower", "speak faster", "normal speed"."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in _RATE_INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        current = SpeechRate.saved(turn.work.profile().speech_rate)
        match turn.request.intent_name:
            case "SpeakSlowerIntent":
                chosen = slower(current)
            case "SpeakFasterIntent":
                chosen = faster(current)
            case _:
                chosen = SpeechRate.NORMAL
        if chosen != current:
            turn.work.remember(speech_rate=str(chosen))
        return carry_on(turn, turn.words.preferences.rate_set(chosen, changed=chosen != current))
