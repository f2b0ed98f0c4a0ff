"""What the skill says in Spanish about what it keeps, and about deleting it."""

from __future__ import annotations

# What the privacy policy lists, in a breath: holds, settings, the ids of the reminders
# set, and pain ratings only with consent.
WHAT_I_KEEP = (
    "Guardo cuándo y cuánto tiempo aprieta, sus ajustes, qué recordatorios he puesto, "
    "y su nivel de dolor solo si lo pide. Diga borra mis datos para quitarlo todo."
)
DELETE_QUESTION = (
    "¿Borro todo lo que guardo sobre usted, sus sesiones, ajustes y niveles de dolor, "
    "y cancelo mis recordatorios? Diga sí para borrarlo, o no para conservarlo."
)
DELETE_REPROMPT = "Diga sí para borrar todo lo que guardo sobre usted, o no para conservarlo."
DELETED = "Hecho. He borrado todo lo que guardaba sobre usted. Cuídese."
NOT_DELETED = "Ahora mismo no he podido borrarlo. Inténtelo de nuevo un poco más tarde."
KEPT = "De acuerdo, lo conservo todo."
KEPT_GOODBYE = "De acuerdo, lo conservo todo. Cuídese."


def deleted_with(reminders: str | None) -> str:
    """The answer once the data is deleted, with what became of the person's reminders."""
    if reminders is None:
        return DELETED
    return f"Hecho. He borrado todo lo que guardaba sobre usted. {reminders} Cuídese."
