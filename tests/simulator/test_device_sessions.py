from __future__ import annotations

from tests.simulator import scripted_skill
from tests.simulator.scripted_chat import Conversation, start_conversation

NO_SESSION_NOTE = '(no skill session is open: say "Alexa, open acupressure helper")'


def test_a_one_shot_request_opens_a_session_with_the_matched_intent(
    conversation: Conversation,
) -> None:
    heard = conversation.say("Alexa, ask acupressure helper for back pain")

    assert heard == [
        "Alexa: You asked for BackPainIntent. Turn 1.",
        "  (if you say nothing: Say something.)",
    ]
    (envelope,) = conversation.sent
    assert envelope["session"]["new"] is True
    assert envelope["request"]["intent"]["name"] == "BackPainIntent"


def test_one_shot_slots_are_filled() -> None:
    conversation = start_conversation()
    heard = conversation.say("Alexa, ask acupressure helper for an hour and a half")
    assert heard[0] == "Alexa: You asked for HoldLengthIntent with length=PT1H30M. Turn 1."


def test_lines_in_an_open_session_carry_its_attributes(conversation: Conversation) -> None:
    conversation.say("Alexa, open acupressure helper")
    heard = conversation.say("I'll do it myself", "twelve minutes")

    assert heard[0] == "Alexa: You asked for SelfHoldIntent. Turn 2."
    assert heard[2] == "Alexa: You asked for HoldLengthIntent with minutes=12. Turn 3."
    assert [envelope["session"]["new"] for envelope in conversation.sent] == [True, False, False]


def test_unmatched_lines_in_a_session_are_the_fallback_intent(
    conversation: Conversation,
) -> None:
    conversation.say("open acupressure helper")
    assert conversation.say("sing me a song")[0] == (
        "Alexa: You asked for AMAZON.FallbackIntent. Turn 2."
    )


def test_without_a_session_lines_send_nothing(conversation: Conversation) -> None:
    assert conversation.say("Alexa, I found it") == [NO_SESSION_NOTE]
    assert conversation.say("", "   ", "Alexa") == []
    assert conversation.sent == []


def test_stopping_ends_the_session_and_nothing_more_is_sent_at_the_end(
    conversation: Conversation,
) -> None:
    heard = conversation.say("open acupressure helper", "stop")

    assert heard[-2:] == ["Alexa: Goodbye.", "  (session ended)"]
    assert conversation.say("yes") == [NO_SESSION_NOTE]
    assert conversation.leave() == []
    assert conversation.request_types == ["LaunchRequest", "IntentRequest"]


def test_a_new_invocation_first_ends_the_open_session(conversation: Conversation) -> None:
    conversation.say("open acupressure helper", "found it")
    heard = conversation.say("Alexa, ask acupressure helper for back pain")

    assert heard[0] == "Alexa: You asked for BackPainIntent. Turn 1."
    ended, fresh = conversation.sent[2:]
    assert ended["request"]["type"] == "SessionEndedRequest"
    assert ended["request"]["reason"] == "USER_INITIATED"
    assert fresh["session"]["new"] is True
    assert fresh["session"]["sessionId"] != ended["session"]["sessionId"]


def test_end_of_input_ends_the_open_session_quietly(conversation: Conversation) -> None:
    conversation.device.run(["open acupressure helper", "where is it"])

    assert conversation.request_types == ["LaunchRequest", "IntentRequest", "SessionEndedRequest"]
    assert conversation.sent[-1]["request"]["reason"] == "USER_INITIATED"
    assert conversation.out.getvalue().splitlines()[-2:] == [
        "Alexa: You asked for WhereIsItIntent. Turn 2.",
        "  (if you say nothing: Say something.)",
    ]


def test_a_failing_skill_is_reported_in_one_line_and_its_session_closed(
    conversation: Conversation,
) -> None:
    conversation.say("open acupressure helper")

    heard = conversation.say("help")

    assert heard == ["(the skill failed: RuntimeError: help is broken)"]
    ended = conversation.sent[-1]["request"]
    assert ended["type"] == "SessionEndedRequest"
    assert ended["reason"] == "ERROR"
    assert ended["error"]["type"] == "INVALID_RESPONSE"
    assert conversation.say("yes") == [NO_SESSION_NOTE]


def test_an_answer_that_is_not_json_is_a_failure(conversation: Conversation) -> None:
    conversation.say("open acupressure helper")
    heard = conversation.say("no")
    assert heard == ["(the skill failed: TypeError: the answer is a list, not a JSON object)"]


def test_answers_are_spoken_as_plain_words(conversation: Conversation) -> None:
    conversation.say("Alexa, open acupressure helper", "I found it")
    assert conversation.spoken == [
        f"Welcome. Store {scripted_skill.STORE_AT_IMPORT}. Turn 1.",
        "You asked for FoundItIntent. Turn 2.",
    ]


def test_the_device_options_reach_the_envelopes() -> None:
    conversation = start_conversation(
        locale="en-IN", user_id="ravi", supports_audio_player=False, speed=60.0
    )
    conversation.say("open acupressure helper")

    (envelope,) = conversation.sent
    assert envelope["request"]["locale"] == "en-IN"
    assert envelope["session"]["user"]["userId"] == "amzn1.ask.account.ravi"
    assert "AudioPlayer" not in envelope["context"]
    assert conversation.device.speed == 60.0
