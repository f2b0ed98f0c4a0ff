"""The order handlers are tried in is checked against its rules when the skill is built."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest
from ask_sdk_core.attributes_manager import AttributesManager
from ask_sdk_core.dispatch_components import AbstractRequestHandler
from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_core.serialize import DefaultSerializer
from ask_sdk_model import RequestEnvelope

from skill.handlers.carry_on.answer import CarryOnAnswerHandler
from skill.handlers.plumbing.named import Named, NamedInterceptor, name_of
from skill.handlers.plumbing.order import Before, Group, OrderError, in_order
from skill.handlers.way.answers import NoHandler, YesHandler
from skill.lambda_function import ACROSS_GROUPS, GROUPS
from tests.support.conversation import fixture

_CARRY_ON_FIRST = Before("CarryOnAnswerHandler", ("YesHandler",), "yes answers 'carry on?' first")
_NAMED = [handler for group in GROUPS for handler in group.handlers if isinstance(handler, Named)]
_TIDYING = [
    each for group in GROUPS for each in group.interceptors if isinstance(each, NamedInterceptor)
]


def test_the_skill_is_composed_of_its_groups_in_an_order_every_rule_allows() -> None:
    handlers = in_order(GROUPS, ACROSS_GROUPS)

    assert len(handlers) == sum(len(group.handlers) for group in GROUPS)
    assert name_of(handlers[-1]) == "AnyOtherRequestHandler"
    assert name_of(handlers[-2]) == "FallbackHandler"
    twice = [name for name, count in Counter(map(name_of, handlers)).items() if count > 1]
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

    in_turn = [name_of(handler) for handler in in_order([carry_on, way], [_CARRY_ON_FIRST])]
    assert in_turn == ["CarryOnAnswerHandler", "YesHandler", "NoHandler"]
    with pytest.raises(OrderError, match="must come before YesHandler"):
        in_order([way, carry_on], [_CARRY_ON_FIRST])


def test_handlers_registered_by_name_are_ordered_by_the_same_rules() -> None:
    yes = Named("skill.handlers.way.answers.YesHandler", intents=("AMAZON.YesIntent",))
    carry_on = Named("skill.handlers.carry_on.answer.CarryOnAnswerHandler", intents=("Yes",))

    with pytest.raises(OrderError, match="CarryOnAnswerHandler must come before YesHandler"):
        in_order([Group("the way", (yes, carry_on))], [_CARRY_ON_FIRST])


def test_a_rule_naming_a_handler_that_is_not_registered_stops_the_build() -> None:
    with pytest.raises(OrderError, match="CarryOnAnswerHandler is not registered"):
        in_order([Group("the way", (YesHandler(),))], [_CARRY_ON_FIRST])


@pytest.mark.parametrize("rule", ACROSS_GROUPS, ids=lambda rule: rule.first)
def test_each_rule_across_groups_is_one_the_groups_order_could_break(rule: Before) -> None:
    """A rule between two handlers of one group would belong to that group."""
    group_of = {name_of(h): group.name for group in GROUPS for h in group.handlers}
    assert all(group_of[rule.first] != group_of[then] for then in rule.then)


@pytest.mark.parametrize("named", _NAMED, ids=lambda named: named.name)
def test_each_handler_registered_by_name_is_the_handler_its_name_says(named: Named) -> None:
    handler = named.handler()

    assert isinstance(handler, AbstractRequestHandler)
    assert type(handler).__name__ == named.name
    assert type(handler).__module__ == named.module


def _loaded_after(wiring: str) -> list[str]:
    """The modules a fresh interpreter has loaded after `wiring` (code run on the skill)."""
    return subprocess.run(
        [
            sys.executable,
            "-c",
            f"import sys; from skill import lambda_function as wiring; {wiring}; "
            "print(' '.join(sys.modules))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()


def test_building_the_skill_loads_none_of_the_handlers_registered_by_name() -> None:
    """They load when a request they may take comes: a cold start pays only for its own."""
    modules = sorted({named.module for named in _NAMED})

    loaded = _loaded_after("wiring.make_skill()")

    assert [module for module in modules if module in loaded] == []


def test_a_long_lived_service_can_load_every_handler_as_it_starts() -> None:
    modules = sorted({named.module for named in _NAMED} | {each.module for each in _TIDYING})

    loaded = _loaded_after("wiring.load_every_handler()")

    assert [module for module in modules if module not in loaded] == []


@pytest.mark.parametrize("tidying", _TIDYING, ids=lambda tidying: tidying.name)
def test_each_interceptor_registered_by_name_tidies_what_it_is_registered_for(
    tidying: NamedInterceptor,
) -> None:
    """It is loaded only when the session keeps that: it must be what it tidies away."""
    envelope = fixture("intent_request.json")
    envelope["request"]["intent"] = {"name": "ThanksIntent", "confirmationStatus": "NONE"}
    envelope["session"]["attributes"] = {tidying.kept: {"day": "2026-12-05"}}
    request = DefaultSerializer().deserialize(json.dumps(envelope), RequestEnvelope)
    handler_input = HandlerInput(
        request_envelope=request, attributes_manager=AttributesManager(request)
    )

    tidying.process(handler_input)

    assert handler_input.attributes_manager.session_attributes == {}
