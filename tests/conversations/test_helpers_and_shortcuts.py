"""A helper spoken to as a helper, those who know the way skipping it, and thanks.

Returning people start from a saved profile rather than a whole earlier hold.
"""

from __future__ import annotations

from skill.routine.model import Profile
from skill.store import SessionStore, person_key
from tests.conversations.test_privacy import _token
from tests.support.conversation import Conversation

ACCOUNT = "amzn1.ask.account.HOUSEHOLD"
HUSBAND = "amzn1.ask.person.HUSBAND"
HELPING_CHECK = "Does any of that apply to them?"
# The first part, often said straight after a thank-you, names them in fewer words.
HELPING_CHECK_FIRST = "A safety check for them first."


def returning(store: SessionStore, person: Conversation, *, usual: int | None = None) -> None:
    """A person who has heard the safety check and held the point before."""
    key = person_key(person.user_id, person.person_id)
    store.save_profile(
        Profile(person=key, heard_safety=True, holder="self", holds_started=2, holds_completed=2)
    )
    if usual is not None:
        person.ask("UsualLengthIntent", minutes=str(usual))


def test_a_helper_with_a_recognised_voice_is_asked_about_the_person_they_help(
    store: SessionStore,
) -> None:
    helper = Conversation(user_id=ACCOUNT, person_id=HUSBAND, clears_safety_check=False)
    opening = helper.ask("BackPainIntent")
    said = helper.say("HelperHoldIntent", helped="wife")
    second = helper.say("AMAZON.NoIntent")
    steps = helper.say("AMAZON.NoIntent")

    assert opening.speech.endswith("Does any of that apply to you?")
    assert said.speech.startswith("Thank you for helping.")
    assert "Are their legs numb or weak?" in said.speech
    assert HELPING_CHECK_FIRST in said.speech
    assert "Or are they pregnant?" in second.speech
    assert second.speech.endswith(HELPING_CHECK)
    assert "your" not in steps.speech.lower().replace("you're helping", "")
    assert "their knees" in steps.speech
    assert helper.say("PregnantIntent").speech.startswith("While they're pregnant")


def test_a_helper_s_hold_is_the_account_s_never_the_helper_s_voice(store: SessionStore) -> None:
    helper = Conversation(user_id=ACCOUNT, person_id=HUSBAND, clears_safety_check=False)
    helper.ask("BackPainIntent")
    helper.say("HelperHoldIntent", helped="wife")
    helper.say("AMAZON.NoIntent")
    helper.say("AMAZON.NoIntent")
    helper.say("FoundItIntent")
    token = _token(helper.say("HoldLengthIntent", minutes="5"))
    helper.event("PlaybackStarted", token)
    helper.event("PlaybackNearlyFinished", token)
    helper.event("PlaybackFinished", token, activity="FINISHED")

    account = store.load_profile(person_key(ACCOUNT))
    voice = store.load_profile(person_key(ACCOUNT, HUSBAND))
    assert "/v" not in token
    assert account.holds_completed == 1
    assert account.heard_safety
    assert [hold.held_seconds for hold in store.recent_holds(person_key(ACCOUNT))] == [300]
    assert voice.holds_started == 0
    assert store.recent_holds(person_key(ACCOUNT, HUSBAND)) == []


def test_saying_you_are_helping_mid_way_turns_the_steps_to_the_helper(
    store: SessionStore,
) -> None:
    helper = Conversation(user_id=ACCOUNT)
    helper.ask("BackPainIntent")
    mine = helper.say("SelfHoldIntent")
    theirs = helper.say("HelperHoldIntent", helped="him")
    # The check was cleared of the speaker; it is asked again of the person helped.
    helper.say("AMAZON.NoIntent")
    steps = helper.say("AMAZON.NoIntent")

    assert "Sit, or lie on your back" in mine.speech
    assert theirs.speech.startswith("Thank you for helping.")
    assert HELPING_CHECK_FIRST in theirs.speech
    assert "help them get comfortable, lying face down or on their side" in steps.speech


def test_someone_helping_me_still_speaks_to_the_person_in_pain(person: Conversation) -> None:
    person.ask("BackPainIntent")
    reply = person.say("HelperHoldIntent")
    assert "Your helper can sit beside your knees" in reply.speech


