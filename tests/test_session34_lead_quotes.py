"""Quotation marks the translation adds or drops (docs/drift.md, "Session 34, lead",
``drift.quote_marks``): a report in the source's own words given as a verbatim quotation
in the translation is a claim about what was said. The sentences are written here for
these tests, not taken from any data."""

from __future__ import annotations

import pytest

from tests.drift_batch import batch_fixture, findings

_batch = batch_fixture()


def _marks(src: str, tgt: str) -> list[str]:
    return [f.severity for f in findings(__name__, src, tgt) if f.check == "drift.quote_marks"]


@pytest.mark.parametrize(
    "src,tgt,severity",
    [
        # a report made a quotation: the speaker's words claimed
        (
            "El ministro dijo que la situación es grave.",
            'The minister said: "The situation is serious."',
            "major",
        ),
        (
            "La ministra calificó la medida de irresponsable y peligrosa.",
            'The minister called the measure "irresponsible and dangerous".',
            "major",
        ),
        # a quotation reported in the translator's words: worth a look
        (
            '"La situación es grave", dijo el ministro.',
            "The minister said the situation was serious.",
            "minor",
        ),
        # kept as they are, or a word in marks (a term, a scare quote), or a title
        (
            '"La situación es grave", dijo el ministro.',
            '"The situation is serious," the minister said.',
            None,
        ),
        (
            'La ministra calificó la medida de "irresponsable".',
            'The minister called the measure "irresponsible".',
            None,
        ),
        (
            "El ministro dijo que la situación es grave.",
            "The minister said the situation was serious.",
            None,
        ),
        (
            "La ministra calificó la medida de irresponsable.",
            'The minister called the measure "irresponsible".',
            None,
        ),
        # Spanish dialogue quotes with a dash; a quotation closed in this sentence only
        (
            "—No tengo nada que ocultar —respondió la diputada.",
            '"I have nothing to hide," the MP replied.',
            None,
        ),
        (
            "de aquí a final de año». Los vecinos protestaron.",
            'by the end of the year." Residents protested against it.',
            None,
        ),
    ],
)
def test_quotation_marks_added_or_dropped(src, tgt, severity):
    assert _marks(src, tgt) == ([severity] if severity else [])
