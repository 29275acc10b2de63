"""Verbs and subjects removed, session 21 (docs/drift.md, "Session 21 (drift26d)"): a
quotation no one says, a relative word before its object, names before a grouped figure,
a pronoun before "anything", "being" before an "-ing" verb, names and an apposition before
a possessive's phrase, a first clause with no verb, a subordinator and names before "to",
a subject and an adverb before "to" (:mod:`aligner.drift.lost_verbs`); a sentence-opening
adjective alone before its verb (:mod:`aligner.drift.adjective_subjects`); an adjective
inside the object of :func:`aligner.drift.verb_gaps.subject_then_object`. Every sentence
here is written here for these tests, not taken from any of the data. No e5; the English
is tagged in one Apertium call, the pairs checked in one batch."""

from __future__ import annotations

from functools import cache

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift import adjective_subjects, lost_verbs, verb_gaps
from aligner.drift.pos_fluency import tag_texts
from aligner.drift.subjectless import gaps, sentences
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
pytestmark = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")

_batch = batch_fixture()

# Written here: each sentence lost a verb (or a subject's noun), and the span read.
FOUND = {
    '"We were lucky with the weather," Marta Ruiz, 41, a baker from the old quarter.': ('," Marta'),
    "Old friends who each other rarely call still meet in May.": "who each",
    "The stalls sell figs and pears, which their colour during the autumn.": "which their colour",
    "It was the map of the old kingdom, which all towns where people spoke Latin.": (
        "which all towns"
    ),
    "Nordia 12,000 workers and is one of the largest firms.": "Nordia 12,000",
    "It is the same there: 10% of the families 60% of the land.": "families 60%",
    "It also anything that moved near the river.": "It also anything",
    "She left the ward after being following a long course of treatment.": "being following",
    "Rosa Lima, mayor of Tavira, her first budget last night in the town hall.": (
        ", her first budget"
    ),
    "Prices on the local market more than 8 percent, but later the losses eased.": (
        "Prices on the local market more than 8 percent"
    ),
    "Long before Norway to join the union, the traders were eager to sell.": (
        "before Norway to join"
    ),
    "The rescue teams finally to reach the village at noon.": "The rescue teams finally to reach",
}
ADJECTIVE = {
    "Handmade can be sold at the market for a good price.": "Handmade can",
    "Virtual often work from home on Fridays.": "Virtual often work",
}
# verb_gaps: an adjective WordNet lists as one may stand in the second phrase.
OBJECT = {"In 1980, writer Ana Lopez a long way to the old city.": "writer Ana Lopez a"}
# Written here: English with those words in good order.
LEFT_ALONE = [
    '"We were lucky," Marta Ruiz said after the match.',
    '"We were lucky," said Marta Ruiz, a baker.',
    'He named the boat, "Santa Maria".',
    '"It is over," Marta Ruiz vlogged.',  # a verb no dictionary here knows
    "The house which their parents built is old.",
    "The land on which their crops grow is small.",
    "Boeing 747 jets landed late.",
    "In that valley 10% of the families own 60% of the land.",
    "Acme Foods employs 12,000 workers.",
    "Make it anything you like.",
    "He was praised for being caring and kind.",
    "Ana Maria Costa, the mayor, her husband and their son came.",
    "Wipe the tables, and wash your hands.",
    "Not much, but enough.",
    "Before Norway joined the union, the traders were eager.",
    "The plan originally to build a bridge was dropped.",
    "Good can come from bad.",
    "Harsh smoke filled the hall.",
    "The man the police arrested was released on Monday.",
    "Which all towns where people spoke Latin?",
]


@cache
def _tagged() -> dict[str, list]:
    texts = [*FOUND, *ADJECTIVE, *OBJECT, *LEFT_ALONE]
    return dict(zip(texts, tag_texts(texts), strict=True))


def _spans(text: str, shapes) -> list[str]:
    words = _tagged()[text]
    out = []
    for _, ws in sentences(words):
        for shape in shapes:
            span = shape(ws)
            if span is not None:
                out.append(text[span[0] : span[1]])
    return out


@pytest.mark.parametrize("text,cut", FOUND.items())
def test_a_verb_cut_leaves_a_shape_english_does_not_write(text: str, cut: str) -> None:
    assert _spans(text, lost_verbs.SHAPES) == [cut]


@pytest.mark.parametrize("text,cut", ADJECTIVE.items())
def test_an_opening_adjective_alone_before_its_verb(text: str, cut: str) -> None:
    assert _spans(text, [adjective_subjects.adjective_subject]) == [cut]


@pytest.mark.parametrize("text,cut", OBJECT.items())
def test_an_adjective_may_stand_in_the_object_after_a_subject(text: str, cut: str) -> None:
    assert _spans(text, [verb_gaps.subject_then_object]) == [cut]


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_english_with_those_words_in_good_order_is_left_alone(text: str) -> None:
    assert gaps(_tagged()[text]) == []


def test_the_shapes_are_read_by_the_subjectless_check() -> None:
    text = "Old friends who each other rarely call still meet in May."
    assert [text[a:b] for a, b in gaps(_tagged()[text])] == ["who each"]
    text = "Handmade can be sold at the market for a good price."
    assert [text[a:b] for a, b in gaps(_tagged()[text])] == ["Handmade can"]


PAIRS = {
    "unsaid": (
        "«Tuvimos suerte con el tiempo», dijo Marta Ruiz, de 41 años, panadera del barrio.",
        '"We were lucky with the weather," Marta Ruiz, 41, a baker from the quarter.',
    ),
    "said": (
        "«Tuvimos suerte con el tiempo», dijo Marta Ruiz, de 41 años, panadera del barrio.",
        '"We were lucky with the weather," said Marta Ruiz, 41, a baker from the quarter.',
    ),
}


@pytest.mark.parametrize("src,tgt", [PAIRS["unsaid"]])
def test_a_quotation_no_one_says_is_an_omission_through_check_pairs(src: str, tgt: str) -> None:
    found = [f for f in findings(__name__, src, tgt) if f.severity != "minor"]
    assert "omission" in [f.type for f in found]


@pytest.mark.parametrize("src,tgt", [PAIRS["said"]])
def test_its_faithful_twin_passes(src: str, tgt: str) -> None:
    found = [f for f in findings(__name__, src, tgt) if f.severity != "minor"]
    assert found == []
