"""Session 19 (align24): a document's own null prior for the second pass.

aligner/alignment/side_nulls.py reads from the first path how much less often one side's
sentences are left out than the other's (its *lean*); ``Weights.null_asymmetry`` makes a
null dearer on the leaning side by that much. bench/null_evidence.py tests, over gold
beads, whether the gold's nulls avoid the leaning side, for the leave-one-piece-out
folds' start. Vectors, paths and beads below are made up here (no model, no data files).
"""

from __future__ import annotations

import dataclasses
import math
import os
import sys

import numpy as np
import pytest

from aligner.alignment.overlap import full_band, second_pass_weights
from aligner.alignment.score import BeadScorer, Weights, sentence_null_costs
from aligner.alignment.search import Path, bead_types, run_dp
from aligner.alignment.side_nulls import SMOOTHING, null_counts, side_leans
from aligner.types import Bead
from tests.test_align import _synthetic_side


def _path(spans):
    return Path(spans, [0.0] * len(spans))


def test_null_counts_and_leans_read_the_first_path():
    # 1-1, a target sentence alone, 2-1, three more target sentences alone, a source alone.
    spans = [(0, 1, 0, 1), (1, 1, 1, 2), (1, 3, 2, 3), (3, 3, 3, 4), (3, 3, 4, 5)]
    spans += [(3, 3, 5, 6), (3, 4, 6, 6)]
    path = _path(spans)
    assert null_counts(path) == (1, 4)
    src, tgt = side_leans(path)
    # The target is left out more often: the source leans, by log((4 + s) / (1 + s)).
    assert src == pytest.approx(math.log((4 + SMOOTHING) / (1 + SMOOTHING)))
    assert tgt == 0.0
    # The mirror image leans the other way; as many nulls on both sides: no lean.
    mirror = _path([(t0, t1, s0, s1) for s0, s1, t0, t1 in spans])
    assert side_leans(mirror) == pytest.approx((0.0, src))
    assert side_leans(_path([(0, 1, 0, 0), (1, 1, 0, 1), (1, 2, 1, 2)])) == (0.0, 0.0)


def test_smoothing_keeps_a_short_documents_few_nulls_from_saying_much():
    one_off = _path([(0, 1, 0, 1), (1, 1, 1, 2), (1, 2, 2, 3)])  # one target null, no source
    many = _path([(0, 1, 0, 1)] + [(1, 1, j, j + 1) for j in range(1, 41)])  # forty
    assert side_leans(one_off)[0] < 0.2 < 1.0 < side_leans(many)[0]


def test_the_lean_adds_to_each_null_of_its_side_only_when_weighted():
    side = dataclasses.replace(_synthetic_side(np.eye(4)), null_lean=1.5)
    assert sentence_null_costs(side, Weights(null=0.7)) is None  # weight 0: one cost
    costs = sentence_null_costs(side, Weights(null=0.7, null_asymmetry=0.2))
    assert costs is not None and costs == pytest.approx([0.7 + 0.3] * 4)
    # With per-sentence costs too (a short fragment), the lean is added on top.
    short = dataclasses.replace(side, lengths=np.array([50.0, 4.0, 50.0, 50.0]))
    costs = sentence_null_costs(short, Weights(null=0.7, null_short=8.0, null_asymmetry=0.2))
    assert costs == pytest.approx([1.0, 0.7 * 4 / 8 + 0.3, 1.0, 1.0])
    # A side that does not lean keeps one null cost.
    flat = _synthetic_side(np.eye(4))
    assert sentence_null_costs(flat, Weights(null=0.7, null_asymmetry=0.2)) is None


def _summarised_sides():
    """Six target sentences; the source has seven, its fourth (index 3) said again only
    loosely by target sentence 2 together with source sentence 2 (a summary): the vectors
    alone leave it out."""
    rng = np.random.default_rng(0)
    base = rng.normal(size=(7, 64))
    unit = lambda x: x / np.linalg.norm(x, axis=-1, keepdims=True)  # noqa: E731
    extra = unit(base[2] + 4.0 * rng.normal(size=64))
    src = unit(np.vstack([base[0], base[1], base[2], extra, base[3], base[4], base[5]]))
    return _synthetic_side(src), _synthetic_side(unit(base[:6]))


