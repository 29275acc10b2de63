"""Added words, session 29 (docs/drift.md, "Session 29 (drift34a)"): a word of part
("partly") where the source grades nothing (:func:`aligner.drift.intensity.degree_gaps`);
a word that makes a figure an increment ("an extra two million") where the source states
it plainly (:mod:`aligner.drift.added_increments`).

The sentences are written here for these tests; none is taken from any of the data.
The increments' MT is written here too, so the function's cases run no Apertium; the
pairs read through the pipeline run in the session's one batch
(:func:`tests.drift_batch.batch_fixture`)."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from aligner.drift.added_increments import increment_added
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()
needs_es = pytest.mark.skipif(find_route("es", "en") is None, reason="no Apertium es-en")


_REPORT_ES = "El informe del comité sobre el puerto no está corregido."
_REPORT_EN = "The committee's report on the port has not been corrected."
_DELAYS_ES = "Los retrasos de los trenes se deben sobre todo a la nieve de la semana."


@needs_es
@pytest.mark.parametrize(
    "src,tgt,reported",
    [
        # a word of part the source has no trace of: the statement is weakened
        (_REPORT_ES, _REPORT_EN.replace("not been", "only partly been"), True),
        (_REPORT_ES, _REPORT_EN.replace("has not been corrected", "is partially wrong"), True),
        (_REPORT_ES, _REPORT_EN, False),
        # the source grades with a word of its own ("sobre todo"): not read here
        (_DELAYS_ES, "The train delays are partly due to the week's snow.", False),
    ],
)
def test_partial_added(src: str, tgt: str, reported: bool) -> None:
    assert ("intensity" in alarm_types(__name__, src, tgt)) == reported


_TOURISTS_ES = "Dos millones de turistas visitaron la isla el verano pasado."
_TOURISTS_MT = "Two millions of tourists visited the island the last summer."


@pytest.mark.parametrize(
    "src,mt,tgt,added",
    [
        # a word of increment before the figure, nothing like it in the source or the MT
        (_TOURISTS_ES, _TOURISTS_MT, "An extra two million tourists visited the island.", "extra"),
        (_TOURISTS_ES, _TOURISTS_MT, "A further 2,000 tourists visited the island.", "further"),
        (_TOURISTS_ES, _TOURISTS_MT, "Two million tourists visited the island.", None),
        # the source says it ("otros", "adicionales"), or the MT does
        (
            "Otros dos millones de turistas visitaron la isla.",
            "Other two millions of tourists visited the island.",
            "Another two million tourists visited the island.",
            None,
        ),
        (
            "Dos millones de turistas adicionales visitaron la isla.",
            "Two millions of additional tourists visited the island.",
            "An additional two million tourists visited the island.",
            None,
        ),
        # "another one": a pronoun, no figure
        (_TOURISTS_ES, _TOURISTS_MT, "Another one visited the island last summer.", None),
    ],
)
def test_increment_added(src: str, mt: str, tgt: str, added: str | None) -> None:
    got = increment_added(src, tgt, mt)
    assert (got.text if got is not None else None) == added


@needs_es
@pytest.mark.parametrize(
    "src,tgt,reported",
    [
        (_TOURISTS_ES, "An extra two million tourists visited the island last summer.", True),
        (_TOURISTS_ES, "Two million tourists visited the island last summer.", False),
    ],
)
def test_increment_in_pipeline(src: str, tgt: str, reported: bool) -> None:
    assert ("addition" in alarm_types(__name__, src, tgt)) == reported
