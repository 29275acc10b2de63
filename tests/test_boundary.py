"""A bead's price for ending on a sentence (aligner.alignment.boundary, second pass).

German and French sentences written for these tests, tokenised as Text+Berg is (a space
before each sentence's final period): a toy expedition report.
"""

import dataclasses

import numpy as np

from aligner.alignment.boundary import FRAGMENT, ITEM_NEXT, end_flags
from aligner.alignment.junction import bead_cost, null_cost
from aligner.alignment.score import BeadScorer, Weights
from tests.test_junction import side

DE = [
    "Den Gipfel erreichte Imanishi mit dem Sherpa Gyalzen ( Liste des H .",
    "C. , Nr. 57 ) am 9. Mai .",
    "Der Bericht erschien im Alpine Journal , Nr. 293 ( Nov .",
    "1956 ) , S. 340 .",
    "Die Mannschaft spielt jetzt in der Serie B.",
    "Das Heft erschien im Mai .",
    "Die Träger waren :",
    "2. Der Abstieg dauerte drei Tage .",
    "- Die Karte zeigt den Weg .",
]


def test_a_sentence_cut_after_an_initial_or_an_abbreviation_is_a_fragment():
    flags = end_flags(DE, "de")
    fragments = [i for i, f in enumerate(flags) if f & FRAGMENT]
    # "des H ." and "( Nov ." (a month cut short); not "Serie B." (its period is not set
    # apart: an untokenised text's sentence end), nor "im Mai ." (a whole month's name).
    assert fragments == [0, 2]


def test_a_numbered_or_dashed_item_next_marks_the_end_before_it():
    flags = end_flags(DE, "de")
    assert [i for i, f in enumerate(flags) if f & ITEM_NEXT] == [6, 7]
    assert end_flags(["Er ging ."], "de").tolist() == [0]  # the last sentence has no next


def test_the_scorer_prices_beads_and_nulls_that_end_there():
    fr = [
        "Imanishi atteignit le sommet avec le sherpa Gyalzen ( n° 57 de l' H .",
        "C ) le 9 mai .",
    ]
    src = dataclasses.replace(side(DE[:2], "de"), ends=end_flags(DE[:2], "de"))
    tgt = dataclasses.replace(side(fr, "fr"), ends=end_flags(fr, "fr"))
    off = BeadScorer(src, tgt, Weights())
    on = BeadScorer(src, tgt, Weights(boundary_fragment=0.5))
    # Ending both sides on the fragments ("H .") costs 0.5 a side; the whole 2-2 bead,
    # which ends after them, costs what it did.
    assert np.isclose(bead_cost(on, (0, 1, 0, 1)), bead_cost(off, (0, 1, 0, 1)) + 1.0)
    assert np.isclose(bead_cost(on, (0, 2, 0, 2)), bead_cost(off, (0, 2, 0, 2)))
    # A null bead ends on its sentence too.
    assert np.isclose(null_cost(on, "src", 0), null_cost(off, "src", 0) + 0.5)
    assert np.isclose(null_cost(on, "tgt", 1), null_cost(off, "tgt", 1))


def test_a_bead_ending_before_an_item_on_both_sides_costs_less():
    de = ["Die Gipfel :", "1. Der Everest .", "2. Der Lhotse ."]
    fr = ["Les sommets :", "1. L' Everest .", "Puis le Lhotse ."]
    src = dataclasses.replace(side(de, "de"), ends=end_flags(de, "de"))
    tgt = dataclasses.replace(side(fr, "fr"), ends=end_flags(fr, "fr"))
    off = BeadScorer(src, tgt, Weights())
    on = BeadScorer(src, tgt, Weights(boundary_item=0.3))
    assert np.isclose(bead_cost(on, (0, 1, 0, 1)), bead_cost(off, (0, 1, 0, 1)) - 0.3)
    # Only one side ends before an item: no discount (French may cut a German sentence's
    # inline "a) … b) …" into items of its own).
    assert np.isclose(bead_cost(on, (0, 1, 0, 2)), bead_cost(off, (0, 1, 0, 2)))
    assert np.isclose(null_cost(on, "src", 0), null_cost(off, "src", 0))


def test_without_flags_or_weights_nothing_changes():
    src, tgt = side(DE[:2], "de"), side(DE[:2], "de")
    scorer = BeadScorer(src, tgt, Weights(boundary_fragment=0.5, boundary_item=0.2))
    assert scorer.src_end is None and scorer.src_null is None  # no flags: the first pass
    flagged = dataclasses.replace(src, ends=end_flags(DE[:2], "de"))
    assert BeadScorer(flagged, tgt, Weights()).src_end is None  # no weights
