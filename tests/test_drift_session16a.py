"""Added words, session 16 (docs/drift.md, "Session 16 (drift21a)"): a modifier the
translation adds where the word-by-word pass alone cannot tell it is new, weighed by e5
on the translation with and without it (:mod:`aligner.drift.span_gain`), and an adverb
added before a verb the translation keeps (:mod:`aligner.drift.modifiers`). Each
reported case is silent on the session's start; the quiet cases are the shapes the
rules leave alone (a faithful translation, an adjective that renders a source word the
dictionary does not pair with it, a hedge the modality check owns). The sentences are
written here for these tests, not taken from any of the data."""

from __future__ import annotations

import pytest

from aligner.alignment.mt import load_translator
from aligner.drift import span_gain
from aligner.drift.checks import read_side
from aligner.drift.lexical_check import gather
from aligner.drift.lexical_diff import Word
from tests.drift_batch import alarm_types, batch_fixture

_batch = batch_fixture()


def _word(surface: str, start: int) -> Word:
    return Word(surface, surface, "adj", frozenset(), start, start + len(surface), True)


def test_the_largest_gain_over_the_threshold_is_reported() -> None:
    low, high = _word("cheap", 4), _word("shady", 10)
    small = span_gain.MIN_GAIN / 2
    assert span_gain.check_span_gain([(low, small)]) == []
    found = span_gain.check_span_gain([(low, small), (high, span_gain.MIN_GAIN * 3)])
    assert [(f.type, f.severity, f.target_span) for f in found] == [("addition", "major", (10, 15))]


# With e5, one batch: an added noun before a noun (the dictionary checks report added
# adjectives only: nouns before nouns are too often one word rendered by two), the
# faithful translation of the same source, an office's level added to explain it, and
# an adjective that renders its source neighbour ("leves" → "minor").
_E5_PAIRS = [
    (
        "Los bomberos apagaron el incendio antes del amanecer.",
        "Firefighters put out the warehouse fire before dawn.",
        True,
    ),
    (
        "Los bomberos apagaron el incendio antes del amanecer.",
        "Firefighters put out the fire before dawn.",
        False,
    ),
    # an office's level, added to explain it
    (
        "Las obras costarán unos dos millones, explicó la consejera de Sanidad, Ana Ruiz.",
        "The works will cost about two million, explained regional health minister Ana Ruiz.",
        False,
    ),
    (
        "La tormenta causó daños leves en algunas viviendas del pueblo.",
        "The storm caused minor damage to some homes in the village.",
        False,
    ),
]


def test_span_gain_with_e5(embedder) -> None:
    """The rule's two steps on real analyses and real e5 vectors (the whole pipeline is
    measured by bench/drift_flags.py; here only what the rule adds)."""
    pairs = [(s, t) for s, t, _ in _E5_PAIRS]
    sides = [(read_side(s, "es"), read_side(t, "en")) for s, t in pairs]
    analysed = gather(sides, "es", "en")
    mts = load_translator("es", "en", pivot=False).translate([s for s, _ in pairs])
    texts, cands = [], []
    for (src, tgt), words, mt in zip(pairs, analysed, mts, strict=True):
        cands.append(span_gain.candidates(*words, tgt))
        texts += span_gain.texts_to_embed(src, tgt, mt, cands[-1])
    vecs = dict(zip(texts, embedder.embed(texts), strict=True))
    for (src, tgt, added), cs, mt in zip(_E5_PAIRS, cands, mts, strict=True):
        found = span_gain.check_span_gain(span_gain.gains(src, tgt, mt, cs, vecs))
        assert bool(found) is added, tgt
    # "minor" is no candidate at all: "leves", beside the kept "daños", is left unrendered
    assert not cands[-1]


@pytest.mark.parametrize(
    "src,tgt,kind",
    [
        # passive: the MT's neighbours ("police arrested") never meet, so only the kept
        # head ("arrested" for "detuvo") shows the adverb is new
        (
            "La policía detuvo al sospechoso en su casa.",
            "The suspect was quietly arrested by police at his home.",
            "addition",
        ),
        (
            "La policía detuvo al sospechoso en su casa.",
            "The suspect was arrested by police at his home.",
            None,
        ),
        (
            "El alcalde presentó su plan a los vecinos.",
            "His plan was proudly presented to the neighbours by the mayor.",
            "addition",
        ),
        # a hedge is the modality check's to compare, not an added word
        (
            "El fiscal dijo que el acusado tendría cuentas en el extranjero.",
            "The prosecutor said the defendant allegedly has accounts abroad.",
            None,
        ),
    ],
)
def test_added_adverb_before_a_kept_verb(src: str, tgt: str, kind: str | None) -> None:
    types = alarm_types(__name__, src, tgt)
    assert (kind in types) if kind else "addition" not in types
