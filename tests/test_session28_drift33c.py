"""ContraTICO's false alarms, twelfth round: omissions read from a break the tagger makes,
and a universal pronoun (docs/drift.md, "Session 28 (drift33c)"). Every sentence here is
written for this test (the classes were found on ContraTICO's Spanish proxy, slices fit,
A and C; no sentence is taken from the data). Each quiet case was reported at >= major
on the branch start; each counterpart keeps its break or its finding."""

from __future__ import annotations

import pytest

from aligner.drift import pos_fluency as pf
from tests.drift_batch import assert_quiet_or_reported, batch_fixture

_batch = batch_fixture()

needs_tagger = pytest.mark.skipif(
    pf.load_model() is None or pf.tag_texts(["A test."]) is None,
    reason="the English tagger (apertium-eng-spa) or the shipped tag counts are missing",
)


def _worst(text: str) -> float:
    words = pf.tag_texts([text], "en")[0]
    return max(pf.oddities(words, pf.load_model()))


@needs_tagger
@pytest.mark.parametrize(
    "text",
    [
        # a noun the tagger reads where only its verb fits
        "The bakeries can scale up their output in winter.",
        "The airline will not let you change seats after boarding.",
        "So book a table before noon.",
        "Wear a helmet on the bridge.",
        "The engineers need to model the flow of the river.",
        # what opens a sentence after a mark
        "Exports fell; among the smaller firms, they rose.",
        "The figures were low.From the next year on, they rose.",
        # an editor's brackets inside a quotation
        'The mayor said: "[t]he bridge will close at night."',
    ],
)
def test_no_break_the_tagger_made(text):
    assert _worst(text) <= pf.WEAK


@needs_tagger
@pytest.mark.parametrize(
    "text",
    [
        # a determiner before the noun: no verb slot ("the culture this trade")
        "In the culture this trade grew fast.",
        # an "-s" form opening the sentence is no imperative
        "Plants their best in spring.",
        # a clause's own subject before a noun: a verb was removed
        'On Monday, they "snail convoys" on the ring road.',
    ],
)
def test_breaks_kept(text):
    assert _worst(text) > pf.WEAK


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # the weak break was the tagger's: nothing is missing
        ("Si es posible, reservad una habitación doble.", "Book a double room if you can.", None),
        (
            "Si habéis viajado a China, algunos países no os dejarán ni siquiera cambiar de vuelo.",
            "If you have traveled to China, some countries won't even let you change flights.",
            None,
        ),
        # "everybody" says "all"
        (
            "De numeroso hospitales no han podido examinar a todas las personas de riesgo.",
            "Many hospitals have not been able to test everybody at risk.",
            None,
        ),
        (
            "De numeroso hospitales no han podido examinar a todas las personas de riesgo.",
            "Many hospitals have not been able to test many people at risk.",
            "intensity",
        ),
        # a verb removed after its subject is still a break
        (
            "El lunes, los taxistas organizaron marchas lentas en la circunvalación.",
            "On Monday, taxi drivers slow marches on the ring road.",
            "omission",
        ),
    ],
)
def test_quiet_and_reported(src, tgt, kind):
    assert_quiet_or_reported(__name__, src, tgt, kind)
