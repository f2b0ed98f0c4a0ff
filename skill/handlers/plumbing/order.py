"""The order handlers are tried in, as rules a build checks rather than comments.

The ASK SDK asks each request handler in turn whether it can handle a request and gives
the request to the first that says yes. Where two handlers can take the same request,
which comes first decides what the person hears, so each such pair is a `Before` rule
with its reason, and `in_order` refuses to build a skill that breaks one. Rules name
handlers by their class's name, so that checking them loads no handler (named.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ask_sdk_core.dispatch_components import (
    AbstractRequestHandler,
    AbstractRequestInterceptor,
    AbstractResponseInterceptor,
)

from skill.handlers.plumbing.named import name_of


class Before(NamedTuple):
    """`first` is tried before each of `then`: both can take some requests, and it must win."""

    first: str
    then: tuple[str, ...]
    why: str


class Group(NamedTuple):
    """The handlers for one thing the person does, in the order they are tried."""

    name: str
    handlers: tuple[AbstractRequestHandler, ...]
    rules: tuple[Before, ...] = ()
    # Run before any handler is asked: they tidy what the session kept for this group.
    interceptors: tuple[AbstractRequestInterceptor, ...] = ()
    # Run once the answer is made, after the turn is saved.
    response_interceptors: tuple[AbstractResponseInterceptor, ...] = ()


def handlers_of(*groups: Group) -> tuple[str, ...]:
    """The names of the handlers in `groups`: for a handler that comes before all of them."""
    return tuple(name_of(handler) for group in groups for handler in group.handlers)


class OrderError(Exception):
    """The handlers are in an order that breaks a rule (or a rule names a missing one)."""


def in_order(groups: Sequence[Group], rules: Iterable[Before] = ()) -> list[AbstractRequestHandler]:
    """Every group's handlers, group after group, checked against every rule."""
    handlers = [handler for group in groups for handler in group.handlers]
    position = {name_of(handler): index for index, handler in enumerate(handlers)}
    every_rule = [*rules, *(rule for group in groups for rule in group.rules)]
    for rule in every_rule:
        for then in rule.then:
            missing = [name for name in (rule.first, then) if name not in position]
            if missing:
                raise OrderError(f"{missing[0]} is not registered ({rule.why})")
            if position[rule.first] > position[then]:
                raise OrderError(f"{rule.first} must come before {then}: {rule.why}")
    return handlers
