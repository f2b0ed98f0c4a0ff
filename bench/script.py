"""The scripted conversations every benchmark runs through both skills."""

from __future__ import annotations

from bench.device_player import play_through
from bench.person import Person

HOLD_MINUTES = "12"
NEXT_STEPS = 5


def pass_the_safety_check(person: Person) -> None:
    """No to both of the safety check's questions, as most people answer."""
    person.say("AMAZON.NoIntent")
    person.say("AMAZON.NoIntent")


def full_session(person: Person) -> None:
    """Launch, yes, the safety check, myself, five steps, found it, twelve minutes, the hold."""
    person.launch()
    person.say("AMAZON.YesIntent")
    pass_the_safety_check(person)
    person.say("SelfHoldIntent")
    for _ in range(NEXT_STEPS):
        person.say("AMAZON.NextIntent")
    person.say("FoundItIntent")
    started = person.say("HoldLengthIntent", minutes=HOLD_MINUTES)
    play_through(person, started)
    person.ask("AMAZON.StopIntent")


def thirty_minute_hold(person: Person) -> int:
    """The device's requests for a 30-minute hold, from its first Play to its end."""
    person.launch()
    person.say("AMAZON.YesIntent")
    pass_the_safety_check(person)
    person.say("SelfHoldIntent")
    person.say("FoundItIntent")
    started = person.say("HoldLengthIntent", minutes="30")
    return play_through(person, started)
