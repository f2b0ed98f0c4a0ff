"""The chat device's own words: "help" and "quit", which never reach the skill.

On an Echo, a word said without "Alexa," is heard only while a skill listens. Here a
person at a keyboard may type before any skill is open, so the device answers two words
itself, said alone: "help" (when no skill session is open; in one, "help" is the
skill's) and "quit" or "exit", which end the chat as Ctrl-D does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from toolkit.simulator.normalise import words

WELCOME = (
    'Say what you would say to Alexa; to start: "Alexa, open acupressure helper".\n'
    '"help" and "quit" are this device\'s own words: help lists what you can say, quit ends.'
)
HELP = """\
This device's own words:
  help                  this list (in a conversation, "help" asks the skill instead)
  quit, exit            end the chat (so does Ctrl-D)
  wait 2 minutes        let hold time pass before the next line ("wait 90 seconds" too)
To the skill, with its name:
  Alexa, open acupressure helper
  Alexa, ask acupressure helper for back pain
  Alexa, ask acupressure helper how long is left
In a conversation, answer as you would aloud: "yes", "no", "I found it", "ten minutes".
While a hold plays, or after it, these reach it without the name, as on an Echo:
  pause, resume, stop, start over, repeat, next, previous"""
QUIT_WORDS = frozenset({"quit", "exit"})


def with_device_words(
    lines: Iterable[str], session_open: Callable[[], bool], say: Callable[[str], None]
) -> Iterator[str]:
    """`lines`, less the device's own words: "help" is answered with `say`, "quit" ends them."""
    for line in lines:
        said = words(line)  # said alone: "Alexa, help" is for a skill, as on an Echo
        if len(said) == 1 and said[0] in QUIT_WORDS:
            return
        if said == ["help"] and not session_open():
            say(HELP)
            continue
        yield line
