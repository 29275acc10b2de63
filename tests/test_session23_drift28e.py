"""A frequency adverb the source has no trace of, session 23 (docs/drift.md, "Session 23
(drift28e)"; :mod:`aligner.drift.added_frequency`).

The sentences are written here for these tests; none is taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from aligner.drift.added_frequency import check_added_frequency, frequency_added
from aligner.drift.checks import read_side
from aligner.drift.signals import Evidence, Reading
from tests.drift_batch import alarm_types, batch_fixture, findings

_batch = batch_fixture()

_PARK_ES = "Los vecinos limpian el parque los sábados."
_PARK_MT = "The neighbours clean the park the Saturdays."


def _added(src: str, tgt: str, mt: str, unknown: tuple[str, ...] = ()) -> str | None:
    word = frequency_added(src, tgt, Reading.of(mt, unknown))
    return word.text if word is not None else None


@pytest.mark.parametrize(
    "src,mt,tgt,added",
    [
        # nothing in the source says how often: the translation's adverb is its own
        (_PARK_ES, _PARK_MT, "The neighbours regularly clean the park on Saturdays.", "regularly"),
        (_PARK_ES, _PARK_MT, "The neighbours clean the park on Saturdays.", None),
        (_PARK_ES, _PARK_MT, "The neighbours always clean the park on Saturdays.", "always"),
        # the source says it ("a menudo", "cada", "siempre"), in any inflection
        (
            "Los vecinos limpian a menudo el parque.",
            "The neighbours clean often the park.",
            "The neighbours often clean the park.",
            None,
        ),
        (
            "Los vecinos limpian el parque cada semana.",
            "The neighbours clean the park each week.",
            "The neighbours clean the park weekly.",
            None,
        ),
        (
            "Los vecinos limpiaban siempre el parque.",
            "The neighbours cleaned always the park.",
            "The neighbours always cleaned the park.",
            None,
        ),
        # a number is the count of "twice", not of "regularly"
        (
            "La delantera anotó dos goles en la final.",
            "The forward annotated two goals in the final.",
            "The forward scored twice in the final.",
            None,
        ),
        (
            "La delantera anotó en la final.",
            "The forward annotated in the final.",
            "The forward scored twice in the final.",
            "twice",
        ),
        # a multiplier, not a frequency
        (
            "El parque ocupa la superficie de un barrio.",
            "The park covers the area of a district.",
            "The park covers twice the area of a district.",
            None,
        ),
        # a period adverb may render a word of the period; another adverb may not
        (
            "Los vecinos limpian el parque al día siguiente.",
            "The neighbours clean the park to the following day.",
            "The neighbours clean the park daily.",
            None,
        ),
        (
            "Los vecinos limpiaron el parque el año pasado.",
            "The neighbours cleaned the park the past year.",
            "The neighbours cleaned the park again last year.",
            "again",
        ),
        # two frequency words make a phrase the source words its own way
        (_PARK_ES, _PARK_MT, "The neighbours clean the park twice weekly.", None),
        # a hedge, not a frequency: never reported
        (_PARK_ES, _PARK_MT, "The neighbours usually clean the park on Saturdays.", None),
    ],
)
def test_frequency_added(src: str, mt: str, tgt: str, added: str | None) -> None:
    assert _added(src, tgt, mt) == added


def test_untranslated_word_elsewhere_is_no_excuse() -> None:
    """A source word the MT left untranslated far from the adverb does not silence it;
    one standing between the MT's places of the adverb's neighbours does."""
    src = "Los vecinos limpian el parque junto al fiumicello."
    mt = "The neighbours clean the park next to the fiumicello."
    tgt = "The neighbours regularly clean the park next to the stream."
    assert _added(src, tgt, mt, ("fiumicello",)) == "regularly"
    src = "Los vecinos spessissimo limpian el parque."
    mt = "The neighbours spessissimo clean the park."
    tgt = "The neighbours frequently clean the park."
    assert _added(src, tgt, mt, ("spessissimo",)) is None
    # no anchors found on one side: the untranslated word may be the adverb's
    assert _added(src, "Frequently, they do it.", mt, ("spessissimo",)) is None


def test_spanish_or_the_pivots_spanish() -> None:
    """The stem list is Spanish: another source language is read through the Spanish a
    pivot route went by, and not at all without one."""
    tgt = read_side("The neighbours regularly clean the park on Saturdays.", "en")
    direct = Evidence(mt=Reading.of(_PARK_MT))
    found = check_added_frequency(read_side(_PARK_ES, "es"), tgt, direct)
    assert [(f.type, f.severity) for f in found] == [("addition", "major")]
    pt = read_side("Os vizinhos limpam o parque aos sábados.", "pt")
    assert check_added_frequency(pt, tgt, direct) == []
    pivot = Evidence(mt=Reading.of(_PARK_MT, pivot=_PARK_ES))
    assert len(check_added_frequency(pt, tgt, pivot)) == 1
    often = Evidence(mt=Reading.of(_PARK_MT, pivot="Los vecinos limpian a menudo el parque."))
    assert check_added_frequency(pt, tgt, often) == []
    assert check_added_frequency(read_side(_PARK_ES, "es"), tgt, Evidence()) == []


needs_es = pytest.mark.skipif(find_route("es", "en") is None, reason="no Apertium es-en")


@needs_es
@pytest.mark.parametrize(
    "src,tgt,added",
    [
        (
            "Los turistas visitan el museo durante el verano.",
            "Tourists regularly visit the museum during the summer.",
            "regularly",
        ),
        (
            "Los turistas visitan el museo durante el verano.",
            "Tourists visit the museum during the summer.",
            None,
        ),
        (
            "Los turistas visitan con frecuencia el museo durante el verano.",
            "Tourists frequently visit the museum during the summer.",
            None,
        ),
        (
            "El equipo perdió el partido en casa.",
            "The team twice lost the match at home.",
            "twice",
        ),
    ],
)
def test_frequency_added_end_to_end(src: str, tgt: str, added: str | None) -> None:
    """An addition at major at the adverb through the whole check; the twins are quiet."""
    if added is None:
        assert "addition" not in alarm_types(__name__, src, tgt, "es")
        return
    spans = [
        tgt[f.target_span[0] : f.target_span[1]]
        for f in findings(__name__, src, tgt, "es")
        if f.type == "addition" and f.severity == "major" and f.target_span
    ]
    assert added in spans
