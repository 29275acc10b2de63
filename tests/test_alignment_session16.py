"""Session 16 (tb21): Text+Berg's wrong regions priced piece by piece, and a bead confidence
that matches the second pass's weights.

The bead lists and sentences are written here for the tests (a toy German–French pair).
"""

import dataclasses

import numpy as np

from aligner.alignment.confidence import load_overlap_calibration, read_calibration_file
from aligner.alignment.junction import bead_cost, null_cost
from aligner.alignment.overlap import second_pass_weights
from aligner.alignment.score import BeadScorer, Weights
from aligner.types import Bead
from tests.test_error_regions import load_bench
from tests.test_junction import side

errors = load_bench("textberg_errors")


def B(src, tgt):
    return Bead(tuple(src), tuple(tgt))


def test_a_region_is_out_of_reach_when_it_crosses_or_its_bead_is_too_big():
    # Text+Berg's "Nur persönliche Berichte …" pair: the translation swaps two sentences.
    assert not errors.reachable([B([0], [1]), B([1], [0])], 6)
    # A 2-5 bead is seven sentences: the second pass's beads have at most six.
    assert not errors.reachable([B([0, 1], [0, 1, 2, 3, 4])], 6)
    assert errors.reachable([B([0, 1], [0, 1, 2, 3, 4])], 7)
    # A gold bead that skips a sentence (OCR debris left out inside it).
    assert not errors.reachable([B([0], [0, 2]), B([], [1])], 6)
    assert errors.reachable([B([0, 1], [0]), B([], [1])], 6)


DE = [
    "Die Mannschaft bestand aus sechs Bergsteigern :",
    "Fritz Morawec als Leiter , Sepp Larch und Hans Ratay .",
    "Literatur :",
]
FR = [
    "Outre le chef Fritz Morawec , l' équipe comprenait cinq alpinistes :",
    "Sepp Larch et Hans Ratay .",
]


def test_a_list_of_beads_costs_its_beads_and_its_nulls():
    scorer = BeadScorer(side(DE, "de"), side(FR, "fr"), Weights(null=0.7))
    beads = [B([0, 1], [0, 1]), B([2], [])]
    expected = bead_cost(scorer, (0, 2, 0, 2)) + null_cost(scorer, "src", 2)
    assert np.isclose(errors.beads_cost(scorer, beads), expected)
    # The gap of a wrong region is the gold's cost minus the prediction's: a gold 2-2
    # predicted as two 1-1 beads costs what the scorer says of each.
    split = [B([0], [0]), B([1], [1]), B([2], [])]
    gap = errors.beads_cost(scorer, beads) - errors.beads_cost(scorer, split)
    assert np.isclose(
        gap, bead_cost(scorer, (0, 2, 0, 2)) - bead_cost(scorer, (0, 1, 0, 1))
        - bead_cost(scorer, (1, 2, 1, 2)),
    )  # fmt: skip


def test_each_predicted_bead_gets_the_piece_that_holds_its_first_sentence():
    gold = [B([k], [k]) for k in range(8)]
    pred = [B([0, 1], [0, 1])] + [B([k], [k]) for k in range(2, 7)] + [B([], [7]), B([7], [])]
    pieces = errors.piece_of(gold, pred, parts=4)
    assert pieces[((0, 1), (0, 1))] == 0
    assert pieces[((2,), (2,))] == 1
    assert pieces[((7,), ())] == 3 and pieces[((), (7,))] == 3
    assert set(pieces) == {(b.src, b.tgt) for b in pred}


def test_the_shipped_bead_confidence_was_fitted_on_the_shipped_second_pass_weights():
    # tb20 moved two weights and left the confidence as it was: Text+Berg's ECE rose from
    # 0.006 to 0.016. The confidence now records the weights whose beads it was fitted on;
    # change the weights (bench/calibrate.py --overlap) and this fails until the
    # confidence is fitted again (bench/calibrate.py --overlap-confidence parallel,other).
    assert load_overlap_calibration() is not None
    overlap = read_calibration_file()["modes"]["overlap"]
    recorded = overlap["confidence"]["weights"]
    shipped = dataclasses.asdict(second_pass_weights())
    assert set(overlap["weights"]) <= set(recorded)
    assert {k: recorded[k] for k in shipped if k in recorded} == {
        k: shipped[k] for k in shipped if k in recorded
    }
