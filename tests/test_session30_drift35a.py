"""Added words, session 30 (docs/drift.md, "Session 30 (drift35a)"): an adverb that
states a fact of its own ("almost", "secretly", "financially") with nothing of the kind
in the source (:mod:`aligner.drift.added_adverbs`).

The sentences are written here for these tests; none is taken from any of the data.
The function's MT is written here too, so its cases run no Apertium; the pairs read
through the pipeline run in the session's one batch
(:func:`tests.drift_batch.batch_fixture`)."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import find_route
from aligner.drift.added_adverbs import adverb_added
from aligner.drift.signals import Reading
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()
needs_es = pytest.mark.skipif(find_route("es", "en") is None, reason="no Apertium es-en")

_BRIDGE_ES = "El puente quedó destruido por la riada."
_BRIDGE_MT = "The bridge remained destroyed by the flood."
_MAYOR_ES = "El alcalde se reunió con los vecinos el martes."
_MAYOR_MT = "The mayor met with the neighbours on Tuesday."
_PLAN_ES = "El proyecto no será viable si el gobierno retira su apoyo."
_PLAN_MT = "The project will not be viable if the government withdraws his support."


def _added(src: str, mt: str, tgt: str, unknown: tuple[str, ...] = ()) -> str | None:
    got = adverb_added(src, tgt, Reading.of(mt, unknown))
    return got.text if got is not None else None


@pytest.mark.parametrize(
    "src,mt,tgt,added",
    [
        # only nearly: the statement is another one
        (_BRIDGE_ES, _BRIDGE_MT, "The bridge was almost destroyed by the flood.", "almost"),
        (_BRIDGE_ES, _BRIDGE_MT, "The flood nearly destroyed the bridge.", "nearly"),
        (_BRIDGE_ES, _BRIDGE_MT, "The bridge was destroyed by the flood.", None),
        # the source says it ("casi"), or the MT does
        (
            "El puente quedó casi destruido por la riada.",
            "The bridge remained almost destroyed by the flood.",
            "The bridge was nearly destroyed by the flood.",
            None,
        ),
        # a bound on a figure or a quantifier is another check's
        (
            "Trescientas casas quedaron destruidas.",
            "Three hundred houses remained destroyed.",
            "Almost 300 houses were destroyed.",
            None,
        ),
        (_BRIDGE_ES, _BRIDGE_MT, "The flood destroyed almost all of the bridge.", None),
        # in secret, in public
        (_MAYOR_ES, _MAYOR_MT, "The mayor secretly met the residents on Tuesday.", "secretly"),
        (_MAYOR_ES, _MAYOR_MT, "On Tuesday the mayor met the residents publicly.", "publicly"),
        (
            "El alcalde se reunió en secreto con los vecinos el martes.",
            "The mayor met in secret with the neighbours on Tuesday.",
            "The mayor secretly met the residents on Tuesday.",
            None,
        ),
        # in one respect only
        (
            _PLAN_ES,
            _PLAN_MT,
            "The project will not be financially viable if the government withdraws its support.",
            "financially",
        ),
        (
            "El proyecto no será viable económicamente si el gobierno retira su apoyo.",
            "The project will not be viable economically if the government withdraws his support.",
            "The project will not be financially viable if the government withdraws its support.",
            None,
        ),
    ],
)
def test_adverb_added(src: str, mt: str, tgt: str, added: str | None) -> None:
    assert _added(src, mt, tgt) == added


_SIGNED_ES = "El alcalde firmato el acuerdo."
_SIGNED_EN = "The mayor secretly signed the agreement."


@pytest.mark.parametrize(
    "mt,unknown,added",
    [
        # a verb left untranslated between the adverb's neighbours is the verb's source
        ("The mayor firmato the agreement.", ("firmato",), "secretly"),
        # any other word left so may be what the adverb renders
        ("The mayor nascosto firmato the agreement.", ("nascosto", "firmato"), None),
    ],
)
def test_untranslated_verbs(mt: str, unknown: tuple[str, ...], added: str | None) -> None:
    assert _added(_SIGNED_ES, mt, _SIGNED_EN, unknown) == added


@needs_es
@pytest.mark.parametrize(
    "src,tgt,reported",
    [
        (_BRIDGE_ES, "The bridge was almost destroyed by the flood.", True),
        (_BRIDGE_ES, "The bridge was destroyed by the flood.", False),
    ],
)
def test_adverb_in_pipeline(src: str, tgt: str, reported: bool) -> None:
    assert ("addition" in alarm_types(__name__, src, tgt)) == reported