def test_a_returning_person_skips_the_steps_to_the_length_question(
    person: Conversation, store: SessionStore
) -> None:
    returning(store, person)
    reply = person.ask("SkipStepsIntent")
    assert reply.speech.startswith(("Okay.", "Alright.", "Good."))
    assert "How long would you like to hold it?" in reply.speech
    assert "crease" not in reply.speech


def test_a_one_shot_timer_with_a_length_starts_the_hold(
    person: Conversation, store: SessionStore
) -> None:
    returning(store, person)
    reply = person.ask("SkipStepsIntent", minutes="10")
    assert "10 minutes it is." in reply.speech
    assert reply.play_directive()["audioItem"]["stream"]["token"].split("/")[2] == "10"


def test_skipping_mid_steps_goes_to_the_length(person: Conversation, store: SessionStore) -> None:
    returning(store, person)
    person.ask("BackPainIntent")
    person.say("AMAZON.StartOverIntent")
    reply = person.say("SkipStepsIntent")
    assert "How long would you like to hold it?" in reply.speech


def test_a_first_timer_hears_the_safety_check_before_skipping_the_steps(
    person: Conversation, store: SessionStore
) -> None:
    person.clears_safety_check = False
    check = person.ask("SkipStepsIntent", minutes="5")
    person.say("AMAZON.NoIntent")
    started = person.say("AMAZON.NoIntent")

    assert check.speech.startswith("Okay.") or check.speech.startswith(("Alright.", "Good."))
    assert check.speech.endswith("Does any of that apply to you?")
    assert "First, a safety check." in check.speech
    assert "5 minutes it is." in started.speech
    assert started.play_directive()
    assert store.load_profile(person_key(person.user_id)).heard_safety


def test_a_waiting_safety_check_is_never_skipped(person: Conversation) -> None:
    person.clears_safety_check = False
    person.ask("BackPainIntent")
    reply = person.say("SkipStepsIntent", minutes="5")
    assert reply.speech.endswith("Does any of that apply to you?")
    assert not reply.directives


def test_thanks_at_a_question_asks_it_again_briefly(
    person: Conversation, store: SessionStore
) -> None:
    returning(store, person)
    person.ask("SkipStepsIntent")
    reply = person.say("ThanksIntent")
    assert reply.speech.startswith(("You're welcome.", "My pleasure.", "Any time."))
    assert reply.speech.endswith("Say a number of minutes, like 5, or 30.")
    assert not reply.ended


def test_thanks_on_its_own_is_a_kind_goodbye(person: Conversation) -> None:
    reply = person.ask("ThanksIntent")
    assert reply.speech.startswith(("You're welcome.", "My pleasure.", "Any time."))
    assert reply.ended


def test_thanks_mid_hold_lets_the_hold_play_on(person: Conversation, store: SessionStore) -> None:
    returning(store, person)
    token = _token(person.ask("SkipStepsIntent", minutes="10"))
    person.event("PlaybackStarted", token)
    reply = person.during_hold("ThanksIntent", token, 60_000)
    assert reply.speech.startswith(("You're welcome.", "My pleasure.", "Any time."))
    assert reply.play_directive()["audioItem"]["stream"]["token"] == token


def test_a_check_answered_before_saying_you_help_is_asked_again_of_the_person_helped(
    store: SessionStore,
) -> None:
    helper = Conversation(user_id=ACCOUNT, clears_safety_check=False)
    helper.ask("BackPainIntent")
    helper.say("AMAZON.NoIntent")  # "Are your legs numb…?": the helper's own answers
    helper.say("AMAZON.NoIntent")
    said = helper.say("HelperHoldIntent", helped="her")
    second = helper.say("AMAZON.NoIntent")
    cleared = helper.say("AMAZON.NoIntent")

    assert said.speech.startswith("Thank you for helping.")
    assert "Are their legs numb or weak?" in said.speech
    assert HELPING_CHECK_FIRST in said.speech
    assert "Or are they pregnant?" in second.speech
    assert cleared.speech.startswith("All clear")
    assert store.load_profile(person_key(ACCOUNT)).heard_safety


def test_helping_said_between_the_check_s_two_parts_asks_it_again_from_the_first(
    store: SessionStore,
) -> None:
    helper = Conversation(user_id=ACCOUNT, clears_safety_check=False)
    helper.ask("BackPainIntent")
    helper.say("AMAZON.NoIntent")  # the first part, answered of the helper

    said = helper.say("HelperHoldIntent", helped="wife")

    assert "Are their legs numb or weak?" in said.speech
