"""Hypothesis strategies for request envelopes: well-formed ones with odd values, and wrecks.

`envelopes()` draws an envelope of any request type, shaped as Alexa sends it but with
values from the edges: unknown intents and slots, odd locales, huge strings, foreign
and tampered hold tokens, and session attributes the skill never wrote.
`mutated(envelopes())` then breaks the shape: fields missing or of the wrong type.
"""

from __future__ import annotations

import dataclasses
import json
import uuid
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from skill.routine.cadence import Cadence
from skill.routine.journey import Stage
from skill.routine.model import Profile
from skill.routine.steps import Holder
from skill.store.hold_ids import new_hold_id

MODELS = Path(__file__).resolve().parents[2] / "interaction_model" / "interactionModels" / "custom"
SKILL_ID = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000"
# Alexa's own APIs (reminders, time zone) at a loopback port nothing listens on: the
# skill's calls fail at once, as when the APIs are out of reach, and never leave the machine.
OFFLINE_API = "https://127.0.0.1:9"

Envelope = dict[str, Any]

AUDIO_PLAYER_EVENTS = (
    "AudioPlayer.PlaybackStarted",
    "AudioPlayer.PlaybackNearlyFinished",
    "AudioPlayer.PlaybackFinished",
    "AudioPlayer.PlaybackStopped",
    "AudioPlayer.PlaybackFailed",
)
BUTTONS = (
    "PlaybackController.PlayCommandIssued",
    "PlaybackController.PauseCommandIssued",
    "PlaybackController.NextCommandIssued",
    "PlaybackController.PreviousCommandIssued",
)
# Known to the SDK but of no use to this skill, and types nobody knows.
OTHER_TYPES = (
    "AlexaSkillEvent.SkillEnabled",
    "AlexaSkillEvent.SkillPermissionAccepted",
    "Alexa.Presentation.APL.UserEvent",
    "CanFulfillIntentRequest",
    "Display.ElementSelected",
    "Reminders.ReminderStarted",
    "SessionResumedRequest",
    "Messaging.MessageReceived",
)
UNKNOWN_TYPES = ("Acupressure.Unheard", "Alexa.Brand.NewEvent")
# What a person may say while a hold plays, each arriving in a session of its own.
HOLD_INTENTS = (
    "AMAZON.PauseIntent",
    "AMAZON.ResumeIntent",
    "AMAZON.StopIntent",
    "AMAZON.CancelIntent",
    "AMAZON.StartOverIntent",
    "AMAZON.NextIntent",
    "AMAZON.RepeatIntent",
    "TimeLeftIntent",
)
ACTIVITIES = ("IDLE", "PAUSED", "PLAYING", "BUFFER_UNDERRUN", "FINISHED", "STOPPED")
SESSION_ATTRIBUTES = ("journey", "profile", "spoken_hold", "confirm_delete")


@cache
def model_intents() -> dict[str, tuple[str, ...]]:
    """Every intent of the en-US model, with its slot names."""
    model = json.loads((MODELS / "en-US.json").read_text())
    return {
        intent["name"]: tuple(slot["name"] for slot in intent.get("slots", []))
        for intent in model["interactionModel"]["languageModel"]["intents"]
    }


def person_ids() -> st.SearchStrategy[str]:
    return st.one_of(
        st.just("amzn1.ask.account.FUZZPERSON"),
        st.uuids().map(lambda u: f"amzn1.ask.account.{u}"),
        odd_text(),
    )


def huge_text() -> st.SearchStrategy[str]:
    return st.builds(
        lambda piece, times: piece * times,
        st.sampled_from(["a", "é", "<", "&amp;", "😀", "\x00", "]]>", "'\""]),
        st.integers(2_000, 60_000),
    )


def odd_text() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=40),
        st.sampled_from(
            ["", " ", "<speak>", "</speak>", "&", "<break time='99s'/>", "null", "NaN", "-1"]
        ),
        huge_text(),
    )


def json_values() -> st.SearchStrategy[Any]:
    """Any JSON value, for fields that should have been something else."""
    leaves = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(min_value=-(2**70), max_value=2**70),
        st.floats(allow_nan=False, allow_infinity=False),
        st.text(max_size=20),
    )
    return st.recursive(
        leaves,
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=8,
    )


