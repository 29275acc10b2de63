"""Session 21 (align26): the bead confidence's reliability bins, and the recalibrations
bench/confidence_bins.py weighs against them.

No model and no data files: confidences, labels and feature rows are made up here.
"""

from __future__ import annotations

import math
import os
import sys

import numpy as np
import pytest

from aligner.alignment.confidence import (
    FEATURES,
    OVERLAP_FEATURES,
    expected_calibration_error,
    reliability_bins,
)
from aligner.types import Bead


@pytest.fixture(scope="module")
def bench():
    """bench/confidence_bins.py and bench/textberg.py, imported from bench/."""
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    try:
        import confidence_bins
        import textberg
    finally:
        sys.path.pop(0)
    return confidence_bins, textberg


def test_reliability_bins_show_an_under_confident_top_bin():
    # 20 beads at 0.95 of which 20 are right, and 10 at 0.15 of which 1 is right.
    probs = np.array([0.95] * 20 + [0.15] * 10)
    labels = np.array([1.0] * 20 + [1.0] + [0.0] * 9)
    bins = reliability_bins(probs, labels)
    assert [(b["low"], b["high"], b["beads"]) for b in bins] == [(0.1, 0.2, 10), (0.9, 1.0, 20)]
    top = bins[-1]
    assert top["accuracy"] == 1.0 and math.isclose(top["confidence"], 0.95)
    assert top["accuracy"] > top["confidence"]  # under-confident, as heldout's top bin
    assert math.isclose(bins[0]["accuracy"], 0.1)


def test_ece_is_the_bins_weighted_gap():
    probs = np.array([0.95] * 20 + [0.15] * 10)
    labels = np.array([1.0] * 20 + [1.0] + [0.0] * 9)
    # (20 · 0.05 + 10 · 0.05) / 30
    assert math.isclose(expected_calibration_error(probs, labels), 1.5 / 30)
    bins = reliability_bins(probs, labels)
    weighted = sum(b["beads"] * abs(b["accuracy"] - b["confidence"]) for b in bins) / len(probs)
    assert math.isclose(expected_calibration_error(probs, labels), weighted)


def test_a_confidence_of_one_falls_in_the_last_bin():
    bins = reliability_bins(np.array([1.0, 0.0]), np.array([1.0, 0.0]))
    assert [(b["low"], b["high"]) for b in bins] == [(0.0, 0.1), (0.9, 1.0)]
    assert expected_calibration_error(np.array([1.0, 0.0]), np.array([1.0, 0.0])) == 0.0


def test_textberg_reports_the_bins_with_auc_and_ece(bench):
    _bins, textberg = bench
    gold = [Bead((0,), (0,)), Bead((1,), (1,)), Bead((2,), (2,))]
    pred = [
        Bead((0,), (0,), confidence=0.97),
        Bead((1,), (1,), confidence=0.93),
        Bead((2,), (), confidence=0.4),  # wrong: the gold pairs it
        Bead((), (2,), confidence=0.55),  # wrong
    ]
    scores = textberg.confidence_scores([(gold, pred)])
    assert scores["confidence_auc"] == 1.0
    bins = scores["confidence_reliability"]
    assert [(b["beads"], b["accuracy"]) for b in bins] == [(1, 0.0), (1, 0.0), (2, 1.0)]
    line = textberg.reliability_line(bins)
    assert line.startswith("[0.4,0.5] 1 right 0.000 conf 0.400")
    assert line.endswith("[0.9,1.0] 2 right 1.000 conf 0.950")


def test_fit_on_offset_finds_the_base_rate(bench):
    confidence_bins, _textberg = bench
    y = np.array([1.0] * 90 + [0.0] * 10)
    w = confidence_bins.fit_on_offset(np.zeros(100), np.ones((100, 1)), y)
    assert math.isclose(w[0], math.log(9), rel_tol=1e-4)
    # With the right logit as the offset there is nothing left to add.
    w = confidence_bins.fit_on_offset(np.full(100, math.log(9)), np.ones((100, 1)), y)
    assert abs(w[0]) < 1e-4


def test_shape_columns_and_balanced_rows(bench):
    confidence_bins, _textberg = bench
    x = np.zeros((3, len(FEATURES) + len(OVERLAP_FEATURES)))
    x[0, FEATURES.index("null")] = 1.0
    x[1, FEATURES.index("one_to_one")] = 1.0  # row 2: a larger bead
    assert confidence_bins.shapes(x).tolist() == [[1, 0, 0], [0, 1, 0], [0, 0, 1]]
    small = {"y": np.array([1.0, 0.0]), "z": np.array([2.0, -1.0])}
    big = {"y": np.ones(10), "z": np.full(10, 3.0)}
    offset, columns, labels = confidence_bins.balanced(
        {"small": small, "big": big}, lambda r: (r["z"], np.ones((len(r["y"]), 1)))
    )
    # The two-bead set repeated five times weighs as much as the ten-bead one.
    assert len(labels) == 20 and labels.sum() == 15 and columns.shape == (20, 1)
    assert (offset == 2.0).sum() == 5 and (offset == 3.0).sum() == 10


def test_platt_on_a_set_recovers_its_scale(bench):
    confidence_bins, _textberg = bench
    # Beads whose true logit is twice the model's, minus one: a fit of a · z + b finds it.
    z = np.linspace(-3, 3, 13)
    truth = 1 / (1 + np.exp(-(2 * z - 1)))
    rows = {"y": np.repeat([1.0, 0.0], 13), "z": np.concatenate([z, z])}
    offset, columns = confidence_bins.platt_rows(rows)
    assert not offset.any() and columns[:, 0].tolist() == [1.0] * 26
    # Each logit counted as right with weight truth: rows repeated in proportion.
    weights = np.concatenate([truth, 1 - truth])
    reps = np.round(weights * 1000).astype(int)
    w = confidence_bins.fit_on_offset(
        np.repeat(offset, reps), np.repeat(columns, reps, axis=0), np.repeat(rows["y"], reps)
    )
    assert abs(w[0] + 1) < 0.02 and abs(w[1] - 2) < 0.02
