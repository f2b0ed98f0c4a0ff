"""The order handlers are tried in is checked against its rules when the skill is built."""

from __future__ import annotations

from collections import Counter

import pytest

from skill.handlers.carry_on.answer import CarryOnAnswerHandler
from skill.handlers.plumbing.catch_all import AnyOtherRequestHandler, FallbackHandler
from skill.handlers.plumbing.order import Before, Group, OrderError, in_order
from skill.handlers.way.answers import NoHandler, YesHandler
from skill.lambda_function import ACROSS_GROUPS, GROUPS

_CARRY_ON_FIRST = Before(CarryOnAnswerHandler, (YesHandler,), "yes answers 'carry on?' first")


def test_the_skill_is_composed_of_its_groups_in_an_order_every_rule_allows() -> None:
    handlers = in_order(GROUPS, ACROSS_GROUPS)

    assert len(handlers) == sum(len(group.handlers) for group in GROUPS)
    assert type(handlers[-1]) is AnyOtherRequestHandler
    assert type(handlers[-2]) is FallbackHandler
    twice = [kind for kind, count in Counter(map(type, handlers)).items() if count > 1]
    assert twice == []


def test_every_group_is_named_and_has_handlers() -> None:
    assert [group.name for group in GROUPS] == [
        "asked before the skill is named",
        "safety first",
        "the hold",
        "carrying on a hold",
        "privacy",
        "reminders",
        "progress and preferences",
        "the way to the point",
        "questions",
        "what no other handler took",
    ]
    assert all(group.handlers for group in GROUPS)


def test_a_handler_out_of_its_rules_order_stops_the_build_and_says_why() -> None:
    swapped = Group("the way", (YesHandler(), CarryOnAnswerHandler()), rules=(_CARRY_ON_FIRST,))

    with pytest.raises(OrderError, match=r"CarryOnAnswerHandler must come before YesHandler: yes"):
        in_order([swapped])


def test_a_rule_across_groups_is_checked_too() -> None:
    way = Group("the way", (YesHandler(), NoHandler()))
    carry_on = Group("carrying on", (CarryOnAnswerHandler(),))

    in_turn = [type(handler) for handler in in_order([carry_on, way], [_CARRY_ON_FIRST])]
    assert in_turn == [CarryOnAnswerHandler, YesHandler, NoHandler]
    with pytest.raises(OrderError, match="must come before YesHandler"):
        in_order([way, carry_on], [_CARRY_ON_FIRST])


def test_a_rule_naming_a_handler_that_is_not_registered_stops_the_build() -> None:
    with pytest.raises(OrderError, match="CarryOnAnswerHandler is not registered"):
        in_order([Group("the way", (YesHandler(),))], [_CARRY_ON_FIRST])


@pytest.mark.parametrize("rule", ACROSS_GROUPS, ids=lambda rule: rule.first.__name__)
def test_each_rule_across_groups_is_one_the_groups_order_could_break(rule: Before) -> None:
    """A rule between two handlers of one group would belong to that group."""
    group_of = {type(h): group.name for group in GROUPS for h in group.handlers}
    assert all(group_of[rule.first] != group_of[then] for then in rule.then)
