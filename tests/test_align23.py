"""Session 18 (align23): the gold's bead boundaries as the leave-one-piece-out folds' start.

bench/boundary_evidence.py counts, over gold beads, how often a sentence carrying a
boundary flag (aligner/alignment/boundary.py) ends its bead against how often any sentence
does, and turns a boundary weight on at its grid's smallest step only when a one-sided
binomial test shows the flag's sign. The beads and flags below are made up here (no
model, no data files), with counts small enough to work out by hand.
"""

from __future__ import annotations

import math
import os
import sys

import numpy as np
import pytest

from aligner.alignment.boundary import FRAGMENT, ITEM_NEXT, end_flags
from aligner.types import Bead


@pytest.fixture(scope="module")
def evidence():
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    try:
        import boundary_evidence
    finally:
        sys.path.pop(0)
    return boundary_evidence


def _bead(src, tgt):
    return Bead(tuple(src), tuple(tgt))


def test_end_counts_count_every_side_and_each_flag(evidence):
    # Source 0-1 in one bead (0 does not end it), 2 alone; target 0, then 1-2 together.
    beads = [_bead([0, 1], [0]), _bead([2], [1, 2])]
    src_flags = np.array([FRAGMENT, 0, ITEM_NEXT], dtype=np.int8)
    tgt_flags = np.array([ITEM_NEXT, FRAGMENT, 0], dtype=np.int8)
    counts = evidence.end_counts(beads, src_flags, tgt_flags)
    # six sentences, four of them last in their bead (S1, S2, T0, T2)
    assert counts[0] == [6, 4]
    # fragments: S0 (inside its bead) and T1 (inside its bead): neither ends one
    assert counts[FRAGMENT] == [2, 0]
    # items next: S2 and T0, both ending their bead
    assert counts[ITEM_NEXT] == [2, 2]


def test_null_beads_end_on_their_one_sentence(evidence):
    counts = evidence.end_counts([_bead([0], []), _bead([], [0])], np.zeros(1), np.zeros(1))
    assert counts[0] == [2, 2]


def test_binomial_tail_by_hand(evidence):
    # P(X <= 0), n=4, p=0.8: 0.2^4; P(X >= 3), n=3, p=0.5: 1/8
    assert math.isclose(evidence.binomial_tail(0, 4, 0.8, lower=True), 0.2**4)
    assert math.isclose(evidence.binomial_tail(3, 3, 0.5, lower=False), 0.125)
    assert math.isclose(evidence.binomial_tail(2, 4, 0.3, lower=True) + evidence.binomial_tail(
        3, 4, 0.3, lower=False), 1.0)  # fmt: skip


GRID = {"boundary_fragment": (0.0, 0.2, 0.3), "boundary_item": (0.0, 0.1, 0.2)}


def test_a_flag_the_gold_never_ends_on_turns_its_weight_on(evidence):
    # any sentence ends its bead 80 times in 100; the 4 fragments never do: p = 0.2^4
    counts = {0: [100, 80], FRAGMENT: [4, 0], ITEM_NEXT: [0, 0]}
    assert evidence.evidence_values(counts, list(GRID), GRID) == {
        "boundary_fragment": 0.2,
        "boundary_item": 0.0,  # no sentence before an item: no evidence, off
    }


def test_too_few_or_the_wrong_sign_keeps_it_off(evidence):
    # one fragment not ending a bead: p = 0.2, not shown; items ending beads less often
    # than any sentence: the wrong sign for a discount
    counts = {0: [100, 80], FRAGMENT: [1, 0], ITEM_NEXT: [20, 10]}
    assert evidence.evidence_values(counts, list(GRID), GRID) == {
        "boundary_fragment": 0.0,
        "boundary_item": 0.0,
    }
    counts[ITEM_NEXT] = [20, 20]  # 0.8^20 ≈ 0.012
    assert evidence.evidence_values(counts, ["boundary_item"], GRID) == {"boundary_item": 0.1}


def test_keys_outside_the_boundary_rules_are_left_alone(evidence):
    counts = {0: [10, 8], FRAGMENT: [5, 0], ITEM_NEXT: [0, 0]}
    assert evidence.evidence_values(counts, ["null", "merge"], GRID) == {}


def test_flags_from_text_written_here_feed_the_counts(evidence):
    # A segmenter's cut after an initial, then a numbered list (sentences written here).
    src = ["Der Weg führte über den Grat von P .", "Meier weiter .", "Es gab zwei Routen :",
           "1. Die Nordwand .", "2. Der Westgrat ."]  # fmt: skip
    tgt = ["La route passait par l' arête de P. Meier .", "Il y avait deux voies :",
           "1. La face nord .", "2. L' arête ouest ."]  # fmt: skip
    src_flags, tgt_flags = end_flags(src, "de"), end_flags(tgt, "fr")
    gold = [_bead([0, 1], [0]), _bead([2], [1]), _bead([3], [2]), _bead([4], [3])]
    counts = evidence.end_counts(gold, src_flags, tgt_flags)
    assert counts[FRAGMENT] == [1, 0]  # "… von P ." is inside its bead
    assert counts[ITEM_NEXT][1] == counts[ITEM_NEXT][0] >= 2  # before "1." and "2.", both sides
