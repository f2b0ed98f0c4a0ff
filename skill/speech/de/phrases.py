"""Die Sätze, die zum Weg zum Punkt passen: German's sentences on the way (de-DE).

skill.speech.journey_phrases chooses among them by where the person is.

Short, plain sentences in the polite "Sie" form: the listener is in pain, hands busy,
eyes closed.
"""

from __future__ import annotations

from skill.routine.hold_length import (
    EASING_MINUTES,
    FULL_EFFECT_MINUTES,
    LONGEST_MINUTES,
    SHORTEST_MINUTES,
    LengthProblem,
)
from skill.routine.journey import Stage
from skill.routine.steps import Step
from skill.speech.de.common import minutes as minutes  # noqa: PLC0414 - given on

WELCOME_NEW = (
    "Hallo, hier ist Akupressur Helfer. Ich führe Sie zu einem Druckpunkt hinter dem Knie, "
    "den viele Menschen bei Rückenschmerzen nutzen, und zähle die Zeit. Sollen wir anfangen?"
)
WELCOME_BACK = ("Willkommen zurück.", "Schön, wieder von Ihnen zu hören.", "Hallo, da sind Sie ja.")

HOLDER_QUESTION = "Drücken Sie den Punkt selbst, oder hilft Ihnen jemand?"
HOLDER_REPROMPT = "Sagen Sie einfach: selbst, oder: jemand hilft mir."

SELF_STEPS: dict[Step, str] = {
    Step.COMFORTABLE: (
        "Suchen wir den Punkt. Machen Sie es sich bequem: im Sitzen, oder auf dem Rücken "
        "liegend, die Knie leicht gebeugt, damit Sie dahinter greifen können. "
        "Sagen Sie weiter, wenn Sie so weit sind."
    ),
    Step.CREASE: (
        "Legen Sie eine Hand hinter Ihr Knie und ertasten Sie die Kniekehle, "
        "die Falte, wo sich das Bein beugt."
    ),
    Step.TENDONS: (
        "Entlang dieser Falte spüren Sie zwei feste Stränge, einen an jeder Seite des Knies. "
        "Das sind Sehnen."
    ),
    Step.CENTRE: (
        "Der Punkt liegt in der Mitte der Falte, genau zwischen diesen beiden Sehnen. "
        "Er kann sich etwas empfindlich anfühlen."
    ),
    Step.PRESS: (
        "Drücken Sie dort mit den Fingerspitzen, fest, aber angenehm. "
        "Es sollte nie stechen. Wenn doch, lassen Sie nach."
    ),
    Step.KNEES: (
        "Sie können ein Knie drücken, oder beide zugleich, mit je einer Hand. "
        "Wenn Sie auf dem Punkt sind, sagen Sie: gefunden."
    ),
}

HELPER_STEPS: dict[Step, str] = {
    **SELF_STEPS,
    Step.COMFORTABLE: (
        "Suchen wir den Punkt. Legen Sie sich bequem auf den Bauch oder auf die Seite, die "
        "Beine locker. Ihre Hilfe kann sich neben Ihre Knie setzen. "
        "Sagen Sie weiter, wenn Sie so weit sind."
    ),
    Step.CREASE: (
        "Ihre Hilfe ertastet hinten am Knie die Kniekehle, die Falte, wo sich das Bein beugt."
    ),
    Step.PRESS: (
        "Drücken Sie dort mit den Fingerspitzen oder einem Daumen, fest, aber angenehm. "
        "Es sollte nie stechen. Fragen Sie nach, wie es sich anfühlt, und lassen Sie nach, "
        "wenn es wehtut."
    ),
    Step.KNEES: (
        "Sie können ein Knie drücken, oder beide zugleich. "
        "Wenn der Punkt gedrückt wird, sagen Sie: gefunden."
    ),
}

STEP_REPROMPT = "Sagen Sie weiter, wenn Sie so weit sind, oder: noch mal."
LAST_STEP_REPROMPT = "Wenn Sie auf dem Punkt sind, sagen Sie: gefunden."

