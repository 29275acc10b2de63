"""Removed nouns and adjectives, session 21 (docs/drift.md, "Session 21 (drift26b)"): a
determiner and an adjective left where a noun was cut
(:mod:`aligner.drift.stranded_adjectives`), and an adjective of origin nothing renders
(:mod:`aligner.drift.removed_demonyms`). Every sentence here is written here for these
tests, not taken from any of the data. No e5; the word analyses run as one Apertium batch
and the pipeline cases as one ``check_pairs`` batch (tests/drift_batch.py)."""

from __future__ import annotations

import os
from dataclasses import dataclass

import pytest

from aligner.alignment.mt import installed_modes
from aligner.drift.determiner_verbs import determiner_before_verb, past_verb
from aligner.drift.lexical_check import gather
from aligner.drift.lexical_diff import WORDNET
from aligner.drift.removed_demonyms import proper_adjectives, removed_demonym
from aligner.drift.stranded import stranded
from aligner.drift.stranded_adjectives import adjective_without_noun
from aligner.drift.text import tokenize
from tests.drift_batch import batch_fixture, findings

APERTIUM = {"spa-eng", "eng-spa"} <= installed_modes()
needs_apertium = pytest.mark.skipif(not APERTIUM, reason="apertium-eng-spa is not installed")
needs_wordnet = pytest.mark.skipif(
    not os.path.exists(os.path.join(WORDNET, "index.adj")), reason="WordNet is not installed"
)

_batch = batch_fixture()


def _cut(text: str) -> str | None:
    """The words the adjective shape reports, or None."""
    toks = tokenize(text)
    for i in range(len(toks)):
        k = adjective_without_noun(toks, i)
        if k is not None:
            return text[toks[i].start : toks[k].end]
    return None


# --- a determiner and an adjective with no noun after them (English alone) ---


@needs_wordnet
@pytest.mark.parametrize(
    "text, cut",
    [
        ("The mayor spoke about the internal of the council last week.", "the internal of"),
        ("Officials said the plan was a difficult.", "a difficult."),
        ("She bought a wooden for the garden.", "a wooden for"),
        ("Critics of the electoral, the minister replied, are wrong.", "the electoral,"),
        ("They met in the densely populated residential.", "the densely populated residential."),
        ("He praised our well-known political, we heard.", "our well-known political,"),
    ],
)
def test_an_adjective_left_without_its_noun(text, cut):
    assert _cut(text) == cut


@needs_wordnet
@pytest.mark.parametrize(
    "text",
    [
        "The poor of the city waited.",  # "poor" is a noun too
        "A local said the road was closed.",
        "It was the largest of the three.",  # a superlative
        "She chose the more difficult of the two.",  # a comparison
        "They picked the lesser of two evils.",
        "Those responsible were arrested.",  # "those" is left alone
        "The news made her angry.",  # "her" may be an object
        "He was an unheard of writer.",  # a WordNet phrase ("unheard-of")
        "The internal affairs of the party were discussed.",  # the noun is there
        "The economic and social policy failed.",  # adjectives sharing a noun
        "They visited the rural, the urban and the coastal towns.",  # one list
        "He waited for the other to arrive.",  # a determiner WordNet files as adjective
        "The exposed of the group were moved.",  # a participle
        "It rained for a difficult... week.",  # an ellipsis
    ],
)
def test_english_that_keeps_its_noun_or_uses_the_adjective_as_one(text):
    assert _cut(text) is None


@needs_wordnet
def test_the_shape_is_one_of_strandeds_and_questions_are_left_alone():
    assert stranded(tokenize("The mayor spoke about the internal of the council."))
    assert stranded(tokenize("Did the mayor speak about the internal of the council?")) == []


# --- a determiner straight before a verb in the past (English alone) ---


