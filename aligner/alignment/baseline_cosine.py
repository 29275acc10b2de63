"""The cosine of unrelated sentences: the baseline a bead's meaning cost is measured against.

A sentence's mean cosine to random sentences of the other side (e5's vectors are far from
isotropic: unrelated pairs sit near 0.78), estimated from a sample of the other side and
shrunk towards a prior for short documents. Split from score.py, which divides each
bead's (1 - cosine) by (1 - this baseline).
"""

from __future__ import annotations

import numpy as np

# Mean e5 cosine between unrelated sentences of a translated document pair (measured
# on corpora/heldout); a short document cannot estimate it from its own few sentences.
RANDOM_COSINE_PRIOR = 0.78
PRIOR_STRENGTH = 16


def random_mean(other: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, int]:
    """The mean of random rows of the other side, and how many rows it averages."""
    sample = min(64, len(other))
    return other[rng.choice(len(other), size=sample, replace=False)].mean(axis=0), sample


def shrunk_cosine(own: np.ndarray, mean: np.ndarray, sample: int) -> np.ndarray:
    """Each row's mean cosine to random rows of the other side, shrunk towards the prior."""
    observed = (own @ mean).astype(np.float64)
    # Short documents: their random sample includes the true match, so lean on the prior.
    return (sample * observed + PRIOR_STRENGTH * RANDOM_COSINE_PRIOR) / (sample + PRIOR_STRENGTH)
