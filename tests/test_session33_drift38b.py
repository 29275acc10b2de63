"""The default path with e5 on, session 33 (docs/drift.md, "Session 33 (drift38b)"):
span_gain weighs every unrendered content word the literal MT does not say, not only a
modifier before its head, against a higher bar (``WIDE_GAIN``). The word analyses are
Apertium's (one call for every case); the e5 similarities are built by hand (what e5
would say), so these tests run without the model. The sentences are written here
(ordinary news and health Spanish and English), not taken from any data set."""

from __future__ import annotations

import numpy as np
import pytest

from aligner.drift import span_gain
from aligner.drift.checks import _gather_mt, read_side
from aligner.drift.lexical_check import gather
from aligner.drift.lexical_diff import Word

_CASES = [
    # should find: a head noun the translation adds after a word that renders the source
    (
        "El tribunal condenó ayer a los acusados por fraude.",
        "The court yesterday convicted the accused nurses of fraud.",
    ),
    # should find: a verb the translation adds
    (
        "La ministra visitó el hospital el lunes.",
        "The minister visited and praised the hospital on Monday.",
    ),
    # should stay quiet: every word renders the source
    ("La ministra visitó el hospital el lunes.", "The minister visited the hospital on Monday."),
    # should stay quiet: half of a hyphenated word, and a degree word the degree check owns
    (
        "La ministra visitó el hospital el lunes.",
        "The minister visited the well-known hospital on Monday.",
    ),
    ("El alcalde anunció el plan el martes.", "The mayor extremely announced the plan on Tuesday."),
    # should stay quiet: a word said where the source has a word nothing renders, which
    # it may render in words the dictionary does not pair ("escombros" → "rubble")
    (
        "La tormenta dejó muchos escombros en las calles del centro.",
        "The storm left a lot of rubble in the streets of the centre.",
    ),
]


@pytest.fixture(scope="module")
def read() -> list[tuple]:
    sides = [(read_side(s, "es"), read_side(t, "en")) for s, t in _CASES]
    analysed = gather(sides, "es", "en")
    if analysed[0] is None:
        pytest.skip("no Apertium es-en analyser")
    evidence = _gather_mt(sides, "es", "en", "auto", None)
    return [
        (*words, tgt, ev.mt.text)
        for words, (_, tgt), ev in zip(analysed, _CASES, evidence, strict=True)
    ]


def _weighed(read) -> list[list[tuple[str, float]]]:
    return [[(w.surface, floor) for w, floor in span_gain.weighed(*case)] for case in read]


@pytest.fixture(scope="module")
def weighed(read) -> list[list[tuple[str, float]]]:
    return _weighed(read)


def test_a_word_added_outside_a_modifier_is_weighed_at_the_wide_bar(weighed) -> None:
    assert weighed[0] == [("nurses", span_gain.WIDE_GAIN)]
    assert weighed[1] == [("praised", span_gain.WIDE_GAIN)]


def test_rendered_hyphenated_and_owned_words_are_not_weighed(weighed) -> None:
    # The checks only ask with the MT since this session; every case is read with it.
    assert weighed[2] == weighed[3] == weighed[4] == []


def test_a_word_near_an_unrendered_source_word_is_not_weighed(read, weighed, monkeypatch) -> None:
    assert weighed[5] == []
    monkeypatch.setattr(span_gain, "FREE_REACH", 0.0)  # what the guard keeps out
    assert _weighed(read)[5] == [("rubble", span_gain.WIDE_GAIN)]


def _unit(x: float) -> np.ndarray:
    """A unit vector whose dot product with ``_unit(0)`` is cos(x)."""
    return np.array([np.cos(x), np.sin(x)])


@pytest.mark.parametrize(("gain", "reported"), [(0.009, False), (0.0115, True)])
def test_a_wide_candidate_must_pass_the_wide_bar(gain: float, reported: bool) -> None:
    src, tgt, mt = "fuente", "the nurses were convicted", "mt"
    nurses = Word("nurses", "nurse", "n", frozenset(), 4, 10, True)
    cut = "the were convicted"
    vecs = {src: _unit(0.0), mt: _unit(0.0)}
    vecs[tgt] = _unit(np.arccos(0.9))
    vecs[cut] = _unit(np.arccos(0.9 + gain))
    wide = span_gain.gains(src, tgt, mt, [(nurses, span_gain.WIDE_GAIN)], vecs)
    anchored = span_gain.gains(src, tgt, mt, [(nurses, span_gain.MIN_GAIN)], vecs)
    assert bool(span_gain.check_span_gain(anchored))  # over the anchored bar either way
    assert bool(span_gain.check_span_gain(wide)) is reported
