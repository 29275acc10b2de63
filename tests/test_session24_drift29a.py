"""A modifier added inside a stretch the translation words as the literal MT does,
session 24 (docs/drift.md, "Session 24 (drift29a)"; :mod:`aligner.drift.literal_stretch`).

The sentences are written here for these tests; none is taken from any of the data. The
made-up Spanish verb "rubricar" is a word Apertium does not know: it stands for the
untranslated leftovers that stop the other readers near the head."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from tests.drift_batch import (
    alarm_types,
    batch_fixture,
    major_addition_spans,
    stretch_addition,
)

_batch = batch_fixture()
needs_es = pytest.mark.skipif(find_route("es", "en") is None, reason="no Apertium es-en")

_LAW_ES = "La alcaldesa ha rubricado una ley que protege los parques."
_BRIDGE_ES = "Los vecinos cruzan cada tarde el puente rubricado del pueblo."
_CROSS_ES = "Los vecinos rubrican el puente cada tarde."


@needs_es
@pytest.mark.parametrize(
    "src,tgt,added",
    [
        # one word before, the head and the word after it stand so in the MT ("a law that")
        (_LAW_ES, "The mayor signed a popular law that protects the parks.", "popular"),
        (_LAW_ES, "The mayor signed a law that protects the parks.", None),
        # the source says it: the MT has the word too
        (
            "La alcaldesa ha rubricado una ley popular que protege los parques.",
            "The mayor signed a popular law that protects the parks.",
            None,
        ),
        # two words before and the head ("the bridge"), for an adjective
        (
            _BRIDGE_ES,
            "The neighbours cross the old bridge rubricado of the village every afternoon.",
            "old",
        ),
        (_CROSS_ES, "The neighbours rubrican the old bridge every afternoon.", "old"),
        # a noun so placed is read too since session 25 (drift30a), unless the MT has the
        # head's complement after it (tests/test_session25_drift30a.py)
        (_CROSS_ES, "The neighbours rubrican the stone bridge every afternoon.", "stone"),
        (_CROSS_ES, "The neighbours rubrican the bridge every afternoon.", None),
        # the MT has the source's postposed modifier after the head ("hotels followed"):
        # the adjective before it may render that
        (
            "La viajera ha dormido en cuatro hoteles seguidos.",
            "The traveller has slept in four straight hotels.",
            None,
        ),
    ],
)
def test_added_in_stretch(src: str, tgt: str, added: str | None) -> None:
    assert stretch_addition(src, tgt) == added


@needs_es
@pytest.mark.parametrize(
    "src,tgt,added",
    [
        (_LAW_ES, "The mayor signed a popular law that protects the parks.", "popular"),
        (_LAW_ES, "The mayor signed a law that protects the parks.", None),
    ],
)
def test_stretch_end_to_end(src: str, tgt: str, added: str | None) -> None:
    """An addition at major at the modifier through the whole check; the twin is quiet."""
    if added is None:
        assert "addition" not in alarm_types(__name__, src, tgt, "es")
        return
    assert added in major_addition_spans(__name__, src, tgt)