def test_a_leaning_side_keeps_a_summarised_sentence_in_its_neighbours_bead():
    fs, ft = _summarised_sides()
    weights = Weights(null=0.7, length=0, numbers=0, subwords=0, merge=0.12)
    band, types = full_band(len(fs), len(ft)), bead_types(5)
    alone = run_dp(BeadScorer(fs, ft, weights), len(fs), len(ft), *band, types)
    assert (3, 4, 3, 3) in alone.spans  # one null cost: a 1-0 bead
    leaning = dataclasses.replace(fs, null_lean=2.0)
    weighted = dataclasses.replace(weights, null_asymmetry=0.3)
    joined = run_dp(BeadScorer(leaning, ft, weighted), len(fs), len(ft), *band, types)
    assert (2, 4, 2, 3) in joined.spans
    # The lean on the other side (the target's nulls dearer) does not touch it.
    other = dataclasses.replace(ft, null_lean=2.0)
    again = run_dp(BeadScorer(fs, other, weighted), len(fs), len(ft), *band, types)
    assert again.spans == alone.spans


@pytest.fixture(scope="module")
def null_evidence():
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    try:
        import null_evidence
    finally:
        sys.path.pop(0)
    return null_evidence


def _bead(src, tgt):
    return Bead(tuple(src), tuple(tgt))


def test_lean_counts_read_explicit_and_implicit_nulls(null_evidence):
    # Five source and six target sentences; source 4 and target 2, 5 in no aligned bead
    # (target 2 listed as a null bead, the others left out of the list).
    beads = [_bead([0], [0]), _bead([1, 2], [1]), _bead([], [2]), _bead([3], [3, 4])]
    assert null_evidence.lean_counts(beads, 0.0, 0.0, 5, 6) is None  # no lean
    on_lean, nulls, share = null_evidence.lean_counts(beads, 0.8, 0.0, 5, 6)
    assert (on_lean, nulls) == (1, 3) and share == pytest.approx(5 / 11)
    on_lean, nulls, share = null_evidence.lean_counts(beads, 0.0, 0.8, 5, 6)
    assert (on_lean, nulls) == (2, 3) and share == pytest.approx(6 / 11)


def test_the_gold_supports_the_weight_only_when_its_nulls_avoid_the_leaning_side(
    null_evidence,
):
    # 1 of 30 nulls on a side holding half the sentences: far below chance.
    assert null_evidence.lean_supported([(1, 30, 0.5), None])
    # 12 of 30: not below chance at 5 %; the wrong direction: off; no nulls at all: off.
    assert not null_evidence.lean_supported([(12, 30, 0.5)])
    assert not null_evidence.lean_supported([(25, 30, 0.5)])
    assert not null_evidence.lean_supported([None, (0, 0, 0.5)])
    # Pooled over documents, each weighted by its nulls: (0 of 4 at 0.5) + (1 of 10 at 0.5).
    assert null_evidence.lean_supported([(0, 4, 0.5), (1, 10, 0.5)])
    assert not null_evidence.lean_supported([(0, 4, 0.5)])  # 1/16: not enough alone


def test_the_shipped_weight_is_in_its_grid_with_zero_first():
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    try:
        from calibrate_overlap import OVERLAP_GRID
    finally:
        sys.path.pop(0)
    shipped = second_pass_weights()
    assert OVERLAP_GRID["null_asymmetry"][0] == 0.0  # a tie keeps it off
    assert shipped.null_asymmetry in OVERLAP_GRID["null_asymmetry"]


def test_the_evidence_study_sums_gaps_and_shares_by_class():
    sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "bench"))
    try:
        from textberg_evidence import by_class
    finally:
        sys.path.pop(0)
    # Made-up regions: two wrong nulls in two pieces, one beyond reach (no gap).
    rows = [
        {"class": "wrong null", "piece": 0, "gap": 0.5, "shares": {"length": 0.75}},
        {"class": "wrong null", "piece": 2, "gap": 0.25, "shares": {"length": 0.25}},
        {"class": "unreachable", "piece": 3, "gap": None},
    ]
    summary = by_class(rows)
    assert summary["wrong null"] == {
        "regions": 2,
        "pieces": [0, 2],
        "reachable": 2,
        "gap": 0.75,
        "shares": {"length": 1.0},
    }
    assert summary["unreachable"]["reachable"] == 0 and summary["unreachable"]["gap"] == 0.0