QUICK_LOCATE = (
    "Suchen Sie den Punkt: die Mitte der Kniekehle, zwischen den beiden Sehnen. "
    "Drücken Sie fest, aber nie so, dass es sticht. "
    "Sagen Sie gefunden, wenn Sie dort sind, oder: führe mich."
)
QUICK_LOCATE_REPROMPT = "Sagen Sie gefunden, wenn Sie den Punkt drücken, oder: führe mich."

LENGTH_QUESTION = (
    f"Wie lange möchten Sie drücken? {EASING_MINUTES} Minuten bringen oft schon etwas "
    f"Linderung; {FULL_EFFECT_MINUTES} Minuten geben die volle Wirkung."
)

LENGTH_PROBLEMS: dict[LengthProblem, str] = {
    LengthProblem.UNCLEAR: "Entschuldigung, wie lange, habe ich nicht verstanden.",
    LengthProblem.TOO_SHORT: "Das ist zu kurz, um zu helfen.",
    LengthProblem.TOO_LONG: "Das ist länger, als ich zählen kann.",
}
LENGTH_RANGE = f"Wählen Sie etwas zwischen {SHORTEST_MINUTES} und {LONGEST_MINUTES} Minuten."
LENGTH_REPROMPT = (
    f"Sagen Sie eine Zahl von Minuten, zum Beispiel {EASING_MINUTES} oder {FULL_EFFECT_MINUTES}."
)

OFFER = "Sollen wir anfangen?"
OFFER_REPROMPT = "Sollen wir anfangen? Sagen Sie ja, oder stopp."
ACKNOWLEDGE = ("In Ordnung.", "Gut.", "Alles klar.")
THANKED = ("Gern geschehen.", "Sehr gerne.", "Jederzeit.")

# The usual length and a length said; `{minutes}` and `{your_usual}` are filled in by
# skill.speech.journey_phrases, which chooses among these for every language.
WELCOME_BACK_ASK = "Sollen wir zusammen den Punkt suchen?"
YOUR_USUAL = ("Ihre übliche {minutes}", "Ihre üblichen {minutes}")
USUAL_OFFER = "Sollen wir {your_usual} machen?"
USUAL_REPROMPT = "Sagen Sie ja für {your_usual}, oder eine andere Dauer."
USUAL_HELP = (
    "Sagen Sie ja, um den Punkt {your_usual} zu drücken, "
    "oder nennen Sie eine andere Dauer, zum Beispiel zehn Minuten."
)
LENGTH_NOTED = "{minutes}, notiert. Ich zähle, sobald Sie den Punkt gefunden haben."
LENGTH_KEPT = "{minutes}, notiert."
LENGTH_CHOSEN = "Also {minutes}."
REMEMBERED = "Das merke ich mir für das nächste Mal."
# Help at each stage but the usual length's.
HELP: dict[Stage, str] = {
    Stage.OFFER: (
        "Ich führe Sie zu einem Punkt hinter dem Knie, der vielen Menschen bei "
        "Rückenschmerzen hilft, und zähle, wie lange Sie ihn drücken. Sagen Sie ja "
        "zum Anfangen, oder stopp. Sie können mich auch etwas fragen, zum Beispiel: "
        "welches Knie?"
    ),
    Stage.HOLDER: (
        "Ich führe Sie so oder so. Sagen Sie selbst, wenn Sie den Punkt drücken, "
        "oder jemand hilft mir, wenn eine andere Person drückt."
    ),
    Stage.LOCATE: (
        "Sagen Sie weiter, zurück, noch mal, oder wo ist der Punkt. Sagen Sie "
        "gefunden, wenn Sie darauf sind. Sie können auch fragen: wie fest drücke ich?"
    ),
    Stage.QUICK_LOCATE: "Sagen Sie gefunden, wenn Sie auf dem Punkt drücken, oder: führe mich.",
    Stage.LENGTH: (
        "Sagen Sie, wie viele Minuten Sie den Punkt drücken möchten, "
        f"von {SHORTEST_MINUTES} bis {LONGEST_MINUTES}: kurz, die vollen dreißig, "
        "oder eine beliebige Zahl. Oder sagen Sie: such du aus."
    ),
}
