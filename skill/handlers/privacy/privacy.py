"""Deleting what the skill keeps about a person: when they ask, and when they disable it.

"Delete my data" asks first; only a yes to that question deletes. Any other answer
keeps everything, so a yes meant for something later can never delete by surprise.
"""

from __future__ import annotations

import logging

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_intent_name, is_request_type, request_util
from ask_sdk_model import Response

from skill.handlers.plumbing.turn import JOURNEY, Turn, turn_of
from skill.handlers.reminders.cancel import cancel_with_data

log = logging.getLogger(__name__)

CONFIRM_DELETE = "confirm_delete"
_ASK_AGAIN = ("AMAZON.HelpIntent", "AMAZON.RepeatIntent")
_LEAVE = ("AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent")


def _forget(turn: Turn, *, whole_account: bool = False) -> bool:
    """Delete everything kept about the speaker (or the account); False if the store could not."""
    return turn.work.forget_person(whole_account=whole_account)


def _ask_to_delete(turn: Turn, *lead: str) -> Response:
    turn.session.put(CONFIRM_DELETE, True)
    return turn.reply.ask(*lead, reprompt=turn.words.privacy.DELETE_REPROMPT)


class DeleteDataHandler(AbstractRequestHandler):
    """ "Delete my data", "forget me": ask before deleting anything."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_intent_name("DeleteDataIntent")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        return _ask_to_delete(turn, turn.words.privacy.DELETE_QUESTION)


class ConfirmDeleteHandler(AbstractRequestHandler):
    """Whatever is said right after "shall I delete everything?": only yes deletes."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        session = handler_input.request_envelope.session
        return (
            bool(is_request_type("IntentRequest")(handler_input))
            and session is not None
            and bool((session.attributes or {}).get(CONFIRM_DELETE))
        )

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        turn.session.pop(CONFIRM_DELETE)
        intent = turn.request.intent_name
        if intent == "AMAZON.YesIntent":
            # The reminders first, while the profile still names a voice's own; the Reminders
            # API takes this request's apiAccessToken through the SDK's service client.
            reminders = cancel_with_data(turn)
            if not _forget(turn):
                return turn.reply.tell(turn.words.privacy.NOT_DELETED, *filter(None, [reminders]))
            # Nothing about the person goes back to Alexa in the session either, and the
            # profile (with its changes) is gone: nothing is saved after this.
            turn.session.clear()
            turn.work.discard_changes()
            return turn.reply.tell(turn.words.privacy.deleted_with(reminders))
        if intent in _ASK_AGAIN:
            return _ask_to_delete(turn, turn.words.privacy.DELETE_QUESTION)
        if intent == "AMAZON.FallbackIntent":
            return _ask_to_delete(
                turn, turn.words.common.DIDNT_CATCH, turn.words.privacy.DELETE_REPROMPT
            )
        if intent in _LEAVE or turn.session.get(JOURNEY) is None:
            return turn.reply.tell(turn.words.privacy.KEPT_GOODBYE)
        journey = turn.journey()
        usual = turn.work.profile().usual_minutes
        return turn.reply.ask(
            turn.words.privacy.KEPT,
            turn.words.phrases.prompt(journey, usual),
            reprompt=turn.words.phrases.reprompt(journey, usual),
        )


class SkillDisabledHandler(AbstractRequestHandler):
    """The skill was disabled on the account: delete everything kept under it, every voice's.

    The event names the account (`context.System.user`), never a voice.
    """

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return bool(is_request_type("AlexaSkillEvent.SkillDisabled")(handler_input))

    def handle(self, handler_input: HandlerInput) -> Response:
        if request_util.get_user_id(handler_input):
            turn = turn_of(handler_input)
            if _forget(turn, whole_account=True):
                log.info("data deleted: the skill was disabled")
        response: Response = handler_input.response_builder.response
        return response
