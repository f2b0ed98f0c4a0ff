"""Was die Skill über das Gespeicherte sagt, und wenn jemand es löschen lässt (German)."""

from __future__ import annotations

# What infra/legal/de/privacy-policy.html lists, in a breath: holds, settings, the ids of
# the reminders set, and pain ratings only with consent.
WHAT_I_KEEP = (
    "Ich speichere Ihre Übungen mit Zeit und Dauer, Ihre Einstellungen, welche Erinnerungen "
    "ich gestellt habe, und Schmerzwerte nur auf Ihren Wunsch. Zum Löschen sagen Sie: "
    "lösche meine Daten."
)
DELETE_QUESTION = (
    "Soll ich alles löschen, was ich über Sie gespeichert habe, Ihre Übungen, Einstellungen "
    "und Schmerzwerte, und meine Erinnerungen für Sie absagen? Sagen Sie ja zum Löschen, "
    "oder nein zum Behalten."
)
DELETE_REPROMPT = "Sagen Sie ja, um alles über Sie zu löschen, oder nein, um es zu behalten."
DELETED = "Erledigt. Alles, was ich über Sie gespeichert hatte, ist gelöscht. Alles Gute."
NOT_DELETED = "Das konnte ich gerade nicht löschen. Bitte versuchen Sie es etwas später noch mal."
KEPT = "In Ordnung, ich habe alles behalten."
KEPT_GOODBYE = "In Ordnung, ich habe alles behalten. Alles Gute."


def deleted_with(reminders: str | None) -> str:
    """The answer once the data is deleted, with what became of the person's reminders."""
    if reminders is None:
        return DELETED
    return (
        f"Erledigt. Alles, was ich über Sie gespeichert hatte, ist gelöscht. {reminders} "
        "Alles Gute."
    )
