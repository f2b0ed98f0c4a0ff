"""What a person says to the skill that last played audio, without its name."""

from __future__ import annotations

from toolkit.simulator.matcher import Match, Matcher

# The built-in intents a device sends to the skill that last played audio, without its
# name ("Standard Built-in Intents"; "stop" arrives as AMAZON.PauseIntent).
WITHOUT_THE_NAME = frozenset(
    {
        "AMAZON.CancelIntent",
        "AMAZON.LoopOffIntent",
        "AMAZON.LoopOnIntent",
        "AMAZON.NextIntent",
        "AMAZON.PauseIntent",
        "AMAZON.PreviousIntent",
        "AMAZON.RepeatIntent",
        "AMAZON.ResumeIntent",
        "AMAZON.ShuffleOffIntent",
        "AMAZON.ShuffleOnIntent",
        "AMAZON.StartOverIntent",
    }
)


def audio_control(
    matcher: Matcher, tokens: list[str], *, stop_as_stop: bool = False
) -> Match | None:
    """The intent a line said with no session open sends to the skill that last played audio.

    "For skills that stream audio using the AudioPlayer interface, users can invoke
    this intent without using your invocation name if your skill is currently playing
    audio or was the most recent skill to play audio" ("Standard Built-in Intents",
    said of Cancel, Loop, Next, Pause, Previous, Repeat, Resume, Shuffle and
    StartOver): so only those reach the skill without its name, also after the hold
    has finished. And the Alexa docs' note on stopping audio skills: "when your skill
    is not in an active session but is playing audio, or was the skill most recently
    playing audio, utterances such as 'stop' send your skill an AMAZON.PauseIntent
    instead of an AMAZON.StopIntent". Any other line said without the name is not
    for the skill: None. `stop_as_stop`: the device sends "stop" as AMAZON.StopIntent
    (the `stop-when-stopped` variant of toolkit.simulator.variants, once the audio has
    stopped).
    """
    match = matcher.find(" ".join(tokens))
    if match is None:
        return None
    if match.intent == "AMAZON.StopIntent":
        if stop_as_stop:
            return match
        match = Match("AMAZON.PauseIntent")
    return match if match.intent in WITHOUT_THE_NAME else None
