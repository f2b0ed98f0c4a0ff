"""Who presses the point: "I'll do it myself", "someone is helping me", or, said by the
helper themselves at any moment, "I'm doing it for my wife"."""

from __future__ import annotations

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name
from ask_sdk_model import Response

from skill.handlers.plumbing.turn import turn_of
from skill.handlers.way.flow import continue_journey
from skill.routine import journey as routine
from skill.routine.steps import Holder

_HOLDER_INTENTS = {"SelfHoldIntent": Holder.SELF, "HelperHoldIntent": Holder.HELPER}


class HolderHandler(AbstractRequestHandler):
    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_intent_name(name)(handler_input) for name in _HOLDER_INTENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        holder = _HOLDER_INTENTS[turn.request.intent_name]
        helping = holder == Holder.HELPER and turn.request.slot("helped") is not None
        newly_helping = helping and not turn.journey_kept().helping
        if helping:
            # Before any read: from now on the profile is the account's, not the helper's.
            turn.keep_journey(routine.help_someone(turn.journey_kept()))
        journey = turn.journey()
        if newly_helping:
            # Any safety answers so far were the helper's own: the check is the helped
            # person's, so it is asked again, from its first part, of them.
            turn.work.remember(heard_safety=False)
            journey = routine.check_from_the_start(journey)
        if not journey.started:
            journey = routine.begin(journey, returning=turn.work.profile().practised)
        if turn.work.profile().holder != holder:
            turn.work.remember(holder=str(holder))
        lead = (
            turn.words.helping.THANKS_FOR_HELPING
            if helping
            else turn.words.phrases.acknowledge(turn.request.seed)
        )
        return continue_journey(turn, routine.choose_holder(journey, holder), lead)
