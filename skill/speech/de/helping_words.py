"""Worte für Helfende: someone pressing the point for another person ("für meine Frau").

Every line that speaks of the patient's body as "Sie" has its helper form here, speaking
of "die Person, der Sie helfen"; the rest of the pack serves a helper unchanged.
"""

from __future__ import annotations

from skill.routine.journey import Pending
from skill.routine.questions import Question
from skill.routine.steps import Step
from skill.speech.de import check_words

THANKS_FOR_HELPING = "Danke, dass Sie helfen. Die Übung zählt für diese Person."
THANKS_MID_HOLD = "Danke, dass Sie helfen. Halten Sie einen gleichmäßigen, angenehmen Druck."

APPLIES = "Trifft etwas davon auf die Person zu?"

# Often said right after a helper's thank-you, so kept to the fewest words that carry
# every question: the whole turn is one breath.
SAFETY_FIRST = (
    "Zuerst ein Sicherheitscheck für die Person. Sind ihre Beine taub oder schwach? "
    "Kann sie Blase oder Darm schlecht kontrollieren? "
    "Fieber, ein Sturz oder eine Verletzung? Trifft etwas davon zu?"
)
SAFETY_SECOND = (
    "Danke. Das ist Selbsthilfe, keine ärztliche Beratung. "
    "Ist ihre Kniekehle geschwollen, verletzt, oder hat sie dort Krampfadern? "
    "Ist ihre Wade schmerzhaft oder geschwollen? Oder ist sie schwanger? " + APPLIES
)
STOP_FOR_A_DOCTOR = (
    "Dann sollte die Person zuerst zum Arzt gehen, bevor Sie das ausprobieren. Wenn es "
    "plötzlich kommt oder stark ist, holen Sie sofort Hilfe. Gute Besserung."
)
STOP_BEHIND_THE_KNEE = (
    "Dann drücken Sie besser vorerst nicht hinter ihr Knie. Die Person sollte zuerst eine "
    "Ärztin oder einen Arzt fragen, in der Schwangerschaft ihre Hebamme. "
    "Eine schmerzhafte, geschwollene Wade braucht bald ärztliche Hilfe."
)

_STEPS: dict[Step, str] = {
    Step.COMFORTABLE: (
        "Suchen wir den Punkt. Helfen Sie der Person, sich bequem auf den Bauch oder die Seite "
        "zu legen, die Beine locker. Setzen Sie sich neben ihre Knie, dann sagen Sie: weiter."
    ),
    Step.CREASE: (
        "Ertasten Sie hinten an ihrem Knie die Kniekehle, die Falte, wo sich das Bein beugt."
    ),
    Step.TENDONS: (
        "Entlang dieser Falte spüren Sie zwei feste Stränge, einen an jeder Seite des Knies. "
        "Das sind Sehnen."
    ),
    Step.CENTRE: (
        "Der Punkt liegt in der Mitte der Falte, genau zwischen diesen beiden Sehnen. "
        "Er kann sich für die Person etwas empfindlich anfühlen."
    ),
    Step.PRESS: (
        "Drücken Sie dort mit den Fingerspitzen oder einem Daumen, fest, aber angenehm. "
        "Es sollte nie stechen. Fragen Sie, wie es sich anfühlt, und lassen Sie nach, "
        "wenn es wehtut."
    ),
    Step.KNEES: (
        "Sie können ein Knie drücken, oder beide zugleich. "
        "Wenn Sie auf dem Punkt sind, sagen Sie: gefunden."
    ),
}

_ANSWERS: dict[Question, str] = {
    Question.IT_HURTS: (
        "Lassen Sie nach, bis es sich für die Person fest, aber nie stechend anfühlt. "
        "Wenn es weiter wehtut, hören Sie auf, und lassen Sie es ärztlich ansehen."
    ),
    Question.CANT_REACH: (
        "Die Person legt sich auf den Bauch oder auf die Seite, und Sie setzen sich neben "
        "ihre Knie. So erreichen Sie die Kniekehle leicht."
    ),
    Question.TOO_SORE_TO_BEND: (
        "Die Person kann mit gestrecktem Bein auf dem Bauch liegen; Sie drücken die Kniekehle. "
        "Wenn der Schmerz stark ist oder schlimmer wird, sollte sie zum Arzt gehen."
    ),
    Question.SITTING_OR_LYING: (
        "Wie es für die Person bequemer ist. Auf dem Bauch oder auf der Seite geht es oft "
        "am leichtesten."
    ),
}


def step(step: Step) -> str:
    return _STEPS[step]


def answer(question: Question) -> str | None:
    """The helper form of an answer, where the usual one speaks of the patient as "Sie"."""
    return _ANSWERS.get(question)


def question(pending: Pending, suggested: int | None) -> str:
    """The question asked on the way, to a helper."""
    match pending:
        case Pending.SAFETY_FIRST:
            return SAFETY_FIRST
        case Pending.SAFETY_SECOND:
            return SAFETY_SECOND
        case _:
            return check_words.question(pending, suggested)


def reprompt(pending: Pending, suggested: int | None) -> str:
    if pending in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        return f"{APPLIES} Sagen Sie ja oder nein."
    return check_words.reprompt(pending, suggested)


def help_for(pending: Pending, suggested: int | None) -> str:
    if pending in (Pending.SAFETY_FIRST, Pending.SAFETY_SECOND):
        return (
            "Wenn etwas davon auf die Person zutrifft, der Sie helfen, sagen Sie ja, und ich "
            "sage Ihnen, was Sie stattdessen tun können. Wenn nichts zutrifft, sagen Sie nein, "
            "und wir machen weiter."
        )
    return check_words.help_for(pending, suggested)