def locales() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(
            ["en-US", "en-GB", "en-AU", "en-CA", "en-IN", "de-DE", "fr-FR", "ja-JP", "es-MX"]
        ),
        st.sampled_from(["", "en", "EN-us", "en_US", "xx-YY", "en-US-x-private"]),
        st.text(max_size=12),
    )


def hold_ids() -> st.SearchStrategy[str]:
    moments = st.datetimes(
        min_value=datetime(2020, 1, 1), max_value=datetime(2035, 1, 1), timezones=st.just(UTC)
    )
    return st.one_of(moments.map(new_hold_id), st.from_regex(r"[0-9A-Za-z-]{1,64}", fullmatch=True))


def hold_tokens() -> st.SearchStrategy[str]:
    """Tokens a device might report: the skill's own shape, tampered ones, foreign ones."""
    shaped = st.builds(
        lambda hold, minutes, cadence, segment: f"hold/{hold}/{minutes}/{cadence}/{segment}",
        hold_ids(),
        st.integers(-5, 500),
        st.sampled_from([*Cadence, "loud", ""]),
        st.integers(-2, 10),
    )
    tampered = st.builds(
        lambda token, at, piece: token[:at] + piece + token[at + 1 :],
        shaped,
        st.integers(0, 60),
        st.sampled_from(["/", "", "x", "9", "//", "é", "\n"]),
    )
    foreign = st.one_of(
        st.just(""), st.uuids().map(str), st.just("https://music.example.com/track/7"), odd_text()
    )
    return st.one_of(shaped, tampered, foreign)


def _journeys() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.fixed_dictionaries(
            {},
            optional={
                "stage": st.sampled_from([*Stage, "nowhere"]) | json_values(),
                "step": st.integers(-3, 12) | json_values(),
                "holder": st.sampled_from([*Holder, None, "robot"]) | json_values(),
                "minutes": st.integers(-10, 200) | json_values(),
            },
        ),
        json_values(),
    )


def kept_profiles() -> st.SearchStrategy[dict[str, Any]]:
    """Profiles as the skill keeps them in the session: right types, any values it could write."""
    counts = st.integers(0, 10**6)
    return st.fixed_dictionaries(
        {
            "person": st.one_of(st.just("0" * 64), st.text(max_size=64)),
            "heard_safety": st.booleans(),
            "holder": st.sampled_from([*Holder, None]),
            "usual_minutes": st.one_of(st.none(), st.integers(1, 60)),
            "cadence": st.sampled_from(list(Cadence)),
            "holds_started": counts,
            "holds_completed": counts,
            "seconds_held": counts,
            "version": st.integers(0, 10**6),
            "extras": st.dictionaries(st.text(max_size=8), st.text(max_size=8), max_size=2),
        }
    )


@st.composite
def _one_field_off(draw: st.DrawFn) -> dict[str, Any]:
    """A kept profile with one field of any type, as another version of the skill might keep it."""
    profile = draw(kept_profiles())
    profile[draw(st.sampled_from(sorted(profile)))] = draw(json_values())
    return profile


def odd_profiles() -> st.SearchStrategy[Any]:
    """Profiles no version of the skill wrote: fields missing, unknown, of any type."""
    names = [field.name for field in dataclasses.fields(Profile)]
    return st.one_of(
        st.fixed_dictionaries(
            {}, optional={**{name: json_values() for name in names}, "unknown": json_values()}
        ),
        json_values(),
        _one_field_off(),
    )


def _spoken_holds() -> st.SearchStrategy[Any]:
    return st.one_of(
        st.fixed_dictionaries(
            {},
            optional={"token": hold_tokens() | json_values(), "chunk": st.integers(-3, 60)},
        ),
        json_values(),
    )


def session_attributes(
    profiles: st.SearchStrategy[Any] | None = None,
) -> st.SearchStrategy[dict[str, Any]]:
    """Attributes as the skill keeps them, and as it never would.

    The journey and a spoken hold may hold anything: the skill reads them defensively.
    The profile, if any, is one the skill could have kept; `profiles`, when given, is
    always there.
    """
    always: dict[str, st.SearchStrategy[Any]] = {}
    maybe: dict[str, st.SearchStrategy[Any]] = {"profile": kept_profiles()}
    if profiles is not None:
        always, maybe = {"profile": profiles}, {}
    return st.fixed_dictionaries(
        always,
        optional={
            "journey": _journeys(),
            **maybe,
            "spoken_hold": _spoken_holds(),
            "confirm_delete": st.booleans() | json_values(),
            "left_by_someone": json_values(),
        },
    )


