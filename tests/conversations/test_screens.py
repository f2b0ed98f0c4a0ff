"""The picture of the point: a card in the Alexa app, a page on screens, art during a hold."""

from __future__ import annotations

from skill.store import SessionStore
from skill.visuals.images import ART, CARD_LARGE, CARD_SMALL, NOW_PLAYING_BACKGROUND, image_url
from tests.support.conversation import Conversation


def test_each_step_comes_with_a_card_of_the_point(person: Conversation) -> None:
    person.ask("BackPainIntent")
    reply = person.say("SelfHoldIntent")
    card = reply.response["card"]
    assert card["type"] == "Standard"
    assert card["title"] == "Finding Bladder 40"
    assert "get comfortable" in card["text"]
    assert card["image"] == {
        "smallImageUrl": image_url(CARD_SMALL),
        "largeImageUrl": image_url(CARD_LARGE),
    }
    assert "find the crease" in person.say("AMAZON.NextIntent").response["card"]["text"]


def test_a_screen_shows_the_picture_with_the_step(store: SessionStore) -> None:
    person = Conversation(screen=True)
    person.ask("BackPainIntent")
    reply = person.say("SelfHoldIntent")
    [screen] = [d for d in reply.directives if d["type"] == "Alexa.Presentation.APL.RenderDocument"]
    assert screen["document"]["type"] == "APL"
    assert screen["datasources"]["point"]["image"] == image_url(CARD_LARGE)
    assert "get comfortable" in screen["datasources"]["point"]["step"]


def test_no_page_is_sent_to_a_device_without_a_screen(person: Conversation) -> None:
    person.ask("BackPainIntent")
    reply = person.say("SelfHoldIntent")
    assert not any(d["type"].startswith("Alexa.Presentation") for d in reply.directives)


def test_the_question_of_who_presses_shows_no_card(person: Conversation) -> None:
    assert "card" not in person.ask("BackPainIntent").response


def test_a_hold_shows_the_point_as_its_art(person: Conversation) -> None:
    person.ask("BackPainIntent")
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    metadata = person.say("HoldLengthIntent", minutes="5").play_directive()["audioItem"]["metadata"]
    assert metadata["art"]["sources"] == [{"url": image_url(ART)}]
    assert metadata["backgroundImage"]["sources"] == [{"url": image_url(NOW_PLAYING_BACKGROUND)}]
