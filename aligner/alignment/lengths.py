"""Gale–Church's length cost: how far a bead's target length is from its source length
times the document's ratio, in units comparable to the meaning cost."""

from __future__ import annotations

import math

import numpy as np

GALE_CHURCH_VARIANCE = 6.8  # Gale & Church (1993), variance of the length difference


def log_two_tail(delta: np.ndarray) -> np.ndarray:
    """-log P(|Z| >= |delta|) for a standard normal Z, vectorised and stable in the tails.

    Uses the Abramowitz & Stegun 7.1.26 form erfc(x) = poly(t) * exp(-x^2), taken in
    log space so large deltas do not underflow.
    """
    x = np.abs(delta) / math.sqrt(2.0)
    t = 1.0 / (1.0 + 0.3275911 * x)
    poly = t * (
        0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429)))
    )
    return x * x - np.log(poly)


def length_cost(src_length: np.ndarray, tgt_lengths: np.ndarray, ratio: float) -> np.ndarray:
    """Gale–Church cost with a symmetric scale, in units comparable to the meaning cost."""
    mean = (src_length * ratio + tgt_lengths) / 2.0
    delta = (tgt_lengths - src_length * ratio) / np.sqrt(
        GALE_CHURCH_VARIANCE * np.maximum(mean, 1.0)
    )
    return log_two_tail(delta) / 10.0
