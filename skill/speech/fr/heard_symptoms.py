"""The words the skill hears for symptoms in French (France and Québec), and their denials.

Weighed by skill/routine/symptoms.py: a sign is word beginnings said in one clause, in any
order ("jamb engourd" is heard in "j'ai les jambes engourdies" and "engourdissement dans
la jambe"). Elided words are taken off first ("l'escalier" is "escalier"). Bare
"engourdi" while pressing is to ease off; numb legs, said so, are a red flag.

Spoken French mostly drops "ne", so "pas" carries a denial, and "ne" denies nothing.
"Plus" denies ("j'ai plus de fièvre") unless the sign says it ("je sens plus mes jambes").
"""

from __future__ import annotations

from skill.routine.symptoms import HeardSymptoms, Symptom

SIGNS: dict[Symptom, tuple[str, ...]] = {
    Symptom.NUMB_LEGS: (
        "jamb engourd",
        "pied engourd",
        "fess engourd",
        "entrejamb engourd",
        "anesthési selle",
        "jamb gel",  # Québec: "j'ai les jambes gelées"
        "jamb insensib",
        "jamb mort",
        "sens plus jamb",
        "sens pas jamb",
        "sens rien jamb",
        "sens plus pied",
        "sens pas pied",
        "perd sensib",
        "perdu sensib",
    ),
    Symptom.WEAK_LEGS: (
        "jamb faibl",
        "faibl",
        "jamb lâch",
        "jamb mol",
        "jamb mou",
        "jamb dérob",
        "jamb coton",
        "jamb flanch",
        "jamb tienn plus",
        "plus forc jamb",
        "pas forc jamb",
        "peux pas march",
        "peux plus march",
        "arriv pas march",
        "arriv plus march",
        "pas capabl march",
        "plus capabl march",
        "peux pas ten debout",
        "peux plus ten debout",
        "arriv pas ten debout",
        "arriv plus ten debout",
        "peux pas lev jamb",
        "du mal march",
        "misère march",
    ),
    Symptom.BLADDER_BOWEL: (
        "vessie",
        "intestin",
        "incontinen",
        "urin",
        "fuite",
        "pipi dessus",
        "fait dessus",
        "pipi sans",
        "pipi culotte",
        "retenir pipi",
        "selle",
        "arriv plus retenir",
        "arriv pas retenir",
        "peux plus retenir",
        "peux pas retenir",
        "pas capabl retenir",
        "retiens plus",
        "retiens pas",
        "plus contrôl",
        "pas contrôl",
        "perdu contrôl",
        "perd contrôl",
    ),
    Symptom.FEVER: ("fièvre", "fiévr", "fébril", "températur", "frisson", "sueurs", "chaud froid"),
    Symptom.FALL_INJURY: (
        "tomb",
        "chute",
        "débarque",  # Québec: "prendre une débarque"
        "planté",  # Québec: "je me suis planté"
        "glissé",
        "trébuch",
        "accident",
        "bless",
        "cogn",
        "coup lapin",
        "échelle",
    ),
    Symptom.CALF: ("mollet", "jamb enfl", "jamb gonfl", "caillot", "phlébite", "thrombo"),
    Symptom.KNEE_INJURY: (
        "genou enfl",
        "genou gonfl",
        "genou bless",
        "genou tord",
        "tord genou",
        "entorse genou",
        "genou opér",
        "opér genou",
        "prothèse genou",
        "ménisque",
        "ligament",
        "genou amoch",
    ),
    Symptom.VARICOSE_VEINS: ("varice", "veine"),
    Symptom.PREGNANCY: ("enceinte", "grossesse", "attend bébé", "attend enfant"),
    Symptom.TINGLING: ("picot", "pique", "fourmi", "engourd", "électri", "décharge", "aiguille"),
    Symptom.SHARP: ("vive", "vif", "aigu", "couteau", "poignard", "lancin", "brûl", "élanc"),
    Symptom.WORSE: ("pire", "empir", "plus mal", "aggrav", "insupport", "moins bien"),
}

HEARD = HeardSymptoms(
    signs=SIGNS,
    negations=frozenset(
        ("pas", "plus", "non", "jamais", "aucun", "aucune", "rien", "sans", "ni", "nan", "pantoute")
    ),
    negation_endings=(),
    look_alikes=(
        "tombé de sommeil",
        "tombée de sommeil",
        "tombe de sommeil",
        "tomber de sommeil",
        "tombe bien",
        "tombé amoureu",
        "tombée amoureu",
        "tomber d'accord",
        "laisse tomb",
        "laissez tomb",
        "laisser tomb",
        "pire des cas",
        "aurait pu être pire",
        "pourrait être pire",
        "pas pire",  # Québec: "pas pire" is "not bad"
    ),
    clause_breaks=frozenset(("mais", "sauf", "pourtant", "cependant", "quoique")),
    scope_breaks=frozenset(("et",)),
    elisions=("l'", "d'", "j'", "n'", "m'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'"),
)
