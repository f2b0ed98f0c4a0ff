"""The first requests a cold container answers: a launch, a one-shot intent, a device event.

A container is as likely to be woken by "Alexa, ask acupressure helper for back pain" or by
the device asking for the next segment of a hold as by a launch, and each takes another
path through the skill. Each kind comes from one person the bench keeps for cold starts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from bench.device_player import plays
from bench.envelopes import Envelope, as_person, session_id, template
from skill.routine.hold_token import HoldToken

COLD_PERSON = "amzn1.ask.account.BENCH-COLD"
LAUNCH = "LaunchRequest"
GERMAN_LAUNCH = "LaunchRequest de-DE"
ONE_SHOT = "IntentRequest BackPainIntent"
NEXT_SEGMENT = "AudioPlayer.PlaybackNearlyFinished"
KINDS = (LAUNCH, GERMAN_LAUNCH, ONE_SHOT, NEXT_SEGMENT)
LONG_HOLD_MINUTES = 45


def _in_new_session(envelope: Envelope) -> Envelope:
    envelope["session"].update(new=True, sessionId=session_id(), attributes={})
    return as_person(envelope, COLD_PERSON)


def launch() -> Envelope:
    """ "Alexa, open acupressure helper"."""
    return _in_new_session(template("launch_request.json"))


def german_launch() -> Envelope:
    """ "Alexa, öffne Akupressur Helfer": a launch in German, which loads the German pack
    instead of the English one."""
    envelope = launch()
    envelope["request"]["locale"] = "de-DE"
    return envelope


def one_shot() -> Envelope:
    """ "Alexa, ask acupressure helper for back pain": an intent that opens a session."""
    envelope = template("intent_request.json")
    envelope["request"]["intent"] = {
        "name": "BackPainIntent",
        "confirmationStatus": "NONE",
        "slots": {},
    }
    return _in_new_session(envelope)


def next_segment(script: Sequence[Envelope]) -> Envelope:
    """The device asking what plays after the first segment of a 45-minute hold.

    The scripted hold (12 minutes) is one segment, whose end queues nothing; a hold over
    30 minutes has two, and the first one's end queues the second. The token is the one
    the skill issued in the session it was driven through, for 45 minutes.
    """
    for envelope in script:
        if envelope["request"]["type"] == NEXT_SEGMENT:
            asked = as_person(envelope, COLD_PERSON)
            issued = HoldToken.parse(asked["request"]["token"])
            if issued is None:
                raise ValueError(f"not a token of this skill: {asked['request']['token']}")
            token = issued._replace(minutes=LONG_HOLD_MINUTES, segment=0).encode()
            asked["request"]["token"] = token
            asked["context"]["AudioPlayer"]["token"] = token
            return asked
    raise ValueError("the script has no PlaybackNearlyFinished: the hold never started")


def first_requests(script: Sequence[Envelope]) -> dict[str, Envelope]:
    """Each kind of first request, by its name."""
    return {
        LAUNCH: launch(),
        GERMAN_LAUNCH: german_launch(),
        ONE_SHOT: one_shot(),
        NEXT_SEGMENT: next_segment(script),
    }


def answer_fault(kind: str, answer: dict[str, Any], does_the_work: bool) -> str | None:
    """What is wrong with a cold answer to `kind`, if anything.

    People are answered with speech; a device event never is. `does_the_work` (this
    skill) also asks that the event's answer queue the hold's next segment: a cold start
    that answered nothing would flatter the figure.
    """
    response = answer.get("response")
    if not isinstance(response, dict):
        return f"no response: {answer}"
    spoken = "outputSpeech" in response
    if kind == NEXT_SEGMENT:
        if spoken:
            return f"speech in answer to a device event: {response}"
        if does_the_work and not plays(answer, "ENQUEUE"):
            return f"the next segment was not queued: {response}"
        return None
    return None if spoken else f"no speech in answer to {kind}: {response}"
