"""The reply to one request: what is said, what is shown, and whether Alexa listens.

Notes (such as "that was not saved") come first, once each; the picture of the point
or a note is shown as a card, and on a screen where there is one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ask_sdk_core.handler_input import HandlerInput
from ask_sdk_model import Directive, Response

from skill.routine.speech_rate import SpeechRate
from skill.speech.prosody import at_rate
from skill.speech.ssml import sentences, speak
from skill.visuals.notes import note_card, note_screen
from skill.visuals.screens import point_card, point_screen


class Reply:
    def __init__(self, handler_input: HandlerInput, *, screen: Callable[[], bool]) -> None:
        self._builder = handler_input.response_builder
        self._screen = screen
        self._notes: list[str] = []
        self._point_shown: str | None = None
        self._note_shown: tuple[str, str] | None = None

    def note(self, said: str) -> None:
        """Say `said` before the rest of the reply, once however often it is noted."""
        if said not in self._notes:
            self._notes.append(said)

    def show_point(self, text: str) -> None:
        """Show the picture of the point with `text`: a card, and a screen where there is one."""
        self._point_shown = text

    def show_note(self, title: str, text: str) -> None:
        """Show `text` under `title`: a card, and a screen where there is one."""
        self._note_shown = (title, text)

    def ask(
        self,
        said: Sequence[str],
        *,
        reprompt: str,
        rate: SpeechRate,
        directives: Sequence[Directive] = (),
    ) -> Response:
        """Speak and keep listening."""
        self._show()
        builder = self._builder
        builder.speak(_spoken([*self._notes, *said], rate)).ask(_spoken([reprompt], rate))
        builder.set_should_end_session(False)
        for directive in directives:
            builder.add_directive(directive)
        return builder.response

    def tell(
        self, said: Sequence[str], *, rate: SpeechRate, directives: Sequence[Directive] = ()
    ) -> Response:
        """Speak (with any directives) and end the session."""
        self._show()
        builder = self._builder
        builder.speak(_spoken([*self._notes, *said], rate)).set_should_end_session(True)
        for directive in directives:
            builder.add_directive(directive)
        return builder.response

    def hand_over(self, directive: Directive, said: Sequence[str], *, rate: SpeechRate) -> Response:
        """Speak, then let Alexa take the next turn (a permission prompt, say).

        Neither ends the session nor listens: Alexa answers the directive with a request
        of its own, in this session.
        """
        builder = self._builder
        if said or self._notes:
            builder.speak(_spoken([*self._notes, *said], rate))
        builder.add_directive(directive)
        return builder.response

    def _show(self) -> None:
        builder = self._builder
        if self._note_shown is not None:
            builder.set_card(note_card(*self._note_shown))
            if self._screen():
                builder.add_directive(note_screen(*self._note_shown))
            return
        if self._point_shown is None:
            return
        builder.set_card(point_card(self._point_shown))
        if self._screen():
            builder.add_directive(point_screen(self._point_shown))


def _spoken(said: Sequence[str], rate: SpeechRate) -> str:
    """SSML for `said`, at the speech rate the person chose."""
    return speak(at_rate(sentences(said), rate))