@needs_wordnet
@pytest.mark.parametrize(
    "text, flagged",
    [
        ("The happened in the case of the second company.", True),
        ("After the storm the fled to the hills.", True),
        ("Their began on Monday.", True),  # "Their holidays began…"
        ("The proposed law was approved.", False),  # a participle before its noun
        ("The accused of the crime was released.", False),  # WordNet's noun
        ("The injured were taken to hospital.", False),
        ("This happened in the case of the company.", False),  # a pronoun
        ("The happened", False),  # nothing after it
    ],
)
def test_a_determiner_before_a_past_verb(text, flagged):
    toks = tokenize(text)
    found = any(determiner_before_verb(toks, i) is not None for i in range(len(toks)))
    assert found is flagged


@needs_wordnet
def test_past_verbs_are_forms_wordnet_lists_only_as_verbs():
    assert past_verb("happened") and past_verb("fled") and past_verb("occurred")
    # "proposed" is a verb form too: what keeps "the proposed law" is the noun after it.
    assert past_verb("proposed")
    assert not past_verb("injured")  # WordNet's adjective and noun
    assert not past_verb("house") and not past_verb("Happened")


# --- an adjective of origin nothing renders (source words through Apertium) ---


@needs_wordnet
def test_proper_adjectives_are_capitalised_only_and_know_their_place():
    table = proper_adjectives()
    assert "persian" in table and "french" in table
    assert "france" in table["french"]
    assert "new" not in table and "continental" not in table  # lower-case senses


@dataclass
class _Side:
    text: str
    lang: str


_DEMONYM_PAIRS = [
    # (source, translation, the adjective reported or None): written here
    (
        "Compramos un libro de gramática persa en la feria.",
        "We bought a grammar book at the fair.",
        "persa",
    ),
    (
        "Compramos un libro de gramática persa en la feria.",
        "We bought a Persian grammar book at the fair.",
        None,
    ),
    (
        "La delegación francesa llegó ayer a la capital.",
        "The delegation from France arrived in the capital yesterday.",
        None,
    ),
    ("El mercado europeo creció mucho este año.", "The EU market grew a lot this year.", None),
    (
        "Los turistas chinos y japoneses visitaron el museo.",
        "The Chinese tourists visited the museum.",
        None,
    ),
    (
        "La cocina mexicana es famosa en todo el mundo.",
        "This cuisine is famous all over the world.",
        "mexicana",
    ),
]


@pytest.fixture(scope="module")
def demonym_words():
    sides = [(_Side(s, "es"), _Side(t, "en")) for s, t, _ in _DEMONYM_PAIRS]
    return gather(sides, "es", "en")


@needs_apertium
@needs_wordnet
@pytest.mark.parametrize("k", range(len(_DEMONYM_PAIRS)))
def test_an_adjective_of_origin_nothing_renders(demonym_words, k):
    _, tgt, expected = _DEMONYM_PAIRS[k]
    words = demonym_words[k]
    assert words is not None
    found = removed_demonym(words[0], words[1], tgt, "es")
    assert (found[0].surface if found else None) == expected


# --- through check_pairs ---


@needs_apertium
@needs_wordnet
@pytest.mark.parametrize(
    "src, tgt, flagged",
    [
        (
            "Compramos un libro de gramática persa en la feria.",
            "We bought a grammar book at the fair.",
            "Persian",
        ),
        (
            "Compramos un libro de gramática persa en la feria.",
            "We bought a Persian grammar book at the fair.",
            None,
        ),
        (
            "El alcalde habló del problema interno del partido.",
            "The mayor spoke about the internal of the party.",
            "a noun after the adjective",
        ),
        (
            "El alcalde habló del problema interno del partido.",
            "The mayor spoke about the internal problem of the party.",
            None,
        ),
        (
            "Lo mismo ocurrió en el caso de la segunda empresa.",
            "The happened in the case of the second company.",
            "a noun after the determiner",
        ),
        (
            "Lo mismo ocurrió en el caso de la segunda empresa.",
            "The same happened in the case of the second company.",
            None,
        ),
    ],
)
def test_the_findings_through_check_pairs(src, tgt, flagged):
    loud = [f for f in findings(__name__, src, tgt) if f.severity in ("major", "critical")]
    if flagged is None:
        assert loud == []
    else:
        assert [f.type for f in loud] == ["omission"]
        assert flagged in loud[0].message