def _slot_values() -> st.SearchStrategy[str]:
    return st.one_of(
        st.integers(1, 60).map(str),
        st.integers(-(10**30), 10**30).map(str),
        st.floats().map(str),
        st.builds(lambda n, unit: f"PT{n}{unit}", st.integers(0, 10**9), st.sampled_from("HMS")),
        st.sampled_from(["P1D", "PT", "P", "PT1.5H", "PT30M", "P1Y", "?", "five", "½"]),
        odd_text(),
    )


@st.composite
def _slots(draw: st.DrawFn, names: tuple[str, ...]) -> dict[str, Any]:
    chosen = draw(st.lists(st.sampled_from(names), unique=True)) if names else []
    chosen += draw(st.lists(st.text(min_size=1, max_size=10), max_size=2))
    slots: dict[str, Any] = {}
    for name in chosen:
        slot: dict[str, Any] = {"name": name, "confirmationStatus": "NONE"}
        if draw(st.booleans()):
            slot["value"] = draw(_slot_values())
        slots[name] = slot
    return slots


@st.composite
def _intent(draw: st.DrawFn) -> dict[str, Any]:
    intents = model_intents()
    known = st.sampled_from(sorted(intents))
    unknown = st.one_of(
        st.sampled_from(["AMAZON.ScrollUpIntent", "ReminderIntent", "PlayMusicIntent"]),
        st.text(max_size=30),
    )
    name = draw(st.one_of(known, known, known, unknown))
    return {
        "name": name,
        "confirmationStatus": draw(st.sampled_from(["NONE", "CONFIRMED", "DENIED"])),
        "slots": draw(_slots(intents.get(name, ()))),
    }


def _player() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {"playerActivity": st.sampled_from(ACTIVITIES)},
        optional={
            "token": hold_tokens(),
            "offsetInMilliseconds": st.integers(-(10**6), 10**10),
        },
    )


def _interfaces() -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries(
        {},
        optional={
            "AudioPlayer": st.just({}),
            "Alexa.Presentation.APL": st.just({"runtime": {"maxVersion": "2023.3"}}),
            "Display": st.just({"templateVersion": "1.0", "markupVersion": "1.0"}),
        },
    )


@st.composite
def _request_body(draw: st.DrawFn, kind: str) -> dict[str, Any]:
    """The fields particular to one request type."""
    if kind == "IntentRequest":
        return {
            "dialogState": draw(st.sampled_from(["STARTED", "IN_PROGRESS", "COMPLETED"])),
            "intent": draw(_intent()),
        }
    if kind == "SessionEndedRequest":
        body: dict[str, Any] = {
            "reason": draw(st.sampled_from(["USER_INITIATED", "ERROR", "EXCEEDED_MAX_REPROMPTS"]))
        }
        if draw(st.booleans()):
            body["error"] = {"type": "INVALID_RESPONSE", "message": draw(odd_text())}
        return body
    if kind.startswith("AudioPlayer."):
        body = {
            "token": draw(hold_tokens()),
            "offsetInMilliseconds": draw(st.integers(-(10**6), 10**10)),
        }
        if kind == "AudioPlayer.PlaybackFailed":
            body["error"] = {"type": "MEDIA_ERROR_UNKNOWN", "message": draw(odd_text())}
            body["currentPlaybackState"] = draw(_player())
        return body
    if kind == "System.ExceptionEncountered":
        return {
            "error": {"type": "INVALID_RESPONSE", "message": draw(odd_text())},
            "cause": {"requestId": f"amzn1.echo-api.request.{uuid.uuid4()}"},
        }
    if kind == "Connections.Response":
        return {
            "name": draw(st.sampled_from(["AskFor", "Buy", "Upsell"]) | st.text(max_size=10)),
            "status": {
                "code": draw(st.sampled_from(["200", "204", "400", "500"])),
                "message": draw(odd_text()),
            },
            "payload": {
                "permissionScope": draw(
                    st.sampled_from(["alexa::alerts:reminders:skill:readwrite", "other"])
                ),
                "status": draw(st.sampled_from(["ACCEPTED", "DENIED", "NOT_ANSWERED", "?"])),
            },
            "token": draw(st.text(max_size=20)),
        }
    if kind.startswith("AlexaSkillEvent."):
        return {
            "eventCreationTime": "2026-11-23T18:00:00Z",
            "eventPublishingTime": "2026-11-23T18:00:01Z",
            "body": {
                "userInformationPersistenceStatus": draw(
                    st.sampled_from(["PERSISTED", "NOT_PERSISTED"])
                )
            },
        }
    return {}


