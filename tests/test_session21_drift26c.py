"""Antonyms and a person's gender, session 21 (docs/drift.md, "Session 21 (drift26c)").

* verbs opposed through their derived adjectives (:mod:`aligner.drift.derived_opposites`:
  "defy" against the MT's "obey", as "defiant" stands against "compliant", which
  WordNet also sees "obedient" as);
* a pronoun of the other gender than every person the Spanish source marks
  (:mod:`aligner.drift.person_gender`: "la periodista … his", "el cantante … she"), and
  the MT's "he" / "she" (Spanish "él" / "ella") against the other pronoun in the same
  place.

Each reported case is a changed word; each quiet case its faithful twin or a guard. The
sentences are written here for these tests; none is taken from any of the data.
"""

from __future__ import annotations

import pytest

from aligner.drift.derived_opposites import opposed
from aligner.drift.person_gender import candidates, is_person
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # a verb opposed through its derived adjective
        (
            "Los empleados obedecen las órdenes de su jefe sin protestar.",
            "The employees defy their boss's orders without protesting.",
            "meaning",
        ),
        (
            "Los empleados obedecen las órdenes de su jefe sin protestar.",
            "The employees obey their boss's orders without protesting.",
            None,
        ),
        # a woman marked by the article of a noun of both genders, and by her name
        (
            "La periodista Ana Gómez presentó su libro en Madrid.",
            "Journalist Ana Gómez presented his book in Madrid.",
            "meaning",
        ),
        (
            "La periodista Ana Gómez presentó su libro en Madrid.",
            "Journalist Ana Gómez presented her book in Madrid.",
            None,
        ),
        # a man marked so
        (
            "El cantante Pedro Ruiz suspendió el concierto porque se hirió en el escenario.",
            "Singer Pedro Ruiz called off the concert because she was hurt on stage.",
            "meaning",
        ),
        (
            "El cantante Pedro Ruiz suspendió el concierto porque se hirió en el escenario.",
            "Singer Pedro Ruiz called off the concert because he was hurt on stage.",
            None,
        ),
        # a name's hyphenated part the tagger does not know is no other person
        (
            "El libro de Jean Santo-Dupré cuenta la vida de un pintor y su amor por el mar.",
            "Jean Santo-Dupré's book tells the life of a painter and her love for the sea.",
            "meaning",
        ),
        (
            "El libro de Jean Santo-Dupré cuenta la vida de un pintor y su amor por el mar.",
            "Jean Santo-Dupré's book tells the life of a painter and his love for the sea.",
            None,
        ),
        # the MT's "he" (for "él") against "she" after the same word
        (
            "Aunque él lo sabía, Marta no dijo nada a nadie.",
            "Although she knew it, Marta said nothing to anyone.",
            "meaning",
        ),
        (
            "Aunque él lo sabía, Marta no dijo nada a nadie.",
            "Although he knew it, Marta said nothing to anyone.",
            None,
        ),
        # a person noun after "su" has a possessor of either gender
        (
            "Según su padre, ganó el premio a los catorce años.",
            "According to her father, she won the prize at fourteen.",
            None,
        ),
        # after a preposition a given name is as often a place; the speaker is unsaid
        (
            "“Hay público para el cine fuera de Santiago”, afirmó.",
            "“There is an audience for cinema outside Santiago,” she said.",
            None,
        ),
        # an article before a name says its gender, whatever the name alone would
        (
            "El gol lo marcó el propio Paz, que así se redimió de su fallo.",
            "The goal was scored by Paz himself, who so made amends for his mistake.",
            None,
        ),
        # a clitic stands for a thing or a person of either gender
        (
            "El director la saludó en la puerta del teatro.",
            "The director greeted her at the door of the theatre.",
            None,
        ),
        # so does a singular clitic after the verb; a plural one is "them"
        (
            "El presidente decidió felicitarla en persona.",
            "The president decided to congratulate her in person.",
            None,
        ),
        # an article in the plural before a name is a family's
        (
            "Los García invitaron al ministro a su casa.",
            "The Garcías invited the minister to her house.",
            None,
        ),
        # a surname alone marks no gender
        (
            "Según la ministra, López presentó su dimisión ayer.",
            "According to the minister, López submitted his resignation yesterday.",
            None,
        ),
    ],
)
def test_antonyms_and_gender(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


def test_derived_opposites_reads() -> None:
    assert opposed(["they", "obeyed", "the", "rules"], ["they", "defied", "the", "rules"]) == [
        (1, "obeyed")
    ]
    # either side using the other's word too: no opposite
    assert not opposed(["obey", "or", "defy"], ["defy", "or", "obey"])
    assert not opposed(["they", "obeyed"], ["they", "followed"])
    # a word after a determiner is a noun ("the cures" for "las curas"), not the verb
    assert not opposed(["if", "the", "cures", "are", "needed"], ["separate", "infected", "mothers"])
    assert opposed(["doctors", "cure", "patients"], ["doctors", "infect", "patients"]) == [
        (1, "cure")
    ]


def test_person_gender_reads() -> None:
    assert is_person("singer") and is_person("senator")
    assert not is_person("table") and not is_person("history")
    # Spanish sources with a gendered pronoun in the translation only
    assert candidates(
        [
            ("es", "Ella llegó.", "She arrived."),
            ("es", "Llegó el tren.", "The train arrived."),
            ("fr", "Elle est arrivée.", "She arrived."),
        ]
    ) == [0]
