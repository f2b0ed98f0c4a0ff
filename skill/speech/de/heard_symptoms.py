"""Die Worte, an denen die Skill Symptome erkennt, und die Worte, die sie verneinen (German).

Weighed by skill/routine/symptoms.py, as English's are: a sign is word beginnings said
in one clause, in any order ("bein taub" is heard in "meine Beine sind taub" and in
"Taubheitsgefühl in den Beinen"). Bare "taub" while pressing is to ease off; numb legs,
said so, are a red flag.
"""

from __future__ import annotations

from skill.routine.symptoms import HeardSymptoms, Symptom

SIGNS: dict[Symptom, tuple[str, ...]] = {
    Symptom.NUMB_LEGS: (
        "bein taub", "bein gefühllos", "fuß taub", "füß taub", "fuss taub", "füss taub",
        "zeh taub", "gesäß taub", "po taub", "leiste taub", "reithose", "kein gefühl bein",
        "spür bein kaum", "spür füß kaum", "spür fuß kaum", "spür bein nicht",
        "spür füß nicht", "spür fuß nicht",
    ),
    Symptom.WEAK_LEGS: (
        "bein schwach", "bein schwäch", "schwach", "schwäch", "bein knick", "bein gibt nach",
        "bein geben nach", "bein sackt", "bein wackel", "bein pudding", "kann nicht lauf",
        "kann nicht geh", "kann nicht steh", "kann kaum lauf", "kann kaum geh",
        "kann kaum steh",
    ),
    Symptom.BLADDER_BOWEL: (
        "blase", "darm", "inkontinen", "urin", "stuhlgang", "wasser nicht halt",
        "wasser kaum halt", "eingenässt", "einnäss", "in die hose", "hose nass",
        "nicht klo", "nicht toilette", "nicht pinkel", "nicht wasser lass", "kontrolle verlor",
    ),
    Symptom.FEVER: ("fieber", "temperatur", "schüttelfrost", "fröstel", "nachtschweiß"),
    Symptom.FALL_INJURY: (
        "gestürzt", "sturz", "stürz", "hingefallen", "runtergefallen", "gefallen", "unfall",
        "ausgerutscht", "gestolpert", "verletz", "leiter", "schleudertrauma", "angefahren",
        "aufprall", "zusammengestoßen",
    ),
    Symptom.CALF: ("wade", "bein geschwoll", "bein dick", "thrombose", "gerinnsel"),
    Symptom.KNEE_INJURY: (
        "knie geschwoll", "knie schwill", "knie schwell", "knie verletz", "knie verdreh",
        "knie operier", "knie op", "knie prothese", "knie gezerrt", "knie verstauch",
        "knie blau", "knie dick", "kniegelenk", "kreuzband", "meniskus",
    ),
    Symptom.VARICOSE_VEINS: ("krampfader", "vene", "besenreiser"),
    Symptom.PREGNANCY: ("schwanger", "baby erwart", "kind erwart", "bekomm baby"),
    Symptom.TINGLING: ("kribbel", "kribbl", "taub", "ameisen", "prickel", "elektrisch", "strom"),
    Symptom.SHARP: ("stech", "sticht", "stich", "scharf", "messer", "schießt", "brenn"),
    Symptom.WORSE: (
        "schlimmer", "schlechter", "mehr weh", "stärker", "unerträglich", "höllisch",
    ),
}  # fmt: skip

HEARD = HeardSymptoms(
    signs=SIGNS,
    negations=frozenset(
        (
            "nicht",
            "kein",
            "keine",
            "keinen",
            "keiner",
            "keinem",
            "keines",
            "nie",
            "niemals",
            "nichts",
            "ohne",
            "weder",
            "nein",
            "nee",
            "nö",
        )
    ),
    negation_endings=(),
    look_alikes=(
        "hat mir gefallen",
        "gut gefallen",
        "gefallen lassen",
        "könnte schlimmer",
        "könnte schlechter",
        "schwacher trost",
        "schwachen kaffee",
        "stromausfall",
    ),
    clause_breaks=frozenset(("aber", "doch", "jedoch", "außer", "obwohl", "sondern")),
    scope_breaks=frozenset(("und",)),
    negation_after_sign=True,
)
