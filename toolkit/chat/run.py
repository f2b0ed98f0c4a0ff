"""One chat: the skill loaded, a simulated device switched on, the person's lines heard."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from toolkit.chat.alexa_account import ChatAccount
from toolkit.chat.device_words import WELCOME, with_device_words
from toolkit.chat.options import DEFAULT_HANDLER, PIPED_SPEED
from toolkit.chat.store_place import chosen_store, fresh_user
from toolkit.chat.terminal import PromptScreen, piped_lines
from toolkit.simulator.alexa_apis import AlexaApis
from toolkit.simulator.device import Device
from toolkit.simulator.segment_lengths import FileLength, file_lengths
from toolkit.simulator.skill_endpoint import Handler
from toolkit.simulator.speaker import espeak_speaker
from toolkit.simulator.wait_line import is_wait_line
from toolkit.store_check import store_problem

# Every chat numbers its requests alike: the same lines get the same words.
CHAT_REQUESTS = "acupressure-helper-chat"
# The exit status when the person ends the chat with Ctrl-C, as a shell reports SIGINT.
INTERRUPTED = 130


class SettingError(Exception):
    """A setting the chat cannot start with; its message is the one line that says why."""


def chat(args: argparse.Namespace) -> int:
    """Talk to the skill until the person's lines end; the exit status."""
    if args.fresh:
        args.user = fresh_user(args.user)
    try:
        handler = _load_skill(chosen_store(args.db, os.environ), args.handler)
        audio_lengths = _audio_lengths(args.audio_manifest)
        log = _open_request_log(args.log_requests)
    except SettingError as problem:
        print(problem, file=sys.stderr)
        return 1
    screen = PromptScreen(sys.stdout) if sys.stdin.isatty() else None
    person = ChatAccount(args.user, args.time_zone)
    if args.speed is None:
        handler = _saying_how_fast_a_hold_plays(handler, screen)
    try:
        device = _switch_on(args, handler, screen, log, audio_lengths, person.apis)
        person.bring_to(device)
        return _hear_the_person(device, screen)
    finally:
        if log is not None:
            log.close()
        person.keep()


def _load_skill(db: Path | None, spec: str) -> Handler:
    """The skill's handler ("module:function"), once the store it will use is known to work."""
    problem = store_problem(db)  # --db was checked as it was read; this checks the rest
    if problem is not None:
        raise SettingError(f"acupressure-helper chat: {problem}")
    if db is not None:
        # The skill's wiring reads this when it is imported, so set it first.
        os.environ["ACUPRESSURE_DB"] = str(db)
    module_name, _, function_name = spec.partition(":")
    try:
        handler: Handler = getattr(importlib.import_module(module_name), function_name)
    except Exception as error:
        raise SettingError(f"acupressure-helper: the skill could not be loaded: {error}") from error
    return handler


def _audio_lengths(manifest: Path) -> FileLength:
    try:
        return file_lengths(manifest)
    except (OSError, ValueError, KeyError) as error:
        raise SettingError(f"acupressure-helper: {manifest} could not be read: {error}") from error


def _open_request_log(path: Path | None) -> TextIO | None:
    if path is None:
        return None
    try:
        return path.open("a", encoding="utf-8")
    except OSError as error:
        raise SettingError(f"acupressure-helper chat: {path}: {error.strerror}") from error


def _switch_on(
    args: argparse.Namespace,
    handler: Handler,
    screen: PromptScreen | None,
    log: TextIO | None,
    audio_lengths: FileLength,
    apis: AlexaApis | None,
) -> Device:
    """The device the person talks to, as the options describe it."""
    device = Device(
        handler,
        out=screen,
        locale=args.locale,
        user_id=args.user,
        person_id=args.person,
        supports_audio_player=args.audio_player,
        has_screen=args.screen,
        speed=args.speed or (1.0 if screen is not None else PIPED_SPEED),
        request_log=log,
        speak=espeak_speaker(args.locale) if args.speak else None,
        audio_lengths=audio_lengths,
        alexa_apis=apis,
    )
    device.envelopes.number_requests(CHAT_REQUESTS)
    if args.handler == DEFAULT_HANDLER:
        # "wait 2 days" must be two days for the skill too: it goes by the device's clock.
        from skill import lambda_function

        lambda_function.use_skill(lambda_function.make_skill(clock=device.clock))
    return device


def _hear_the_person(device: Device, screen: PromptScreen | None) -> int:
    """Typed lines while holds play live, else piped lines one after another."""

    def session_open() -> bool:
        return device.envelopes.session_open

    try:
        if screen is not None:
            print(WELCOME, file=screen, flush=True)
            typed = with_device_words(screen.lines(), session_open, _said_to(screen))
            device.run_live(typed)
        else:
            piped = piped_lines(sys.stdin, sys.stdout, is_wait_line)
            device.run(with_device_words(piped, session_open, _said_to(sys.stdout)))
    except KeyboardInterrupt:
        device.finish()
        return INTERRUPTED
    return 0


def _said_to(out: TextIO | PromptScreen) -> Callable[[str], None]:
    def say(text: str) -> None:
        print(text, file=out, flush=True)

    return say


def _saying_how_fast_a_hold_plays(handler: Handler, screen: PromptScreen | None) -> Handler:
    """`handler`, saying once, when a hold starts, how fast it plays and how to change that."""
    if screen is None:
        note = (
            f"(input is piped, so the hold plays {PIPED_SPEED} times faster than real time, "
            "an hour a second; --speed 1 plays it in real time)"
        )
    else:
        note = (
            "(the hold plays in real time; to hear it faster, start the chat with --speed 60, "
            'a minute a second: make run ARGS="--speed 60")'
        )
    said = False

    def answer(request: dict[str, Any], context: Any) -> dict[str, Any]:
        nonlocal said
        answered = handler(request, context)
        directives = (answered.get("response") or {}).get("directives") or []
        if not said and any(d.get("type") == "AudioPlayer.Play" for d in directives):
            said = True
            sys.stdout.flush()
            print(note, file=sys.stderr if screen is None else screen, flush=True)
        return answered

    return answer
