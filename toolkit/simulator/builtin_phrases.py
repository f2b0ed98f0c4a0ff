"""How people commonly say the built-in intents: a device knows these without the model."""

from __future__ import annotations

BUILT_IN_PHRASES: dict[str, tuple[str, ...]] = {
    "AMAZON.YesIntent": (
        "yes", "yeah", "yep", "yup", "sure", "please do", "sounds good",
        "yes please", "of course", "correct",
    ),  # "ok", "okay", "alright": the model's own OkayIntent (unclear at the safety check)
    "AMAZON.NoIntent": ("no", "nope", "nah", "no thanks", "no thank you", "not now"),
    "AMAZON.HelpIntent": ("help", "help me", "what can i say", "can you help me", "what can i do"),
    "AMAZON.StopIntent": ("stop", "quit", "exit", "enough", "off", "shut up"),
    "AMAZON.CancelIntent": ("cancel", "never mind", "nevermind", "forget it"),
    "AMAZON.NextIntent": ("next", "next step", "next one", "skip", "skip it", "skip this"),
    "AMAZON.PreviousIntent": ("previous", "previous one", "go back", "back"),
    "AMAZON.RepeatIntent": (
        "repeat", "repeat that", "say that again", "again", "pardon", "what did you say",
        "come again", "sorry what",
    ),
    "AMAZON.StartOverIntent": (
        "start over", "restart", "start again", "begin again", "from the beginning",
    ),
    "AMAZON.PauseIntent": ("pause", "pause it", "hold on", "wait", "wait a moment"),
    "AMAZON.ResumeIntent": ("resume", "continue", "keep going", "carry on", "go on", "unpause"),
    "AMAZON.NavigateHomeIntent": ("go home", "home"),
    "AMAZON.LoopOnIntent": ("loop", "loop on", "turn on loop"),
    "AMAZON.LoopOffIntent": ("loop off", "turn off loop", "stop looping"),
    "AMAZON.ShuffleOnIntent": ("shuffle", "shuffle on", "turn on shuffle"),
    "AMAZON.ShuffleOffIntent": ("shuffle off", "turn off shuffle", "stop shuffling"),
}  # fmt: skip