def _request_types() -> st.SearchStrategy[str]:
    talk = st.sampled_from(
        ["LaunchRequest", "IntentRequest", "IntentRequest", "SessionEndedRequest"]
    )
    device = st.sampled_from([*AUDIO_PLAYER_EVENTS, *BUTTONS])
    system = st.sampled_from(
        ["System.ExceptionEncountered", "Connections.Response", "AlexaSkillEvent.SkillDisabled"]
    )
    return st.one_of(talk, device, system, st.sampled_from(OTHER_TYPES + UNKNOWN_TYPES))


def _in_session(kind: str) -> bool:
    return kind in ("LaunchRequest", "IntentRequest", "SessionEndedRequest")


@st.composite
def envelopes(
    draw: st.DrawFn,
    kinds: st.SearchStrategy[str] | None = None,
    profiles: st.SearchStrategy[Any] | None = None,
) -> Envelope:
    """A well-formed envelope of any request type, with values from the edges."""
    kind = draw(kinds if kinds is not None else _request_types())
    user = draw(person_ids())
    system: dict[str, Any] = {
        "application": {"applicationId": SKILL_ID},
        "user": {"userId": user},
        "device": {"deviceId": "amzn1.ask.device.FUZZ", "supportedInterfaces": draw(_interfaces())},
        "apiEndpoint": OFFLINE_API,
        "apiAccessToken": "FUZZ.API.ACCESS.TOKEN",
    }
    if draw(st.booleans()):
        system["user"]["permissions"] = {"consentToken": "FUZZ.CONSENT.TOKEN"}
    context: dict[str, Any] = {"System": system}
    if draw(st.booleans()) or kind.startswith(("AudioPlayer.", "PlaybackController.")):
        context["AudioPlayer"] = draw(_player())
    request = {
        "type": kind,
        "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": "2026-11-23T18:00:00Z",
        "locale": draw(locales()),
        **draw(_request_body(kind)),
    }
    envelope: Envelope = {"version": "1.0", "context": context, "request": request}
    if _in_session(kind) or (kind == "Connections.Response" and draw(st.booleans())):
        envelope["session"] = {
            "new": draw(st.booleans()),
            "sessionId": f"amzn1.echo-api.session.{uuid.uuid4()}",
            "application": {"applicationId": SKILL_ID},
            "attributes": draw(session_attributes(profiles)),
            "user": {"userId": user},
        }
    return envelope


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a JSON value, as a path of keys and indexes."""
    found = [prefix] if prefix else []
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _paths(inner, (*prefix, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _paths(inner, (*prefix, index))
    return found


def _at(value: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        value = value[step]
    return value


def _nested(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth):
        value = {"a": [value]}
    return value


@st.composite
def mutated(draw: st.DrawFn, base: st.SearchStrategy[Envelope]) -> Envelope:
    """An envelope broken in one to four places: a field gone, retyped, huge, or nested deep."""
    envelope: Envelope = json.loads(json.dumps(draw(base)))
    for _ in range(draw(st.integers(1, 4))):
        paths = [path for path in _paths(envelope) if "apiEndpoint" not in path]
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent, last = _at(envelope, path[:-1]), path[-1]
        action = draw(st.sampled_from(["drop", "retype", "huge", "deep", "extra"]))
        if action == "drop":
            del parent[last]
        elif action == "retype":
            parent[last] = draw(json_values())
        elif action == "huge":
            parent[last] = draw(huge_text())
        elif action == "deep":
            parent[last] = _nested(draw(st.integers(10, 400)))
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(json_values())
    return envelope
