"""Gender, antonyms and negations, session 23 (docs/drift.md, "Session 23 (drift28c)").

* an object pronoun of the other gender than every clitic of the source
  (:mod:`aligner.drift.clitic_gender`: "Lo vi" → "I saw her", "La vimos" → "we saw him");
* pronouns of both genders where the source drops its subjects and names nobody
  (:mod:`aligner.drift.subject_gender`);
* a negation moved, read by the first word it governs where a later one is another
  word on the other side (:data:`aligner.drift.negation_scope.HEAD_ONLY`);
* negations added in pairs beside one both sides share
  (:data:`aligner.drift.negation_count.SHARED`), and two negations a "que" parts read as
  two clauses (:data:`aligner.drift.negation_count.SUBORDINATE`);
* an antonym pair both sides use, one word of it turned round
  (:mod:`aligner.drift.opposite_counts`);
* an opposite word that starts an idiom which may carry a negation ("first … in"), not
  read as under it (:data:`aligner.drift.opposite_forms.OWN_IDIOM`).

Each reported case is a changed word; each quiet case its faithful twin or a guard. The
sentences are written here for these tests; none is taken from any of the data.
"""

from __future__ import annotations

import pytest

from aligner.drift import person_gender
from aligner.drift.clitic_gender import check, clitics
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # "lo" is a man or a thing: never "her"
        (
            "Lo conocimos en Sevilla cuando dirigía el museo de la ciudad.",
            "We met her in Seville when he ran the city museum.",
            "meaning",
        ),
        (
            "Lo conocimos en Sevilla cuando dirigía el museo de la ciudad.",
            "We met him in Seville when he ran the city museum.",
            None,
        ),
        # "la" (and an enclitic "-la") is a woman or a thing: never "him"
        (
            "La vimos ayer en el mercado y quisimos saludarla.",
            "We saw him yesterday at the market and wanted to greet him.",
            "meaning",
        ),
        (
            "La vimos ayer en el mercado y quisimos saludarla.",
            "We saw her yesterday at the market and wanted to greet her.",
            None,
        ),
        # a clitic of either gender ("se" before "lo") may be "her"
        (
            "Se lo explicamos dos veces en la reunión del lunes.",
            "We explained it to her twice at Monday's meeting.",
            None,
        ),
        # "he" and "she" where the source's subjects are dropped
        (
            "En 2010 ganó las elecciones municipales y gobernó la ciudad durante ocho años.",
            "In 2010 she won the municipal elections and he governed the city for eight years.",
            "meaning",
        ),
        (
            "En 2010 ganó las elecciones municipales y gobernó la ciudad durante ocho años.",
            "In 2010 she won the municipal elections and governed the city for eight years.",
            None,
        ),
        (
            "En 2010 ella ganó las elecciones y él gobernó la ciudad durante ocho años.",
            "In 2010 she won the elections and he governed the city for eight years.",
            None,
        ),
        # a "su" where the source names nobody is the dropped subject's
        (
            "Condujo a los turistas hasta su casa de campo, a diez kilómetros del pueblo.",
            "He drove the tourists to her country house, ten kilometres from the village.",
            "meaning",
        ),
        (
            "Condujo a los turistas hasta su casa de campo, a diez kilómetros del pueblo.",
            "He drove the tourists to his country house, ten kilometres from the village.",
            None,
        ),
        # a woman the source names may be the object "her", beside a neuter "lo"
        (
            "No lo sabíamos cuando la ministra llegó al congreso.",
            "We did not know it when the minister arrived and the deputies greeted her.",
            None,
        ),
    ],
)
def test_gender(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # the MT's second negated word ("meeting") is another word in the translation
        (
            "El alcalde no estuvo presente en la reunión, pero fue representado por su asesor.",
            "The mayor was present at the gathering, but was not represented by his adviser.",
            "negation",
        ),
        (
            "El alcalde no estuvo presente en la reunión, pero fue representado por su asesor.",
            "The mayor was not present at the gathering, but was represented by his adviser.",
            None,
        ),
        # two negations a "que" parts, both lost
        (
            "Lo curioso no es el hecho que el alcalde no conozca el problema del barrio.",
            "The curious thing is the fact that the mayor knows the neighbourhood's problem.",
            "negation",
        ),
        (
            "Lo curioso no es el hecho que el alcalde no conozca el problema del barrio.",
            "The curious thing is not the fact that the mayor does not know the "
            "neighbourhood's problem.",
            None,
        ),
        # two clauses negated beside the "without" both sides say
        (
            "Los alumnos deben a menudo pedir permiso para salir y son obligados a "
            "entregar los deberes sin retraso.",
            "Students often do not have to ask permission to leave and are not required to "
            "hand in homework without delay.",
            "negation",
        ),
        (
            "Los alumnos deben a menudo pedir permiso para salir y son obligados a "
            "entregar los deberes sin retraso.",
            "Students often have to ask permission to leave and are required to hand in "
            "homework without delay.",
            None,
        ),
    ],
)
def test_negation(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else "negation" not in found, found


_LAKES = (
    "Los lagos grandes son bastante grandes para un velero, pero los barcos más pequeños "
    "ofrecen otra experiencia."
)


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # both poles on both sides: one "large" turned "small" shows in the counts only
        (
            _LAKES,
            "The large lakes are small enough for a sailing boat, but smaller boats offer "
            "another experience.",
            "meaning",
        ),
        (
            _LAKES,
            "The large lakes are large enough for a sailing boat, but smaller boats offer "
            "another experience.",
            None,
        ),
        # "first … in" (an idiom that may carry a negation) made of the opposite word
        (
            "Mi primer trabajo fue en una tienda de ropa de Londres.",
            "My last job was in a clothes shop in London.",
            "meaning",
        ),
        (
            "Mi primer trabajo fue en una tienda de ropa de Londres.",
            "My first job was in a clothes shop in London.",
            None,
        ),
    ],
)
def test_opposites(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


def test_shifted_reads() -> None:
    from aligner.drift.opposite_counts import shifted

    mt = "the big lakes are big , the smallest ships".split()
    assert shifted(mt, "the larger lakes are small , smaller boats".split()) == [(4, "big")]
    assert not shifted(mt, "the larger lakes are large , smaller boats".split())
    assert not shifted("the big lakes".split(), "the small lakes".split())  # one pole each


def test_negation_rules_on() -> None:
    from aligner.drift import negation_count, negation_scope

    assert negation_scope.HEAD_ONLY and negation_count.SHARED and negation_count.SUBORDINATE


def test_clitics_read() -> None:
    units = [
        ("La", "Prpers<prn><pro><p3><f><sg>"),
        ("vimos", "ver<vblex><ifi><p1><pl>"),
        ("saludarla", "saludar<vblex><inf>+prpers<prn><enc><p3><f><sg>"),
        ("han", "haber<vbhaver><pri><p3><pl>"),
        ("la", "prpers<prn><pro><p3><f><sg>"),  # after a verb: a misread article
        ("Le", "Prpers<prn><pro><p3><mf><sg>"),
        ("lo", "lo<prn><pro><p3><nt>"),
    ]
    assert clitics(units) == [("La", "f"), ("saludarla", "f"), ("Le", "mf"), ("lo", "m")]


def test_clitic_check_needs_one_gender() -> None:
    class T:
        def __init__(self, surface: str, tag: str, start: int) -> None:
            self.surface, self.tag, self.start, self.end = surface, tag, start, start + 3

    him = [T("We", "prn.subj", 0), T("saw", "vblex.past", 3), T("him", "prn.obj", 7)]
    la = [("La", "Prpers<prn><pro><p3><f><sg>")]
    le = [("Le", "Prpers<prn><pro><p3><mf><sg>")]
    assert check(la, him, set())
    assert not check(la + le, him, set())  # "le" may be "him"
    assert not check(la, him, {"m"})  # a man the source marks
    assert not check(la, [T("his", "det.pos", 7)], set())  # a possessive is not read
    assert person_gender.CLITICS
