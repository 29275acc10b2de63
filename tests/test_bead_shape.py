"""The bead-shape prior of the second pass (score.Weights.long_side).

A bead with three or more sentences on one side (1-3, 3-1, 1-5 ...) gets ``long_side``
per sentence beyond two on that side, on top of the linear merge cost; the second pass's
fitted value is negative: Text+Berg's 1-3 beads were cut into a 1-2 and a null. The
vectors here are synthetic, made for these tests.
"""

import dataclasses

import numpy as np
import pytest

from aligner.alignment.overlap import full_band, second_pass_weights
from aligner.alignment.score import BeadScorer, Weights, fitted_weights
from aligner.alignment.search import bead_types, run_dp
from tests.test_align import _synthetic_side


def _unit(x: np.ndarray) -> np.ndarray:
    return x / np.linalg.norm(x, axis=-1, keepdims=True)


def _costs(weights: Weights, a: int, b: int) -> float:
    rng = np.random.default_rng(1)
    side = _synthetic_side(_unit(rng.normal(size=(8, 32))))
    scorer = BeadScorer(side, side, weights)
    return float(scorer.block_costs(np.array([6]), np.array([6]), [(a, b)])[(a, b)][0, 0])


SHAPES = [(1, 1, 0), (1, 2, 0), (2, 2, 0), (1, 3, 1), (3, 1, 1), (2, 3, 1), (1, 5, 3), (4, 2, 2)]


@pytest.mark.parametrize(("a", "b", "beyond"), SHAPES)
def test_long_side_is_paid_per_sentence_beyond_two_on_the_longer_side(a, b, beyond):
    plain = Weights(null=0.7, merge=0.12)
    shaped = dataclasses.replace(plain, long_side=-0.06)
    assert _costs(shaped, a, b) - _costs(plain, a, b) == pytest.approx(-0.06 * beyond)


def _one_source_sentence_in_three_parts(third: float):
    """Source sentence 1 is target sentences 1-3 together, the third part weakly
    (``third``: its weight in the source vector)."""
    rng = np.random.default_rng(3)
    base = rng.normal(size=(6, 64))
    src = _unit(np.vstack([base[0], base[1] + base[2] + third * base[3], base[4], base[5]]))
    tgt = _unit(base)
    return _synthetic_side(src), _synthetic_side(tgt)


def test_a_cheaper_long_side_joins_a_weak_third_part_instead_of_leaving_it_out():
    fs, ft = _one_source_sentence_in_three_parts(0.56)
    weights = Weights(null=0.7, length=0, numbers=0, subwords=0, merge=0.12)
    band, types = full_band(len(fs), len(ft)), bead_types(5)
    plain = run_dp(BeadScorer(fs, ft, weights), len(fs), len(ft), *band, types)
    assert (1, 2, 1, 3) in plain.spans and (2, 2, 3, 4) in plain.spans  # 1-2 + 0-1
    shaped = dataclasses.replace(weights, long_side=-0.06)
    joined = run_dp(BeadScorer(fs, ft, shaped), len(fs), len(ft), *band, types)
    assert (1, 2, 1, 4) in joined.spans  # the 1-3 bead
    # A strong third part needs no prior: the 1-3 bead either way.
    fs, ft = _one_source_sentence_in_three_parts(1.0)
    assert (1, 2, 1, 4) in run_dp(BeadScorer(fs, ft, weights), len(fs), len(ft), *band, types).spans


def test_only_the_second_pass_uses_the_prior():
    assert fitted_weights("embeddings").long_side == 0.0
    assert second_pass_weights().long_side < 0.0
