"""What the skill says in French about what it keeps, and about deleting it."""

from __future__ import annotations

# What the privacy page lists, in a breath: holds, settings, the ids of the reminders
# set, and pain ratings only with consent.
WHAT_I_KEEP = (
    "Je garde l'heure et la durée de vos séances, vos réglages, les rappels créés, et vos "
    "notes de douleur seulement sur demande. Dites efface mes données pour tout supprimer."
)
DELETE_QUESTION = (
    "Voulez-vous que j'efface tout ce que je garde sur vous, vos séances, réglages et notes "
    "de douleur, et que j'annule mes rappels? Dites oui pour tout effacer, ou non pour garder."
)
DELETE_REPROMPT = "Dites oui pour effacer tout ce que je garde sur vous, ou non pour le garder."
DELETED = "C'est fait. Tout ce que je gardais sur vous est effacé. Prenez soin de vous."
NOT_DELETED = "Je n'ai pas pu l'effacer pour l'instant. Réessayez un peu plus tard."
KEPT = "D'accord, je garde tout."
KEPT_GOODBYE = "D'accord, je garde tout. Prenez soin de vous."


def deleted_with(reminders: str | None) -> str:
    """The answer once the data is deleted, with what became of the person's reminders."""
    if reminders is None:
        return DELETED
    return (
        f"C'est fait. Tout ce que je gardais sur vous est effacé. {reminders} Prenez soin de vous."
    )
