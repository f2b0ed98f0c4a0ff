"""The French sentences on the way to the point (fr-FR, fr-CA).

skill.speech.journey_phrases chooses among them by where the person is.
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
from skill.speech.fr.common import LENGTH_REPROMPT as LENGTH_REPROMPT  # noqa: PLC0414 - given on
from skill.speech.fr.common import NAME
from skill.speech.fr.common import minutes as minutes  # noqa: PLC0414 - given on

WELCOME_NEW = (
    f"Bonjour, ici {NAME}. Je vais vous guider vers un point derrière le genou "
    "que beaucoup de gens utilisent contre le mal de dos, et chronométrer la séance. On commence?"
)
WELCOME_BACK = ("Re-bonjour.", "Contente de vous retrouver.", "Bonjour à nouveau.")

HOLDER_QUESTION = "Allez-vous appuyer sur le point vous-même, ou quelqu'un vous aide?"
HOLDER_REPROMPT = "Dites simplement : moi-même, ou : quelqu'un m'aide."

SELF_STEPS: dict[Step, str] = {
    Step.COMFORTABLE: (
        "Trouvons le point. D'abord, installez-vous confortablement. Asseyez-vous, ou "
        "allongez-vous sur le dos, les genoux un peu pliés pour passer la main derrière. "
        "Dites suivant quand vous voulez."
    ),
    Step.CREASE: (
        "Glissez une main derrière votre genou et trouvez le pli, là où la jambe se plie."
    ),
    Step.TENDONS: (
        "Le long de ce pli, cherchez deux cordes fermes, une de chaque côté du genou. "
        "Ce sont des tendons."
    ),
    Step.CENTRE: (
        "Le point est au milieu du pli, à mi-chemin entre ces deux tendons. "
        "Il peut être un peu sensible."
    ),
    Step.PRESS: (
        "Appuyez là du bout des doigts, fermement mais sans forcer. "
        "Ça ne doit jamais faire une douleur vive. Si c'est le cas, relâchez."
    ),
    Step.KNEES: (
        "Vous pouvez appuyer sur un genou, ou sur les deux à la fois, une main derrière chacun. "
        "Quand vous appuyez sur le point, dites : trouvé."
    ),
}

HELPER_STEPS: dict[Step, str] = {
    **SELF_STEPS,
    Step.COMFORTABLE: (
        "Trouvons le point. D'abord, installez-vous confortablement. Allongez-vous sur le "
        "ventre, ou sur le côté, les jambes détendues. La personne qui vous aide peut "
        "s'asseoir près de vos genoux. Dites suivant quand vous voulez."
    ),
    Step.CREASE: (
        "La personne qui vous aide trouve le pli à l'arrière du genou, là où la jambe se plie."
    ),
    Step.PRESS: (
        "Appuyez là du bout des doigts ou avec le pouce, fermement mais sans forcer. "
        "Ça ne doit jamais faire une douleur vive. Vérifiez la sensation, "
        "et relâchez si ça fait mal."
    ),
    Step.KNEES: (
        "Vous pouvez appuyer sur un genou, ou sur les deux à la fois. "
        "Quand le point est pressé, dites : trouvé."
    ),
}

STEP_REPROMPT = "Dites suivant quand vous voulez, ou répète pour réentendre."
LAST_STEP_REPROMPT = "Quand vous appuyez sur le point, dites : trouvé."

QUICK_LOCATE = (
    "Trouvez le point : au milieu du pli derrière le genou, entre les deux tendons. "
    "Appuyez fermement, mais jamais au point d'avoir une douleur vive. "
    "Dites trouvé quand vous y êtes, ou : guide-moi."
)
QUICK_LOCATE_REPROMPT = "Dites trouvé quand vous êtes sur le point, ou : guide-moi."

LENGTH_QUESTION = (
    f"Combien de temps voulez-vous tenir? {EASING_MINUTES} minutes soulagent souvent un peu; "
    f"{FULL_EFFECT_MINUTES} minutes donnent l'effet complet."
)

LENGTH_PROBLEMS: dict[LengthProblem, str] = {
    LengthProblem.UNCLEAR: "Désolée, je n'ai pas compris la durée.",
    LengthProblem.TOO_SHORT: "C'est trop court pour aider.",
    LengthProblem.TOO_LONG: "C'est plus long que ce que je peux chronométrer.",
}
LENGTH_RANGE = f"Choisissez entre {SHORTEST_MINUTES} et {LONGEST_MINUTES} minutes."

OFFER_REPROMPT = "On commence? Dites oui, ou arrête."
ACKNOWLEDGE = ("D'accord.", "Très bien.", "Entendu.")
THANKED = ("Avec plaisir.", "Je vous en prie.", "De rien.")

# The usual length and a length said; `{minutes}` and `{your_usual}` are filled in by
# skill.speech.journey_phrases, which chooses among these for every language.
OFFER = "On commence?"
WELCOME_BACK_ASK = "On cherche le point ensemble?"
YOUR_USUAL = ("votre minute habituelle", "vos {minutes} habituelles")
USUAL_OFFER = "On fait {your_usual}?"
USUAL_REPROMPT = "Dites oui pour {your_usual}, ou une autre durée."
USUAL_HELP = (
    "Dites oui pour tenir le point {your_usual}, ou dites une autre durée, par exemple dix minutes."
)
LENGTH_NOTED = "{minutes}, c'est noté. Je lancerai le chrono une fois le point trouvé."
LENGTH_KEPT = "{minutes}, c'est noté."
LENGTH_CHOSEN = "Va pour {minutes}."
REMEMBERED = "Je m'en souviendrai pour la prochaine fois."
# Help at each stage but the usual length's.
HELP: dict[Stage, str] = {
    Stage.OFFER: (
        "Je vous guide vers un point derrière le genou qui, pour beaucoup de gens, "
        "soulage le mal de dos, puis je chronomètre la pression. Dites oui pour "
        "commencer, ou arrête. Vous pouvez aussi me demander, par exemple : quel genou?"
    ),
    Stage.HOLDER: (
        "Je vous guide dans les deux cas. Dites moi-même si vous appuyez sur le "
        "point, ou quelqu'un m'aide si une autre personne le fait."
    ),
    Stage.LOCATE: (
        "Dites suivant, retour, répète, ou il est où. Dites trouvé quand vous y "
        "êtes. Vous pouvez aussi demander, par exemple : j'appuie fort comment?"
    ),
    Stage.QUICK_LOCATE: (
        "Dites trouvé quand vous appuyez sur le point, ou guide-moi pour les étapes."
    ),
    Stage.LENGTH: (
        "Dites combien de minutes tenir le point, "
        f"de {SHORTEST_MINUTES} à {LONGEST_MINUTES} : "
        "une séance rapide, les trente minutes complètes, ou un autre nombre. "
        "Ou dites : choisis pour moi."
    ),
}
