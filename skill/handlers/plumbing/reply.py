"""The reply to one request: what is said, what is shown, and whether Alexa listens.

Notes (such as "that was not saved") come first, once each; the picture of the point
or a note is shown as a card, and on a screen where there is one. The turn's changes are
saved after the handler answers, so `finish` speaks the answer once more after the save:
with any note the save added, at the rate of a profile the save read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Directive, Response
from ask_sdk_model.ui import SsmlOutputSpeech

from skill.routine.speech_rate import SpeechRate
from skill.speech.prosody import at_rate
from skill.speech.ssml import sentences, speak


class Reply:
    def __init__(
        self,
        handler_input: HandlerInput,
        *,
        screen: Callable[[], bool],
        rate: Callable[[], SpeechRate] = lambda: SpeechRate.NORMAL,
    ) -> None:
        self._builder = handler_input.response_builder
        self._screen = screen
        self._rate = rate
        self._notes: list[str] = []
        self._point_shown: tuple[str, str] | None = None
        self._note_shown: tuple[str, str] | None = None
        self._spoken: _Spoken | None = None

    def note(self, said: str) -> None:
        """Say `said` before the rest of the reply, once however often it is noted."""
        if said not in self._notes:
            self._notes.append(said)

    def show_point(self, title: str, text: str) -> None:
        """Show the picture of the point with `text`: a card, and a screen where there is one."""
        self._point_shown = (title, text)

    def show_note(self, title: str, text: str) -> None:
        """Show `text` under `title`: a card, and a screen where there is one."""
        self._note_shown = (title, text)

    def ask(self, *said: str, reprompt: str, directives: Sequence[Directive] = ()) -> Response:
        """Speak and keep listening."""
        self._show()
        builder = self._builder
        rate = self._rate()
        builder.speak(self._speech(said, rate, reprompt)).ask(_spoken([reprompt], rate))
        builder.set_should_end_session(False)
        for directive in directives:
            builder.add_directive(directive)
        return builder.response

    def tell(self, *said: str, directives: Sequence[Directive] = ()) -> Response:
        """Speak (with any directives) and end the session."""
        self._show()
        builder = self._builder
        builder.speak(self._speech(said, self._rate())).set_should_end_session(True)
        for directive in directives:
            builder.add_directive(directive)
        return builder.response

    def hand_over(self, directive: Directive, *said: str) -> Response:
        """Speak, then let Alexa take the next turn (a permission prompt, say).

        Neither ends the session nor listens: Alexa answers the directive with a request
        of its own, in this session.
        """
        builder = self._builder
        speech = self._speech(said, self._rate())
        if said or self._notes:
            builder.speak(speech)
        builder.add_directive(directive)
        return builder.response

    def finish(self, response: Response) -> None:
        """Speak the answer as it stands once the turn is saved (see the module's note).

        An answer built without speech by this reply stays silent: a device's report gets
        directives only, as "when responding to a LaunchRequest or IntentRequest, your
        response can include both AudioPlayer directives and standard response properties
        such as outputSpeech" ("AudioPlayer Interface Reference") speaks only of those two.
        """
        spoken = self._spoken
        if spoken is None or not (spoken.said or self._notes):
            return
        rate = self._rate()
        response.output_speech = SsmlOutputSpeech(ssml=self._speech(spoken.said, rate))
        if spoken.reprompt is not None and response.reprompt is not None:
            response.reprompt.output_speech = SsmlOutputSpeech(
                ssml=_spoken([spoken.reprompt], rate)
            )

    def _speech(self, said: Sequence[str], rate: SpeechRate, reprompt: str | None = None) -> str:
        self._spoken = _Spoken(said, reprompt)
        return _spoken([*self._notes, *said], rate)

    def _show(self) -> None:
        if self._note_shown is None and self._point_shown is None:
            return
        # The cards and screens, loaded when something is shown: a launch shows nothing.
        from skill.visuals.notes import note_card, note_screen
        from skill.visuals.screens import point_card, point_screen

        builder = self._builder
        if self._note_shown is not None:
            builder.set_card(note_card(*self._note_shown))
            if self._screen():
                builder.add_directive(note_screen(*self._note_shown))
            return
        if self._point_shown is None:
            return
        title, text = self._point_shown
        builder.set_card(point_card(title, text))
        if self._screen():
            builder.add_directive(point_screen(text))


class _Spoken(NamedTuple):
    """What an answer said, and its reprompt."""

    said: Sequence[str]
    reprompt: str | None


def _spoken(said: Sequence[str], rate: SpeechRate) -> str:
    """SSML for `said`, at the speech rate the person chose."""
    return speak(at_rate(sentences(said), rate))
