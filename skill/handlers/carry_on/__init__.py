"""Answering "carry on, or start again?": tried right after the hold's own handlers, before
any other question's answer, as a yes to it must carry the hold on."""

from __future__ import annotations

from skill.handlers.plumbing.named import Named
from skill.handlers.plumbing.order import Group

CARRY_ON = Group(
    "carrying on a hold",
    (
        Named(
            "skill.handlers.carry_on.answer.CarryOnAnswerHandler",
            intents=(
                "AMAZON.YesIntent",
                "AMAZON.ResumeIntent",
                "AMAZON.NoIntent",
                "AMAZON.StartOverIntent",
                "BackPainIntent",
                "AMAZON.FallbackIntent",
            ),
            kept="carry_on_offered",
        ),
    ),
)
