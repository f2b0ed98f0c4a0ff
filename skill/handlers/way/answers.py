"""Yes and no: what they mean depends on what was just asked."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.turn import Turn, turn_of
from skill.handlers.way.flow import begin_routine, continue_journey
from skill.handlers.way.hold_length import chosen
from skill.handlers.way.red_flags import denied_every_symptom, yes_to_the_check
from skill.routine import journey as routine
from skill.routine.hold_length import RECOMMENDED_MINUTES
from skill.routine.journey import Journey, Pending, Stage

_YES = ("AMAZON.YesIntent", "OkayIntent")


def _ask_again(turn: Turn) -> Response:
    """Yes or no where neither answers the question: ask it again, plainly."""
    reprompt = turn.words.phrases.reprompt(turn.journey(), turn.work.profile().usual)
    return turn.reply.ask(reprompt, reprompt=reprompt)


def _go_on(turn: Turn, journey: Journey, *lead: str) -> Response:
    """Carry on with the routine: from its start if it has not begun."""
    if not journey.started:
        return begin_routine(turn, journey, *lead)
    return continue_journey(turn, journey, *lead)


def _yes_to(turn: Turn, journey: Journey) -> Response:
    match journey.pending:
        case Pending.SAFETY_FIRST | Pending.SAFETY_SECOND:
            # The check is asked again next time (heard_safety unset).
            return yes_to_the_check(turn, journey.pending)
        case Pending.CONFIRM_LENGTH:
            return chosen(turn, journey.suggested or RECOMMENDED_MINUTES)
        case _:  # go on with the routine, or (instead of the usual) find the point first
            return _go_on(
                turn, routine.answered(journey), turn.words.phrases.acknowledge(turn.request.seed)
            )


def _no_to(turn: Turn, journey: Journey) -> Response:
    match journey.pending:
        case Pending.SAFETY_FIRST:
            return continue_journey(turn, routine.ask(journey, Pending.SAFETY_SECOND))
        case Pending.SAFETY_SECOND:
            turn.work.remember(heard_safety=True)
            return continue_journey(turn, routine.answered(journey), turn.words.checks.SAFETY_CLEAR)
        case Pending.CONFIRM_LENGTH if journey.stage == Stage.LENGTH:
            return _length_instead(turn, journey)
        case Pending.CONFIRM_LENGTH:
            return continue_journey(
                turn, routine.answered(journey), turn.words.common.NOT_FOUND_YET
            )
        case _:  # stop rather than go on, or not today
            return turn.reply.tell(turn.words.common.NOT_NOW)


def _length_instead(turn: Turn, journey: Journey) -> Response:
    turn.keep_journey(routine.answered(journey))
    return turn.reply.ask(
        turn.words.checks.LENGTH_INSTEAD,
        turn.words.common.LENGTH_REPROMPT,
        reprompt=turn.words.common.LENGTH_REPROMPT,
    )


class YesHandler(AbstractRequestHandler):
    """Yes, and "ok" (yes to any question but the safety check, which takes only yes or no)."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(
            is_intent_name(name)(handler_input) for name in ("AMAZON.YesIntent", "OkayIntent")
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        journey = turn.journey()
        if journey.pending is not None:
            return _yes_to(turn, journey)
        usual = turn.work.profile().usual
        match journey.stage:
            case Stage.OFFER:
                return begin_routine(turn, journey)
            case Stage.USUAL if usual:
                return continue_journey(turn, routine.accept_usual(journey, usual))
            case Stage.USUAL:
                return begin_routine(turn, journey)
            case Stage.LOCATE | Stage.QUICK_LOCATE:
                return continue_journey(turn, routine.next_step(journey))
            case _:
                return _ask_again(turn)


class NoHandler(AbstractRequestHandler):
    """ "No", and symptoms named only to deny them ("no, her legs aren't numb")."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        if is_intent_name("AMAZON.NoIntent")(handler_input):
            return True
        return is_intent_name("SymptomIntent")(handler_input) and denied_every_symptom(
            turn_of(handler_input)
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        journey = turn.journey()
        if journey.pending is not None:
            return _no_to(turn, journey)
        match journey.stage:
            case Stage.OFFER:
                return turn.reply.tell(turn.words.common.NOT_NOW)
            case Stage.USUAL:
                # Not the usual: ask what they would like instead, never carry on as if yes.
                return continue_journey(turn, routine.ask(journey, Pending.INSTEAD))
            case Stage.QUICK_LOCATE:
                return continue_journey(
                    turn, routine.guide(journey), turn.words.common.NOT_FOUND_YET
                )
            case Stage.LOCATE:
                return continue_journey(turn, journey, turn.words.common.NOT_FOUND_YET)
            case _:
                return _ask_again(turn)


class NotTodayHandler(AbstractRequestHandler):
    """ "Not today", "maybe later": a kind goodbye, and how to come back."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("NotTodayIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        return turn.reply.tell(turn.words.common.NOT_NOW)
