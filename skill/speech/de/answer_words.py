"""Kurze Antworten auf das, was Menschen fragen (short answers, in German).

Each is at most two short sentences. Health facts go no further than the source
article does ("viele Menschen", "oft"); anything medical sends the person to a doctor,
or a midwife in pregnancy.
"""

from __future__ import annotations

from skill.routine.hold_length import EASING_MINUTES, FULL_EFFECT_MINUTES
from skill.routine.questions import Question
from skill.speech.de.privacy_words import WHAT_I_KEEP

# "Wie lange soll ich drücken?" asked while a hold already runs.
HOW_LONG = (
    f"{EASING_MINUTES} Minuten bringen oft schon etwas Linderung; "
    f"{FULL_EFFECT_MINUTES} Minuten geben die volle Wirkung."
)

_ANSWERS: dict[Question, str] = {
    Question.IT_HURTS: (
        "Lassen Sie nach, bis es sich fest, aber nie stechend anfühlt. "
        "Wenn es weiter wehtut, hören Sie auf, und lassen Sie es ärztlich ansehen."
    ),
    Question.WHICH_KNEE: (
        "Jedes Knie ist gut, links oder rechts. Sie können auch beide zugleich drücken."
    ),
    Question.HOW_HARD: (
        "Fest, aber angenehm, mit den Fingerspitzen oder einem Daumen. Es sollte nie stechen."
    ),
    Question.WHAT_IS_THE_POINT: (
        "Blase 40 ist ein Akupressurpunkt in der Mitte der Kniekehle. "
        "Viele Menschen nutzen ihn, um Schmerzen im unteren Rücken zu lindern."
    ),
    Question.WHY_THE_KNEE: (
        "In der Akupressur gilt dieser Punkt hinter dem Knie als Meisterpunkt für den Rücken. "
        "Er soll den Rückenmuskeln helfen, sich zu entspannen."
    ),
    Question.BOTH_KNEES: "Ja, Sie können beide Knie zugleich drücken, oder nur eines.",
    Question.RUBBING: (
        "Ja. Sie können den Punkt ruhig halten oder sanft reiben, wie es sich besser anfühlt."
    ),
    Question.CANT_REACH: (
        "Legen Sie sich auf den Rücken und ziehen Sie das Knie zu sich heran. "
        "Oder jemand drückt für Sie: sagen Sie einfach, jemand hilft mir."
    ),
    Question.TOO_SORE_TO_BEND: (
        "Legen Sie sich hin, und lassen Sie, wenn möglich, jemand anderen den Punkt drücken. "
        "Wenn der Schmerz stark ist oder schlimmer wird, gehen Sie bitte zum Arzt."
    ),
    Question.HOW_OFTEN: (
        "Wie oft es für Sie richtig ist, kann ich nicht sagen; fragen Sie bitte Ihre Ärztin "
        "oder Ihren Arzt. Die Wirkung hält oft noch Stunden an."
    ),
    Question.DOES_IT_WORK: (
        f"Viele Menschen spüren nach etwa {EASING_MINUTES} Minuten, dass der Schmerz "
        "nachlässt. Das ist Selbsthilfe, keine ärztliche Beratung: medizinische Fragen "
        "klären Sie bitte mit einem Arzt."
    ),
    # The article uses the word without defining it: it "helps to move Blood and Qi in the
    # back, allowing for muscles to relax and pain to subside". No more is claimed here.
    Question.WHAT_IS_QI: (
        "Qi, gesprochen Tschi, ist ein Wort aus der Akupressur, nicht der Medizin. "
        "Dieser Punkt soll Blut und Qi im Rücken bewegen, damit die Muskeln sich entspannen."
    ),
    Question.WHAT_YOU_KEEP: WHAT_I_KEEP,
    Question.SITTING_OR_LYING: (
        "Beides, wie es bequemer ist. Setzen Sie sich, oder legen Sie sich mit leicht "
        "gebeugten Knien auf den Rücken."
    ),
}


def answer(question: Question) -> str:
    """The answer to `question`, at any step or during a hold."""
    return _ANSWERS[question]


def talk_to_person(emergency_number: str) -> str:
    """ "Ich will mit einem Menschen reden": who can help, and who in an emergency."""
    return (
        "Es tut mir leid, ich kann Sie nicht mit einer Person verbinden. Bei Rückenschmerzen "
        f"hilft Ihnen Ihre Hausarztpraxis. Im Notfall rufen Sie die {emergency_number}."
    )
