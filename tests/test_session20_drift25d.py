"""Antonyms, session 20 (docs/drift.md, "Session 20 (drift25d): antonyms by class").

* opposed prefixes on one stem (:mod:`aligner.drift.opposite_affixes`: "pro-" / "anti-",
  "hypo-" / "hyper-");
* places said by prepositions WordNet does not pair ("under" against the MT's "above",
  "inside" against "out of"; :mod:`aligner.lang.en`'s antonym cues);
* a negatively prefixed word Apertium's English analyser does not know, read through
  its bare form's dictionary renderings (:mod:`aligner.drift.opposite_prefixes`:
  "unprepared" against "preparado", which the MT gives as "poised");
* an opposite beside a negation idiom ("otherwise" for "si no") that stands far from
  both words (:data:`aligner.drift.opposite_forms.IDIOMS_FAR`);
* (measured and off) antonyms looked up in the dictionary as verbs too
  (:data:`aligner.drift.opposite_words.VERB_FRAMES`).

Each reported case is a replaced word; each quiet case its faithful twin or a guard. The
sentences are written here for these tests; none is taken from any of the data.
"""

from __future__ import annotations

import pytest

from aligner.drift.opposite_affixes import swapped_prefixes
from aligner.drift.opposite_prefixes import _answers, candidates
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # opposed prefixes on one stem
        (
            "El partido presentó a un candidato anti-americano en las elecciones.",
            "The party put forward a pro-American candidate in the elections.",
            "meaning",
        ),
        (
            "El partido presentó a un candidato anti-americano en las elecciones.",
            "The party put forward an anti-American candidate in the elections.",
            None,
        ),
        # a place said by a preposition WordNet does not pair
        (
            "Las nubes estaban por encima de la ciudad toda la tarde.",
            "The clouds were under the city all afternoon.",
            "meaning",
        ),
        (
            "Las nubes estaban por encima de la ciudad toda la tarde.",
            "The clouds were above the city all afternoon.",
            None,
        ),
        # Apertium's "minoritary" for "minoritarias"
        (
            "Las lenguas minoritarias desaparecen a menudo sin dejar huella.",
            "Majority languages often disappear without a trace.",
            "meaning",
        ),
        (
            "Las lenguas minoritarias desaparecen a menudo sin dejar huella.",
            "Minority languages often disappear without a trace.",
            None,
        ),
        # a prefixed word the analyser does not know, through its bare form
        (
            "Es un plato preparado con hierbas y carne.",
            "It is a dish unprepared with herbs and meat.",
            "meaning",
        ),
        (
            "Es un plato preparado con hierbas y carne.",
            "It is a dish prepared with herbs and meat.",
            None,
        ),
        # the source's own negation may be what the prefix renders
        (
            "Es un plato no preparado con hierbas y carne.",
            "It is a dish unprepared with herbs and meat.",
            None,
        ),
    ],
)
def test_opposites_by_class(src: str, tgt: str, kind: str | None) -> None:
    found = alarm_types(__name__, src, tgt)
    assert (kind in found) if kind else not found, found


def test_swapped_prefixes_reads() -> None:
    # Apertium leaves a hyphenated compound ungenerated: its two tokens are read joined
    assert swapped_prefixes(
        ["the", "president", "anti", "american"], ["the", "pro-American", "president"]
    ) == [(1, "anti")]
    assert swapped_prefixes(["with", "hypertension"], ["with", "hypotension"]) == [
        (1, "hypertension")
    ]
    assert swapped_prefixes(["prices", "increase"], ["prices", "decrease"]) == [(1, "increase")]


@pytest.mark.parametrize(
    "mt,tgt",
    [
        # the translation keeps the MT's word too
        ("anti-war and pro-war groups", "pro-war and anti-war groups"),
        # a stem too short to tell ("input" / "output" are not on the list either)
        ("the import tax", "the report tax"),
        # prefixes left out: "disclose" is no opposite of "enclose"
        ("they enclose the letter", "they disclose the letter"),
        # capitalised words are names'
        ("the Premier League", "the Postmier League"),
    ],
)
def test_swapped_prefixes_guards(mt: str, tgt: str) -> None:
    assert not swapped_prefixes(mt.split(), tgt.split())


def test_prefixed_candidates() -> None:
    assert candidates("unprepared") == ("prepared",)
    assert candidates("misconducted") == ("conducted",)
    # names and numbers are no candidates
    assert candidates("Unprepared") == ()
    assert candidates("un2") == ()


def test_prefixed_answers_participles() -> None:
    # a participle adjective answers its verb's rendering, a lemma its own
    assert _answers("preparado", frozenset({"preparar"}))
    assert _answers("conducir", frozenset({"conducir", "dirigir"}))
    # a shared beginning is not enough
    assert not _answers("preparación", frozenset({"preparar"}))
    assert not _answers("prestar", frozenset({"preparar"}))
