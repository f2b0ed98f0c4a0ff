"""What the person allowed, heard as skill events: a grant noted, a refusal acted on.

"Your skill receives an event when a customer enables or disables the skill, links or
unlinks a third-party account with the skill, grants permissions to a skill, or changes
the permissions granted to the skill" ("Use Skill Events"). Both permission events carry
`body.acceptedPermissions`, the scopes the skill now holds. A reminder that waited on
the permission (the person answered Alexa's prompt in the Alexa app, say) is set when
they next speak to the skill; if reminders are no longer allowed, nothing waits on
them any more. The day of the grant is noted in the profile (and the note dropped when
it is withdrawn), for whoever looks into a person's reminders. Neither event is spoken
to: nobody is listening.
"""

from __future__ import annotations

import logging
from typing import Final

from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.utils import is_request_type
from ask_sdk_model import Response

from skill.handlers.plumbing import alexa_calls as service
from skill.handlers.plumbing.turn import turn_of
from skill.handlers.reminders.setting import PENDING

log = logging.getLogger(__name__)

# The profile's note of the day reminders were last allowed ("" when never, or revoked).
GRANTED: Final = "reminders_granted"
_EVENTS: Final = (
    "AlexaSkillEvent.SkillPermissionAccepted",
    "AlexaSkillEvent.SkillPermissionChanged",
)


def reminders_allowed(body: object) -> bool:
    """Whether the event's accepted permissions include setting reminders."""
    accepted = getattr(body, "accepted_permissions", None) or []
    return any(getattr(granted, "scope", None) == service.REMINDERS_SCOPE for granted in accepted)


class PermissionEventHandler(AbstractRequestHandler):
    """SkillPermissionAccepted or SkillPermissionChanged: the profile's one write."""

    def can_handle(self, handler_input: HandlerInput) -> bool:
        return any(is_request_type(kind)(handler_input) for kind in _EVENTS)

    def handle(self, handler_input: HandlerInput) -> Response:
        turn = turn_of(handler_input)
        allowed = reminders_allowed(getattr(handler_input.request_envelope.request, "body", None))
        log.info("reminders %s", "allowed" if allowed else "not allowed")
        extras = turn.work.profile().extras
        if allowed:
            kept = {**extras, GRANTED: turn.now().date().isoformat()}
        else:
            kept = {name: value for name, value in extras.items() if name not in (PENDING, GRANTED)}
        if kept != extras:
            turn.work.remember(extras=kept)
        response: Response = handler_input.response_builder.response
        return response
