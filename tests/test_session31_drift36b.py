"""Added words, session 31 (docs/drift.md, "Session 31 (drift36b)"): an adjective of
origin the translation adds where the source names no people or place ("Brazilian",
"foreign"; :mod:`aligner.drift.added_demonyms`), and a word the word readers find added
inside a clause reported only as minor (:func:`aligner.drift.merging.add_unexplained`).

The sentences are written here for these tests; none is taken from any of the data. The
pairs read through the pipeline run in the module's one batch
(:func:`tests.drift_batch.batch_fixture`)."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from aligner.drift.signals import Finding
from tests.drift_batch import alarms, batch_fixture

_batch = batch_fixture()
needs_es = pytest.mark.skipif(find_route("es", "en") is None, reason="no Apertium es-en")

_FANS_ES = "Los hinchas más fieles esperaron al equipo en el aeropuerto."
_BANK_ES = "Según el informe, los inversores retiraron sus depósitos del banco."


@needs_es
@pytest.mark.parametrize(
    "src,tgt,added",
    [
        # a people the source does not name, before a noun the MT words otherwise
        (_FANS_ES, "The most loyal Brazilian supporters waited for the team at the airport.", True),
        (_FANS_ES, "The most loyal supporters waited for the team at the airport.", False),
        # the source names them
        (
            "Los hinchas brasileños más fieles esperaron al equipo en el aeropuerto.",
            "The most loyal Brazilian supporters waited for the team at the airport.",
            False,
        ),
        # "foreign" says the same of some other country
        (_FANS_ES, "The most loyal foreign supporters waited for the team at the airport.", True),
        (
            "Los hinchas extranjeros más fieles esperaron al equipo en el aeropuerto.",
            "The most loyal foreign supporters waited for the team at the airport.",
            False,
        ),
        # after a comma, where the capitalised-word reader does not look
        (
            _BANK_ES,
            "According to the report, Chinese investors pulled their deposits out of the bank.",
            True,
        ),
        (
            _BANK_ES,
            "According to the report, investors pulled their deposits out of the bank.",
            False,
        ),
        (
            "Según el informe, los inversores de China retiraron sus depósitos del banco.",
            "According to the report, Chinese investors pulled their deposits out of the bank.",
            False,
        ),
    ],
)
def test_an_added_adjective_of_origin_is_reported(src: str, tgt: str, added: bool) -> None:
    got = alarms(__name__, src, tgt)
    assert (("addition", "major") in got) is added, got


@needs_es
@pytest.mark.parametrize(
    "source,literal,translation,added",
    [
        (
            "Según el informe, los inversores retiraron sus depósitos.",
            "According to the report, the investors removed his deposits.",
            "According to the Catalan report, investors pulled their deposits.",
            "Catalan",
        ),
        # a name the translation rewords may be what the adjective renders
        (
            "Según la Generalitat, los inversores retiraron sus depósitos.",
            "According to the Generalitat, the investors removed his deposits.",
            "According to the Catalan government, investors pulled their deposits.",
            None,
        ),
    ],
)
def test_a_reworded_name_excuses_an_adjective_of_origin(
    source: str, literal: str, translation: str, added: str | None
) -> None:
    from aligner.drift.added_demonyms import added_demonym
    from aligner.drift.lexical_diff import analyse

    src, mt = analyse([source], "es", "en")[0], analyse([literal], "en", "es")[0]
    got = added_demonym(src, analyse([translation], "en", "es")[0], mt, translation)
    assert (got[0].surface if got is not None else None) == added


def _finding(kind: str, severity: str, span: tuple[int, int]) -> Finding:
    return Finding(kind, severity, 0.9, None, span, "", "drift.test")


def test_a_minor_added_clause_does_not_hide_a_word_added_inside_it() -> None:
    from aligner.drift.merging import add_unexplained

    clause = _finding("addition", "minor", (0, 55))
    word = _finding("addition", "major", (37, 45))
    found = [clause]
    add_unexplained(found, [word], [])
    assert found == [clause, word]
    # a major finding there explains it; so does a minor clause for span_gain's readings
    loud = _finding("addition", "major", (0, 55))
    found = [loud]
    add_unexplained(found, [word], [])
    assert found == [loud]
    found = [clause]
    add_unexplained(found, [], [word])
    assert found == [clause]
    # a minor omission is not a clause the translation adds
    lost = _finding("omission", "minor", (30, 50))
    found = [lost]
    add_unexplained(found, [word], [])
    assert found == [lost]


_PLUMAGE_ES = "La muestra revela un plumaje que pertenece a un individuo adulto."
_PLUMAGE_MT = "The sample reveals a plumage that belongs to an adult individual."


@pytest.mark.parametrize(
    "source,literal,translation,added",
    [
        # nothing in the source restricts
        (_PLUMAGE_ES, _PLUMAGE_MT, "The sample shows plumage belonging only to an adult.", "only"),
        (
            _PLUMAGE_ES,
            _PLUMAGE_MT,
            "The sample shows plumage belonging solely to an adult.",
            "solely",
        ),
        (_PLUMAGE_ES, _PLUMAGE_MT, "The sample shows the only plumage of an adult.", "only"),
        (_PLUMAGE_ES, _PLUMAGE_MT, "The sample shows plumage belonging to an adult.", None),
        # the source restricts with a word, or with "no … más que", or the MT does
        (
            "La muestra revela un plumaje que pertenece únicamente a un adulto.",
            "The sample reveals a plumage that belongs only to an adult.",
            "The sample shows plumage belonging only to an adult.",
            None,
        ),
        (
            "La muestra no revela más que un plumaje de adulto.",
            "The sample does not reveal more than a plumage of adult.",
            "The sample shows only an adult's plumage.",
            None,
        ),
        (
            "El ministro se limitó a leer un comunicado.",
            "The minister limited to read a statement.",
            "The minister merely read a statement.",
            None,
        ),
        (
            _PLUMAGE_ES,
            "The sample reveals a plumage that belongs just to an adult.",
            "The sample shows plumage belonging only to an adult.",
            None,
        ),
        # "not only … but also" says "as well", not "only"
        (
            "Además de los hospitales, cerraron las escuelas.",
            "Besides the hospitals, they closed the schools.",
            "Not only the hospitals but also the schools were closed.",
            None,
        ),
    ],
)
def test_an_added_word_of_restriction(
    source: str, literal: str, translation: str, added: str | None
) -> None:
    from aligner.drift.added_restrictions import restriction_added

    got = restriction_added(source, translation, literal)
    assert (got.text if got is not None else None) == added


@needs_es
@pytest.mark.parametrize(
    "src,tgt", [(_PLUMAGE_ES, "The sample reveals plumage belonging only to an adult individual.")]
)
def test_the_pipeline_reports_an_added_word_of_restriction(src: str, tgt: str) -> None:
    assert ("addition", "major") in alarms(__name__, src, tgt)
